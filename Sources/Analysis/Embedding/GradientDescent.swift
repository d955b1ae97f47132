import TensorCore

/// t-SNE's optimiser: gradient descent with momentum and per-coordinate gains
/// (Jacobs' delta-bar-delta as in scikit-learn's `_gradient_descent`), early exaggeration,
/// and re-centring after each step (openTSNE). Gains and momentum carry across the change of
/// phase (openTSNE; scikit-learn resets them).
struct GradientDescent {
    let settings: TSNE.Settings
    let configuration: TSNE.Configuration

    /// Runs `configuration.iterations` steps on `y` (`[N, dimensions]`).
    func run(_ objective: TSNEObjective, on y: inout [Double], progress: ProgressContext) throws {
        let c = configuration
        let count = y.count
        var gradient = [Double](repeating: 0, count: count)
        var update = [Double](repeating: 0, count: count)
        var gains = [Double](repeating: 1, count: count)
        let rate = settings.learningRate
        let d = objective.dimensions
        for iteration in 0..<c.iterations {
            try progress.checkCancellation()
            let early = iteration < c.exaggerationIterations
            let exaggeration = early ? c.earlyExaggeration : 1
            let momentum = early ? c.initialMomentum : c.finalMomentum
            let report = (iteration + 1) % c.reportEvery == 0 || iteration + 1 == c.iterations
            let kl = y.withUnsafeBufferPointer { yv in
                gradient.withUnsafeMutableBufferPointer { g in
                    objective.gradient(yv.baseAddress!, exaggeration: exaggeration, into: g.baseAddress!, measure: report)
                }
            }
            for i in 0..<count {
                let g = gradient[i]
                if update[i] * g < 0 { gains[i] += 0.2 } else { gains[i] *= 0.8 }
                gains[i] = max(gains[i], c.minGain)
                update[i] = momentum * update[i] - rate * gains[i] * g
                y[i] += update[i]
            }
            let n = count / d
            for k in 0..<d {
                var mean = 0.0
                for i in 0..<n { mean += y[i * d + k] }
                mean /= Double(n)
                for i in 0..<n { y[i * d + k] -= mean }
            }
            if report, let kl {
                progress.report(step: iteration + 1, total: c.iterations, message: "t-SNE", metrics: [.init("kl", kl)])
            }
        }
    }
}
