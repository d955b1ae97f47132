/// Rasters drawn into data-space cells: a heatmap (one image over the whole matrix) or an image
/// grid (one image per cell). Cell (row r, column c) spans [c, c+1] × [r, r+1] shrunk by `gap`
/// on each side; the y axis is inverted so row 0 is at the top.
struct ImageArtist: Artist {
    struct Placed {
        var image: RGBAImage
        var left, right, top, bottom: Double
    }

    var images: [Placed]
    var smooth: Bool

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent {
        var e = DataExtent()
        for p in images {
            for v in [p.left, p.right] where xKind.isValid(v) { e.include(x: v); e.stickyX.insert(v) }
            for v in [p.top, p.bottom] where yKind.isValid(v) { e.include(y: v); e.stickyY.insert(v) }
        }
        return e
    }

    func draw(_ context: DrawContext) {
        let t = context.transform
        for p in images {
            let x0 = t.px(p.left), x1 = t.px(p.right), yTop = t.py(p.top), yBottom = t.py(p.bottom)
            guard x0.isFinite, x1.isFinite, yTop.isFinite, yBottom.isFinite else { continue }
            let rect = Rect(x: min(x0, x1), y: min(yTop, yBottom), width: abs(x1 - x0), height: abs(yTop - yBottom))
            context.backend.image(oriented(p.image, flipRows: yTop < yBottom, flipColumns: x1 < x0), in: rect, smooth: smooth)
        }
    }

    /// The image mirrored so its first row lands at the data `top` and first column at `left`.
    private func oriented(_ image: RGBAImage, flipRows: Bool, flipColumns: Bool) -> RGBAImage {
        guard flipRows || flipColumns else { return image }
        var out = image.pixels
        for row in 0..<image.height {
            for column in 0..<image.width {
                let sourceRow = flipRows ? image.height - 1 - row : row
                let sourceColumn = flipColumns ? image.width - 1 - column : column
                let s = (sourceRow * image.width + sourceColumn) * 4, d = (row * image.width + column) * 4
                for k in 0..<4 { out[d + k] = image.pixels[s + k] }
            }
        }
        return RGBAImage(width: image.width, height: image.height, pixels: out)
    }

    func obstacles(_ t: AxesTransform) -> Obstacles {
        Obstacles(rects: images.compactMap { p in
            let x0 = t.px(p.left), x1 = t.px(p.right), y0 = t.py(p.top), y1 = t.py(p.bottom)
            guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else { return nil }
            return Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
        })
    }
}

/// Values printed in the centre of each heatmap cell with a fixed number of decimals, in dark
/// grey or white for contrast; the font shrinks until the widest value fits its cell, and values
/// are left out when that would take a font under 4 points (too small to read).
struct CellTextArtist: Artist {
    var values: [[Double]]
    var colors: [[Color]]
    var decimals: Int
    var fontSize: Double

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent { DataExtent() }

    func draw(_ context: DrawContext) {
        let t = context.transform
        let texts = values.map { $0.map { $0.isFinite ? NumberFormat.fixed($0, decimals: decimals) : "" } }
        let cellWidth = abs(t.px(1) - t.px(0)), cellHeight = abs(t.py(1) - t.py(0))
        let base = Font(size: fontSize)
        let widest = texts.joined().map { context.backend.measure($0, font: base).width }.max() ?? 0
        let fit = min(widest > 0 ? 0.88 * cellWidth / widest : 1, 0.7 * cellHeight / (fontSize * 1.17), 1)
        guard fontSize * fit >= 4 else { return }
        let font = Font(size: fontSize * fit)
        for (r, row) in texts.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty {
                guard let p = t.point(Double(c), Double(r)) else { continue }
                let ink = colors[r][c].luminance > 0.4 ? Color.darkGrey : Color.white
                context.backend.text(text, at: p, font: font, color: ink, alignment: (.center, .center), rotation: 0)
            }
        }
    }
}
