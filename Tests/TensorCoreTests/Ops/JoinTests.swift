import TensorCore
import TestSupport
import XCTest

/// concat and stack.
final class JoinTests: XCTestCase {
    func testConcatJoinsAlongAnyAxisLikeTheReference() {
        forEachSeed(Array(1...8)) { generator, seed in
            let shape = RandomCases.shape(maxRank: 3, using: &generator) + [2]
            let axis = generator.below(shape.count)
            let parts = (0..<3).map { _ -> Tensor in
                var s = shape
                s[axis] = generator.below(3)
                return RandomCases.tensor(s, using: &generator)
            }
            var outShape = shape
            outShape[axis] = parts.reduce(0) { $0 + $1.shape[axis] }
            let expected = Reference(shape: outShape) { index in
                var i = index
                for p in parts {
                    if i[axis] < p.shape[axis] { return Reference(p)[i] }
                    i[axis] -= p.shape[axis]
                }
                return .nan
            }
            assertClose(try Tensor.concat(parts, axis: axis), expected, "axis \(axis) seed \(seed)")
        }
    }

    func testStackAddsANewAxis() throws {
        let a = Tensor([1, 2]), b = Tensor([3, 4])
        assertEqual(try Tensor.stack([a, b]), shape: [2, 2], [1, 2, 3, 4])
        assertEqual(try Tensor.stack([a, b], axis: 1), shape: [2, 2], [1, 3, 2, 4])
        assertEqual(try Tensor.stack([a, b], axis: -1), shape: [2, 2], [1, 3, 2, 4])
    }

    func testJoinGradients() {
        var generator = SeededGenerator(seed: 2)
        let a = RandomCases.tensor([2, 3], using: &generator)
        let b = RandomCases.tensor([2, 1], using: &generator)
        checkGradients([a, b]) { try Tensor.concat([$0[0], $0[1], $0[0]], axis: 1) }
        checkGradients([a]) { try Tensor.stack([$0[0], $0[0].square()], axis: 1) }
        checkSecondOrderGradients([a, b]) { try Tensor.concat([$0[0], $0[1]], axis: -1).square() }
    }

    func testMismatchedPartsThrowNamingBothShapes() {
        assertThrowsTensorError(mentioning: ["concat", "[2, 3]", "[3, 3]"]) {
            try Tensor.concat([Tensor.zeros([2, 3]), Tensor.zeros([3, 3])], axis: 1)
        }
        assertThrowsTensorError(mentioning: ["stack", "[2]", "[3]"]) { try Tensor.stack([Tensor.zeros([2]), Tensor.zeros([3])]) }
        assertThrowsTensorError(mentioning: ["concat", "at least one"]) { try Tensor.concat([], axis: 0) }
    }
}
