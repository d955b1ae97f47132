import CellLanguage
import Plotting

/// A `Plotting.Figure` as a cell value. As a cell's result (or through `show(_:)`) the runner
/// saves it under `Figures/<notebook>/<name>.png` (+ `.svg`) and the report shows it.
final class PlotFigure: FigureObject {
    /// The figure.
    let figure: Figure
    /// The file-name stem asked for (`name:`), or nil to let the runner use the cell's label.
    var name: String?

    init(_ figure: Figure, name: String?) {
        self.figure = figure
        self.name = name
    }

    var typeName: String { "Figure" }

    var summary: String { figure.description }

    var figureName: String? { name }

    func writeFiles(toDirectory directory: String, stem: String) throws -> [String] {
        try figure.write(to: directory + "/" + stem)
    }
}

/// One panel of a figure as a cell value: where series are added and axes are labelled.
final class PlotAxes: NativeObject {
    /// The axes (owned by their figure, which this object keeps alive).
    let axes: Axes
    /// The figure the axes belong to.
    let owner: PlotFigure

    init(_ axes: Axes, of owner: PlotFigure) {
        self.axes = axes
        self.owner = owner
    }

    var typeName: String { "Axes" }

    var summary: String {
        "Axes" + (axes.title.isEmpty ? "" : " '\(axes.title)'") + " of a " + owner.figure.description
    }
}

extension Arguments {
    /// The receiver of an `Axes` method.
    var receiverAxes: Axes {
        get throws { try receiver(as: PlotAxes.self).axes }
    }
}
