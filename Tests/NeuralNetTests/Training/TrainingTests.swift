import Datasets
import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// `train`, `evaluate` and `evaluateSet` on small Gaussian-mixture sets.
final class TrainingTests: XCTestCase {
    /// A training and a test set of tiny 1x8x8 "images" in `classes` well-separated classes.
    private func imageSets(classes: Int = 3, seed: UInt64 = 1) throws -> (train: LabeledSet, test: LabeledSet) {
        var generator = SeededGenerator(seed: seed)
        let mixture = try GaussianMixture(classCount: classes, sampleShape: [1, 8, 8], separation: 6, using: &generator)
        return (try mixture.sample(perClass: 20, using: &generator), try mixture.sample(perClass: 30, using: &generator))
    }

    private func tinyConvNet(norm: Norm = .instance, classes: Int = 3) throws -> Network {
        try Network.convNet(inputShape: [1, 8, 8], classCount: classes, width: 8, depth: 2, norm: norm)
    }

    func testAnMLPLearnsAGaussianMixture() throws {
        var generator = SeededGenerator(seed: 7)
        let mixture = try GaussianMixture(classCount: 4, sampleShape: [10], separation: 5, using: &generator)
        let (train, test) = (try mixture.sample(perClass: 50, using: &generator), try mixture.sample(perClass: 100, using: &generator))
        let model = try Network.mlp(inputShape: [10], classCount: 4)
        let before = try evaluate(model, model.initialParameters(using: &generator), on: test).accuracy
        let trained = try NeuralNet.train(
            model, on: train, settings: TrainingSettings(epochs: 30, batchSize: 32, learningRate: 0.05), using: &generator)
        let after = try evaluate(model, trained.parameters, on: test)
        XCTAssertGreaterThan(after.accuracy, 0.9, "accuracy before training was \(before)")
        XCTAssertLessThan(trained.history.last!.loss, trained.history.first!.loss)
        XCTAssertEqual(trained.history.count, 30)
    }

    func testSameSeedGivesBitIdenticalParametersAfterTraining() throws {
        let (train, _) = try imageSets()
        let model = try tinyConvNet()
        let settings = TrainingSettings(epochs: 2, batchSize: 16, learningRate: 0.05)
        let jitter: BatchAugmentation = { images, generator in
            try images + Tensor.normal(images.shape, std: 0.1, using: &generator)
        }
        func run(seed: UInt64) throws -> [Float] {
            var generator = SeededGenerator(seed: seed)
            return try NeuralNet.train(model, on: train, settings: settings, augmentation: jitter, using: &generator)
                .parameters.flattened().scalars
        }
        let first = try run(seed: 3)
        XCTAssertEqual(first, try run(seed: 3))
        XCTAssertNotEqual(first, try run(seed: 4))
    }

    func testAugmentationSeesEveryBatchOnce() throws {
        let (train, _) = try imageSets()
        var shapes: [[Int]] = []
        var generator = SeededGenerator(seed: 1)
        _ = try NeuralNet.train(
            tinyConvNet(), on: train, settings: TrainingSettings(epochs: 2, batchSize: 25),
            augmentation: { images, _ in
                shapes.append(images.shape)
                return images
            }, using: &generator)
        XCTAssertEqual(shapes, [[25, 1, 8, 8], [25, 1, 8, 8], [10, 1, 8, 8], [25, 1, 8, 8], [25, 1, 8, 8], [10, 1, 8, 8]])
    }

    func testHistoryRecordsTheScheduledLearningRate() throws {
        let (train, _) = try imageSets()
        var generator = SeededGenerator(seed: 1)
        let settings = TrainingSettings(epochs: 4, batchSize: 64, learningRate: 0.1, schedule: .step(after: [1], factor: 0.1))
        let result = try NeuralNet.train(tinyConvNet(), on: train, settings: settings, using: &generator)
        let expected: [Float] = [0.1, 0.1, 0.01, 0.01]
        for (rate, want) in zip(result.history.map(\.learningRate), expected) { XCTAssertEqual(rate, want, accuracy: 1e-8) }
    }

    func testBatchNormModelsCarryTheirRunningStatisticsOut() throws {
        let (train, test) = try imageSets()
        let model = try tinyConvNet(norm: .batch)
        var generator = SeededGenerator(seed: 2)
        let result = try NeuralNet.train(
            model, on: train, settings: TrainingSettings(epochs: 15, batchSize: 20, learningRate: 0.05), using: &generator)
        XCTAssertNotEqual(try result.state.buffers.flattened().scalars, try model.initialState().buffers.flattened().scalars)
        XCTAssertGreaterThan(try evaluate(model, result.parameters, state: result.state, on: test).accuracy, 0.8)
    }

