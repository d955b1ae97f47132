import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// SGD and Adam against their PyTorch update rules written out in Double.
final class OptimizerTests: XCTestCase {
    private let start: [Double] = [1, 2, -0.5]
    private let gradients: [[Double]] = [[0.5, -1, 0.25], [1, 1, -2]]

    private func parameters(_ values: [Double]) throws -> Parameters {
        try Parameters([("w", Tensor(values.map(Float.init)))])
    }

    /// PyTorch's SGD (dampening 0): d = g + wd·p; v = m·v + d (v = d at first); p -= lr·v.
    private func referenceSGD(lr: Double, momentum: Double, weightDecay: Double) -> [Double] {
        var p = start
        var v: [Double]?
        for g in gradients {
            let d = zip(g, p).map { $0 + weightDecay * $1 }
            let next = v.map { zip($0, d).map { momentum * $0 + $1 } } ?? d
            v = next
            p = zip(p, next).map { $0 - lr * $1 }
        }
        return p
    }

    func testSGDStepFollowsPyTorchsRule() throws {
        var p = try parameters(start)
        var sgd = SGD(learningRate: 0.1, momentum: 0.9, weightDecay: 0.01)
        for g in gradients { try sgd.step(&p, gradients: [Tensor(g.map(Float.init))]) }
        assertClose(try p.tensor(named: "w"), Reference(shape: [3], values: referenceSGD(lr: 0.1, momentum: 0.9, weightDecay: 0.01)))
    }

    func testPlainSGDKeepsNoVelocity() throws {
        var p = try parameters(start)
        var sgd = SGD(learningRate: 0.5)
        for g in gradients { try sgd.step(&p, gradients: [Tensor(g.map(Float.init))]) }
        assertClose(try p.tensor(named: "w"), Reference(shape: [3], values: referenceSGD(lr: 0.5, momentum: 0, weightDecay: 0)))
    }

    func testResetForgetsMomentum() throws {
        var withReset = try parameters(start), fresh = try parameters(start)
        var a = SGD(learningRate: 0.1, momentum: 0.9)
        try a.step(&withReset, gradients: [Tensor([1, 1, 1])])
        a.reset()
        try a.step(&withReset, gradients: [Tensor([1, 1, 1])])
        var b = SGD(learningRate: 0.1, momentum: 0)
        for _ in 0..<2 { try b.step(&fresh, gradients: [Tensor([1, 1, 1])]) }
        XCTAssertEqual(try withReset.flattened().scalars, try fresh.flattened().scalars)
    }

    func testPureSGDAgreesWithTheInPlaceOptimiser() throws {
        var inPlace = try parameters(start)
        var sgd = SGD(learningRate: 0.1, momentum: 0.9, weightDecay: 0.01)
        var pure = try parameters(start)
        var velocity: Parameters?
        for g in gradients {
            let gradient = try parameters(g)
            try sgd.step(&inPlace, gradients: gradient.tensors)
            (pure, velocity) = try SGD.updated(
                pure, gradients: gradient, learningRate: Tensor(0.1), momentum: 0.9, weightDecay: 0.01, velocity: velocity)
        }
        assertClose(try pure.tensor(named: "w"), Reference(try inPlace.tensor(named: "w")))
    }

    func testGradientThroughOneSGDStepMatchesFiniteDifferences() throws {
        // A tiny classifier: loss after one unrolled step, as a function of the initial weight,
        // bias and learning rate (MTT differentiates exactly this).
        var generator = SeededGenerator(seed: 11)
        let x1 = RandomCases.tensor([4, 2], using: &generator), x2 = RandomCases.tensor([4, 2], using: &generator)
        let labels = [0, 1, 2, 1]
        let model = Linear(2, 3)
        func loss(_ x: Tensor, _ p: Parameters) throws -> Tensor {
            let logits = try model.forward(x, in: LayerContext(parameters: p, state: .empty, mode: .training), scope: "fc")
            return try Tensor.crossEntropy(logits: logits.sigmoid(), labels: labels)
        }
        let w = RandomCases.tensor([3, 2], using: &generator), b = RandomCases.tensor([3], using: &generator)
        checkGradients([w, b, Tensor(0.5)]) { inputs in
            // The finite-difference evaluations run without recording and with constant inputs:
            // the inner gradient is then taken at fresh leaves, without a graph for the outer one.
            let outer = GradMode.isEnabled
            let given = try Parameters([("fc.weight", inputs[0]), ("fc.bias", inputs[1])])
            let p = outer ? given : given.requiringGrad()
            let g = try GradMode.with(recording: true) { try grad(of: loss(x1, p), wrt: p.tensors, createGraph: outer) }
            let next = try SGD.updated(p, gradients: p.replacing(with: g), learningRate: inputs[2], weightDecay: 0.01).parameters
            return try loss(x2, next)
        }
    }

    func testAdamFollowsPyTorchsRule() throws {
        var p = try parameters(start)
        var adam = Adam(learningRate: 0.01, weightDecay: 0.1)
        for g in gradients { try adam.step(&p, gradients: [Tensor(g.map(Float.init))]) }
        var expected = start
        var m = [Double](repeating: 0, count: 3), v = m
        for (t, g) in gradients.enumerated() {
            for i in 0..<3 {
                let d = g[i] + 0.1 * expected[i]
                m[i] = 0.9 * m[i] + 0.1 * d
                v[i] = 0.999 * v[i] + 0.001 * d * d
                let mHat = m[i] / (1 - Foundation.pow(0.9, Double(t + 1)))
                let vHat = v[i] / (1 - Foundation.pow(0.999, Double(t + 1)))
                expected[i] -= 0.01 * mHat / (vHat.squareRoot() + 1e-8)
            }
        }
        assertClose(try p.tensor(named: "w"), Reference(shape: [3], values: expected))
    }

    func testMismatchedGradientsAreErrors() throws {
        var p = try parameters(start)
        var sgd = SGD(learningRate: 0.1)
        XCTAssertThrowsError(try sgd.step(&p, gradients: [Tensor([1, 2])]))
        XCTAssertThrowsError(try sgd.step(&p, gradients: []))
    }
}
