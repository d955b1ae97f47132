import Foundation

/// The narrow contract every output target implements: fill, stroke, text, image, measure text
/// and clip. Coordinates are figure points with the origin at the bottom-left and y up; a
/// backend converts to its own units (pixels, y down) in one place.
public protocol Backend: AnyObject {
    /// Fills `path` (non-zero winding) with `color`.
    func fill(_ path: Path, color: Color)
    /// Strokes the outline of `path`.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Draws `string` so that the point `anchor` sits at `alignment` on its box, rotated by
    /// `rotation` degrees counter-clockwise about the anchor.
    func text(_ string: String, at anchor: Point, font: Font, color: Color,
              alignment: (HorizontalAlignment, VerticalAlignment), rotation: Double)
    /// Draws `image` stretched over `rect`; `smooth` interpolates, otherwise pixels stay square.
    func image(_ image: RGBAImage, in rect: Rect, smooth: Bool)
    /// The size `string` takes at `font`, in points; must not depend on the output resolution.
    func measure(_ string: String, font: Font) -> TextMetrics
    /// Restricts drawing to `rect` until the matching `popClip()`.
    func pushClip(_ rect: Rect)
    /// Ends the innermost `pushClip`.
    func popClip()
}

extension Backend {
    /// The box a text occupies once drawn at `anchor` with `alignment` and a rotation of 0 or
    /// ±90 (or any angle: the bounding box of the rotated box), in points.
    func textBox(_ string: String, at anchor: Point, font: Font,
                 alignment: (HorizontalAlignment, VerticalAlignment), rotation: Double = 0) -> Rect {
        textBox(measure(string, font: font), at: anchor, alignment: alignment, rotation: rotation)
    }

    /// The box of already measured text; see `textBox(_:at:font:alignment:rotation:)`.
    func textBox(_ m: TextMetrics, at anchor: Point,
                 alignment: (HorizontalAlignment, VerticalAlignment), rotation: Double = 0) -> Rect {
        let x0 = -m.width * alignment.0.fraction
        let base = m.baselineOffset(alignment.1)
        let corners = [(x0, base - m.descent), (x0 + m.width, base - m.descent),
                       (x0, base + m.ascent), (x0 + m.width, base + m.ascent)]
        let a = rotation * .pi / 180
        let (c, s) = (cos(a), sin(a))
        let xs = corners.map { anchor.x + $0.0 * c - $0.1 * s }
        let ys = corners.map { anchor.y + $0.0 * s + $0.1 * c }
        let minX = xs.min()!, minY = ys.min()!
        return Rect(x: minX, y: minY, width: xs.max()! - minX, height: ys.max()! - minY)
    }
}
