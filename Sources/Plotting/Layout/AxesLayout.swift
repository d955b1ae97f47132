import Foundation

/// Everything needed to draw one axes: its frame, chosen ticks, placed texts, legend and colour bar.
struct AxesLayout {
    let axes: Axes
    var frame: Rect
    var x: AxisPlan
    var y: AxisPlan
    /// Tick labels, axis labels and title, placed.
    var texts: [PlacedText] = []
    var legend: LegendLayout?
    var colorBar: ColorBarLayout?

    var transform: AxesTransform {
        AxesTransform(frame: frame, x: x.scale, y: y.scale, xInverted: x.inverted, yInverted: y.inverted)
    }

    /// Plans ticks and places every decoration around `frame`.
    /// - Parameters:
    ///   - scales: the x and y scales with their final limits.
    ///   - showX/showY: whether tick labels and the axis label of x/y are shown (false for inner
    ///     axes of a shared grid).
    ///   - legendOutside: whether the legend must go right of the frame.
    init(axes: Axes, frame: Rect, scales: (x: any Scale, y: any Scale), showX: Bool, showY: Bool,
         legendOutside: Bool, backend: Backend) {
        let theme = axes.theme
        self.axes = axes
        self.frame = frame
        x = TickPlacement.plan(axes.x, scale: scales.x, side: axes.x.oppositeSide ? .top : .bottom,
                               length: frame.width, showLabels: showX, backend: backend, theme: theme)
        y = TickPlacement.plan(axes.y, scale: scales.y, side: axes.y.oppositeSide ? .right : .left,
                               length: frame.height, showLabels: showY, backend: backend, theme: theme)
        let xLabels = TickPlacement.labels(x, frame: frame, backend: backend, theme: theme)
        let yLabels = TickPlacement.labels(y, frame: frame, backend: backend, theme: theme)
        texts = xLabels + yLabels
        let labelFont = Font(size: theme.labelSize)

        func place(_ text: String, _ anchor: Point, _ font: Font,
                   _ alignment: (HorizontalAlignment, VerticalAlignment), _ rotation: Double) {
            let box = backend.textBox(text, at: anchor, font: font, alignment: alignment, rotation: rotation)
            texts.append(PlacedText(text: text, anchor: anchor, font: font, alignment: alignment, rotation: rotation,
                                    box: box, color: theme.foreground))
        }
        if showX, !axes.x.label.isEmpty {
            if x.side == .bottom {
                let edge = min(frame.y - x.tickLength, xLabels.map(\.box.y).min() ?? .infinity) - theme.pad
                place(axes.x.label, Point(frame.center.x, edge), labelFont, (.center, .top), 0)
            } else {
                let edge = max(frame.maxY + x.tickLength, xLabels.map(\.box.maxY).max() ?? -.infinity) + theme.pad
                place(axes.x.label, Point(frame.center.x, edge), labelFont, (.center, .bottom), 0)
            }
        }
        if showY, !axes.y.label.isEmpty {
            if y.side == .left {
                let edge = min(frame.x - y.tickLength, yLabels.map(\.box.x).min() ?? .infinity) - theme.pad
                place(axes.y.label, Point(edge, frame.center.y), labelFont, (.center, .bottom), 90)
            } else {
                let edge = max(frame.maxX + y.tickLength, yLabels.map(\.box.maxX).max() ?? -.infinity) + theme.pad
                place(axes.y.label, Point(edge, frame.center.y), labelFont, (.center, .top), 90)
            }
        }
        if !axes.title.isEmpty {
            let above = texts.filter { $0.box.y >= frame.maxY - 0.5 }.map(\.box.maxY).max() ?? frame.maxY
            place(axes.title, Point(frame.center.x, max(above, frame.maxY) + theme.pad * 1.5),
                  Font(size: theme.titleSize, bold: true), (.center, .bottom), 0)
        }
        if let spec = axes.colorBar {
            colorBar = ColorBarLayout(spec: spec, frame: frame, backend: backend, theme: theme)
        }
        let entries = axes.artists.compactMap(\.legendEntry)
        if axes.legend != .hidden, var legend = LegendLayout(entries: entries, backend: backend, theme: theme) {
            var obstacles = Obstacles()
            for artist in axes.artists { obstacles.add(artist.obstacles(transform)) }
            if legendOutside || !legend.place(axes.legend, frame: frame, obstacles: obstacles) {
                legend.placeOutside(frame: frame, edge: max(frame.maxX, colorBar?.extent.maxX ?? frame.maxX))
            }
            self.legend = legend
        }
    }

    /// Whether the legend ended up outside the frame.
    var legendIsOutside: Bool { legend.map { $0.box.x >= frame.maxX } ?? false }

    /// The union of everything drawn for this axes, frame included.
    var extent: Rect {
        var r = frame
        if x.tickLength > 0 || y.tickLength > 0 { r = r.inset(by: -max(x.tickLength, y.tickLength)) }
        for t in texts { r = r.union(t.box) }
        if let colorBar { r = r.union(colorBar.extent) }
        if let legend { r = r.union(legend.box) }
        return r
    }

    /// How far decorations reach beyond the frame on each side, in points.
    var insets: EdgeInsets {
        let e = extent
        return EdgeInsets(left: max(0, frame.x - e.x), right: max(0, e.maxX - frame.maxX),
                          bottom: max(0, frame.y - e.y), top: max(0, e.maxY - frame.maxY))
    }
}
