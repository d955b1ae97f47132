import Foundation
import TensorCore

/// The t-SNE cost for one affinity matrix `P`: its gradient and the KL divergence
/// `KL(P‖Q) = Σ_ij p_ij log(p_ij / q_ij)`, `q_ij = w_ij / Z`, `w_ij = 1/(1 + ‖y_i − y_j‖²)`,
/// `Z = Σ_{k≠l} w_kl`.
///
/// Gradients are given without the constant factor 4 of `∂KL/∂y_i`, as bhtsne, openTSNE and
/// FIt-SNE define them (the convention of the learning rate `max(N/12, 200)`):
/// `g_i = α Σ_j p_ij w_ij (y_i − y_j) − (1/Z) Σ_j w_ij² (y_i − y_j)` with exaggeration α.
/// Work is split across `Workers` by point; each point's sums are formed in a fixed order and
/// the per-point parts of `Z` are added in point order, so results do not depend on the
/// number of workers.
protocol TSNEObjective {
    /// The number of points.
    var count: Int { get }
    /// The embedding dimension.
    var dimensions: Int { get }
    /// Writes the gradient at `y` (`[N, dimensions]`) for exaggeration `α` into `gradient`;
    /// when `measure`, also returns KL(P‖Q) of the un-exaggerated `P` (an estimate for
    /// Barnes–Hut, whose `Z` is approximate).
    func gradient(_ y: UnsafePointer<Double>, exaggeration: Double, into gradient: UnsafeMutablePointer<Double>, measure: Bool) -> Double?
    /// KL(P‖Q) at `y` with `Z` summed over all pairs.
    func exactDivergence(_ y: UnsafePointer<Double>) -> Double
}

/// Per-point partial sums the gradient passes leave behind, combined once `Z` is known.
struct PointSums {
    /// `Σ_j w_ij` per point.
    var z: [Double]
    /// `Σ_j w_ij² (y_i − y_j)` per point, `[N, dimensions]`.
    var repulsion: [Double]
    /// `Σ_j p_ij log w_ij` per point (only when measuring).
    var logW: [Double]

    init(count: Int, dimensions: Int) {
        z = [Double](repeating: 0, count: count)
        repulsion = [Double](repeating: 0, count: count * dimensions)
        logW = [Double](repeating: 0, count: count)
    }

    /// `g_i = α·(attraction already in g_i) − repulsion_i / Z` for every point, and the KL
    /// divergence `Σ p log p − Σ p log w + log Z` when `negativeEntropy` is given.
    func finish(_ gradient: UnsafeMutablePointer<Double>, exaggeration: Double, dimensions: Int, negativeEntropy: Double?) -> Double? {
        let total = z.reduce(0, +)
        for i in 0..<(z.count * dimensions) {
            gradient[i] = exaggeration * gradient[i] - repulsion[i] / total
        }
        guard let negativeEntropy else { return nil }
        return negativeEntropy - logW.reduce(0, +) + Foundation.log(total)
    }
}

/// Exact t-SNE: dense `P`, every pair visited each iteration (`O(N²)`), any output dimension.
struct ExactObjective: TSNEObjective {
    let count: Int
    let dimensions: Int
    /// `[N, N]` symmetric joint probabilities, zero diagonal, summing to 1.
    let p: [Double]
    /// `Σ p log p`.
    let negativeEntropy: Double

    init(p: [Double], count: Int, dimensions: Int) {
        self.p = p
        self.count = count
        self.dimensions = dimensions
        negativeEntropy = p.reduce(0) { $0 + ($1 > 0 ? $1 * Foundation.log($1) : 0) }
    }

    func gradient(_ y: UnsafePointer<Double>, exaggeration: Double, into gradient: UnsafeMutablePointer<Double>, measure: Bool) -> Double? {
        let (n, d) = (count, dimensions)
        var sums = PointSums(count: n, dimensions: d)
        p.withUnsafeBufferPointer { pv in
            sums.z.withUnsafeMutableBufferPointer { z in
                sums.repulsion.withUnsafeMutableBufferPointer { rep in
                    sums.logW.withUnsafeMutableBufferPointer { logW in
                        Workers.split(n, minPerWorker: 32) { _, range in
                            for i in range {
                                var zi = 0.0, lw = 0.0
                                for c in 0..<d { gradient[i * d + c] = 0 }
                                for j in 0..<n where j != i {
                                    var d2 = 0.0
                                    for c in 0..<d {
                                        let diff = y[i * d + c] - y[j * d + c]
                                        d2 += diff * diff
                                    }
                                    let w = 1 / (1 + d2)
                                    let pij = pv[i * n + j]
                                    zi += w
                                    for c in 0..<d {
                                        let diff = y[i * d + c] - y[j * d + c]
                                        gradient[i * d + c] += pij * w * diff
                                        rep[i * d + c] += w * w * diff
                                    }
                                    if measure && pij > 0 { lw += pij * Foundation.log(w) }
                                }
                                z[i] = zi
                                logW[i] = lw
                            }
                        }
                    }
                }
            }
        }
        return sums.finish(gradient, exaggeration: exaggeration, dimensions: d, negativeEntropy: measure ? negativeEntropy : nil)
    }

