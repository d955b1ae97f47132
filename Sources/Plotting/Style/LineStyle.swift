/// How a line is dashed. Dash lengths scale with the line width, as in matplotlib.
public enum LineStyle: Sendable, Equatable {
    /// A continuous line.
    case solid
    /// Long dashes.
    case dashed
    /// Round dots.
    case dotted
    /// Alternating dash and dot.
    case dashDot
    /// No line (markers only).
    case none

    /// On/off lengths in points for a line of `width` points; empty for a solid line.
    func dashes(width: Double) -> [Double] {
        let w = max(width, 1)
        switch self {
        case .solid, .none: return []
        case .dashed: return [3.7 * w, 1.6 * w]
        case .dotted: return [1 * w, 1.65 * w]
        case .dashDot: return [6.4 * w, 1.6 * w, 1 * w, 1.6 * w]
        }
    }
}
