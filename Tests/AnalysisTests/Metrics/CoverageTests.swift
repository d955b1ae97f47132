@testable import Analysis
import TensorCore
import TestSupport
import XCTest

/// SelMatch coverage on points on a line, where every distance is known by hand.
final class CoverageTests: XCTestCase {
    let training = TestData.matrix([[0], [1], [3]])
    let synthetic = TestData.matrix([[0], [10]])
    let reference = TestData.matrix([[0.5], [1], [1.5], [2], [9], [12]])

    func testTheRadiusIsTheMeanNearestNeighbourDistanceAmongTrainingPoints() throws {
        // Nearest-neighbour distances 1, 1, 2; second-nearest 3, 2, 3.
        XCTAssertEqual(try Coverage.radius(of: training), 4.0 / 3, accuracy: 1e-6)
        XCTAssertEqual(try Coverage.radius(of: training, statistic: .median), 1, accuracy: 1e-6)
        XCTAssertEqual(try Coverage.radius(of: training, neighbour: 2), 8.0 / 3, accuracy: 1e-6)
    }

    func testAPointIsCoveredWhenWithinTheRadiusBoundaryIncluded() throws {
        let coverage = try Coverage(of: reference, by: synthetic, radius: 1)
        XCTAssertEqual(coverage.nearestDistances, [0.5, 1, 1.5, 2, 1, 2])
        XCTAssertEqual(coverage.covered, [true, true, false, false, true, false])
        XCTAssertEqual(coverage.fraction, 0.5)
        XCTAssertEqual(try Coverage(of: reference, by: synthetic, radius: 2).fraction, 1)
        XCTAssertEqual(try Coverage(of: reference, by: synthetic, radius: 0.4).fraction, 0)
    }

    func testEasyAndHardHalvesAreCoveredSeparately() throws {
        let coverage = try Coverage(of: reference, by: synthetic, radius: 1)
        // Hardest half by score: points 5 (7), 3 (6), 1 (5); covered: no, no, yes.
        let split = try coverage.split(by: [0, 5, 1, 6, 2, 7])
        XCTAssertEqual(split.hard, 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(split.easy, 2.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(split.hardCount, 3)
        XCTAssertEqual(split.easyCount, 3)
        XCTAssertEqual(try coverage.split(by: [0, 5, 1, 6, 2, 7], .threshold(4.5)), split)
    }

    func testTiedScoresCountTheLowerIndexAsHarderAndAnEmptyGroupIsNaN() throws {
        let coverage = try Coverage(of: reference, by: synthetic, radius: 1)
        let tied = try coverage.split(by: [1, 1, 1, 1, 1, 1], .hardestFraction(1.0 / 3))
        XCTAssertEqual(tied.hardCount, 2)
        XCTAssertEqual(tied.hard, 1, "points 0 and 1 are both covered")
        let none = try coverage.split(by: [1, 1, 1, 1, 1, 1], .threshold(5))
        XCTAssertTrue(none.hard.isNaN)
        XCTAssertEqual(none.easy, 0.5)
    }

    func testBadInputIsAnErrorThatSaysWhatToDo() throws {
        assertThrowsTensorError(mentioning: ["radius"]) { try Coverage(of: reference, by: synthetic, radius: -1) }
        let coverage = try Coverage(of: reference, by: synthetic, radius: 1)
        assertThrowsTensorError(mentioning: ["2 difficulty scores", "6 reference points"]) { try coverage.split(by: [1, 2]) }
        assertThrowsTensorError(mentioning: ["[0, 1]"]) { try coverage.split(by: [1, 2, 3, 4, 5, 6], .hardestFraction(2)) }
    }
}
