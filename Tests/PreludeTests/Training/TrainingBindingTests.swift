import CellLanguage
import XCTest

/// Training in cells: `train` with progress, `evaluate`, `features`, `losses`, `predict` and
/// the evaluation protocol, on a small synthetic image set that a ConvNet learns in seconds.
final class TrainingBindingTests: XCTestCase {
    private let setup = """
        let data = gaussianMixture(classes: 3, shape: [1, 8, 8], train: 40, test: 20, separation: 6)
        let net = ConvNet(width: 8, depth: 2, inputShape: [1, 8, 8], classCount: 3)
        """

    func testTrainingLearnsReportsProgressPerEpochAndRepeatsWithTheSeed() {
        let code = setup + "\nlet trained = train(net, on: data.train, epochs: 3, batchSize: 16, learningRate: 0.05)\nprint(trained.losses)"
        let session = PreludeSession(seed: 1)
        let losses = session.printed(code)
        XCTAssertEqual(session.host.events.map(\.step), [1, 2, 3])
        XCTAssertEqual(session.host.events.last?.metrics.map(\.name), ["loss", "acc"])
        XCTAssertEqual(PreludeSession(seed: 1).printed(code), losses)
        let values = losses.dropFirst().dropLast().split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        XCTAssertEqual(values.count, 3)
        XCTAssertLessThan(values[2], values[0])
        XCTAssertEqual(session.run("trained").result?.hasPrefix("TrainedModel ConvNet, 3 epochs: loss "), true)
    }

    func testEvaluationFeaturesLossesAndPredictionsCoverEverySample() {
        let session = PreludeSession(seed: 2)
        session.run(setup + "\nlet trained = train(net, on: data.train, epochs: 4, batchSize: 16, learningRate: 0.05)")
        let printed = session.printed("""
            let result = evaluate(trained, on: data.test)
            print(result.accuracy > 0.8, result.count, result.confusion.count, result.confusion.map { $0.reduce(0, +) })
            print(features(trained, of: data.test).shape, losses(trained, on: data.test).shape, trained.predict(data.test).count, trained(data.test.images).shape)
            """)
        XCTAssertEqual(printed, "true 60 3 [20, 20, 20]\n[60, 72] [60] 60 [60, 3]")
    }

    func testTheEvaluationProtocolTrainsSeveralNetworks() {
        let session = PreludeSession(seed: 3)
        XCTAssertEqual(session.printed(setup + """

            let verdict = evaluateSet(data.train, model: net, test: data.test, epochs: 2, models: 2)
            print(verdict.accuracies.count, verdict.mean >= 0, verdict.std >= 0)
            """), "2 true true")
        XCTAssertEqual(session.host.events.last?.total, 6)
    }

    func testAugmentTransformsEveryImageKeepsTheLabelsAndRepeatsWithTheSeed() {
        let code = setup + """

            let changed = [augment(data.train), augment(data.train, with: .cropFlip)]
            for a in changed {
                let moved = (a.images - data.train.images).abs().flatten(from: 1).sum(axis: 1).scalars.filter { $0 > 0 }.count
                print(a.count, a.labels == data.train.labels, a.sampleShape, moved > 60)
            }
            print(augment(data.train).images.sum().item())
            """
        let printed = PreludeSession(seed: 4).printed(code)
        let lines = printed.split(separator: "\n")
        XCTAssertEqual(Array(lines.prefix(2)), ["120 true [1, 8, 8] true", "120 true [1, 8, 8] true"])
        XCTAssertEqual(PreludeSession(seed: 4).printed(code), printed)
        XCTAssertNotEqual(PreludeSession(seed: 5).printed(code), printed)
        let session = PreludeSession()
        session.run(setup)
        XCTAssertEqual(session.failure("augment(data.train, with: .mixup)")?.message,
                       "unknown augmentation .mixup; use one of .dsa, .cropFlip")
    }

    func testTrainingStopsBetweenBatchesWhenTheCellIsInterrupted() {
        let session = PreludeSession()
        session.run(setup)
        let started = Date()
        let error = session.failure("train(net, on: data.train, epochs: 500, batchSize: 8)", timeout: 0.3)
        XCTAssertEqual(error?.message, "cell timed out after 0.3 seconds")
        XCTAssertLessThan(session.host.events.count, 500)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testBadTrainingOptionsAreNamed() {
        let session = PreludeSession()
        session.run(setup)
        XCTAssertEqual(session.failure("train(net, on: data.train, epochs: 1, optimizer: .rmsprop)")?.message,
                       "unknown optimizer .rmsprop; use one of .sgd, .adam")
        XCTAssertEqual(session.failure("train(net, on: FashionMNIST(split: .test).prefix(4), epochs: 1)")?.message,
                       "train: the samples have shape [1, 28, 28] but ConvNet takes [1, 8, 8]")
    }
}
