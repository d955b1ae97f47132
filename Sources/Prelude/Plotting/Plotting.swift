import CellLanguage
import Plotting

extension Prelude {
    /// `Figure`, `Axes` and the one-call figures.
    static func registerPlotting(into registry: NativeRegistry) {
        let figure = registry.defineType(
            "Figure", topic: Topic.plotting,
            doc: """
                A figure: a grid of axes drawn with Cairo. Make one, fill its axes, and make it \
                the last line of a cell — the runner saves it as Figures/<notebook>/<name>.png \
                (+ .svg) and the report shows it. The file name is `name:`, else the cell's \
                label. Sizes are in points (1/72 inch); margins fit the labels.
                """)
        let axes = registry.defineType(
            "Axes", topic: Topic.plotting,
            doc: """
                One panel of a figure: add series with line, scatter, errorBars, band, \
                meanBand, bars, histogram, heatmap and imageGrid; set title, xLabel, yLabel, \
                xScale/yScale (.linear, .log), xLimits/yLimits (0...1) and legend placement.
                """)
        registerFigure(registry, figure)
        registerAxesProperties(axes)
        registerAxesSeries(axes)
        registerAxesPictures(axes)
        registerQuickFigures(registry)
    }

    /// `Figure(…)`, `figure.axes(row:column:)`, `figure.save(to:)`, `show(_:)`.
    static func registerFigure(_ registry: NativeRegistry, _ type: NativeTypeDefinition) {
        registry.define(
            "Figure",
            parameters: [
                Signature.labeled("width", .double, default: .double(460), text: "460"),
                Signature.labeled("height", .double, default: .double(320), text: "320"),
                Signature.labeled("rows", .int, default: .int(1), text: "1"),
                Signature.labeled("columns", .int, default: .int(1), text: "1"),
                Signature.labeled("sharedX", .bool, default: .bool(false), text: "false"),
                Signature.labeled("sharedY", .bool, default: .bool(false), text: "false"),
                Signature.labeled("title", .string, default: .string(""), text: "\"\""),
                Signature.optional("name", .string),
            ],
            returns: .figure, topic: Topic.plotting,
            doc: """
                A figure of width × height points holding rows × columns axes (reach them with \
                `axes(row:column:)`), optionally sharing x or y limits, with a title above the \
                grid; `name` is the file name it is saved under.
                """
        ) { args, _ in
            let figure = try Figure(
                width: try args.double(0), height: try args.double(1), rows: try args.int(2), columns: try args.int(3),
                sharedX: try args.bool(4), sharedY: try args.bool(5))
            figure.title = try args.string(6)
            return .native(PlotFigure(figure, name: args.optional(7)?.asString))
        }
        type.method(
            "axes", parameters: [
                Signature.labeled("row", .int, default: .int(0), text: "0"),
                Signature.labeled("column", .int, default: .int(0), text: "0"),
            ], returns: .axes,
            doc: "The axes at a grid position, counted from 0 at the top left."
        ) { args, _ in
            let owner = try args.receiver(as: PlotFigure.self)
            let (row, column) = (try args.int(0), try args.int(1))
            guard (0..<owner.figure.rows).contains(row), (0..<owner.figure.columns).contains(column) else {
                throw CellError("axes(row: \(row), column: \(column)) is outside the \(owner.figure.rows)×\(owner.figure.columns) grid")
            }
            return .native(PlotAxes(owner.figure.axes(row: row, column: column), of: owner))
        }
        type.property(
            "title", type: .string, doc: "The title above the whole figure.",
            get: { .string(try figure($0).figure.title) },
            set: { receiver, value in try figure(receiver).figure.title = value.asString ?? "" })
        type.property(
            "name", type: .optional(.string), doc: "The file name the figure is saved under (nil: the cell's label).",
            get: { try figure($0).name.map(Value.string) ?? .none },
            set: { receiver, value in try figure(receiver).name = value.unwrapped?.asString })
        type.property("warnings", type: .strings, doc: "What could not be drawn (NaN values, non-positive values on log axes, …).") {
            Convert.value(try figure($0).figure.warnings)
        }
        type.method(
            "save", parameters: [Signature.labeled("to", .string)], returns: .strings,
            doc: "Writes the figure to a path without extension as .png (at 200 dpi) and .svg, and returns the paths."
        ) { args, _ in
            Convert.value(try args.receiver(as: PlotFigure.self).figure.write(to: try args.string(0)))
        }
        registry.define(
            "show", parameters: [Signature.positional("figure", .figure)], topic: Topic.plotting,
            doc: "Shows a figure under the running cell now (for several figures in one cell); a figure that is a cell's last value is shown anyway."
        ) { args, context in
            context.show(try args.native(0, as: PlotFigure.self))
            return .void
        }
    }

