/// The shape of a point marker.
public enum MarkerShape: String, Sendable, CaseIterable {
    /// A filled disc.
    case circle
    /// A filled square.
    case square
    /// A filled triangle pointing up.
    case triangle
    /// A filled square standing on a corner.
    case diamond
    /// A stroked "+".
    case plus
    /// A stroked "×".
    case x

    /// Whether the shape is drawn as an outline only (its colour is the stroke colour).
    var isStroked: Bool { self == .plus || self == .x }

    /// The outline of a marker of diameter `size` points centred on `c`, chosen so that all
    /// filled shapes look about as heavy as the circle.
    func path(at c: Point, size: Double) -> Path {
        let r = size / 2
        var p = Path()
        switch self {
        case .circle:
            p.addCircle(center: c, radius: r)
        case .square:
            let h = r * 0.886
            return .rectangle(Rect(x: c.x - h, y: c.y - h, width: 2 * h, height: 2 * h))
        case .triangle:
            let h = r * 1.2
            p.move(to: Point(c.x, c.y + h))
            p.line(to: Point(c.x - h * 0.866, c.y - h * 0.5))
            p.line(to: Point(c.x + h * 0.866, c.y - h * 0.5))
            p.close()
        case .diamond:
            let h = r * 1.15
            p.move(to: Point(c.x, c.y + h))
            p.line(to: Point(c.x - h * 0.8, c.y))
            p.line(to: Point(c.x, c.y - h))
            p.line(to: Point(c.x + h * 0.8, c.y))
            p.close()
        case .plus:
            p.move(to: Point(c.x - r, c.y))
            p.line(to: Point(c.x + r, c.y))
            p.move(to: Point(c.x, c.y - r))
            p.line(to: Point(c.x, c.y + r))
        case .x:
            let h = r * 0.85
            p.move(to: Point(c.x - h, c.y - h))
            p.line(to: Point(c.x + h, c.y + h))
            p.move(to: Point(c.x - h, c.y + h))
            p.line(to: Point(c.x + h, c.y - h))
        }
        return p
    }
}

/// How one marker is drawn.
struct MarkerStyle {
    var shape: MarkerShape
    /// Diameter in points.
    var size: Double
    var color: Color
    /// Outline colour of filled shapes (nil: none).
    var edgeColor: Color?
    /// Outline width in points (also the stroke width of "+" and "×").
    var edgeWidth: Double

    /// Draws the marker centred on `c`.
    func draw(at c: Point, on backend: Backend) {
        let path = shape.path(at: c, size: size)
        if shape.isStroked {
            backend.stroke(path, style: StrokeStyle(color: color, width: max(edgeWidth, size / 4.5)))
            return
        }
        backend.fill(path, color: color)
        if let edgeColor {
            backend.stroke(path, style: StrokeStyle(color: edgeColor, width: edgeWidth, round: true))
        }
    }
}