    func exactDivergence(_ y: UnsafePointer<Double>) -> Double {
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: count * dimensions)
        defer { scratch.deallocate() }
        return gradient(y, exaggeration: 1, into: scratch, measure: true)!
    }
}

/// Barnes–Hut t-SNE (van der Maaten 2014): sparse `P` over nearest neighbours for the
/// attraction, a quadtree for the repulsion; 2-D only. Cost per iteration about
/// `O(N·(nnz/N + log N / θ²))`.
struct BarnesHutObjective: TSNEObjective {
    let affinities: SparseAffinities
    let theta: Double
    let negativeEntropy: Double
    var count: Int { affinities.count }
    var dimensions: Int { 2 }

    init(affinities: SparseAffinities, theta: Double) {
        self.affinities = affinities
        self.theta = theta
        negativeEntropy = affinities.negativeEntropy
    }

    func gradient(_ y: UnsafePointer<Double>, exaggeration: Double, into gradient: UnsafeMutablePointer<Double>, measure: Bool) -> Double? {
        let n = count
        let tree = QuadTree(positions: y, count: n)
        var sums = PointSums(count: n, dimensions: 2)
        let theta = theta
        affinities.rowStart.withUnsafeBufferPointer { rowStart in
            affinities.columns.withUnsafeBufferPointer { columns in
                affinities.values.withUnsafeBufferPointer { values in
                    sums.z.withUnsafeMutableBufferPointer { z in
                        sums.repulsion.withUnsafeMutableBufferPointer { rep in
                            sums.logW.withUnsafeMutableBufferPointer { logW in
                                Workers.split(n, minPerWorker: 256) { _, range in
                                    let stack = UnsafeMutablePointer<Int32>.allocate(capacity: 3 * QuadTree.maxDepth + 8)
                                    defer { stack.deallocate() }
                                    for i in range {
                                        let (zi, fx, fy) = tree.repulsion(of: i, theta: theta, stack: stack)
                                        z[i] = zi
                                        rep[2 * i] = fx
                                        rep[2 * i + 1] = fy
                                        let (x0, y0) = (y[2 * i], y[2 * i + 1])
                                        var (ax, ay, lw) = (0.0, 0.0, 0.0)
                                        for e in rowStart[i]..<rowStart[i + 1] {
                                            let j = Int(columns[e])
                                            let dx = x0 - y[2 * j], dy = y0 - y[2 * j + 1]
                                            let w = 1 / (1 + dx * dx + dy * dy)
                                            let pw = values[e] * w
                                            ax += pw * dx
                                            ay += pw * dy
                                            if measure { lw += values[e] * Foundation.log(w) }
                                        }
                                        gradient[2 * i] = ax
                                        gradient[2 * i + 1] = ay
                                        logW[i] = lw
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return sums.finish(gradient, exaggeration: exaggeration, dimensions: 2, negativeEntropy: measure ? negativeEntropy : nil)
    }

    func exactDivergence(_ y: UnsafePointer<Double>) -> Double {
        let n = count
        var z = [Double](repeating: 0, count: n)
        var logW = [Double](repeating: 0, count: n)
        affinities.rowStart.withUnsafeBufferPointer { rowStart in
            affinities.columns.withUnsafeBufferPointer { columns in
                affinities.values.withUnsafeBufferPointer { values in
                    z.withUnsafeMutableBufferPointer { zv in
                        logW.withUnsafeMutableBufferPointer { lv in
                            Workers.split(n, minPerWorker: 256) { _, range in
                                for i in range {
                                    let (x0, y0) = (y[2 * i], y[2 * i + 1])
                                    var zi = 0.0
                                    for j in 0..<n where j != i {
                                        let dx = x0 - y[2 * j], dy = y0 - y[2 * j + 1]
                                        zi += 1 / (1 + dx * dx + dy * dy)
                                    }
                                    zv[i] = zi
                                    var lw = 0.0
                                    for e in rowStart[i]..<rowStart[i + 1] {
                                        let j = Int(columns[e])
                                        let dx = x0 - y[2 * j], dy = y0 - y[2 * j + 1]
                                        lw += values[e] * Foundation.log(1 / (1 + dx * dx + dy * dy))
                                    }
                                    lv[i] = lw
                                }
                            }
                        }
                    }
                }
            }
        }
        return negativeEntropy - logW.reduce(0, +) + Foundation.log(z.reduce(0, +))
    }
}
