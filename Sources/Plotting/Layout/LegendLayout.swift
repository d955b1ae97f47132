/// Size and placement of an axes legend. Rows are a 22-point sample then the label; the box has
/// 5 points of padding and sits 6 points inside the frame (or 8 outside it). A legend taller
/// than the page is split into balanced columns.
struct LegendLayout {
    var entries: [LegendEntry]
    var font: Font
    var rowHeight: Double
    /// Rows per column.
    var rows: Int
    /// Width of one column: sample, gap and the longest label.
    var columnWidth: Double
    var size: (width: Double, height: Double)
    /// Bottom-left corner of the box.
    var origin = Point(0, 0)

    static let padding = 5.0, swatchWidth = 22.0, labelGap = 6.0, inset = 6.0, outsideGap = 8.0, columnGap = 10.0

    /// The legend of `entries`, in as many columns as needed to be at most `maxHeight` points tall.
    init?(entries: [LegendEntry], maxHeight: Double, backend: Backend, theme: Theme) {
        guard !entries.isEmpty else { return nil }
        self.entries = entries
        let font = Font(size: theme.fontSize * 0.95)
        self.font = font
        let metrics = entries.map { backend.measure($0.label, font: font) }
        let rowHeight = max(metrics[0].height, 8) * 1.15
        self.rowHeight = rowHeight
        let fitting = max(1, Int(max(1, ((maxHeight - 2 * Self.padding) / rowHeight).rounded(.down))))
        let columns = (entries.count + fitting - 1) / fitting
        rows = (entries.count + columns - 1) / columns
        columnWidth = Self.swatchWidth + Self.labelGap + (metrics.map(\.width).max() ?? 0)
        size = (2 * Self.padding + Double(columns) * columnWidth + Double(columns - 1) * Self.columnGap,
                2 * Self.padding + rowHeight * Double(rows))
    }

    var box: Rect { Rect(x: origin.x, y: origin.y, width: size.width, height: size.height) }

    /// Inside positions in the order preferred when they cover equally little.
    private func candidates(_ frame: Rect) -> [(LegendPlacement?, Point)] {
        let i = Self.inset, w = size.width, h = size.height
        let left = frame.x + i, right = frame.maxX - i - w, bottom = frame.y + i, top = frame.maxY - i - h
        let midX = frame.x + (frame.width - w) / 2, midY = frame.y + (frame.height - h) / 2
        return [(.upperRight, Point(right, top)), (.upperLeft, Point(left, top)), (.lowerLeft, Point(left, bottom)),
                (.lowerRight, Point(right, bottom)), (nil, Point(right, midY)), (nil, Point(left, midY)),
                (nil, Point(midX, bottom)), (nil, Point(midX, top))]
    }

    /// Places the legend for `placement`; returns false when it must go outside the frame
    /// (`.best` found no free place, or the box is larger than the frame).
    mutating func place(_ placement: LegendPlacement, frame: Rect, obstacles: Obstacles) -> Bool {
        let fitsInside = size.width + 2 * Self.inset <= frame.width && size.height + 2 * Self.inset <= frame.height
        switch placement {
        case .outsideRight, .hidden:
            return false
        case .best:
            guard fitsInside else { return false }
            var best: (cost: Int, origin: Point)? = nil
            for (_, p) in candidates(frame) {
                let cost = obstacles.cost(of: Rect(x: p.x, y: p.y, width: size.width, height: size.height))
                if best == nil || cost < best!.cost { best = (cost, p) }
            }
            guard let best, best.cost == 0 else { return false }
            origin = best.origin
            return true
        default:
            guard fitsInside else { return false }
            origin = candidates(frame).first { $0.0 == placement }!.1
            return true
        }
    }

    /// Places the legend right of `edge` (points), its top aligned with the frame's top.
    mutating func placeOutside(frame: Rect, edge: Double) {
        origin = Point(edge + Self.outsideGap, frame.maxY - size.height)
    }

    /// Places the legend at the inside position covering the fewest obstacles (first on ties).
    mutating func placeWhereLeastCovered(frame: Rect, obstacles: Obstacles) {
        let costs = candidates(frame).map { obstacles.cost(of: Rect(x: $0.1.x, y: $0.1.y, width: size.width, height: size.height)) }
        origin = candidates(frame)[costs.firstIndex(of: costs.min()!)!].1
    }

    /// Draws the box, samples and labels.
    func draw(on backend: Backend, theme: Theme) {
        let b = box
        backend.fill(.rectangle(b), color: theme.background.withAlpha(0.9))
        backend.stroke(.rectangle(b), style: StrokeStyle(color: Color.lightGrey, width: 0.8))
        for (k, entry) in entries.enumerated() {
            let cy = b.maxY - Self.padding - rowHeight * (Double(k % rows) + 0.5)
            let x0 = b.x + Self.padding + Double(k / rows) * (columnWidth + Self.columnGap), x1 = x0 + Self.swatchWidth
            switch entry.swatch {
            case let .line(stroke, marker):
                if let stroke { backend.stroke(.segment(Point(x0, cy), Point(x1, cy)), style: stroke) }
                marker?.draw(at: Point((x0 + x1) / 2, cy), on: backend)
            case let .marker(marker):
                marker.draw(at: Point((x0 + x1) / 2, cy), on: backend)
            case let .errorBar(stroke, marker):
                let cx = (x0 + x1) / 2, half = min(rowHeight * 0.42, 6)
                backend.stroke(.segment(Point(cx, cy - half), Point(cx, cy + half)), style: stroke)
                for y in [cy - half, cy + half] {
                    backend.stroke(.segment(Point(cx - 2.5, y), Point(cx + 2.5, y)), style: stroke)
                }
                marker?.draw(at: Point(cx, cy), on: backend)
            case let .patch(color, edge):
                let r = Rect(x: x0 + 3, y: cy - 5, width: Self.swatchWidth - 6, height: 10)
                backend.fill(.rectangle(r), color: color)
                if let edge { backend.stroke(.rectangle(r), style: StrokeStyle(color: edge, width: 0.6)) }
            }
            backend.text(entry.label, at: Point(x1 + Self.labelGap, cy), font: font, color: theme.foreground,
                         alignment: (.left, .center), rotation: 0)
        }
    }
}
