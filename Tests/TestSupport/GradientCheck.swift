import TensorCore
import XCTest

// Gradient checks in the spirit of PyTorch's gradcheck and tinygrad's helper_test_op.
//
// A function f of several tensors may return any shape; it is reduced to the scalar
// L = Σ w ⊙ f(x) with fixed random weights w (seeded), so every output element matters and
// errors cannot cancel by symmetry. The analytic gradient of L comes from `grad`; the numerical
// one from central differences (L(x + h) - L(x - h)) / (x_+ - x_-), where x_± are the perturbed
// Float values actually used (not x ± h, which Float cannot represent exactly) and L is summed in
// Double. Each check evaluates f twice per input element, so keep inputs to a few dozen values.
//
// Second order: with g = ∂L/∂x computed with createGraph, F = Σ v ⊙ g for fixed random v; the
// analytic ∂F/∂x is compared with central differences of F, where F is evaluated from ordinary
// (first-order) gradients.

/// Checks the first-order gradients of `f` with respect to `inputs` (or those listed in `wrt`)
/// against central finite differences; reports up to five mismatches per input with the seed.
///
/// - Parameters:
///   - inputs: the point at which to differentiate; constants (their graph nodes are ignored).
///   - wrt: indices of the inputs to check; all by default. Others are passed as constants.
///   - step: the finite-difference step; 1e-3 suits inputs of order 1 (see `Tolerance.firstOrder`).
///   - tolerance: the bound on |analytic - numerical|.
///   - seed: seeds the weights w.
public func checkGradients(
    _ inputs: [Tensor], wrt: [Int]? = nil, step: Float = 1e-3, tolerance: Tolerance = .firstOrder,
    seed: UInt64 = 0x5EED, file: StaticString = #filePath, line: UInt = #line,
    _ f: ([Tensor]) throws -> Tensor
) {
    let checked = wrt ?? Array(inputs.indices)
    do {
        let weights = try outputWeights(inputs, seed: seed, f)
        let analytic = try firstOrderGradients(inputs, checked: checked, weights: weights, createGraph: false, f).grads
        try compareToDifferences(
            analytic, inputs, checked: checked, step: step, order: "first-order", tolerance: tolerance,
            seed: seed, file: file, line: line
        ) { point in
            try weightedSum(weights, noGrad { try f(point) })
        }
    } catch {
        XCTFail("gradient check failed with an error (seed \(seed)): \(error)", file: file, line: line)
    }
}

/// Checks second-order gradients: the gradient of F = Σ v ⊙ ∂L/∂x (with L as in
/// `checkGradients` and fixed random v) against central differences of F.
///
/// The default step is 1e-2: F is itself computed from gradients carrying Float rounding, so a
/// smaller step amplifies that noise (see `Tolerance.secondOrder`). Keep inputs away from kinks
/// (relu at 0) by at least the step.
public func checkSecondOrderGradients(
    _ inputs: [Tensor], wrt: [Int]? = nil, step: Float = 1e-2, tolerance: Tolerance = .secondOrder,
    seed: UInt64 = 0x5EED, file: StaticString = #filePath, line: UInt = #line,
    _ f: ([Tensor]) throws -> Tensor
) {
    let checked = wrt ?? Array(inputs.indices)
    do {
        let weights = try outputWeights(inputs, seed: seed, f)
        var generator = SeededGenerator(seed: seed &+ 1)
        let directions = checked.map { RandomCases.tensor(inputs[$0].shape, using: &generator) }

        let first = try firstOrderGradients(inputs, checked: checked, weights: weights, createGraph: true, f)
        var total = Tensor(0)
        for (g, v) in zip(first.grads, directions) { total = try total + (g * v).sum() }
        let analytic: [Tensor]
        if total.requiresGrad {
            analytic = try grad(of: total, wrt: first.leaves)
        } else {
            analytic = first.leaves.map { Tensor.zeros($0.shape) }
        }

        try compareToDifferences(
            analytic, inputs, checked: checked, step: step, order: "second-order", tolerance: tolerance,
            seed: seed, file: file, line: line
        ) { point in
            let grads = try firstOrderGradients(point, checked: checked, weights: weights, createGraph: false, f).grads
            return try zip(grads, directions).reduce(0.0) { $0 + (try weightedSum($1.1, $1.0)) }
        }
    } catch {
        XCTFail("second-order gradient check failed with an error (seed \(seed)): \(error)", file: file, line: line)
    }
}

