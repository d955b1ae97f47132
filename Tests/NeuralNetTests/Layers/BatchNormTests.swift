import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// Batch norm in training and inference mode, with its running statistics kept in the state.
final class BatchNormTests: XCTestCase {
    private let layer = BatchNorm(channels: 2)

    private func initial() throws -> (Parameters, ModelState) {
        var generator = SeededGenerator(seed: 0)
        var parameters = ParameterBuilder(), state = ParameterBuilder()
        try layer.declareParameters(in: &parameters, scope: "bn", using: &generator)
        try layer.declareState(in: &state, scope: "bn")
        return (try parameters.build(), ModelState(buffers: try state.build()))
    }

    /// Per-channel mean and biased variance of `[N, C, H, W]` values, in Double.
    private func channelStatistics(_ x: Tensor, channel c: Int) -> (mean: Double, variance: Double, count: Int) {
        let (n, channels, plane) = (x.shape[0], x.shape[1], x.shape[2] * x.shape[3])
        let values = (0..<n).flatMap { i in (0..<plane).map { Double(x.scalars[(i * channels + c) * plane + $0]) } }
        let mean = values.reduce(0, +) / Double(values.count)
        return (mean, values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count), values.count)
    }

    func testTrainingModeNormalisesByBatchStatisticsAndUpdatesRunningOnes() throws {
        var generator = SeededGenerator(seed: 3)
        let x = try Tensor.normal([4, 2, 3, 3], mean: 2, std: 3, using: &generator)
        let (parameters, state) = try initial()
        let context = LayerContext(parameters: parameters, state: state, mode: .training)
        let y = try layer.forward(x, in: context, scope: "bn")
        for c in 0..<2 {
            let out = channelStatistics(y, channel: c)
            XCTAssertEqual(out.mean, 0, accuracy: 1e-5)
            XCTAssertEqual(out.variance, 1, accuracy: 1e-3)
            // PyTorch: running = 0.9·running + 0.1·batch, with the unbiased batch variance.
            let batch = channelStatistics(x, channel: c)
            let unbiased = batch.variance * Double(batch.count) / Double(batch.count - 1)
            XCTAssertEqual(Double(try context.state.buffers.tensor(named: "bn.runningMean").scalars[c]), 0.1 * batch.mean, accuracy: 1e-5)
            XCTAssertEqual(
                Double(try context.state.buffers.tensor(named: "bn.runningVariance").scalars[c]), 0.9 + 0.1 * unbiased, accuracy: 1e-4)
        }
    }

    func testInferenceModeUsesRunningStatisticsAndLeavesThemAlone() throws {
        let (parameters, initialState) = try initial()
        let state = ModelState(
            buffers: try initialState.buffers.replacing("bn.runningMean", with: Tensor([1, -1]))
                .replacing("bn.runningVariance", with: Tensor([4, 0.25])))
        let x = try Tensor(shape: [1, 2, 1, 2], scalars: [3, 5, 0, -1])
        let context = LayerContext(parameters: parameters, state: state, mode: .inference)
        let y = try layer.forward(x, in: context, scope: "bn")
        let s0 = (4 + 1e-5 as Double).squareRoot(), s1 = (0.25 + 1e-5 as Double).squareRoot()
        assertClose(y, Reference(shape: [1, 2, 1, 2], values: [2 / s0, 4 / s0, 1 / s1, 0]))
        XCTAssertEqual(try context.state.buffers.tensor(named: "bn.runningMean").scalars, [1, -1])
    }

    func testTrainingAndInferenceDifferOnTheSameBatch() throws {
        var generator = SeededGenerator(seed: 8)
        let model = try Network.named("ConvNetBN", inputShape: [1, 8, 8], classCount: 3)
        let parameters = try model.initialParameters(using: &generator)
        let x = try Tensor.normal([4, 1, 8, 8], mean: 1, std: 2, using: &generator)
        var state = try model.initialState()
        let training = try model(x, parameters, state: &state, mode: .training)
        XCTAssertNotEqual(try state.buffers.flattened().scalars, try model.initialState().buffers.flattened().scalars)
        let frozen = state
        let inference = try model(x, parameters, state: &state, mode: .inference)
        XCTAssertEqual(try state.buffers.flattened().scalars, try frozen.buffers.flattened().scalars)
        XCTAssertEqual(training.shape, inference.shape)
        XCTAssertNotEqual(training.scalars, inference.scalars)
    }

    func testMissingStateIsAnErrorThatSaysWhatToPass() throws {
        let (parameters, _) = try initial()
        let context = LayerContext(parameters: parameters, state: .empty, mode: .inference)
        XCTAssertThrowsError(try layer.forward(Tensor.zeros([2, 2, 1, 1]), in: context, scope: "bn")) { error in
            XCTAssertTrue("\(error)".contains("initialState"), "\(error)")
        }
    }
}
