/// How the ticks of an axis are chosen.
public enum TickMode: Sendable, Equatable {
    /// Nice numbers chosen from the axis length and the labels' measured size.
    case automatic
    /// Exactly these ticks (category names, image-grid labels); long labels are rotated on a
    /// horizontal axis and thinned on a vertical one rather than allowed to overlap.
    case fixed([Tick])
    /// No ticks and no tick labels.
    case none
}

/// One axis of an `Axes`: its label, scale, limits and ticks.
public struct Axis: Sendable {
    /// The axis title (e.g. "IPC" or "test error"); empty for none.
    public var label = ""
    /// Linear or logarithmic.
    public var scale = ScaleKind.linear
    /// Fixed data limits; nil chooses them from the data with a small margin.
    public var limits: ClosedRange<Double>? = nil
    /// Whether values increase leftwards (x) or downwards (y).
    public var inverted = false
    /// How ticks are chosen.
    public var ticks = TickMode.automatic
    /// Whether ticks and their labels sit on the opposite side (top for x, right for y).
    public var oppositeSide = false
    /// Whether tick marks are drawn (their labels are drawn either way).
    public var tickMarks = true

    /// A linear axis with automatic limits and ticks.
    public init() {}
}

/// How the legend of an `Axes` is placed.
public enum LegendPlacement: Sendable, Equatable {
    /// Inside the corner or edge that covers the least data; outside to the right when every
    /// place inside would cover some.
    case best
    /// Upper-right corner inside the frame.
    case upperRight
    /// Upper-left corner inside the frame.
    case upperLeft
    /// Lower-left corner inside the frame.
    case lowerLeft
    /// Lower-right corner inside the frame.
    case lowerRight
    /// Outside the frame, on its right, aligned with its top.
    case outsideRight
    /// No legend.
    case hidden
}

/// The ratio of display lengths of one data unit on y to one on x.
public enum Aspect: Sendable, Equatable {
    /// Fill the space available.
    case auto
    /// One unit is as long on y as on x (square pixels for images).
    case equal
    /// One unit on y is `ratio` times as long as one unit on x.
    case ratio(Double)
}
