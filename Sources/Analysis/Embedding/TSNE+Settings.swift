import TensorCore

extension TSNE {
    /// A configuration checked against the data, with the automatic choices resolved.
    struct Settings {
        /// `.exact` or `.barnesHut`.
        let method: Method
        /// The step size.
        let learningRate: Double

        /// Checks every field of `configuration` for `count` points; the errors say what to change.
        init(_ configuration: Configuration, count n: Int) throws {
            let c = configuration
            guard c.perplexity > 0, c.perplexity < Double(n - 1) else {
                throw TensorError("TSNE: perplexity \(c.perplexity) must be > 0 and less than N − 1 = \(n - 1); lower it or embed more points")
            }
            guard c.iterations >= 1, c.exaggerationIterations >= 0, c.reportEvery >= 1 else {
                throw TensorError(
                    "TSNE: iterations (\(c.iterations)) and reportEvery (\(c.reportEvery)) must be ≥ 1, exaggerationIterations (\(c.exaggerationIterations)) ≥ 0")
            }
            guard c.earlyExaggeration > 0, c.minGain >= 0, c.theta >= 0,
                  (0...1).contains(c.initialMomentum), (0...1).contains(c.finalMomentum) else {
                throw TensorError(
                    "TSNE: earlyExaggeration must be > 0, minGain and theta ≥ 0, momenta in [0, 1] "
                        + "(got \(c.earlyExaggeration), \(c.minGain), \(c.theta), \(c.initialMomentum), \(c.finalMomentum))")
            }
            if let rate = c.learningRate, !(rate > 0 && rate.isFinite) {
                throw TensorError("TSNE: the learning rate must be a finite value > 0, got \(rate); pass nil for max(N/12, 200)")
            }
            guard c.dimensions >= 1 else { throw TensorError("TSNE: dimensions must be ≥ 1, got \(c.dimensions)") }
            let method: Method = c.method == .automatic ? (n <= c.exactLimit ? .exact : .barnesHut) : c.method
            if method == .barnesHut && c.dimensions != 2 {
                throw TensorError("TSNE: Barnes–Hut embeds in 2 dimensions only (asked for \(c.dimensions)); use method: .exact")
            }
            if method == .exact && n > 10_000 {
                throw TensorError("TSNE: exact t-SNE holds an N×N matrix; \(n) points is too many (at most 10,000); use method: .barnesHut")
            }
            self.method = method
            self.learningRate = c.learningRate ?? max(Double(n) / 12, 200)
        }
    }
}
