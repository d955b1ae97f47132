/// A horizontal or vertical line across the whole axes at one data value.
struct ReferenceLineArtist: Artist {
    var value: Double
    var horizontal: Bool
    var stroke: StrokeStyle
    var label: String?

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent {
        var e = DataExtent()
        if horizontal, yKind.isValid(value) { e.include(y: value) }
        if !horizontal, xKind.isValid(value) { e.include(x: value) }
        return e
    }

    private func segment(_ t: AxesTransform) -> (Point, Point)? {
        if horizontal {
            let y = t.py(value)
            return y.isFinite ? (Point(t.frame.x, y), Point(t.frame.maxX, y)) : nil
        }
        let x = t.px(value)
        return x.isFinite ? (Point(x, t.frame.y), Point(x, t.frame.maxY)) : nil
    }

    func draw(_ context: DrawContext) {
        guard let (a, b) = segment(context.transform) else { return }
        context.backend.stroke(.segment(a, b), style: stroke)
    }

    var legendEntry: LegendEntry? { label.map { LegendEntry(label: $0, swatch: .line(stroke, nil)) } }

    func obstacles(_ t: AxesTransform) -> Obstacles {
        Obstacles(segments: segment(t).map { [$0] } ?? [])
    }

    func warnings(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        let valid = horizontal ? yKind.isValid(value) : xKind.isValid(value)
        guard !valid else { return [] }
        return ["\(horizontal ? "horizontal" : "vertical") line\(label.map { " '\($0)'" } ?? ""): value \(value) cannot be shown on this axis"]
    }
}

/// A text placed at a data position, drawn on top of the data and not clipped.
struct TextArtist: Artist {
    var text: String
    var x: Double
    var y: Double
    var font: Font
    var color: Color
    var alignment: (HorizontalAlignment, VerticalAlignment)

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent { DataExtent() }

    var clipped: Bool { false }

    func draw(_ context: DrawContext) {
        guard let p = context.transform.point(x, y) else { return }
        context.backend.text(text, at: p, font: font, color: color, alignment: alignment, rotation: 0)
    }

    func obstacles(_ t: AxesTransform) -> Obstacles { Obstacles() }

    func warnings(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        xKind.isValid(x) && yKind.isValid(y) ? [] : ["text '\(text)': position (\(x), \(y)) cannot be shown on these axes"]
    }
}
