@testable import Analysis
import Foundation
import TensorCore
import TestSupport
import XCTest

/// MMD with a Gaussian kernel: hand-computable cases and a direct Double computation.
final class MMDTests: XCTestCase {
    func k(_ d: Double, _ sigma: Double = 1) -> Double { exp(-d * d / (2 * sigma * sigma)) }

    func testOnePointEachWithAFixedBandwidth() throws {
        let mmd = try MMD(between: TestData.matrix([[0]]), and: TestData.matrix([[1]]), bandwidth: .fixed(1), estimator: .biased)
        XCTAssertEqual(mmd.squared, 2 - 2 * k(1), accuracy: 1e-6)
        XCTAssertEqual(mmd.value, (2 - 2 * k(1)).squareRoot(), accuracy: 1e-6)
        XCTAssertEqual(mmd.bandwidth, 1)
    }

    func testTwoPointsEachByHand() throws {
        // x = {0, 1}, y = {0, 3}: k(0,1) = e^{-1/2}, k(0,3) = e^{-9/2}, k(1,3) = e^{-2}.
        let x = TestData.matrix([[0], [1]]), y = TestData.matrix([[0], [3]])
        let xy = (1 + k(3) + k(1) + k(2)) / 4
        let unbiased = try MMD(between: x, and: y, bandwidth: .fixed(1), estimator: .unbiased)
        XCTAssertEqual(unbiased.squared, k(1) + k(3) - 2 * xy, accuracy: 1e-6)
        let biased = try MMD(between: x, and: y, bandwidth: .fixed(1), estimator: .biased)
        XCTAssertEqual(biased.squared, (2 + 2 * k(1)) / 4 + (2 + 2 * k(3)) / 4 - 2 * xy, accuracy: 1e-6)
    }

    func testTheMedianHeuristicIsTheMedianPooledDistance() throws {
        // Pooled {0, 1, 0, 3}: pair distances 1, 0, 3, 1, 2, 3 → median (1 + 2) / 2.
        let mmd = try MMD(between: TestData.matrix([[0], [1]]), and: TestData.matrix([[0], [3]]))
        XCTAssertEqual(mmd.bandwidth, 1.5, accuracy: 1e-9)
        XCTAssertEqual(mmd.estimator, .unbiased)
        let xy = (1 + k(3, 1.5) + k(1, 1.5) + k(2, 1.5)) / 4
        XCTAssertEqual(mmd.squared, k(1, 1.5) + k(3, 1.5) - 2 * xy, accuracy: 1e-6)
    }

    func testMatchesADirectComputationOnRandomSamples() throws {
        var generator = SeededGenerator(seed: 4)
        let x = RandomCases.tensor([300, 5], using: &generator)
        let y = RandomCases.tensor([200, 5], in: -0.5...1.5, using: &generator)
        let sigma = 0.8
        func sum(_ a: Tensor, _ b: Tensor, skipDiagonal: Bool) -> Double {
            var s = 0.0
            for i in 0..<a.shape[0] {
                for j in 0..<b.shape[0] where !(skipDiagonal && i == j) { s += k(TestData.distance(a, i, b, j), sigma) }
            }
            return s
        }
        let (xx, yy, xy) = (sum(x, x, skipDiagonal: true), sum(y, y, skipDiagonal: true), sum(x, y, skipDiagonal: false))
        let unbiased = xx / (300 * 299) + yy / (200 * 199) - 2 * xy / (300 * 200)
        let biased = (xx + 300) / (300 * 300) + (yy + 200) / (200 * 200) - 2 * xy / (300 * 200)
        XCTAssertEqual(try MMD(between: x, and: y, bandwidth: .fixed(sigma)).squared, unbiased, accuracy: 1e-5)
        XCTAssertEqual(try MMD(between: x, and: y, bandwidth: .fixed(sigma), estimator: .biased).squared, biased, accuracy: 1e-5)
    }

    func testIsSymmetricAndGrowsWithTheShift() throws {
        var generator = SeededGenerator(seed: 5)
        let x = RandomCases.tensor([150, 3], using: &generator)
        let near = RandomCases.tensor([150, 3], using: &generator)
        let far = try RandomCases.tensor([150, 3], using: &generator) + 1
        let xy = try MMD(between: x, and: far, bandwidth: .fixed(1))
        let yx = try MMD(between: far, and: x, bandwidth: .fixed(1))
        XCTAssertEqual(xy.squared, yx.squared, accuracy: 1e-9)
        XCTAssertLessThan(try MMD(between: x, and: near, bandwidth: .fixed(1)).squared, 0.01)
        XCTAssertGreaterThan(xy.squared, 0.1)
    }

    func testBadInputIsAnErrorThatSaysWhatToDo() {
        let one = TestData.matrix([[0, 0]]), two = TestData.matrix([[0, 0], [1, 1]])
        assertThrowsTensorError(mentioning: ["at least 2"]) { try MMD(between: one, and: two) }
        assertThrowsTensorError(mentioning: [".fixed"]) { try MMD(between: two, and: two, bandwidth: .fixed(0)) }
        let same = TestData.matrix([[1, 1], [1, 1]])
        assertThrowsTensorError(mentioning: ["coincide", ".fixed"]) { try MMD(between: same, and: same) }
        assertThrowsTensorError(mentioning: ["same feature space"]) { try MMD(between: two, and: TestData.matrix([[0], [1]])) }
    }
}