/// Random weights of f's output shape, uniform in [-1, 1].
private func outputWeights(_ inputs: [Tensor], seed: UInt64, _ f: ([Tensor]) throws -> Tensor) throws -> Tensor {
    let shape = try noGrad { try f(inputs.map { $0.detach() }) }.shape
    var generator = SeededGenerator(seed: seed)
    return RandomCases.tensor(shape, using: &generator)
}

/// ∂(Σ w ⊙ f(x))/∂x for the checked inputs, and the leaves they were taken at.
private func firstOrderGradients(
    _ inputs: [Tensor], checked: [Int], weights: Tensor, createGraph: Bool, _ f: ([Tensor]) throws -> Tensor
) throws -> (grads: [Tensor], leaves: [Tensor]) {
    var arguments = inputs.map { $0.detach() }
    for i in checked { arguments[i] = arguments[i].requiringGrad() }
    let loss = try (f(arguments) * weights).sum()
    let leaves = checked.map { arguments[$0] }
    guard loss.requiresGrad else { return (leaves.map { Tensor.zeros($0.shape) }, leaves) }
    return (try grad(of: loss, wrt: leaves, createGraph: createGraph), leaves)
}

/// Σ w ⊙ y in Double.
private func weightedSum(_ weights: Tensor, _ y: Tensor) throws -> Double {
    guard weights.shape == y.shape else {
        throw TensorError.shapeMismatch("gradient check", weights.shape, y.shape, "f changed its output shape")
    }
    return zip(weights.scalars, y.scalars).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
}

/// The central-difference derivative of `value` with respect to each element of input `i`.
private func centralDifferences(
    _ inputs: [Tensor], input i: Int, step: Float, _ value: ([Tensor]) throws -> Double
) throws -> [Double] {
    var point = inputs.map { $0.detach() }
    let base = point[i].scalars
    var result: [Double] = []
    for j in base.indices {
        let plus = base[j] + step, minus = base[j] - step
        var shifted = base
        shifted[j] = plus
        point[i] = try Tensor(shape: inputs[i].shape, scalars: shifted)
        let up = try value(point)
        shifted[j] = minus
        point[i] = try Tensor(shape: inputs[i].shape, scalars: shifted)
        let down = try value(point)
        result.append((up - down) / (Double(plus) - Double(minus)))
    }
    return result
}

/// Compares each checked input's analytic gradient with central differences of `value`.
private func compareToDifferences(
    _ analytic: [Tensor], _ inputs: [Tensor], checked: [Int], step: Float, order: String,
    tolerance: Tolerance, seed: UInt64, file: StaticString, line: UInt, _ value: ([Tensor]) throws -> Double
) throws {
    for (position, i) in checked.enumerated() {
        let numerical = try centralDifferences(inputs, input: i, step: step, value)
        compare(analytic[position], numerical, what: "\(order) gradient of input \(i)",
                tolerance: tolerance, seed: seed, file: file, line: line)
    }
}

private func compare(
    _ analytic: Tensor, _ numerical: [Double], what: String, tolerance: Tolerance, seed: UInt64,
    file: StaticString, line: UInt
) {
    let indices = Reference.indices(of: analytic.shape)
    var failures: [String] = []
    for (j, (a, n)) in zip(analytic.scalars, numerical).enumerated() where !tolerance.accepts(Double(a), n) {
        failures.append("at \(indices[j]): analytic \(a), numerical \(n)")
        if failures.count == 5 { break }
    }
    if !failures.isEmpty {
        XCTFail(
            "\(what) differs from finite differences beyond \(tolerance) (seed \(seed)):\n  "
                + failures.joined(separator: "\n  "),
            file: file, line: line)
    }
}
