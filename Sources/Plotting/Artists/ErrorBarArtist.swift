/// Vertical (and optionally horizontal) error bars with caps around (x[i], y[i]), plus a marker.
/// Bars reaching a non-positive value on a log axis are drawn to the frame's edge.
struct ErrorBarArtist: Artist {
    var x: [Double]
    var y: [Double]
    /// Distance below and above y[i] (data units, non-negative).
    var yLow: [Double]
    var yHigh: [Double]
    /// Distance left and right of x[i], or empty.
    var xErr: [Double]
    var label: String?
    var color: Color
    var width: Double
    /// Cap width in points.
    var capSize: Double
    var marker: MarkerStyle?

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent {
        var e = DataExtent()
        for i in x.indices where xKind.isValid(x[i]) && yKind.isValid(y[i]) {
            for v in [y[i] - yLow[i], y[i], y[i] + yHigh[i]] where yKind.isValid(v) { e.include(y: v) }
            let dx = xErr.isEmpty ? 0 : xErr[i]
            for v in [x[i] - dx, x[i], x[i] + dx] where xKind.isValid(v) { e.include(x: v) }
        }
        return e
    }

    private func bars(_ t: AxesTransform) -> [(Point, Point, vertical: Bool)] {
        var out: [(Point, Point, vertical: Bool)] = []
        for i in x.indices {
            guard let c = t.point(x[i], y[i]), yLow[i].isFinite, yHigh[i].isFinite else { continue }
            out.append((Point(c.x, t.pyPinned(y[i] - yLow[i])), Point(c.x, t.pyPinned(y[i] + yHigh[i])), true))
            if !xErr.isEmpty, xErr[i].isFinite, xErr[i] > 0 {
                let l = t.px(x[i] - xErr[i]), r = t.px(x[i] + xErr[i])
                out.append((Point(l.isFinite ? l : t.frame.x - 1, c.y), Point(r, c.y), false))
            }
        }
        return out
    }

    func draw(_ context: DrawContext) {
        let style = StrokeStyle(color: color, width: width)
        let cap = capSize / 2
        for (a, b, vertical) in bars(context.transform) {
            context.backend.stroke(.segment(a, b), style: style)
            guard cap > 0 else { continue }
            for end in [a, b] {
                let from = vertical ? Point(end.x - cap, end.y) : Point(end.x, end.y - cap)
                let to = vertical ? Point(end.x + cap, end.y) : Point(end.x, end.y + cap)
                context.backend.stroke(.segment(from, to), style: style)
            }
        }
        if let marker {
            for i in x.indices {
                if let p = context.transform.point(x[i], y[i]) { marker.draw(at: p, on: context.backend) }
            }
        }
    }

    var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, swatch: .errorBar(StrokeStyle(color: color, width: width), marker)) }
    }

    func obstacles(_ t: AxesTransform) -> Obstacles {
        var o = Obstacles()
        for (a, b, _) in bars(t) { o.segments.append((a, b)) }
        o.points = x.indices.compactMap { t.point(x[$0], y[$0]) }
        return o
    }

    func warnings(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        let bad = x.indices.filter { !xKind.isValid(x[$0]) || !yKind.isValid(y[$0]) || !yLow[$0].isFinite || !yHigh[$0].isFinite }
        return [skippedWarning("error bars", label, skipped: bad.count, total: x.count, x: xKind, y: yKind)].compactMap { $0 }
    }
}

/// A filled region between lower[i] and upper[i] along x (a mean ± std band).
struct BandArtist: Artist {
    var x: [Double]
    var lower: [Double]
    var upper: [Double]
    var label: String?
    var color: Color

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent {
        DataExtent.of(x, lower, xKind, yKind).union(.of(x, upper, xKind, yKind))
    }

    /// Runs of indices where x, lower and upper are all drawable.
    private func runs(_ t: AxesTransform) -> [[(x: Double, lo: Double, hi: Double)]] {
        splitAtGaps(x.indices.map { i -> (x: Double, lo: Double, hi: Double)? in
            let px = t.px(x[i]), hi = t.py(upper[i])
            return px.isFinite && lower[i].isFinite && hi.isFinite ? (px, t.pyPinned(lower[i]), hi) : nil
        })
    }

    func draw(_ context: DrawContext) {
        for run in runs(context.transform) where run.count >= 2 {
            var path = Path()
            path.move(to: Point(run[0].x, run[0].hi))
            for s in run.dropFirst() { path.line(to: Point(s.x, s.hi)) }
            for s in run.reversed() { path.line(to: Point(s.x, s.lo)) }
            path.close()
            context.backend.fill(path, color: color)
        }
    }

    var legendEntry: LegendEntry? { label.map { LegendEntry(label: $0, swatch: .patch(color, edge: nil)) } }

    func obstacles(_ t: AxesTransform) -> Obstacles {
        var o = Obstacles()
        for run in runs(t) {
            for s in run { o.segments.append((Point(s.x, s.lo), Point(s.x, s.hi))) }
            for (a, b) in zip(run, run.dropFirst()) {
                o.segments.append((Point(a.x, a.hi), Point(b.x, b.hi)))
                o.segments.append((Point(a.x, a.lo), Point(b.x, b.lo)))
            }
        }
        return o
    }

    func warnings(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        let bad = x.indices.filter { !xKind.isValid(x[$0]) || !lower[$0].isFinite || !yKind.isValid(upper[$0]) }
        return [skippedWarning("band", label, skipped: bad.count, total: x.count, x: xKind, y: yKind)].compactMap { $0 }
    }
}
