/// Filled rectangles from (left, bottom) to (right, top) in data units: bars and histograms.
/// Bars on a log y axis start at the bottom of the frame when their base is not positive.
struct BarArtist: Artist {
    struct Bar {
        var left, right, bottom, top: Double
    }

    var bars: [Bar]
    var label: String?
    var color: Color
    var edgeColor: Color?
    /// Error bar half-lengths at each bar's centre, or empty.
    var errors: [Double]
    var kind: String

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent {
        var e = DataExtent()
        for (i, b) in bars.enumerated() where isDrawable(b, xKind, yKind) {
            e.include(x: b.left)
            e.include(x: b.right)
            let err = errors.isEmpty ? 0 : (errors[i].isFinite ? errors[i] : 0)
            for v in [b.bottom, b.top, b.top + err, b.top - err] where yKind.isValid(v) { e.include(y: v) }
            e.stickyY.insert(b.bottom)
        }
        return e
    }

    private func isDrawable(_ b: Bar, _ xKind: ScaleKind, _ yKind: ScaleKind) -> Bool {
        xKind.isValid(b.left) && xKind.isValid(b.right) && b.bottom.isFinite && yKind.isValid(b.top)
    }

    private func rects(_ t: AxesTransform) -> [(Int, Rect)] {
        bars.enumerated().compactMap { i, b in
            let x0 = t.px(b.left), x1 = t.px(b.right), y0 = t.pyPinned(b.bottom), y1 = t.py(b.top)
            guard x0.isFinite, x1.isFinite, b.bottom.isFinite, y1.isFinite else { return nil }
            return (i, Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0)))
        }
    }

    func draw(_ context: DrawContext) {
        let placed = rects(context.transform)
        // One path for all bars: neighbouring bars then show no anti-aliasing seam between them.
        var outline = Path()
        for (_, r) in placed { outline.append(.rectangle(r)) }
        context.backend.fill(outline, color: color)
        for (i, r) in placed {
            if let edgeColor { context.backend.stroke(.rectangle(r), style: StrokeStyle(color: edgeColor, width: 0.6)) }
            guard !errors.isEmpty, errors[i].isFinite, errors[i] > 0 else { continue }
            let b = bars[i], cx = r.center.x, t = context.transform
            let low = t.pyPinned(b.top - errors[i]), high = t.py(b.top + errors[i])
            let style = StrokeStyle(color: context.theme.foreground, width: 1)
            context.backend.stroke(.segment(Point(cx, low), Point(cx, high)), style: style)
            let cap = min(r.width * 0.25, 4)
            for y in [low, high] { context.backend.stroke(.segment(Point(cx - cap, y), Point(cx + cap, y)), style: style) }
        }
    }

    var legendEntry: LegendEntry? { label.map { LegendEntry(label: $0, swatch: .patch(color, edge: edgeColor)) } }

    func obstacles(_ t: AxesTransform) -> Obstacles {
        Obstacles(rects: rects(t).map(\.1).filter { $0.height > 0.5 })
    }

    func warnings(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        let bad = bars.filter { !isDrawable($0, xKind, yKind) }.count
        return [skippedWarning(kind, label, skipped: bad, total: bars.count, x: xKind, y: yKind)].compactMap { $0 }
    }
}

/// Counting values into bins.
enum Histogram {
    /// `count + 1` equal-width edges over the finite values (or over `range` when given).
    static func edges(_ values: [Double], count: Int, range: ClosedRange<Double>?) -> [Double] {
        let finite = values.filter(\.isFinite)
        let (lo, hi) = ScaleKind.linear.sensibleRange(range?.lowerBound ?? finite.min() ?? 0,
                                                      range?.upperBound ?? finite.max() ?? 1)
        let n = max(1, count)
        return (0...n).map { lo + (hi - lo) * Double($0) / Double(n) }
    }

    /// The number of finite values in each bin [edges[i], edges[i+1]) (the last bin is closed),
    /// divided by (total × width) when `density`. Values outside the edges are not counted.
    static func counts(_ values: [Double], edges: [Double], density: Bool) -> [Double] {
        guard edges.count >= 2 else { return [] }
        var counts = [Double](repeating: 0, count: edges.count - 1)
        var total = 0.0
        for v in values where v.isFinite && v >= edges[0] && v <= edges[edges.count - 1] {
            var lo = 0, hi = edges.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if v < edges[mid] { hi = mid } else { lo = mid }
            }
            counts[lo] += 1
            total += 1
        }
        guard density, total > 0 else { return counts }
        return counts.indices.map { counts[$0] / (total * (edges[$0 + 1] - edges[$0])) }
    }
}
