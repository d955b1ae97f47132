/// Draws a laid-out axes: grid, data (clipped to the frame), frame, ticks, texts, legend and
/// colour bar, in that order.
enum AxesPainter {
    static func draw(_ layout: AxesLayout, on backend: Backend) {
        let axes = layout.axes, theme = axes.theme, frame = layout.frame
        if axes.grid, let gridColor = theme.grid {
            let style = StrokeStyle(color: gridColor, width: theme.gridWidth)
            for tick in layout.x.major {
                let x = frame.x + layout.x.fraction(tick.value) * frame.width
                if x.isFinite { backend.stroke(.segment(Point(x, frame.y), Point(x, frame.maxY)), style: style) }
            }
            for tick in layout.y.major {
                let y = frame.y + layout.y.fraction(tick.value) * frame.height
                if y.isFinite { backend.stroke(.segment(Point(frame.x, y), Point(frame.maxX, y)), style: style) }
            }
        }
        let context = DrawContext(backend: backend, transform: layout.transform, theme: theme)
        backend.pushClip(frame)
        for artist in axes.artists where artist.clipped { artist.draw(context) }
        backend.popClip()
        for artist in axes.artists where !artist.clipped { artist.draw(context) }
        let ink = StrokeStyle(color: theme.foreground, width: theme.spineWidth)
        if axes.frame { backend.stroke(.rectangle(frame), style: ink) }
        drawTicks(layout.x, frame: frame, style: ink, on: backend)
        drawTicks(layout.y, frame: frame, style: ink, on: backend)
        for text in layout.texts { draw(text, on: backend) }
        layout.legend?.draw(on: backend, theme: theme)
        layout.colorBar?.draw(on: backend, theme: theme)
    }

    private static func drawTicks(_ plan: AxisPlan, frame: Rect, style: StrokeStyle, on backend: Backend) {
        guard plan.tickLength > 0 else { return }
        let ticks = plan.major.map { ($0.value, plan.tickLength) } + plan.minor.map { ($0, plan.tickLength * 0.6) }
        var minorStyle = style
        minorStyle.width = style.width * 0.75
        for (index, (value, length)) in ticks.enumerated() {
            let f = plan.fraction(value)
            guard f.isFinite, f >= -1e-9, f <= 1 + 1e-9 else { continue }
            let segment: Path
            switch plan.side {
            case .bottom:
                let x = frame.x + f * frame.width
                segment = .segment(Point(x, frame.y), Point(x, frame.y - length))
            case .top:
                let x = frame.x + f * frame.width
                segment = .segment(Point(x, frame.maxY), Point(x, frame.maxY + length))
            case .left:
                let y = frame.y + f * frame.height
                segment = .segment(Point(frame.x, y), Point(frame.x - length, y))
            case .right:
                let y = frame.y + f * frame.height
                segment = .segment(Point(frame.maxX, y), Point(frame.maxX + length, y))
            }
            backend.stroke(segment, style: index < plan.major.count ? style : minorStyle)
        }
    }

    static func draw(_ text: PlacedText, on backend: Backend) {
        backend.text(text.text, at: text.anchor, font: text.font, color: text.color,
                     alignment: text.alignment, rotation: text.rotation)
    }
}
