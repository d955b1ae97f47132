import NeuralNet
import XCTest

final class LearningRateScheduleTests: XCTestCase {
    func testReferenceDecayDropsTenfoldAfterEpoch151Of300() {
        let schedule = LearningRateSchedule.referenceDecay(epochs: 300)
        XCTAssertEqual(schedule.rate(base: 0.01, epoch: 0, epochs: 301), 0.01)
        XCTAssertEqual(schedule.rate(base: 0.01, epoch: 151, epochs: 301), 0.01)
        XCTAssertEqual(schedule.rate(base: 0.01, epoch: 152, epochs: 301), 0.001, accuracy: 1e-9)
        XCTAssertEqual(schedule.rate(base: 0.01, epoch: 300, epochs: 301), 0.001, accuracy: 1e-9)
        XCTAssertFalse(schedule.rebuildsOptimizer(before: 151))
        XCTAssertTrue(schedule.rebuildsOptimizer(before: 152))
    }

    func testStepScheduleCompoundsItsDecays() {
        let schedule = LearningRateSchedule.step(after: [1, 3], factor: 0.5)
        XCTAssertEqual((0..<6).map { schedule.rate(base: 1, epoch: $0, epochs: 6) }, [1, 1, 0.5, 0.5, 0.25, 0.25])
    }

    func testCosineStartsAtBaseAndApproachesTheMinimum() {
        let schedule = LearningRateSchedule.cosine(minimum: 0.001)
        XCTAssertEqual(schedule.rate(base: 0.1, epoch: 0, epochs: 10), 0.1, accuracy: 1e-7)
        XCTAssertEqual(schedule.rate(base: 0.1, epoch: 5, epochs: 10), 0.0505, accuracy: 1e-6)
        XCTAssertEqual(schedule.rate(base: 0.1, epoch: 10, epochs: 10), 0.001, accuracy: 1e-7)
        XCTAssertFalse(schedule.rebuildsOptimizer(before: 5))
    }

    func testConstantNeverChanges() {
        XCTAssertEqual(LearningRateSchedule.constant.rate(base: 0.3, epoch: 99, epochs: 100), 0.3)
    }
}
