import Foundation

/// Per-point Gaussian affinities of t-SNE: for each point, the precision β of a Gaussian on
/// squared distances whose conditional distribution `p_{j|i} ∝ exp(−β d²_ij)` has the requested
/// perplexity `2^H` (entropy `H` in bits; natural logs internally), found by bisection as in
/// van der Maaten's and scikit-learn's `_binary_search_perplexity`.
enum PerplexitySearch {
    /// Stop when `|H − log(perplexity)|` (nats) is at most this.
    static let tolerance = 1e-5
    /// Bisection steps at most per point.
    static let maxSteps = 200

    /// Overwrites `row` (`count` squared distances to a point's candidate neighbours) with the
    /// conditional probabilities `p_{j|i}`, which sum to 1.
    ///
    /// Distances are shifted by their minimum before exponentiating, which leaves the
    /// normalised probabilities unchanged and keeps `exp` from underflowing for far-apart data.
    static func calibrate(_ row: UnsafeMutablePointer<Double>, count: Int, perplexity: Double) {
        var minimum = Double.infinity
        for j in 0..<count { minimum = min(minimum, row[j]) }
        for j in 0..<count { row[j] -= minimum }
        let target = Foundation.log(perplexity)
        var beta = 1.0
        var (low, high) = (-Double.infinity, Double.infinity)
        let p = UnsafeMutablePointer<Double>.allocate(capacity: count)
        defer { p.deallocate() }
        for _ in 0..<maxSteps {
            var sum = 0.0
            for j in 0..<count {
                p[j] = Foundation.exp(-beta * row[j])
                sum += p[j]
            }
            var weighted = 0.0
            for j in 0..<count { weighted += row[j] * p[j] }
            // H = log Σ exp(−β d) + β · E_p[d]   (nats)
            let entropy = Foundation.log(sum) + beta * weighted / sum
            let difference = entropy - target
            if abs(difference) <= tolerance { break }
            if difference > 0 {
                low = beta
                beta = high == .infinity ? beta * 2 : (beta + high) / 2
            } else {
                high = beta
                beta = low == -.infinity ? beta / 2 : (beta + low) / 2
            }
        }
        var sum = 0.0
        for j in 0..<count {
            p[j] = Foundation.exp(-beta * row[j])
            sum += p[j]
        }
        for j in 0..<count { row[j] = p[j] / sum }
    }
}
