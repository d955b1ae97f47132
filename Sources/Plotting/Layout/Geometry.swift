/// A position on the figure, in points (1/72 inch), origin at the bottom-left corner, y up.
public struct Point: Equatable, Sendable {
    /// Horizontal position in points from the figure's left edge.
    public var x: Double
    /// Vertical position in points from the figure's bottom edge.
    public var y: Double

    /// A point at `x`, `y` (points).
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in figure points; `origin` is the bottom-left corner.
public struct Rect: Equatable, Sendable {
    /// Left edge in points.
    public var x: Double
    /// Bottom edge in points.
    public var y: Double
    /// Width in points (never negative for rectangles built by the layout).
    public var width: Double
    /// Height in points.
    public var height: Double

    /// A rectangle whose bottom-left corner is (`x`, `y`), all in points.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge in points.
    public var maxX: Double { x + width }
    /// Top edge in points.
    public var maxY: Double { y + height }
    /// Centre of the rectangle.
    public var center: Point { Point(x + width / 2, y + height / 2) }

    /// Whether `p` lies inside or on the border.
    public func contains(_ p: Point) -> Bool {
        p.x >= x && p.x <= maxX && p.y >= y && p.y <= maxY
    }

    /// Whether the two rectangles share interior area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// Whether `other` lies entirely inside this rectangle, allowing `tolerance` points of overhang.
    public func contains(_ other: Rect, tolerance: Double = 0) -> Bool {
        other.x >= x - tolerance && other.maxX <= maxX + tolerance
            && other.y >= y - tolerance && other.maxY <= maxY + tolerance
    }

    /// The rectangle grown by `d` points on every side (shrunk when `d` is negative).
    func inset(by d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d))
    }

    /// The smallest rectangle holding both.
    func union(_ other: Rect) -> Rect {
        let x0 = min(x, other.x), y0 = min(y, other.y)
        return Rect(x: x0, y: y0, width: max(maxX, other.maxX) - x0, height: max(maxY, other.maxY) - y0)
    }

    /// Whether the segment from `a` to `b` touches the rectangle (Liang–Barsky clipping test).
    func intersectsSegment(_ a: Point, _ b: Point) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - x), (dx, maxX - a.x), (-dy, a.y - y), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}

/// Space around a rectangle, in points, per side.
struct EdgeInsets: Equatable {
    var left = 0.0, right = 0.0, bottom = 0.0, top = 0.0

    /// The per-side maximum of two sets of insets.
    func union(_ o: EdgeInsets) -> EdgeInsets {
        EdgeInsets(left: max(left, o.left), right: max(right, o.right),
                   bottom: max(bottom, o.bottom), top: max(top, o.top))
    }
}
