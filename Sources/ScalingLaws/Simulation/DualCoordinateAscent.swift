/// Stage 1 of `MaxMarginSolver`: cyclic dual coordinate ascent with shrinking for the
/// hard-margin SVM dual min ½‖Σαᵢzᵢ‖² − Σαᵢ, αᵢ ≥ 0, resumable with tighter tolerances.
struct DualCoordinateAscent {
    let samples: [Double]
    let count: Int
    let dimension: Int
    /// The dual variables.
    private(set) var alpha: [Double]
    /// w = Σαᵢzᵢ, kept up to date.
    private(set) var w: [Double]
    /// Passes made so far.
    private(set) var epochs = 0
    private let squaredNorms: [Double]

    init(samples: [Double], count: Int, dimension d: Int) throws {
        self.samples = samples
        self.count = count
        self.dimension = d
        alpha = [Double](repeating: 0, count: count)
        w = [Double](repeating: 0, count: d)
        var norms = [Double](repeating: 0, count: count)
        for i in 0..<count {
            norms[i] = MaxMarginSolver.dot(samples, i * d, samples, i * d, d)
            guard norms[i] > 0 else {
                throw ScalingLawError.invalid("max-margin: sample \(i) is the zero vector, so no margin can be positive")
            }
        }
        squaredNorms = norms
    }

    /// Passes until every projected gradient is within `tolerance` (checked on all samples
    /// after shrinking has converged on the active ones) or `passes` more passes are made.
    /// Returns whether the tolerance was met.
    @discardableResult
    mutating func run(tolerance: Double, passes: Int, isCancelled: (() -> Bool)?) throws -> Bool {
        let d = dimension
        let limit = epochs + passes
        var active = Array(0..<count)
        var shrinkBound = Double.infinity
        while true {
            guard epochs < limit else { return false }
            if epochs % 64 == 0, isCancelled?() == true { throw ScalingLawError.cancelled }
            epochs += 1
            var largest = -Double.infinity, smallest = Double.infinity
            var k = 0
            while k < active.count {
                let i = active[k]
                let g = MaxMarginSolver.dot(samples, i * d, w, 0, d) - 1
                var projected = g
                if alpha[i] == 0 {
                    if g > shrinkBound {
                        active.swapAt(k, active.count - 1)
                        active.removeLast()
                        continue
                    }
                    projected = min(g, 0)
                }
                largest = max(largest, projected)
                smallest = min(smallest, projected)
                if projected != 0 {
                    let updated = max(alpha[i] - g / squaredNorms[i], 0)
                    let change = updated - alpha[i]
                    alpha[i] = updated
                    MaxMarginSolver.addScaled(change, samples, i * d, to: &w, d)
                }
                k += 1
            }
            if !w.allSatisfy(\.isFinite) || alpha.contains(where: { $0 > 1e12 }) {
                throw ScalingLawError(.noSolution, "max-margin: the dual diverges; the samples are not separable through the origin")
            }
            if max(largest, -smallest) <= tolerance {
                if active.count == count { return true }
                active = Array(0..<count)
                shrinkBound = .infinity
                continue
            }
            shrinkBound = largest > 0 ? largest : .infinity
        }
    }
}
