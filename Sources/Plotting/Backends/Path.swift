/// A vector outline in figure points (y up): straight segments and full circles.
public struct Path: Equatable, Sendable {
    /// One drawing step of a path.
    public enum Element: Equatable, Sendable {
        /// Start a new sub-path at a point.
        case move(Point)
        /// A straight segment from the current point.
        case line(Point)
        /// A full circle as its own closed sub-path (radius in points).
        case circle(center: Point, radius: Double)
        /// Close the current sub-path back to its start.
        case close
    }

    /// The steps, in drawing order.
    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// Starts a sub-path at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a straight segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Closes the current sub-path.
    public mutating func close() { elements.append(.close) }
    /// Adds a full circle of `radius` points around `center`.
    public mutating func addCircle(center: Point, radius: Double) {
        elements.append(.circle(center: center, radius: radius))
    }

    /// Adds every sub-path of `other`.
    public mutating func append(_ other: Path) { elements += other.elements }

    /// Whether nothing would be drawn.
    public var isEmpty: Bool { elements.isEmpty }

    /// An axis-aligned rectangle.
    public static func rectangle(_ r: Rect) -> Path {
        var p = Path()
        p.move(to: Point(r.x, r.y))
        p.line(to: Point(r.maxX, r.y))
        p.line(to: Point(r.maxX, r.maxY))
        p.line(to: Point(r.x, r.maxY))
        p.close()
        return p
    }

    /// A single segment from `a` to `b`.
    public static func segment(_ a: Point, _ b: Point) -> Path {
        var p = Path()
        p.move(to: a)
        p.line(to: b)
        return p
    }

    /// An open polyline through `points` (nothing when fewer than two).
    public static func polyline(_ points: [Point]) -> Path {
        var p = Path()
        guard points.count >= 2 else { return p }
        p.move(to: points[0])
        for q in points.dropFirst() { p.line(to: q) }
        return p
    }
}

/// How a path's outline is drawn.
public struct StrokeStyle: Equatable, Sendable {
    /// Line colour.
    public var color: Color
    /// Line width in points.
    public var width: Double
    /// On/off dash lengths in points; empty for a solid line.
    public var dashes: [Double]
    /// Whether line ends and joins are rounded (dotted lines, markers) or square-cut.
    public var round: Bool

    /// A stroke of `width` points in `color`, solid unless `dashes` are given.
    public init(color: Color, width: Double, dashes: [Double] = [], round: Bool = false) {
        self.color = color
        self.width = width
        self.dashes = dashes
        self.round = round
    }
}

/// An 8-bit RGBA raster, row-major from the top row, straight alpha: `pixels.count == width * height * 4`.
public struct RGBAImage: Equatable, Sendable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Bytes R, G, B, A per pixel, top row first.
    public var pixels: [UInt8]

    /// An image from its bytes; `pixels.count` must be `width * height * 4`.
    init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 4, "RGBAImage needs width * height * 4 bytes")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The colour of pixel (`column`, `row`), row 0 at the top.
    public func color(column: Int, row: Int) -> Color {
        let i = (row * width + column) * 4
        return Color(red: Double(pixels[i]) / 255, green: Double(pixels[i + 1]) / 255,
                     blue: Double(pixels[i + 2]) / 255, alpha: Double(pixels[i + 3]) / 255)
    }
}