    /// The figure inside a property's receiver.
    static func figure(_ value: Value) throws -> PlotFigure {
        guard let object = value.asNative(PlotFigure.self) else { throw CellError("expected a Figure, not \(value.typeName)") }
        return object
    }

    /// The axes inside a property's receiver.
    static func axes(_ value: Value) throws -> Axes {
        guard let object = value.asNative(PlotAxes.self) else { throw CellError("expected an Axes, not \(value.typeName)") }
        return object.axes
    }

    /// Title, labels, scales, limits, legend, grid.
    static func registerAxesProperties(_ type: NativeTypeDefinition) {
        func text(_ name: String, _ doc: String, _ path: ReferenceWritableKeyPath<Axes, String>) {
            type.property(
                name, type: .string, doc: doc, get: { .string(try axes($0)[keyPath: path]) },
                set: { receiver, value in try axes(receiver)[keyPath: path] = value.asString ?? "" })
        }
        text("title", "The title above the axes.", \.title)
        text("xLabel", "The x axis label.", \.x.label)
        text("yLabel", "The y axis label.", \.y.label)
        type.property(
            "xScale", type: .symbol, doc: "`.linear` or `.log` (base 10; non-positive values are skipped).",
            get: { PlotOptions.name(of: try axes($0).x.scale) },
            set: { receiver, value in try axes(receiver).x.scale = try PlotOptions.scale(value) })
        type.property(
            "yScale", type: .symbol, doc: "`.linear` or `.log`.",
            get: { PlotOptions.name(of: try axes($0).y.scale) },
            set: { receiver, value in try axes(receiver).y.scale = try PlotOptions.scale(value) })
        type.property(
            "xLimits", type: .optional(.closedRange), doc: "Fixed x limits such as 0...1; nil fits the data.",
            get: { value in try limitsValue(try axes(value).x.limits) },
            set: { receiver, value in try axes(receiver).x.limits = try PlotOptions.limits(value) })
        type.property(
            "yLimits", type: .optional(.closedRange), doc: "Fixed y limits such as 0...1; nil fits the data.",
            get: { value in try limitsValue(try axes(value).y.limits) },
            set: { receiver, value in try axes(receiver).y.limits = try PlotOptions.limits(value) })
        type.property(
            "legend", type: .symbol,
            doc: "Where the legend goes: .best (default), .upperRight, .upperLeft, .lowerLeft, .lowerRight, .outsideRight, .hidden.",
            get: { PlotOptions.name(of: try axes($0).legend) },
            set: { receiver, value in try axes(receiver).legend = try PlotOptions.legend(value) })
        type.property(
            "grid", type: .bool, doc: "Whether grid lines are drawn.",
            get: { .bool(try axes($0).grid) }, set: { receiver, value in try axes(receiver).grid = value.asBool ?? true })
    }

    private static func limitsValue(_ limits: ClosedRange<Double>?) throws -> Value {
        guard let limits else { return .none }
        return .range(try RangeValue(lower: .double(limits.lowerBound), upper: .double(limits.upperBound), isClosed: true))
    }
}
