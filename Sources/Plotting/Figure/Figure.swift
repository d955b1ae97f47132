/// A figure: a grid of `Axes` on a page measured in points (1/72 inch), drawn the same way to
/// PNG, SVG and PDF. Build it, fill its axes, then write it:
///
///     let figure = Figure(width: 460, height: 320)
///     let ax = figure.axes()
///     try ax.line(x: ipc, y: easy, label: "easy", marker: .circle)
///     ax.x.label = "images per class"; ax.x.scale = .log
///     try figure.write(to: "Figures/demo/coverage")   // coverage.png + coverage.svg
///
/// Margins are computed from the measured labels, so no label is ever clipped.
public final class Figure {
    /// Width in points (1/72 inch).
    public let width: Double
    /// Height in points.
    public let height: Double
    /// Number of grid rows.
    public let rows: Int
    /// Number of grid columns.
    public let columns: Int
    /// Whether all axes share x limits (tick labels shown on the bottom row only).
    public let sharedX: Bool
    /// Whether all axes share y limits (tick labels shown on the left column only).
    public let sharedY: Bool
    /// Colours, fonts and sizes.
    public let theme: Theme
    /// A title above the whole grid; empty for none.
    public var title = ""
    /// Resolution of PNG output in pixels per inch (200: twice a 100-dpi screen, crisp in HTML).
    public var dpi = 200.0

    /// The axes, row-major.
    let allAxes: [Axes]

    /// A figure of `width` × `height` points (default 6.4 × 4.8 inches, matplotlib's) holding a
    /// `rows` × `columns` grid of axes, optionally sharing x and/or y limits.
    /// - Throws: `PlotError.invalidArgument` for a non-positive size or grid.
    public init(width: Double = 460.8, height: Double = 345.6, rows: Int = 1, columns: Int = 1,
                sharedX: Bool = false, sharedY: Bool = false, theme: Theme = Theme()) throws {
        guard width.isFinite, height.isFinite, width >= 10, height >= 10, width <= 20_000, height <= 20_000 else {
            throw PlotError.invalidArgument("figure size \(width)×\(height) points is not drawable; pass 10…20000 points per side")
        }
        guard rows >= 1, columns >= 1, rows * columns <= 400 else {
            throw PlotError.invalidArgument("a figure grid of \(rows)×\(columns) axes is not possible; pass 1…400 axes")
        }
        self.width = width
        self.height = height
        self.rows = rows
        self.columns = columns
        self.sharedX = sharedX
        self.sharedY = sharedY
        self.theme = theme
        allAxes = (0..<(rows * columns)).map { _ in Axes(theme: theme) }
    }

    /// The axes at grid position (`row`, `column`), both counted from 0 at the top-left.
    /// Positions outside the grid are clamped to it.
    public func axes(row: Int = 0, column: Int = 0) -> Axes {
        allAxes[min(max(row, 0), rows - 1) * columns + min(max(column, 0), columns - 1)]
    }

    /// Everything that could not be drawn (NaN, infinite or non-positive values on log axes,
    /// empty heatmaps, …), one message per series, in the order the axes were filled.
    public var warnings: [String] { allAxes.flatMap(\.warnings) }

    /// Draws the whole figure into `backend` (points, y up).
    public func draw(into backend: Backend) {
        let layout = LayoutEngine.layout(self, backend: backend)
        backend.fill(.rectangle(Rect(x: 0, y: 0, width: width, height: height)), color: theme.background)
        for axes in layout.axes { AxesPainter.draw(axes, on: backend) }
        if let title = layout.title { AxesPainter.draw(title, on: backend) }
    }
}

extension Figure: CustomStringConvertible {
    /// A one-line summary for the REPL, e.g. "Figure 460.8×345.6 pt, 1×1 axes, 3 series".
    public var description: String {
        let series = allAxes.reduce(0) { $0 + $1.artists.count }
        let size = "\(NumberFormat.general(width))×\(NumberFormat.general(height)) pt"
        return "Figure \(size), \(rows)×\(columns) axes, \(series) series"
            + (warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")")
    }
}
