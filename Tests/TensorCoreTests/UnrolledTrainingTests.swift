import TensorCore
import TestSupport
import XCTest

/// Differentiation through unrolled training, as trajectory matching (MTT) does it: a two-layer
/// conv net takes three SGD steps on synthetic images, each step's gradient taken with
/// `createGraph: true`; the distance of the final parameters to a target ("expert") point is
/// differentiated with respect to the images and the learning rate, and checked against
/// central finite differences of the whole procedure.
///
/// The nets use smooth activations (swish, sigmoid) and average pooling. With relu or max
/// pooling the unrolled loss is only piecewise smooth: the gradient of one step jumps when a
/// unit crosses its kink, so the parameters after that step, and the final loss, jump too,
/// and a finite difference straddling a jump measures the jump, not a derivative. The
/// second-order rules of relu and max pooling are checked on their own (UnaryTests, PoolTests).
final class UnrolledTrainingTests: XCTestCase {
    func testTrajectoryLossThroughThreeSGDStepsOfAnInstanceNormConvNet() throws {
        try checkUnrolledGradients(TinyConvNet(norm: .instance, activation: .swish), seed: 1)
    }

    func testTrajectoryLossThroughThreeSGDStepsOfABatchNormConvNet() throws {
        try checkUnrolledGradients(TinyConvNet(norm: .batch, activation: .sigmoid), seed: 2)
    }

    func testTheUnrolledGradientsAreNotTrivial() throws {
        // Guards the finite-difference checks above against passing on vanishing gradients.
        var generator = SeededGenerator(seed: 1)
        let problem = TrajectoryProblem(TinyConvNet(norm: .instance, activation: .swish), using: &generator)
        let images = problem.images.requiringGrad(), lr = problem.learningRate.requiringGrad()
        let loss = try problem.matchingLoss(images: images, learningRate: lr)
        let gradients = try grad(of: loss, wrt: [images, lr])
        let (dImages, dLearningRate) = (gradients[0], gradients[1])
        XCTAssertGreaterThan(try dImages.l2Norm().item(), 1e-2)
        XCTAssertGreaterThan(abs(try dLearningRate.item()), 1e-2)
        // One step along −∂L/∂lr lowers the loss, as trajectory matching's learning-rate update expects.
        let stepped = try problem.learningRate - dLearningRate * 0.01
        XCTAssertLessThan(try problem.matchingLoss(images: problem.images, learningRate: stepped).item(), try loss.item())
    }

    /// Compares ∂(matching loss)/∂(images, learning rate) with central finite differences.
    private func checkUnrolledGradients(_ net: TinyConvNet, seed: UInt64, file: StaticString = #filePath, line: UInt = #line) throws {
        var generator = SeededGenerator(seed: seed)
        let problem = TrajectoryProblem(net, using: &generator)
        checkGradients(
            [problem.images, problem.learningRate], step: 1e-2, tolerance: Tolerance(absolute: 5e-5, relative: 5e-3),
            file: file, line: line
        ) { inputs in
            // The finite differences evaluate f under noGrad; the inner training still needs its
            // own gradients, so recording is switched back on inside.
            try GradMode.with(recording: true) { try problem.matchingLoss(images: inputs[0], learningRate: inputs[1]) }
        }
    }
}

/// A two-layer conv net as a function of its parameters:
/// conv 3×3 (pad 1) → instance or batch norm (affine) → swish or sigmoid → 2×2 average pool →
/// linear (the reference ConvNet's block, with one of its smooth activations).
struct TinyConvNet {
    enum Norm { case instance, batch }
    enum Activation { case swish, sigmoid }

    let norm: Norm
    let activation: Activation
    let channels = 3
    let classes = 3

    /// `[conv weight, conv bias, norm weight, norm bias, linear weight, linear bias]` for
    /// `[N, 1, size, size]` images, uniform in ±1/√fan-in as PyTorch initialises them.
    func initialParameters(imageSize: Int, using generator: inout SeededGenerator) -> [Tensor] {
        let features = channels * (imageSize / 2) * (imageSize / 2)
        let convBound: Float = 1 / 3, linearBound = 1 / Float(features).squareRoot()
        return [
            RandomCases.tensor([channels, 1, 3, 3], in: -convBound...convBound, using: &generator),
            RandomCases.tensor([channels], in: -convBound...convBound, using: &generator),
            RandomCases.tensor([channels], in: 0.8...1.2, using: &generator),
            RandomCases.tensor([channels], in: -0.1...0.1, using: &generator),
            RandomCases.tensor([features, classes], in: -linearBound...linearBound, using: &generator),
            RandomCases.tensor([classes], in: -linearBound...linearBound, using: &generator),
        ]
    }

    /// `[N, classes]` logits of `images: [N, 1, H, W]`.
    func logits(_ images: Tensor, _ p: [Tensor]) throws -> Tensor {
        var h = try images.conv2d(p[0], bias: p[1], padding: 1)
        switch norm {
        case .instance: h = try h.instanceNorm(weight: p[2], bias: p[3])
        case .batch: h = try h.batchNormTraining(weight: p[2], bias: p[3]).output
        }
        switch activation {
        case .swish: h = try h * h.sigmoid()
        case .sigmoid: h = try h.sigmoid()
        }
        return try h.avgPool2d(kernel: 2).flatten(from: 1).matmul(p[4]) + p[5]
    }
}

/// Synthetic images and labels, a start point and a target point of the parameters.
struct TrajectoryProblem {
    let net: TinyConvNet
    let images: Tensor
    let labels = [0, 1, 2, 1]
    let learningRate = Tensor(0.5)
    let start: [Tensor]
    let target: [Tensor]
    let steps = 3

    init(_ net: TinyConvNet, using generator: inout SeededGenerator) {
        self.net = net
        images = RandomCases.tensor([4, 1, 6, 6], using: &generator)
        start = net.initialParameters(imageSize: 6, using: &generator)
        target = start.map { try! $0 + RandomCases.tensor($0.shape, in: -0.2...0.2, using: &generator) }
    }

    /// MTT's normalised parameter distance after `steps` SGD steps from `start` on
    /// `(images, labels)`: `Σ‖θ_steps − θ*‖² / Σ‖θ_0 − θ*‖²`.
    ///
    /// Each step's gradient is recorded (`createGraph`) only when the images or the learning
    /// rate are differentiated; the finite differences thus evaluate plain training, with
    /// first-order gradients from the fused kernels, and the analytic gradient has to agree
    /// with it.
    func matchingLoss(images: Tensor, learningRate: Tensor) throws -> Tensor {
        let createGraph = images.requiresGrad || learningRate.requiresGrad
        var parameters = start.map { $0.requiringGrad() }
        for _ in 0..<steps {
            let loss = try Tensor.crossEntropy(logits: net.logits(images, parameters), labels: labels)
            let gradients = try grad(of: loss, wrt: parameters, createGraph: createGraph)
            parameters = try zip(parameters, gradients).map { p, g in try p - learningRate * g }
        }
        var distance = Tensor(0)
        var initial = 0.0
        for (p, (p0, t)) in zip(parameters, zip(start, target)) {
            distance = try distance + (p - t).square().sum()
            initial += zip(p0.scalars, t.scalars).reduce(0.0) { $0 + Double(($1.0 - $1.1) * ($1.0 - $1.1)) }
        }
        return try distance / Float(initial)
    }
}
