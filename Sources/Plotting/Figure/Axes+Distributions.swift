extension Axes {
    /// Grouped bars: for each category c, one bar per series s side by side, of height values[s][c].
    /// The x axis is labelled with the category names; bars start at zero.
    /// - Parameters:
    ///   - values: shape [S][C], S series × C categories (C = `categories.count`).
    ///   - seriesLabels: S legend texts, or nil for no legend.
    ///   - errors: shape [S][C] error-bar half-lengths, or nil.
    ///   - colors: S colours, or nil for the cycle.
    ///   - groupWidth: the fraction of each category's slot the group fills, in (0, 1].
    /// - Throws: `PlotError.lengthMismatch` when a shape does not match.
    public func bars(categories: [String], values: [[Double]], seriesLabels: [String]? = nil,
                     errors: [[Double]]? = nil, colors: [Color]? = nil, groupWidth: Double = 0.8) throws {
        if let seriesLabels { try check(seriesLabels, "bar series labels", values.count) }
        if let colors { try check(colors, "bar colors", values.count) }
        if let errors { try check(errors, "bar errors", values.count) }
        for (s, row) in values.enumerated() {
            try check(row, "bar values of series \(s)", categories.count)
            if let errors { try check(errors[s], "bar errors of series \(s)", categories.count) }
        }
        guard !values.isEmpty else { return }
        let slot = min(1, max(0.05, groupWidth)) / Double(values.count)
        for (s, row) in values.enumerated() {
            let bars = row.enumerated().map { c, v in
                let left = Double(c) - slot * Double(values.count) / 2 + slot * Double(s)
                return BarArtist.Bar(left: left, right: left + slot, bottom: 0, top: v)
            }
            add(BarArtist(bars: bars, label: seriesLabels?[s], color: colors?[s] ?? nextColor(), edgeColor: nil,
                          errors: errors?[s] ?? [], kind: "bars"))
        }
        x.ticks = .fixed(categories.enumerated().map { Tick(Double($0.offset), $0.element) })
        grid = false
    }

    /// A histogram of the finite values (NaN and infinities are skipped with a warning).
    /// - Parameters:
    ///   - bins: number of equal-width bins over `range` (or over the data's range).
    ///   - edges: explicit increasing bin edges (overrides `bins` and `range`); share them
    ///     between groups so their bars line up.
    ///   - density: divide counts by (total × bin width) so the area is 1.
    ///   - alpha: opacity in [0, 1] (0.5 lets two groups show through each other).
    /// - Throws: `PlotError.invalidArgument` when `edges` are fewer than two or not increasing.
    public func histogram(_ values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil,
                          edges: [Double]? = nil, label: String? = nil, color: Color? = nil,
                          alpha: Double = 1, density: Bool = false) throws {
        if let edges {
            guard edges.count >= 2, zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }), edges.allSatisfy(\.isFinite) else {
                throw PlotError.invalidArgument("histogram edges must be at least two finite, increasing values")
            }
        }
        guard bins >= 1 else { throw PlotError.invalidArgument("histogram needs at least 1 bin, got \(bins)") }
        let e = edges ?? Histogram.edges(values, count: bins, range: range)
        let counts = Histogram.counts(values, edges: e, density: density)
        let bars = counts.indices.map { BarArtist.Bar(left: e[$0], right: e[$0 + 1], bottom: 0, top: counts[$0]) }
        let c = (color ?? nextColor())
        add(BarArtist(bars: bars, label: label, color: c.withAlpha(c.alpha * alpha), edgeColor: nil, errors: [], kind: "histogram"))
        let skipped = values.count - values.filter(\.isFinite).count
        if skipped > 0 {
            notes.append("histogram\(label.map { " '\($0)'" } ?? ""): skipped \(skipped) of \(values.count) NaN or infinite values")
        }
    }
}
