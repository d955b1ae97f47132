/// Cross-entropy losses of logits, as PyTorch's `F.cross_entropy` with `reduction="mean"`.
///
/// Both take raw logits `[N, C]` (no softmax applied), compute a stable log-softmax in one
/// fused pass, and return a scalar averaged over the batch; one graph node each.
extension Tensor {
    /// `−(1/N)·Σ_i log softmax(logits_i)[labels_i]`: the mean cross-entropy against hard labels.
    ///
    /// - Parameters:
    ///   - logits: `[N, C]` unnormalised scores.
    ///   - labels: N class indices in `0..<C`.
    /// - Returns: a scalar (shape `[]`), differentiable with respect to `logits`.
    /// - Throws: when `logits` is not rank 2, `labels.count != N`, N is 0, or a label is outside
    ///   `0..<C`.
    public static func crossEntropy(logits: Tensor, labels: [Int]) throws -> Tensor {
        let op = "crossEntropy(logits:labels:)"
        let (n, c) = try checkedLogits(logits, op: op)
        guard labels.count == n else {
            throw TensorError("\(op): logits \(logits.shape) have \(n) rows but \(labels.count) labels were given; pass one label per row")
        }
        if let bad = labels.firstIndex(where: { $0 < 0 || $0 >= c }) {
            throw TensorError("\(op): label \(labels[bad]) at index \(bad) is outside 0..<\(c) for logits \(logits.shape)")
        }
        let ls = logits.softmaxValues(axis: 1, log: true)
        var total = 0.0
        for (i, label) in labels.enumerated() { total -= Double(ls.scalars[i * c + label]) }
        let oneHot = Tensor.build([n, c]) { out in
            out.initialize(repeating: 0)
            for (i, label) in labels.enumerated() { out[i * c + label] = 1 }
        }
        let loss = Tensor(Float(total / Double(n)))
        return recording(loss, inputs: [logits], backward: Derivatives.crossEntropy(logits, oneHot: oneHot, logProbabilities: ls))
    }

    /// `−(1/N)·Σ_i Σ_c p_ic·log softmax(logits_i)_c`: the mean cross-entropy against soft labels
    /// (each row of `probabilities` a distribution over the C classes, e.g. a teacher's
    /// softmax or a smoothed one-hot; rows are not checked to sum to 1).
    ///
    /// - Parameters:
    ///   - logits: `[N, C]` unnormalised scores.
    ///   - probabilities: `[N, C]` target probabilities.
    /// - Returns: a scalar, differentiable with respect to both `logits` and `probabilities`.
    /// - Throws: when `logits` is not rank 2 or N is 0, or the shapes differ.
    public static func crossEntropy(logits: Tensor, probabilities: Tensor) throws -> Tensor {
        let op = "crossEntropy(logits:probabilities:)"
        let (n, _) = try checkedLogits(logits, op: op)
        guard probabilities.shape == logits.shape else {
            throw TensorError.shapeMismatch(op, logits.shape, probabilities.shape, "probabilities must have the logits' shape [N, C]")
        }
        let ls = logits.softmaxValues(axis: 1, log: true)
        let total = ls.withUnsafeBufferPointer { l in
            probabilities.withUnsafeBufferPointer { p in
                var sum = 0.0
                for i in 0..<l.count { sum -= Double(p[i] * l[i]) }
                return sum
            }
        }
        let loss = Tensor(Float(total / Double(n)))
        return recording(
            loss, inputs: [logits, probabilities],
            backward: Derivatives.softCrossEntropy(logits, probabilities, logProbabilities: ls))
    }

    /// `(N, C)` of rank-2 logits with at least one row and one class, or a thrown error.
    static func checkedLogits(_ logits: Tensor, op: String) throws -> (Int, Int) {
        guard logits.rank == 2 else { throw TensorError.badRank(op, expected: "2, [N, C]", shape: logits.shape) }
        guard logits.shape[0] > 0, logits.shape[1] > 0 else {
            throw TensorError("\(op): logits \(logits.shape) are empty; the mean over no rows or classes is undefined")
        }
        return (logits.shape[0], logits.shape[1])
    }
}
