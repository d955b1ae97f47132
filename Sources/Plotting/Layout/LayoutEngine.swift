// Constrained layout, in the spirit of matplotlib's: the frames of a grid of axes are sized so
// that every decoration (tick labels, axis labels, titles, colour bars, outside legends) fits
// inside the figure. Decorations depend on the frame size (more room, more ticks), so the
// layout is iterated until the margins stop changing. Frames in one grid column share their
// left and right margins and frames in one row their top and bottom ones, so axes line up.
import Foundation

/// The placed contents of a whole figure.
struct FigureLayout {
    var axes: [AxesLayout]
    var title: PlacedText?
}

enum LayoutEngine {
    /// Lays out `figure` with text measured by `backend`.
    static func layout(_ figure: Figure, backend: Backend) -> FigureLayout {
        let theme = figure.theme
        let rows = figure.rows, columns = figure.columns
        var content = Rect(x: 0, y: 0, width: figure.width, height: figure.height).inset(by: theme.figurePad)
        var title: PlacedText? = nil
        if !figure.title.isEmpty {
            let font = Font(size: theme.figureTitleSize, bold: true)
            let anchor = Point(figure.width / 2, content.maxY)
            let box = backend.textBox(figure.title, at: anchor, font: font, alignment: (.center, .top))
            title = PlacedText(text: figure.title, anchor: anchor, font: font, alignment: (.center, .top),
                               rotation: 0, box: box, color: theme.foreground)
            content.height = max(0, content.height - box.height - theme.pad)
        }
        let scales = figure.allAxes.map { resolvedScales($0, in: figure) }
        var insets = [EdgeInsets](repeating: EdgeInsets(left: 30, right: 8, bottom: 25, top: 8), count: rows * columns)
        var outside = Set<Int>()
        var layouts: [AxesLayout] = []
        for _ in 0..<8 {
            let frames = gridFrames(content: content, rows: rows, columns: columns, insets: insets,
                                    spacing: theme.pad * 3, figure: figure, scales: scales)
            layouts = figure.allAxes.indices.map { i in
                let (r, c) = (i / columns, i % columns)
                return AxesLayout(axes: figure.allAxes[i], frame: frames[i], scales: scales[i],
                                  showX: !figure.sharedX || r == rows - 1 || figure.allAxes[i].x.oppositeSide,
                                  showY: !figure.sharedY || c == 0 || figure.allAxes[i].y.oppositeSide,
                                  legendOutside: outside.contains(i), page: content, backend: backend)
            }
            for (i, l) in layouts.enumerated() where l.legendIsOutside { outside.insert(i) }
            let updated = layouts.map(\.insets)
            let settled = zip(updated, insets).allSatisfy { a, b in
                abs(a.left - b.left) < 0.25 && abs(a.right - b.right) < 0.25
                    && abs(a.top - b.top) < 0.25 && abs(a.bottom - b.bottom) < 0.25
            }
            insets = updated
            if settled { break }
        }
        return FigureLayout(axes: layouts, title: title)
    }

    /// The frames of the grid cells (row-major), each shrunk to its axes' aspect when fixed.
    private static func gridFrames(content: Rect, rows: Int, columns: Int, insets: [EdgeInsets], spacing: Double,
                                   figure: Figure, scales: [(x: any Scale, y: any Scale)]) -> [Rect] {
        let left = (0..<columns).map { c in (0..<rows).map { insets[$0 * columns + c].left }.max()! }
        let right = (0..<columns).map { c in (0..<rows).map { insets[$0 * columns + c].right }.max()! }
        let top = (0..<rows).map { r in (0..<columns).map { insets[r * columns + $0].top }.max()! }
        let bottom = (0..<rows).map { r in (0..<columns).map { insets[r * columns + $0].bottom }.max()! }
        let cellWidth = max(10, (content.width - left.reduce(0, +) - right.reduce(0, +)
                - spacing * Double(columns - 1)) / Double(columns))
        let cellHeight = max(10, (content.height - top.reduce(0, +) - bottom.reduce(0, +)
                - spacing * Double(rows - 1)) / Double(rows))
        var frames: [Rect] = []
        for r in 0..<rows {
            let aboveHeights = (0..<r).reduce(0.0) { $0 + top[$1] + cellHeight + bottom[$1] + spacing }
            let y = content.maxY - aboveHeights - top[r] - cellHeight
            for c in 0..<columns {
                let x = content.x + (0..<c).reduce(0.0) { $0 + left[$1] + cellWidth + right[$1] + spacing } + left[c]
                let cell = Rect(x: x, y: y, width: cellWidth, height: cellHeight)
                let i = r * columns + c
                frames.append(applyAspect(figure.allAxes[i].aspect, cell: cell, scales: scales[i]))
            }
        }
        return frames
    }

    /// The largest frame inside `cell`, centred, whose data units have the requested ratio.
    private static func applyAspect(_ aspect: Aspect, cell: Rect, scales: (x: any Scale, y: any Scale)) -> Rect {
        let ratio: Double
        switch aspect {
        case .auto: return cell
        case .equal: ratio = 1
        case let .ratio(r): ratio = r.isFinite && r > 0 ? r : 1
        }
        func span(_ s: any Scale) -> Double { s is LogScale ? log10(s.upper / s.lower) : s.upper - s.lower }
        let wanted = ratio * span(scales.y) / span(scales.x)
        guard wanted.isFinite, wanted > 0 else { return cell }
        if cell.height / cell.width > wanted {
            let h = cell.width * wanted
            return Rect(x: cell.x, y: cell.y + (cell.height - h) / 2, width: cell.width, height: h)
        }
        let w = cell.height / wanted
        return Rect(x: cell.x + (cell.width - w) / 2, y: cell.y, width: w, height: cell.height)
    }

    /// The x and y scales of `axes`: explicit limits, else the data (of the whole figure when the
    /// axis is shared) widened by the theme's margin.
    static func resolvedScales(_ axes: Axes, in figure: Figure) -> (x: any Scale, y: any Scale) {
        let margin = figure.theme.margin
        func extent(_ a: Axes) -> DataExtent {
            a.artists.reduce(DataExtent()) { $0.union($1.extent(x: axes.x.scale, y: axes.y.scale)) }
        }
        let xGroup = figure.sharedX ? figure.allAxes : [axes]
        let yGroup = figure.sharedY ? figure.allAxes : [axes]
        let xExtent = xGroup.map(extent).reduce(DataExtent()) { $0.union($1) }
        let yExtent = yGroup.map(extent).reduce(DataExtent()) { $0.union($1) }
        let xLimits = axes.x.limits ?? xGroup.lazy.compactMap(\.x.limits).first
        let yLimits = axes.y.limits ?? yGroup.lazy.compactMap(\.y.limits).first
        func range(_ kind: ScaleKind, _ limits: ClosedRange<Double>?, _ data: ClosedRange<Double>?,
                   _ sticky: Set<Double>) -> any Scale {
            if let limits { return kind.scale(limits.lowerBound, limits.upperBound) }
            guard let data else { return kind.scale(.nan, .nan) }
            let (lo, hi) = kind.padded(data.lowerBound, data.upperBound, fraction: margin, sticky: sticky)
            return kind.scale(lo, hi)
        }
        return (range(axes.x.scale, xLimits, xExtent.x, xExtent.stickyX),
                range(axes.y.scale, yLimits, yExtent.y, yExtent.stickyY))
    }
}
