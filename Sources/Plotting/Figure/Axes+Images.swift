extension Axes {
    /// A matrix as coloured cells, row 0 at the top, with a colour bar on the right.
    /// - Parameters:
    ///   - values: shape [R][C]; NaN cells are drawn in the colour map's `bad` grey.
    ///   - rowLabels: R names for the y axis, `columnLabels`: C names for the x axis (nil: indices).
    ///   - range: values mapped to the ends of the colour map (nil: the finite minimum and maximum).
    ///   - annotate: print each value in its cell with `decimals` digits after the point.
    ///   - colorBarLabel: the colour bar's title.
    /// - Throws: `PlotError.lengthMismatch` when rows differ in length or labels do not match.
    public func heatmap(_ values: [[Double]], rowLabels: [String]? = nil, columnLabels: [String]? = nil,
                        colormap: Colormap? = nil, range: ClosedRange<Double>? = nil,
                        colorBarLabel: String = "", annotate: Bool = false, decimals: Int = 2) throws {
        let columns = values.first?.count ?? 0
        for (r, row) in values.enumerated() { try check(row, "heatmap row \(r)", columns) }
        if let rowLabels { try check(rowLabels, "heatmap row labels", values.count) }
        if let columnLabels { try check(columnLabels, "heatmap column labels", columns) }
        guard columns > 0 else {
            notes.append("heatmap: no cells to draw")
            return
        }
        let map = colormap ?? theme.colormap
        let finite = values.joined().filter(\.isFinite)
        let (lo, hi) = ScaleKind.linear.sensibleRange(range?.lowerBound ?? finite.min() ?? 0,
                                                      range?.upperBound ?? finite.max() ?? 1)
        let colors = values.map { row in row.map { map.color(at: ($0 - lo) / (hi - lo)) } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * columns * 4)
        for c in colors.joined() {
            bytes += [UInt8((c.red * 255).rounded()), UInt8((c.green * 255).rounded()),
                      UInt8((c.blue * 255).rounded()), UInt8((c.alpha * 255).rounded())]
        }
        let image = RGBAImage(width: columns, height: values.count, pixels: bytes)
        add(ImageArtist(images: [.init(image: image, left: -0.5, right: Double(columns) - 0.5,
                                       top: -0.5, bottom: Double(values.count) - 0.5)], smooth: false))
        if annotate {
            add(CellTextArtist(values: values, colors: colors, decimals: max(0, min(12, decimals)), fontSize: theme.fontSize * 0.9))
        }
        let bad = values.count * columns - finite.count
        if bad > 0 { notes.append("heatmap: \(bad) of \(values.count * columns) cells are NaN or infinite (drawn grey)") }
        colorBar = ColorBarSpec(colormap: map, lower: lo, upper: hi, label: colorBarLabel)
        y.inverted = true
        x.ticks = .fixed((0..<columns).map { Tick(Double($0), columnLabels?[$0] ?? String($0)) })
        y.ticks = .fixed(values.indices.map { Tick(Double($0), rowLabels?[$0] ?? String($0)) })
        aspect = .equal
        grid = false
    }

    /// A batch of images as a grid, `columns` per row, filled row by row, with optional names for
    /// rows (left) and columns (top). The axes get square pixels and no frame.
    /// - Parameters:
    ///   - images: N images, grey (C = 1) or RGB (C = 3), see `ImageBatch`.
    ///   - rowLabels: one name per grid row (⌈N / columns⌉), e.g. class names.
    ///   - columnLabels: one name per grid column.
    ///   - scaling: per image, over the whole batch, or a fixed range.
    ///   - colormap: for grey images (default black to white).
    ///   - gap: blank space between images as a fraction of an image's width.
    /// - Throws: `PlotError` when `columns` < 1 or the label counts do not match the grid.
    public func imageGrid(_ images: ImageBatch, columns: Int, rowLabels: [String]? = nil,
                          columnLabels: [String]? = nil, scaling: ImageScaling = .perImage,
                          colormap: Colormap = .grey, gap: Double = 0.08) throws {
        guard columns >= 1 else { throw PlotError.invalidArgument("an image grid needs at least 1 column, got \(columns)") }
        let rows = max(1, (images.count + columns - 1) / columns)
        if let rowLabels { try check(rowLabels, "image grid row labels", rows) }
        if let columnLabels { try check(columnLabels, "image grid column labels", columns) }
        let rasters = images.rasters(scaling: scaling, colormap: colormap)
        let g = min(0.45, max(0, gap)) / 2
        let h = Double(images.height) / Double(images.width)
        let placed = rasters.enumerated().map { k, image in
            let r = Double(k / columns), c = Double(k % columns)
            return ImageArtist.Placed(image: image, left: c + g, right: c + 1 - g, top: (r + g) * h, bottom: (r + 1 - g) * h)
        }
        add(ImageArtist(images: placed, smooth: false))
        x.limits = 0...Double(columns)
        y.limits = 0...(Double(rows) * h)
        y.inverted = true
        x.ticks = columnLabels.map { .fixed($0.enumerated().map { Tick(Double($0.offset) + 0.5, $0.element) }) } ?? .none
        y.ticks = rowLabels.map { .fixed($0.enumerated().map { Tick((Double($0.offset) + 0.5) * h, $0.element) }) } ?? .none
        x.oppositeSide = true
        x.tickMarks = false
        y.tickMarks = false
        aspect = .equal
        grid = false
        frame = false
        let bad = images.pixels.count - images.pixels.filter(\.isFinite).count
        if bad > 0 { notes.append("image grid: \(bad) of \(images.pixels.count) pixel values are NaN or infinite") }
    }
}
