/// A vertical colour bar right of a heatmap: 12 points wide, as tall as the frame, with its own
/// ticks on the right and its label rotated beside them.
struct ColorBarLayout {
    var spec: ColorBarSpec
    var rect: Rect
    var plan: AxisPlan
    var labels: [PlacedText]
    var title: PlacedText?

    static let width = 12.0, gap = 10.0

    init(spec: ColorBarSpec, frame: Rect, backend: Backend, theme: Theme) {
        self.spec = spec
        rect = Rect(x: frame.maxX + Self.gap, y: frame.y, width: Self.width, height: frame.height)
        let scale = ScaleKind.linear.scale(spec.lower, spec.upper)
        plan = TickPlacement.plan(Axis(), scale: scale, side: .right, length: frame.height, showLabels: true,
                                  backend: backend, theme: theme)
        labels = TickPlacement.labels(plan, frame: rect, backend: backend, theme: theme)
        if !spec.label.isEmpty {
            let font = Font(size: theme.labelSize)
            let edge = max(rect.maxX + plan.tickLength, labels.map(\.box.maxX).max() ?? 0) + theme.pad
            let anchor = Point(edge, rect.center.y)
            let alignment: (HorizontalAlignment, VerticalAlignment) = (.center, .top)
            title = PlacedText(text: spec.label, anchor: anchor, font: font, alignment: alignment, rotation: 90,
                               box: backend.textBox(spec.label, at: anchor, font: font, alignment: alignment, rotation: 90),
                               color: theme.foreground)
        }
    }

    /// Everything drawn outside the heatmap's frame.
    var extent: Rect {
        (labels.map(\.box) + (title.map { [$0.box] } ?? [])).reduce(rect.union(Rect(
            x: rect.maxX, y: rect.y, width: plan.tickLength, height: rect.height))) { $0.union($1) }
    }

    func draw(on backend: Backend, theme: Theme) {
        let steps = 256
        var bytes: [UInt8] = []
        for k in 0..<steps {
            let c = spec.colormap.color(at: 1 - Double(k) / Double(steps - 1))
            bytes += [UInt8((c.red * 255).rounded()), UInt8((c.green * 255).rounded()),
                      UInt8((c.blue * 255).rounded()), 255]
        }
        backend.image(RGBAImage(width: 1, height: steps, pixels: bytes), in: rect, smooth: true)
        backend.stroke(.rectangle(rect), style: StrokeStyle(color: theme.foreground, width: theme.spineWidth))
        let tickStyle = StrokeStyle(color: theme.foreground, width: theme.spineWidth)
        for tick in plan.major {
            let y = rect.y + plan.fraction(tick.value) * rect.height
            backend.stroke(.segment(Point(rect.maxX, y), Point(rect.maxX + plan.tickLength, y)), style: tickStyle)
        }
        for label in labels + (title.map { [$0] } ?? []) {
            backend.text(label.text, at: label.anchor, font: label.font, color: label.color,
                         alignment: label.alignment, rotation: label.rotation)
        }
    }
}
