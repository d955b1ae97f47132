import CellLanguage
import Plotting

extension Prelude {
    /// One-call figures: `plot`, `scatter`, `histogram`, `heatmap`, `imageGrid`, `bars`. Each
    /// takes the parameters of the `Axes` method of the same name (`line` for `plot`), then the
    /// figure's `title`, `xLabel`, `yLabel`, `name`, `width` and `height`, and returns the
    /// figure, ready to be a cell's result.
    static func registerQuickFigures(_ registry: NativeRegistry) {
        guard let axes = registry.types["Axes"] else { return }
        func method(_ name: String) -> NativeFunction {
            axes.methods[name]![0]
        }
        let line = method("line")
        quickFigure(
            registry, "plot", line, parameters: [Signature.positional("y", .any)] + line.parameters.dropFirst(2),
            values: { [.none] + $0 },
            doc: "A figure with one line through y (against 0, 1, 2, …): `plot(losses, title: \"training loss\")`.")
        quickFigure(
            registry, "plot", line, parameters: Array(line.parameters), values: { $0 },
            doc: "A figure with one line through (x[i], y[i]): `plot(x: alphas, y: errors, xLabel: \"α\")`.")
        for name in ["scatter", "histogram", "heatmap", "imageGrid", "bars"] {
            let m = method(name)
            quickFigure(registry, name, m, parameters: m.parameters, values: { $0 },
                        doc: "A figure holding one `Axes.\(m.selector)`: " + m.doc)
        }
    }

    /// Registers `name(…)`: makes a figure, applies `method` to its axes with the first
    /// arguments (turned into the method's by `values`), labels it, and returns it.
    private static func quickFigure(
        _ registry: NativeRegistry, _ name: String, _ method: NativeFunction, parameters: [Parameter],
        values: @escaping ([Value]) -> [Value], doc: String
    ) {
        let figureParameters = [
            Signature.labeled("title", .string, default: .string(""), text: "\"\""),
            Signature.labeled("xLabel", .string, default: .string(""), text: "\"\""),
            Signature.labeled("yLabel", .string, default: .string(""), text: "\"\""),
            Signature.optional("name", .string), Signature.optional("width", .double), Signature.optional("height", .double),
        ]
        let own = parameters.count
        registry.define(name, parameters: parameters + figureParameters, returns: .figure, topic: Topic.plotting, doc: doc) { args, context in
            let figure = try Figure(width: args.optional(own + 4)?.asDouble ?? 460, height: args.optional(own + 5)?.asDouble ?? 320)
            let owner = PlotFigure(figure, name: args.optional(own + 3)?.asString)
            let axes = figure.axes()
            axes.title = try args.string(own)
            axes.x.label = try args.string(own + 1)
            axes.y.label = try args.string(own + 2)
            let forwarded = Arguments(
                values(Array(args.values[..<own])), parameters: method.parameters, receiver: .native(PlotAxes(axes, of: owner)),
                functionName: name)
            _ = try method.body(forwarded, context)
            return .native(owner)
        }
    }
}