    func testCancellationStopsTraining() throws {
        let (train, _) = try imageSets()
        var generator = SeededGenerator(seed: 1)
        var batches = 0
        let progress = ProgressContext(isCancelled: {
            batches += 1
            return batches > 2
        })
        XCTAssertThrowsError(
            try NeuralNet.train(tinyConvNet(), on: train, settings: TrainingSettings(epochs: 5, batchSize: 10), using: &generator, progress: progress)
        ) { XCTAssertTrue($0 is WorkCancelled, "\($0)") }
        XCTAssertEqual(batches, 3)
    }

    func testEvaluationCountsEverySampleInTheConfusionMatrix() throws {
        let (train, test) = try imageSets()
        let model = try tinyConvNet()
        var generator = SeededGenerator(seed: 5)
        let trained = try NeuralNet.train(
            model, on: train, settings: TrainingSettings(epochs: 10, batchSize: 16, learningRate: 0.05), using: &generator)
        let result = try evaluate(model, trained.parameters.requiringGrad(), on: test, batchSize: 7)
        XCTAssertEqual(result.confusion.flatMap { $0 }.reduce(0, +), 90)
        XCTAssertEqual(result.confusion.map { $0.reduce(0, +) }, [30, 30, 30])
        let diagonal = (0..<3).map { result.confusion[$0][$0] }
        XCTAssertEqual(result.accuracy, Double(diagonal.reduce(0, +)) / 90, accuracy: 1e-12)
        XCTAssertEqual(result.perClassAccuracy, diagonal.map { Double($0) / 30 })
        XCTAssertGreaterThan(result.accuracy, 0.8)
    }

    func testMismatchedSetsAreErrorsThatNameTheShapes() throws {
        let (train, _) = try imageSets()
        var generator = SeededGenerator(seed: 1)
        let wrongShape = try Network.convNet(inputShape: [1, 28, 28], classCount: 3, width: 4)
        XCTAssertThrowsError(try NeuralNet.train(wrongShape, on: train, settings: TrainingSettings(epochs: 1), using: &generator)) {
            XCTAssertTrue("\($0)".contains("[1, 8, 8]"), "\($0)")
        }
        XCTAssertThrowsError(try NeuralNet.train(tinyConvNet(classes: 2), on: train, settings: TrainingSettings(epochs: 1), using: &generator))
        XCTAssertThrowsError(try NeuralNet.train(tinyConvNet(), on: train, settings: TrainingSettings(epochs: 0), using: &generator))
    }

    func testEvaluateSetTrainsEachModelAfreshAndSummarises() throws {
        let (train, test) = try imageSets()
        var events: [ProgressEvent] = []
        let evaluation = EvaluationProtocol(name: "test", training: TrainingSettings(epochs: 3, batchSize: 32), modelCount: 3)
        var generator = SeededGenerator(seed: 9)
        let result = try evaluateSet(
            train, model: tinyConvNet(), test: test, evaluation: evaluation, using: &generator,
            progress: ProgressContext(report: { events.append($0) }))
        XCTAssertEqual(result.accuracies.count, 3)
        let mean = result.accuracies.reduce(0, +) / 3
        XCTAssertEqual(result.mean, mean, accuracy: 1e-12)
        XCTAssertEqual(result.standardDeviation, (result.accuracies.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(events.map(\.step), Array(1...9))
        XCTAssertEqual(Set(events.map(\.total)), [9])
    }

    func testReferenceProtocolsRunOneEpochMoreThanNominal() {
        let dc = EvaluationProtocol.dc()
        XCTAssertEqual(dc.training.epochs, 301)
        XCTAssertEqual(dc.training.batchSize, 256)
        XCTAssertEqual(dc.training.learningRate, 0.01)
        XCTAssertEqual(dc.training.optimizer, .sgd(momentum: 0.9, weightDecay: 5e-4))
        XCTAssertEqual(dc.training.schedule, .step(after: [151], factor: 0.1))
        XCTAssertNil(dc.augmentation)
        XCTAssertEqual(EvaluationProtocol.dsa(augmentation: { x, _ in x }).training.epochs, 1001)
    }
}
