import Foundation
import TensorCore
import TestSupport
import XCTest

/// Batch normalisation: training mode (batch statistics, returned mean and unbiased variance)
/// and inference mode (given statistics), against a Double reference; errors; gradients.
final class BatchNormTests: XCTestCase {
    func testTrainingModeNormalisesEachChannelOverBatchAndPositions() {
        forEachSeed { generator, seed in
            let x = RandomCases.tensor([4, 3, 2, 5], in: -3...3, using: &generator)
            let weight = RandomCases.tensor([3], in: 0.5...1.5, using: &generator)
            let bias = RandomCases.tensor([3], using: &generator)
            let result = try x.batchNormTraining(weight: weight, bias: bias)
            assertClose(
                result.output, referenceNormalization(Reference(x), pooling: .channels, weight: weight, bias: bias),
                "seed \(seed)")
        }
    }

    func testTrainingModeReturnsTheBatchMeanAndUnbiasedVariance() throws {
        var generator = SeededGenerator(seed: 4)
        let x = RandomCases.tensor([5, 2, 3], in: -2...2, using: &generator)
        let result = try x.batchNormTraining()
        let values = Reference(x)
        let perChannel = (0..<2).map { c in (0..<5).flatMap { n in (0..<3).map { values[[n, c, $0]] } } }
        let means = perChannel.map { $0.reduce(0, +) / 15 }
        let variances = zip(perChannel, means).map { v, m in v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / 14 }
        assertClose(result.batchMean, Reference(shape: [2], values: means))
        assertClose(result.batchVariance, Reference(shape: [2], values: variances))
        XCTAssertFalse(result.batchMean.requiresGrad)
    }

    func testTrainingModeOnFeatureMatricesIsBatchNorm1d() throws {
        var generator = SeededGenerator(seed: 5)
        let x = RandomCases.tensor([6, 4], in: -2...2, using: &generator)
        assertClose(try x.batchNormTraining().output, referenceNormalization(Reference(x), pooling: .channels))
    }

    func testTrainingModeKeepsPrecisionOverALargeBatch() throws {
        // 64 samples · 33·33 positions per channel, offset by 100: rows merge with Chan's formula.
        var generator = SeededGenerator(seed: 6)
        let x = try RandomCases.tensor([64, 2, 33, 33], in: -1...1, using: &generator) + 100
        let result = try x.batchNormTraining()
        assertClose(result.output, referenceNormalization(Reference(x), pooling: .channels),
                    tolerance: Tolerance(absolute: 2e-4, relative: 1e-4))
        XCTAssertEqual(Double(result.batchVariance.scalars[0]), 1.0 / 3, accuracy: 0.01)
    }

    func testInferenceModeUsesTheGivenStatistics() throws {
        var generator = SeededGenerator(seed: 7)
        let x = RandomCases.tensor([3, 2, 4], in: -2...2, using: &generator)
        let mean = Tensor([0.5, -0.25]), variance = Tensor([2, 0.5])
        let weight = Tensor([1.5, -1]), bias = Tensor([0.1, 0.2])
        let y = try x.batchNormInference(runningMean: mean, runningVariance: variance, weight: weight, bias: bias)
        let expected = Reference(shape: x.shape) { i in
            let c = i[1]
            return (Reference(x)[i] - Double(mean.scalars[c])) / (Double(variance.scalars[c]) + 1e-5).squareRoot()
                * Double(weight.scalars[c]) + Double(bias.scalars[c])
        }
        assertClose(y, expected)
    }

    func testBatchNormRejectsBadInput() {
        assertThrowsTensorError(mentioning: ["[1, 3]", "more than 1"]) { try Tensor.zeros([1, 3]).batchNormTraining() }
        assertThrowsTensorError(mentioning: ["[4]"]) { try Tensor.zeros([4]).batchNormTraining() }
        assertThrowsTensorError(mentioning: ["weight", "[2]", "[4, 3, 2]"]) {
            try Tensor.zeros([4, 3, 2]).batchNormTraining(weight: Tensor.ones([2]))
        }
        assertThrowsTensorError(mentioning: ["runningVariance", "[3, 1]"]) {
            try Tensor.zeros([4, 3]).batchNormInference(runningMean: Tensor.zeros([3]), runningVariance: Tensor.ones([3, 1]))
        }
    }

