extension Axes {
    /// A line through (x[i], y[i]); NaN or infinite points are skipped and break the line.
    /// - Parameters:
    ///   - x: positions, same length as `y`; nil uses 0, 1, 2, …
    ///   - y: values.
    ///   - label: legend text; nil leaves the series out of the legend.
    ///   - color: nil takes the next colour of the cycle.
    ///   - width: line width in points (theme default 1.5).
    ///   - style: dashing; `.none` draws markers only.
    ///   - marker: a marker at every point, `markerSize` points across (theme default 6).
    ///   - alpha: opacity in [0, 1].
    /// - Throws: `PlotError.lengthMismatch` when x and y differ in length.
    public func line(x: [Double]? = nil, y: [Double], label: String? = nil, color: Color? = nil,
                     width: Double? = nil, style: LineStyle = .solid, marker: MarkerShape? = nil,
                     markerSize: Double? = nil, alpha: Double = 1) throws {
        let xs = x ?? y.indices.map(Double.init)
        try check(xs, "line x", y.count)
        let c = (color ?? nextColor()).withAlpha(alpha * (color?.alpha ?? 1))
        let w = width ?? theme.lineWidth
        let stroke = style == .none ? nil : StrokeStyle(color: c, width: w, dashes: style.dashes(width: w),
                                                        round: style == .dotted)
        let m = marker.map { MarkerStyle(shape: $0, size: markerSize ?? theme.markerSize, color: c,
                                         edgeColor: nil, edgeWidth: w) }
        add(LineArtist(x: xs, y: y, label: label, stroke: stroke, marker: m))
    }

    /// Markers at (x[i], y[i]); NaN or infinite points are skipped.
    /// - Parameters:
    ///   - colors: one colour per point (overrides `color`); `sizes`: one diameter in points per
    ///     point (overrides `size`, theme default 6).
    ///   - marker: circle, square, triangle, diamond, plus or x.
    ///   - alpha: opacity in [0, 1], applied to the fill of every point.
    ///   - edgeColor: outline of filled markers (nil: none), `edgeWidth` points wide.
    /// - Throws: `PlotError.lengthMismatch` when x, y, colors or sizes differ in length.
    public func scatter(x: [Double], y: [Double], label: String? = nil, color: Color? = nil,
                        colors: [Color]? = nil, size: Double? = nil, sizes: [Double]? = nil,
                        marker: MarkerShape = .circle, alpha: Double = 1, edgeColor: Color? = nil,
                        edgeWidth: Double = 0.5) throws {
        try check(x, "scatter x", y.count)
        if let colors { try check(colors, "scatter colors", y.count) }
        if let sizes { try check(sizes, "scatter sizes", y.count) }
        let base = colors == nil ? [color ?? nextColor()] : colors!
        let fills = base.map { $0.withAlpha($0.alpha * alpha) }
        add(ScatterArtist(x: x, y: y, label: label, shape: marker, colors: fills,
                          sizes: sizes ?? [size ?? theme.markerSize], edgeColor: edgeColor, edgeWidth: edgeWidth))
    }

    /// Points with vertical error bars y[i] ± yError[i] (and horizontal x[i] ± xError[i]) and caps.
    /// - Parameters:
    ///   - yError: half-lengths in data units, same length as y.
    ///   - marker: the point marker (nil: bars only), `markerSize` points across.
    ///   - capSize: cap width in points.
    ///   - line: also join the points with a line in this style.
    /// - Throws: `PlotError.lengthMismatch` when the arrays differ in length.
    public func errorBars(x: [Double], y: [Double], yError: [Double], xError: [Double]? = nil,
                          label: String? = nil, color: Color? = nil, marker: MarkerShape? = .circle,
                          markerSize: Double? = nil, capSize: Double = 4, line: LineStyle = .none) throws {
        try check(x, "error bar x", y.count)
        try check(yError, "yError", y.count)
        if let xError { try check(xError, "xError", y.count) }
        let c = color ?? nextColor()
        let m = marker.map { MarkerStyle(shape: $0, size: markerSize ?? theme.markerSize, color: c,
                                         edgeColor: nil, edgeWidth: 1) }
        if line != .none {
            add(LineArtist(x: x, y: y, label: nil, stroke: StrokeStyle(color: c, width: theme.lineWidth,
                                                                       dashes: line.dashes(width: theme.lineWidth)),
                           marker: nil))
        }
        let errors = yError.map { abs($0) }
        add(ErrorBarArtist(x: x, y: y, yLow: errors, yHigh: errors, xErr: xError?.map { abs($0) } ?? [],
                           label: label, color: c, width: 1, capSize: capSize, marker: m))
    }

    /// A shaded region between lower[i] and upper[i] along x.
    /// - Parameter alpha: opacity of the fill in [0, 1].
    /// - Throws: `PlotError.lengthMismatch` when the arrays differ in length.
    public func band(x: [Double], lower: [Double], upper: [Double], label: String? = nil,
                     color: Color? = nil, alpha: Double = 0.25) throws {
        try check(lower, "band lower", x.count)
        try check(upper, "band upper", x.count)
        add(BandArtist(x: x, lower: lower, upper: upper, label: label, color: (color ?? nextColor()).withAlpha(alpha)))
    }

    /// A mean line with a shaded band mean[i] ± std[i] in the same colour; the legend shows the line.
    /// - Throws: `PlotError.lengthMismatch` when the arrays differ in length.
    public func meanBand(x: [Double], mean: [Double], std: [Double], label: String? = nil,
                         color: Color? = nil, alpha: Double = 0.25, marker: MarkerShape? = nil) throws {
        try check(mean, "mean", x.count)
        try check(std, "std", x.count)
        let c = color ?? nextColor()
        try band(x: x, lower: zip(mean, std).map { $0 - $1 }, upper: zip(mean, std).map { $0 + $1 },
                 color: c, alpha: alpha)
        try line(x: x, y: mean, label: label, color: c, marker: marker)
    }

    /// A line across the whole axes at height `y` (data units), dashed grey unless told.
    public func horizontalLine(at y: Double, label: String? = nil, color: Color? = nil,
                               width: Double = 1.2, style: LineStyle = .dashed) {
        let c = color ?? theme.foreground.lighter(0.3)
        add(ReferenceLineArtist(value: y, horizontal: true,
                                stroke: StrokeStyle(color: c, width: width, dashes: style.dashes(width: width)), label: label))
    }

    /// A line across the whole axes at position `x` (data units), dashed grey unless told.
    public func verticalLine(at x: Double, label: String? = nil, color: Color? = nil,
                             width: Double = 1.2, style: LineStyle = .dashed) {
        let c = color ?? theme.foreground.lighter(0.3)
        add(ReferenceLineArtist(value: x, horizontal: false,
                                stroke: StrokeStyle(color: c, width: width, dashes: style.dashes(width: width)), label: label))
    }

    /// A text annotation whose `alignment` point sits at data position (`x`, `y`).
    /// - Parameter size: font size in points (theme default 10).
    public func text(_ text: String, x: Double, y: Double, color: Color? = nil, size: Double? = nil,
                     bold: Bool = false, alignment: (HorizontalAlignment, VerticalAlignment) = (.left, .baseline)) {
        add(TextArtist(text: text, x: x, y: y, font: Font(size: size ?? theme.fontSize, bold: bold),
                       color: color ?? theme.foreground, alignment: alignment))
    }
}
