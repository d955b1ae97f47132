import TensorCore
import TestSupport
import XCTest

/// arange and the random tensor constructors.
final class TensorCreationTests: XCTestCase {
    func testArangeFollowsNumPy() throws {
        assertEqual(try Tensor.arange(0, 5), shape: [5], [0, 1, 2, 3, 4])
        assertEqual(try Tensor.arange(1, 2, step: 0.25), shape: [4], [1, 1.25, 1.5, 1.75])
        assertEqual(try Tensor.arange(3, 0, step: -1), shape: [3], [3, 2, 1])
        assertEqual(try Tensor.arange(2, 1), shape: [0], [])
        assertThrowsTensorError(mentioning: ["arange", "step"]) { try Tensor.arange(0, 1, step: 0) }
    }

    func testRandomTensorsAreReproducibleAndWellDistributed() throws {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        let u = try Tensor.uniform([100, 50], low: -2, high: 3, using: &a)
        XCTAssertEqual(u.scalars, try Tensor.uniform([100, 50], low: -2, high: 3, using: &b).scalars)
        XCTAssertTrue(u.scalars.allSatisfy { $0 >= -2 && $0 < 3 })
        XCTAssertEqual(try u.mean().item(), 0.5, accuracy: 0.05)
        let n = try Tensor.normal([100, 50], mean: 1, std: 2, using: &a)
        XCTAssertEqual(try n.mean().item(), 1, accuracy: 0.08)
        XCTAssertEqual(try n.variance().item().squareRoot(), 2, accuracy: 0.06)
        let p = Tensor.permutation(10, using: &a)
        XCTAssertEqual(p.scalars.sorted(), (0..<10).map(Float.init))
    }

    func testBadRandomArgumentsThrow() {
        var g = SeededGenerator(seed: 1)
        assertThrowsTensorError(mentioning: ["uniform", "low"]) { try Tensor.uniform([2], low: 1, high: 0, using: &g) }
        assertThrowsTensorError(mentioning: ["normal", "std"]) { try Tensor.normal([2], std: -1, using: &g) }
        assertThrowsTensorError(mentioning: ["negative"]) { try Tensor.normal([-2], using: &g) }
    }
}
