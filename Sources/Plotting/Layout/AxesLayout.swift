import Foundation

/// Everything needed to draw one axes: its frame, chosen ticks, placed texts, legend and colour bar.
struct AxesLayout {
    let axes: Axes
    var frame: Rect
    var x: AxisPlan
    var y: AxisPlan
    /// Tick labels, axis labels and title, placed.
    var texts: [PlacedText] = []
    /// Indices in `texts` of labels centred on the frame (title, axis labels): they slide along
    /// the frame to stay on the page, so they take room only across that direction.
    var floating: Set<Int> = []
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
    ///   - page: the printable area; floating labels are kept (and if need be shrunk) inside it.
    init(axes: Axes, frame: Rect, scales: (x: any Scale, y: any Scale), showX: Bool, showY: Bool,
         legendOutside: Bool, page: Rect, backend: Backend) {
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

        /// Adds a label centred on the frame along one direction, shrunk to the page's size and
        /// slid inside it along that direction.
        func float(_ text: String, _ anchor: Point, _ font: Font,
                   _ alignment: (HorizontalAlignment, VerticalAlignment), _ rotation: Double) {
            let vertical = rotation != 0
            var f = font, a = anchor
            var box = backend.textBox(text, at: a, font: f, alignment: alignment, rotation: rotation)
            let room = vertical ? page.height : page.width, size = vertical ? box.height : box.width
            if size > room {
                f.size = max(4, f.size * room / size)
                box = backend.textBox(text, at: a, font: f, alignment: alignment, rotation: rotation)
            }
            if vertical {
                let shift = max(page.y - box.y, min(0, page.maxY - box.maxY))
                a.y += shift
                box.y += shift
            } else {
                let shift = max(page.x - box.x, min(0, page.maxX - box.maxX))
                a.x += shift
                box.x += shift
            }
            floating.insert(texts.count)
            texts.append(PlacedText(text: text, anchor: a, font: f, alignment: alignment, rotation: rotation,
                                    box: box, color: theme.foreground))
        }
        if showX, !axes.x.label.isEmpty {
            if x.side == .bottom {
                let edge = min(frame.y - x.tickLength, xLabels.map(\.box.y).min() ?? .infinity) - theme.pad
                float(axes.x.label, Point(frame.center.x, edge), labelFont, (.center, .top), 0)
            } else {
                let edge = max(frame.maxY + x.tickLength, xLabels.map(\.box.maxY).max() ?? -.infinity) + theme.pad
                float(axes.x.label, Point(frame.center.x, edge), labelFont, (.center, .bottom), 0)
            }
        }
        if showY, !axes.y.label.isEmpty {
            if y.side == .left {
                let edge = min(frame.x - y.tickLength, yLabels.map(\.box.x).min() ?? .infinity) - theme.pad
                float(axes.y.label, Point(edge, frame.center.y), labelFont, (.center, .bottom), 90)
            } else {
                let edge = max(frame.maxX + y.tickLength, yLabels.map(\.box.maxX).max() ?? -.infinity) + theme.pad
                float(axes.y.label, Point(edge, frame.center.y), labelFont, (.center, .top), 90)
            }
        }
        if !axes.title.isEmpty {
            let above = texts.filter { $0.box.y >= frame.maxY - 0.5 }.map(\.box.maxY).max() ?? frame.maxY
            float(axes.title, Point(frame.center.x, max(above, frame.maxY) + theme.pad * 1.5),
                  Font(size: theme.titleSize, bold: true), (.center, .bottom), 0)
        }
        if let spec = axes.colorBar {
            colorBar = ColorBarLayout(spec: spec, frame: frame, backend: backend, theme: theme)
        }
        placeLegend(outside: legendOutside, page: page, backend: backend)
    }

    /// Puts the legend where `axes.legend` asks; `.best` goes inside where it covers no data,
    /// else outside on the right when that leaves the frame most of the page, else inside where
    /// it covers least.
    private mutating func placeLegend(outside: Bool, page: Rect, backend: Backend) {
        let entries = axes.artists.compactMap(\.legendEntry)
        guard axes.legend != .hidden,
              var legend = LegendLayout(entries: entries, maxHeight: page.height, backend: backend, theme: axes.theme)
        else { return }
        var obstacles = Obstacles()
        for artist in axes.artists { obstacles.add(artist.obstacles(transform)) }
        let roomOutside = legend.size.width + LegendLayout.outsideGap <= 0.35 * page.width
        if outside || axes.legend == .outsideRight {
            legend.placeOutside(frame: frame, edge: max(frame.maxX, colorBar?.extent.maxX ?? frame.maxX))
        } else if !legend.place(axes.legend, frame: frame, obstacles: obstacles) {
            if roomOutside {
                legend.placeOutside(frame: frame, edge: max(frame.maxX, colorBar?.extent.maxX ?? frame.maxX))
            } else {
                legend.placeWhereLeastCovered(frame: frame, obstacles: obstacles)
            }
        }
        self.legend = legend
    }

    /// Whether the legend ended up outside the frame.
    var legendIsOutside: Bool { legend.map { $0.box.x >= frame.maxX } ?? false }

    /// The union of everything drawn for this axes, frame included; floating labels count only
    /// across the direction they slide in.
    var extent: Rect {
        var r = frame
        if x.tickLength > 0 || y.tickLength > 0 { r = r.inset(by: -max(x.tickLength, y.tickLength)) }
        for (i, t) in texts.enumerated() {
            if !floating.contains(i) {
                r = r.union(t.box)
            } else if t.rotation == 0 {
                r = r.union(Rect(x: frame.center.x, y: t.box.y, width: 0, height: t.box.height))
            } else {
                r = r.union(Rect(x: t.box.x, y: frame.center.y, width: t.box.width, height: 0))
            }
        }
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
