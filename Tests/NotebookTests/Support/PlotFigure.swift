import CellLanguage
import Foundation
import Plotting

/// A line chart drawn by the plotting module, as the Prelude binds figures: it lets the
/// tests and the report preview show a real figure without depending on the Prelude.
final class PlotFigure: FigureObject {
    let figure: Plotting.Figure
    let figureName: String? = nil

    init(values: [Double], title: String) throws {
        figure = try Plotting.Figure(width: 420, height: 240)
        figure.title = title
        let axes = figure.axes()
        try axes.line(x: values.indices.map(Double.init), y: values, label: title.isEmpty ? nil : title)
        axes.x.label = "step"
        axes.y.label = "value"
    }

    var typeName: String { "Figure" }
    var summary: String { "Figure 420×240" }

    func writeFiles(toDirectory directory: String, stem: String) throws -> [String] {
        try figure.write(to: (directory as NSString).appendingPathComponent(stem))
    }

    /// Adds `plot(_ values: [Double], title: String = "")` to `registry`.
    static func define(in registry: NativeRegistry) {
        registry.define("plot", parameters: [Parameter(nil, name: "values"), Parameter("title", default: .string(""))],
                        topic: "Test", doc: "A line chart of the values.") { arguments, _ in
            .native(try PlotFigure(values: try arguments.doubles(0), title: try arguments.string(1)))
        }
    }
}
