/// Maps data coordinates of one axes to figure points.
struct AxesTransform {
    /// The axes frame in figure points.
    let frame: Rect
    let x: any Scale
    let y: any Scale
    let xInverted: Bool
    let yInverted: Bool

    /// Horizontal figure position of data value `v` (NaN when invalid on the x scale).
    func px(_ v: Double) -> Double {
        let f = x.map(v)
        return frame.x + (xInverted ? 1 - f : f) * frame.width
    }

    /// Vertical figure position of data value `v` (NaN when invalid on the y scale).
    func py(_ v: Double) -> Double {
        let f = y.map(v)
        return frame.y + (yInverted ? 1 - f : f) * frame.height
    }

    /// The figure point of (`x`, `y`), or nil when either is invalid on its scale.
    func point(_ dx: Double, _ dy: Double) -> Point? {
        let p = Point(px(dx), py(dy))
        return p.x.isFinite && p.y.isFinite ? p : nil
    }

    /// Figure position of a data value for an edge that may be invalid on a log axis (zero for
    /// bars): such values are pinned just outside the frame's lower side.
    func pyPinned(_ v: Double) -> Double {
        let p = py(v)
        if p.isFinite { return p }
        return yInverted ? frame.maxY + 1 : frame.y - 1
    }
}

/// The data a series covers on each axis, for choosing limits automatically.
struct DataExtent {
    var x: ClosedRange<Double>?
    var y: ClosedRange<Double>?
    /// Values at which the x (y) limit stops without a margin when it is a data limit (bars at 0).
    var stickyX: Set<Double> = []
    var stickyY: Set<Double> = []

    mutating func include(x v: Double) { x = x.map { min($0.lowerBound, v)...max($0.upperBound, v) } ?? v...v }
    mutating func include(y v: Double) { y = y.map { min($0.lowerBound, v)...max($0.upperBound, v) } ?? v...v }

    /// The extent of paired values valid on both scales.
    static func of(_ xs: [Double], _ ys: [Double], _ xKind: ScaleKind, _ yKind: ScaleKind) -> DataExtent {
        var e = DataExtent()
        for (a, b) in zip(xs, ys) where xKind.isValid(a) && yKind.isValid(b) {
            e.include(x: a)
            e.include(y: b)
        }
        return e
    }

    /// Both extents together.
    func union(_ o: DataExtent) -> DataExtent {
        var e = self
        if let r = o.x { e.include(x: r.lowerBound); e.include(x: r.upperBound) }
        if let r = o.y { e.include(y: r.lowerBound); e.include(y: r.upperBound) }
        e.stickyX.formUnion(o.stickyX)
        e.stickyY.formUnion(o.stickyY)
        return e
    }
}

/// What a legend should avoid: data points, line segments and filled areas, in figure points.
struct Obstacles {
    var points: [Point] = []
    var segments: [(Point, Point)] = []
    var rects: [Rect] = []

    mutating func add(_ o: Obstacles) {
        points += o.points
        segments += o.segments
        rects += o.rects
    }

    /// How much of the obstacles `box` would cover: points inside, segments and rectangles crossed.
    func cost(of box: Rect) -> Int {
        points.reduce(0) { $0 + (box.contains($1) ? 1 : 0) }
            + segments.reduce(0) { $0 + (box.intersectsSegment($1.0, $1.1) ? 1 : 0) }
            + rects.reduce(0) { $0 + (box.intersects($1) ? 1 : 0) }
    }
}

/// How a legend entry is drawn in its small sample box.
enum LegendSwatch {
    /// A short line, optionally with a marker in its middle.
    case line(StrokeStyle?, MarkerStyle?)
    /// A marker alone.
    case marker(MarkerStyle)
    /// A vertical error bar with caps, and optionally a marker on it.
    case errorBar(StrokeStyle, MarkerStyle?)
    /// A filled square with an optional edge.
    case patch(Color, edge: Color?)
}

/// One row of a legend.
struct LegendEntry {
    var label: String
    var swatch: LegendSwatch
}

/// Everything an artist needs to draw itself.
struct DrawContext {
    let backend: Backend
    let transform: AxesTransform
    let theme: Theme
}

/// A drawable series or decoration of an `Axes`, in data coordinates.
protocol Artist {
    /// The data covered by values valid on the given scales.
    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent
    /// Draws inside the axes (the caller clips to the frame when `clipped`).
    func draw(_ context: DrawContext)
    /// Whether drawing is clipped to the axes frame.
    var clipped: Bool { get }
    /// The legend row, when the series has a label.
    var legendEntry: LegendEntry? { get }
    /// Where the series lies, for legend placement.
    func obstacles(_ t: AxesTransform) -> Obstacles
    /// Messages about values that could not be drawn on the given scales.
    func warnings(x: ScaleKind, y: ScaleKind) -> [String]
}

extension Artist {
    var clipped: Bool { true }
    var legendEntry: LegendEntry? { nil }
    func obstacles(_ t: AxesTransform) -> Obstacles { Obstacles() }
    func warnings(x: ScaleKind, y: ScaleKind) -> [String] { [] }
}

/// A warning for `skipped` of `total` points of series `name` that are not finite or not valid
/// on a log scale; nil when none were skipped.
func skippedWarning(_ kind: String, _ name: String?, skipped: Int, total: Int, x: ScaleKind, y: ScaleKind) -> String? {
    guard skipped > 0 else { return nil }
    let what = (x == .log || y == .log) ? "NaN, infinite or non-positive (log axis)" : "NaN or infinite"
    let series = name.map { "\(kind) '\($0)'" } ?? kind
    return "\(series): skipped \(skipped) of \(total) points with \(what) values"
}

/// The runs of consecutive non-nil elements: a line or band breaks where a value is missing.
func splitAtGaps<T>(_ items: [T?]) -> [[T]] {
    var runs: [[T]] = [], current: [T] = []
    for item in items {
        if let item {
            current.append(item)
        } else if !current.isEmpty {
            runs.append(current)
            current = []
        }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
}

/// The number of pairs not valid on both scales.
func invalidPairs(_ xs: [Double], _ ys: [Double], _ xKind: ScaleKind, _ yKind: ScaleKind) -> Int {
    zip(xs, ys).reduce(0) { $0 + (xKind.isValid($1.0) && yKind.isValid($1.1) ? 0 : 1) }
}
