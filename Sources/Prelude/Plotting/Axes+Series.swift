import CellLanguage
import Plotting

extension Prelude {
    /// Lines, points, error bars, bands and reference lines.
    static func registerAxesSeries(_ type: NativeTypeDefinition) {
        let color = Signature.labeled("color", .any, default: Value.none, text: "nil")
        let label = Signature.optional("label", .string)
        type.method(
            "line",
            parameters: [
                Signature.labeled("x", .any, default: Value.none, text: "nil"), Signature.labeled("y", .any), label, color,
                Signature.labeled("style", .symbol, default: .symbol("solid"), text: ".solid"),
                Signature.labeled("marker", .any, default: Value.none, text: "nil"),
                Signature.optional("lineWidth", .double),
            ],
            doc: """
                A line through (x[i], y[i]) — arrays of numbers or tensors; x defaults to 0, 1, \
                2, …. `label` puts it in the legend; `color` is a symbol (.blue, .orange, .green, \
                .red, .pink, .sky, .yellow, .black, .grey) or "#RRGGBB"; `style` .solid, .dashed, \
                .dotted, .dashDot or .none; `marker` .circle, .square, .triangle, .diamond, .plus, .x; `lineWidth` in points.
                """
        ) { args, _ in
            let y = try Convert.doubles(args[1], "y")
            try args.receiverAxes.line(
                x: try args.optional(0).map { try Convert.doubles($0, "x") }, y: y, label: args.optional(2)?.asString,
                color: try PlotOptions.color(args[3]), width: args.optional(6)?.asDouble,
                style: try PlotOptions.lineStyle(args[4]), marker: try PlotOptions.marker(args[5]))
            return .void
        }
        type.method(
            "scatter",
            parameters: [
                Signature.labeled("x", .any), Signature.labeled("y", .any), label, color,
                Signature.labeled("size", .double, default: .double(6), text: "6"),
                Signature.labeled("alpha", .double, default: .double(1), text: "1"),
                Signature.labeled("marker", .symbol, default: .symbol("circle"), text: ".circle"),
                Signature.labeled("groups", .any, default: Value.none, text: "nil"),
                Signature.optional("groupNames", .strings),
            ],
            doc: """
                Points at (x[i], y[i]), `size` points across. With `groups` (one class index \
                per point) each group gets its own colour and legend entry, named by \
                `groupNames` — a t-SNE map coloured by class.
                """
        ) { args, _ in
            let axes = try args.receiverAxes
            let x = try Convert.doubles(args[0], "x"), y = try Convert.doubles(args[1], "y")
            let (size, alpha) = (try args.double(4), try args.double(5))
            let marker = try PlotOptions.marker(args[6]) ?? .circle
            guard let groupsValue = args.optional(7) else {
                try axes.scatter(x: x, y: y, label: args.optional(2)?.asString, color: try PlotOptions.color(args[3]),
                                 size: size, marker: marker, alpha: alpha)
                return .void
            }
            let groups = try Convert.ints(groupsValue, "groups")
            guard groups.count == x.count, x.count == y.count else {
                throw CellError("scatter: x, y and groups must have one value per point (got \(x.count), \(y.count), \(groups.count))")
            }
            let count = (groups.max() ?? -1) + 1
            let names = try args.optional(8).map { _ in try args.array(8).map { $0.asString ?? "" } }
            if let names, names.count < count {
                throw CellError("scatter: \(names.count) group names for \(count) groups; give one name per group")
            }
            let colors = PlotOptions.classColors(count)
            for g in 0..<count {
                let members = groups.indices.filter { groups[$0] == g }
                guard !members.isEmpty else { continue }
                try axes.scatter(x: members.map { x[$0] }, y: members.map { y[$0] }, label: names?[g] ?? String(g),
                                 color: colors[g], size: size, marker: marker, alpha: alpha)
            }
            return .void
        }
        type.method(
            "errorBars",
            parameters: [
                Signature.labeled("x", .any), Signature.labeled("y", .any), Signature.labeled("yError", .any), label, color,
                Signature.labeled("marker", .any, default: .symbol("circle"), text: ".circle"),
                Signature.labeled("line", .symbol, default: .symbol("none"), text: ".none"),
            ],
            doc: "Points with vertical error bars y[i] ± yError[i] (a simulation's mean ± standard error); `line` also joins the points."
        ) { args, _ in
            try args.receiverAxes.errorBars(
                x: try Convert.doubles(args[0], "x"), y: try Convert.doubles(args[1], "y"),
                yError: try Convert.doubles(args[2], "yError"), label: args.optional(3)?.asString,
                color: try PlotOptions.color(args[4]), marker: try PlotOptions.marker(args[5]),
                line: try PlotOptions.lineStyle(args[6]))
            return .void
        }
        type.method(
            "band",
            parameters: [
                Signature.labeled("x", .any), Signature.labeled("lower", .any), Signature.labeled("upper", .any), label, color,
                Signature.labeled("alpha", .double, default: .double(0.25), text: "0.25"),
            ],
            doc: "A shaded region between lower[i] and upper[i] along x."
        ) { args, _ in
            try args.receiverAxes.band(
                x: try Convert.doubles(args[0], "x"), lower: try Convert.doubles(args[1], "lower"),
                upper: try Convert.doubles(args[2], "upper"), label: args.optional(3)?.asString,
                color: try PlotOptions.color(args[4]), alpha: try args.double(5))
            return .void
        }
        type.method(
            "meanBand",
            parameters: [
                Signature.labeled("x", .any), Signature.labeled("mean", .any), Signature.labeled("std", .any), label, color,
                Signature.labeled("marker", .any, default: Value.none, text: "nil"),
            ],
            doc: "A mean line with a shaded band mean ± std in the same colour (accuracy over several runs)."
        ) { args, _ in
            try args.receiverAxes.meanBand(
                x: try Convert.doubles(args[0], "x"), mean: try Convert.doubles(args[1], "mean"),
                std: try Convert.doubles(args[2], "std"), label: args.optional(3)?.asString,
                color: try PlotOptions.color(args[4]), marker: try PlotOptions.marker(args[5]))
            return .void
        }
        type.method(
            "horizontalLine", parameters: [Signature.labeled("at", .double), label, color],
            doc: "A dashed line across the axes at height y (a baseline such as chance accuracy)."
        ) { args, _ in
            try args.receiverAxes.horizontalLine(at: try args.double(0), label: args.optional(1)?.asString, color: try PlotOptions.color(args[2]))
            return .void
        }
        type.method(
            "verticalLine", parameters: [Signature.labeled("at", .double), label, color],
            doc: "A dashed line across the axes at position x (a crossover, a threshold)."
        ) { args, _ in
            try args.receiverAxes.verticalLine(at: try args.double(0), label: args.optional(1)?.asString, color: try PlotOptions.color(args[2]))
            return .void
        }
        type.method(
            "text", parameters: [Signature.positional("text", .string), Signature.labeled("x", .double), Signature.labeled("y", .double), color],
            doc: "A text annotation whose left end sits at data position (x, y)."
        ) { args, _ in
            try args.receiverAxes.text(try args.string(0), x: try args.double(1), y: try args.double(2), color: try PlotOptions.color(args[3]))
            return .void
        }
    }
}
