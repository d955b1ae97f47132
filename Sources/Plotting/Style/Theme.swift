/// Sizes, colours and fonts of the light theme. Every length is in points (1/72 inch), so a
/// figure has the same proportions at any DPI.
public struct Theme: Sendable {
    /// Figure and axes background.
    public var background = Color.white
    /// Text, spines and ticks.
    public var foreground = Color.darkGrey
    /// Major grid lines (drawn under the data); `nil` draws no grid.
    public var grid: Color? = Color(hex: 0xEBEBEB)
    /// Grid line width in points.
    public var gridWidth = 0.8
    /// Colours given in turn to series that do not name one.
    public var cycle = ColorCycle.okabeIto
    /// Colour map of heatmaps and single-channel colour scales.
    public var colormap = Colormap.viridis
    /// Font of tick labels, legend entries and annotations, in points.
    public var fontSize = 10.0
    /// Font size of axis labels, in points.
    public var labelSize = 10.5
    /// Font size of axes titles, in points.
    public var titleSize = 12.0
    /// Font size of the figure title, in points.
    public var figureTitleSize = 13.0
    /// Width of the axes frame lines, in points.
    public var spineWidth = 0.8
    /// Length of major ticks (outside the frame), in points; minor ticks are 60% of it.
    public var tickLength = 3.5
    /// Default line width of series, in points.
    public var lineWidth = 1.5
    /// Default marker diameter, in points.
    public var markerSize = 6.0
    /// Space between a tick and its label, and between labels and the next element, in points.
    public var pad = 3.5
    /// Blank margin around the whole figure, in points.
    public var figurePad = 6.0
    /// Fraction of the data range added on each side when limits are chosen automatically.
    public var margin = 0.05

    /// The default light theme.
    public init() {}
}
