/// One plotting area of a `Figure`: a frame with two axes, the series drawn in it, a title and
/// a legend. Get one from `Figure.axes(row:column:)`; add series with `line`, `scatter`,
/// `errorBars`, `band`, `bars`, `histogram`, `heatmap`, `imageGrid`, `text` and the reference lines.
/// Series without a colour take the next colour of the theme's cycle.
public final class Axes {
    /// The title above the frame; empty for none.
    public var title = ""
    /// The horizontal axis.
    public var x = Axis()
    /// The vertical axis.
    public var y = Axis()
    /// Where the legend goes; it lists every series given a label.
    public var legend = LegendPlacement.best
    /// Ratio of display lengths of data units (`.equal` for images and maps).
    public var aspect = Aspect.auto
    /// Whether light grid lines mark the major ticks.
    public var grid = true
    /// Whether the frame (spines) is drawn.
    public var frame = true

    let theme: Theme
    private(set) var artists: [any Artist] = []
    /// Warnings noticed when series were added (e.g. NaN cells of a heatmap).
    var notes: [String] = []
    var colorBar: ColorBarSpec?
    private var cycleIndex = 0

    init(theme: Theme) {
        self.theme = theme
    }

    /// The next colour of the cycle.
    func nextColor() -> Color {
        defer { cycleIndex += 1 }
        return theme.cycle[cycleIndex]
    }

    func add(_ artist: any Artist) { artists.append(artist) }

    /// Throws when `values` does not have `expected` elements.
    func check(_ values: [some Any], _ name: String, _ expected: Int) throws {
        if values.count != expected { throw PlotError.lengthMismatch(what: name, expected: expected, actual: values.count) }
    }

    /// Warnings about data that could not be drawn on the current scales.
    var warnings: [String] {
        notes + artists.flatMap { $0.warnings(x: x.scale, y: y.scale) }
    }
}

/// The colour scale drawn beside a heatmap.
struct ColorBarSpec {
    var colormap: Colormap
    var lower: Double
    var upper: Double
    var label: String
}
