/// A backend that keeps every drawing command in order instead of drawing, for unit tests of
/// layout and artists. By default text is measured with fixed DejaVu-like proportions (0.6 em
/// per character, ascent 0.93 em, descent 0.24 em), so tests need not depend on fonts; pass
/// `measure` to use real metrics.
public final class RecordingBackend: Backend {
    /// One recorded drawing command, with its arguments in figure points.
    public enum Command: Equatable {
        /// A filled path.
        case fill(Path, Color)
        /// A stroked path.
        case stroke(Path, StrokeStyle)
        /// A text, with the box it occupies in figure points.
        case text(String, box: Rect, font: Font, color: Color, rotation: Double)
        /// An image stretched over a rectangle.
        case image(width: Int, height: Int, rect: Rect)
        /// Start of a clip region.
        case pushClip(Rect)
        /// End of the innermost clip region.
        case popClip
    }

    /// Every command received, in order.
    public private(set) var commands: [Command] = []

    private let measurer: ((String, Font) -> TextMetrics)?

    /// An empty recording that measures text with `measure` (nil: fixed proportions).
    public init(measure: ((String, Font) -> TextMetrics)? = nil) {
        measurer = measure
    }

    /// Records a fill.
    public func fill(_ path: Path, color: Color) { commands.append(.fill(path, color)) }

    /// Records a stroke.
    public func stroke(_ path: Path, style: StrokeStyle) { commands.append(.stroke(path, style)) }

    /// Records a text with the box it would occupy.
    public func text(_ string: String, at anchor: Point, font: Font, color: Color,
                     alignment: (HorizontalAlignment, VerticalAlignment), rotation: Double) {
        let box = textBox(string, at: anchor, font: font, alignment: alignment, rotation: rotation)
        commands.append(.text(string, box: box, font: font, color: color, rotation: rotation))
    }

    /// Records an image and where it goes.
    public func image(_ image: RGBAImage, in rect: Rect, smooth: Bool) {
        commands.append(.image(width: image.width, height: image.height, rect: rect))
    }

    /// Measures with the function given at creation, or fixed proportions.
    public func measure(_ string: String, font: Font) -> TextMetrics {
        if let measurer { return measurer(string, font) }
        return TextMetrics(width: 0.6 * font.size * Double(string.count), ascent: 0.93 * font.size,
                    descent: 0.24 * font.size)
    }

    /// Records the start of a clip region.
    public func pushClip(_ rect: Rect) { commands.append(.pushClip(rect)) }

    /// Records the end of a clip region.
    public func popClip() { commands.append(.popClip) }

    /// The texts drawn, with their boxes, in order.
    public var texts: [(string: String, box: Rect)] {
        commands.compactMap {
            if case let .text(s, box, _, _, _) = $0 { return (s, box) }
            return nil
        }
    }
}