    func testBatchNormGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 31)
        let x = RandomCases.tensor([3, 2, 4], in: -2...2, using: &generator)
        let weight = RandomCases.tensor([2], in: 0.5...1.5, using: &generator)
        let bias = RandomCases.tensor([2], using: &generator)
        checkGradients([x, weight, bias]) { try $0[0].batchNormTraining(weight: $0[1], bias: $0[2]).output }
        checkGradients([x]) { try $0[0].batchNormTraining().output }
        let mean = Tensor([0.3, -0.2]), variance = Tensor([0.8, 1.3])
        checkGradients([x, weight, bias]) {
            try $0[0].batchNormInference(runningMean: mean, runningVariance: variance, weight: $0[1], bias: $0[2])
        }
    }

    func testBatchNormSecondOrderGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 32)
        let x = RandomCases.tensor([3, 2, 3], in: -2...2, using: &generator)
        let weight = RandomCases.tensor([2], in: 0.5...1.5, using: &generator)
        let bias = RandomCases.tensor([2], using: &generator)
        checkSecondOrderGradients([x, weight, bias]) { try $0[0].batchNormTraining(weight: $0[1], bias: $0[2]).output.tanh() }
        let mean = Tensor([0.3, -0.2]), variance = Tensor([0.8, 1.3])
        checkSecondOrderGradients([x, weight]) {
            try $0[0].batchNormInference(runningMean: mean, runningVariance: variance, weight: $0[1]).square()
        }
    }

    func testBatchNormThirdOrderGradientsMatchFiniteDifferences() {
        // f returns recorded first-order gradients of the input and the weight, so the check
        // differentiates the backward rule twice.
        var generator = SeededGenerator(seed: 35)
        let x = RandomCases.tensor([3, 2, 3], in: -2...2, using: &generator)
        let weight = RandomCases.tensor([2], in: 0.5...1.5, using: &generator)
        let outer = RandomCases.tensor([3, 2, 3], using: &generator)
        checkSecondOrderGradients([x, weight]) { inputs in
            try GradMode.with(recording: true) {
                let x = inputs[0].requiresGrad ? inputs[0] : inputs[0].requiringGrad()
                let w = inputs[1].requiresGrad ? inputs[1] : inputs[1].requiringGrad()
                let y = try x.batchNormTraining(weight: w).output.tanh()
                let g = try grad(of: (y * outer).sum(), wrt: [x, w], createGraph: true)
                return try g[0] * g[0] + g[1].square().sum()
            }
        }
    }

    func testFusedAndRecordedBackwardPassesAgree() throws {
        var generator = SeededGenerator(seed: 33)
        let x = RandomCases.tensor([6, 4, 7, 7], in: -2...2, using: &generator).requiringGrad()
        let weight = RandomCases.tensor([4], in: 0.5...1.5, using: &generator).requiringGrad()
        let seed = RandomCases.tensor([6, 4, 7, 7], using: &generator)
        let y = try x.batchNormTraining(weight: weight).output
        let fused = try grad(of: y, wrt: [x, weight], seed: seed)
        let recorded = try grad(of: y, wrt: [x, weight], seed: seed, createGraph: true)
        for (f, r) in zip(fused, recorded) {
            assertClose(f, Reference(r.detach()), tolerance: Tolerance(absolute: 1e-4, relative: 1e-4))
        }
    }

    func testSplittingTheBatchAcrossWorkersChangesNoValueBeyondRounding() throws {
        // 8 samples of 8·32·32 values: enough for the kernels to split the batch in two.
        var generator = SeededGenerator(seed: 34)
        let x = RandomCases.tensor([8, 8, 32, 32], in: -2...2, using: &generator).requiringGrad()
        let weight = RandomCases.tensor([8], in: 0.5...1.5, using: &generator).requiringGrad()
        let seed = RandomCases.tensor(x.shape, using: &generator)
        let results = try [1, 2].map { workers in
            try withWorkers(workers) {
                let result = try x.batchNormTraining(weight: weight)
                return [result.output, result.batchMean, result.batchVariance]
                    + (try grad(of: result.output, wrt: [x, weight], seed: seed))
            }
        }
        for (one, two) in zip(results[0], results[1]) {
            assertClose(two, Reference(one), tolerance: Tolerance(absolute: 1e-5, relative: 1e-5))
        }
    }
}
