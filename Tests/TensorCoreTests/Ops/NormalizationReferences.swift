import Foundation
import TensorCore
import TestSupport

// Double references for the normalisation, softmax and loss tests, written the textbook way
// (one pool of values at a time, plain loops), sharing no code with the kernels.

/// Softmax (or log-softmax) of a reference along `axis`, in Double, by the textbook formula
/// with the maximum subtracted.
func referenceSoftmax(_ x: Reference, axis: Int, log takeLog: Bool) -> Reference {
    let top = x.reduce(axes: [axis], keepDims: true) { $0.max()! }
    let shifted = Reference.zip(x, top) { $0 - $1 }
    let total = shifted.reduce(axes: [axis], keepDims: true) { $0.reduce(0) { $0 + exp($1) } }
    return Reference.zip(shifted, total) { takeLog ? $0 - log($1) : exp($0) / $1 }
}

/// Runs `body` with `Workers.count` set to `workers`, restoring it after.
func withWorkers<R>(_ workers: Int, _ body: () throws -> R) rethrows -> R {
    let saved = Workers.count
    Workers.count = workers
    defer { Workers.count = saved }
    return try body()
}

/// Which values share a mean and variance in `referenceNormalization`.
enum ReferencePooling {
    /// Group norm: per sample, `groups` consecutive blocks of channels.
    case groups(Int)
    /// Batch norm: per channel, over the batch and positions.
    case channels
}

/// Normalisation of `x: [N, C, …]` in Double by the textbook formula: per pool, the mean and
/// biased variance, then `(x − mean)/sqrt(var + eps)·weight[c] + bias[c]`.
func referenceNormalization(
    _ x: Reference, pooling: ReferencePooling, weight: Tensor? = nil, bias: Tensor? = nil, eps: Double = 1e-5
) -> Reference {
    let (n, c) = (x.shape[0], x.shape[1])
    let inner = x.shape.dropFirst(2).reduce(1, *)
    let pools: [[(Int, Int)]]  // (sample, channel) rows of each pool
    switch pooling {
    case .groups(let g):
        pools = (0..<n).flatMap { s in (0..<g).map { k in (k * c / g..<(k + 1) * c / g).map { (s, $0) } } }
    case .channels:
        pools = (0..<c).map { ch in (0..<n).map { ($0, ch) } }
    }
    var out = x.values
    for rows in pools {
        let values = rows.flatMap { (s, ch) in (0..<inner).map { x.values[(s * c + ch) * inner + $0] } }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        for (s, ch) in rows {
            let w = weight.map { Double($0.scalars[ch]) } ?? 1, b = bias.map { Double($0.scalars[ch]) } ?? 0
            for i in 0..<inner {
                let k = (s * c + ch) * inner + i
                out[k] = (x.values[k] - mean) / (variance + eps).squareRoot() * w + b
            }
        }
    }
    return Reference(shape: x.shape, values: out)
}
