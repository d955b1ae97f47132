/// A text style: DejaVu Sans at a size in points, regular or bold.
public struct Font: Equatable, Hashable, Sendable {
    /// Size in points.
    public var size: Double
    /// Whether the bold face is used.
    public var bold: Bool

    /// DejaVu Sans at `size` points.
    public init(size: Double, bold: Bool = false) {
        self.size = size
        self.bold = bold
    }

    /// The family every backend draws with (Debian package fonts-dejavu-core).
    public static let family = "DejaVu Sans"
}

/// Where a text's anchor point sits on the text box, horizontally.
public enum HorizontalAlignment: Sendable, Equatable {
    /// The anchor is at the start of the text.
    case left
    /// The anchor is at the middle of the text.
    case center
    /// The anchor is at the end of the text.
    case right

    /// Fraction of the width that lies left of the anchor.
    var fraction: Double {
        switch self {
        case .left: 0
        case .center: 0.5
        case .right: 1
        }
    }
}

/// Where a text's anchor point sits on the text box, vertically.
public enum VerticalAlignment: Sendable, Equatable {
    /// The anchor is on the top of the box (the font's ascent).
    case top
    /// The anchor is half way between the font's descent and ascent.
    case center
    /// The anchor is on the baseline.
    case baseline
    /// The anchor is on the bottom of the box (the font's descent).
    case bottom
}

/// Measured size of a text at a font, in points.
public struct TextMetrics: Equatable, Sendable {
    /// Advance width of the whole string.
    public var width: Double
    /// Height above the baseline (the font's ascent, the same for every string).
    public var ascent: Double
    /// Depth below the baseline (the font's descent, positive).
    public var descent: Double

    /// Metrics from measured values in points.
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    /// Total height of the text box.
    public var height: Double { ascent + descent }

    /// Offset from the anchor down to the baseline for an alignment (positive: baseline above).
    func baselineOffset(_ v: VerticalAlignment) -> Double {
        switch v {
        case .top: -ascent
        case .center: -(ascent - descent) / 2
        case .baseline: 0
        case .bottom: descent
        }
    }
}
