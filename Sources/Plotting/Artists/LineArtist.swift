/// A polyline through (x[i], y[i]) with optional markers; invalid points break the line.
struct LineArtist: Artist {
    var x: [Double]
    var y: [Double]
    var label: String?
    var stroke: StrokeStyle?
    var marker: MarkerStyle?

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent { .of(x, y, xKind, yKind) }

    /// The runs of consecutive valid points, in figure points.
    func runs(_ t: AxesTransform) -> [[Point]] {
        splitAtGaps(zip(x, y).map { t.point($0, $1) })
    }

    func draw(_ context: DrawContext) {
        let runs = runs(context.transform)
        if let stroke {
            for run in runs where run.count >= 2 { context.backend.stroke(.polyline(run), style: stroke) }
        }
        if let marker {
            for p in runs.joined() { marker.draw(at: p, on: context.backend) }
        }
    }

    var legendEntry: LegendEntry? { label.map { LegendEntry(label: $0, swatch: .line(stroke, marker)) } }

    func obstacles(_ t: AxesTransform) -> Obstacles {
        var o = Obstacles()
        for run in runs(t) {
            o.points += run
            if stroke != nil { o.segments += zip(run, run.dropFirst()).map { ($0, $1) } }
        }
        return o
    }

    func warnings(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        [skippedWarning("line", label, skipped: invalidPairs(x, y, xKind, yKind), total: x.count, x: xKind, y: yKind)]
            .compactMap { $0 }
    }
}

/// Points at (x[i], y[i]), each with its own colour and size when given.
struct ScatterArtist: Artist {
    var x: [Double]
    var y: [Double]
    var label: String?
    var shape: MarkerShape
    /// One colour for all points, or one per point.
    var colors: [Color]
    /// One diameter (points) for all, or one per point.
    var sizes: [Double]
    var edgeColor: Color?
    var edgeWidth: Double

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent { .of(x, y, xKind, yKind) }

    /// The marker of point `i` (of the first point for a legend, also when there are none).
    private func style(_ i: Int) -> MarkerStyle {
        let size = sizes.count == 1 ? sizes[0] : sizes[i]
        return MarkerStyle(shape: shape, size: size.isFinite ? max(0, size) : 0,
                           color: colors.count == 1 ? colors[0] : colors[i],
                           edgeColor: edgeColor, edgeWidth: edgeWidth)
    }

    func draw(_ context: DrawContext) {
        for i in x.indices {
            guard let p = context.transform.point(x[i], y[i]) else { continue }
            style(i).draw(at: p, on: context.backend)
        }
    }

    var legendEntry: LegendEntry? {
        guard let label, !colors.isEmpty, !sizes.isEmpty else { return nil }
        var s = style(0)
        s.size = min(max(s.size, 4), 10)
        s.color = s.color.withAlpha(max(s.color.alpha, 0.6))
        return LegendEntry(label: label, swatch: .marker(s))
    }

    func obstacles(_ t: AxesTransform) -> Obstacles {
        Obstacles(points: x.indices.compactMap { t.point(x[$0], y[$0]) })
    }

    func warnings(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        [skippedWarning("scatter", label, skipped: invalidPairs(x, y, xKind, yKind), total: x.count, x: xKind, y: yKind)]
            .compactMap { $0 }
    }
}
