import TensorCore
import TestSupport
import XCTest

/// permute and transpose reorder axes like the reference and differentiate by the inverse.
final class PermuteTests: XCTestCase {
    func testPermuteMatchesTheReferenceOnRandomShapes() {
        forEachSeed(Array(1...10)) { generator, seed in
            let shape = RandomCases.shape(maxRank: 4, allowEmpty: true, using: &generator)
            let axes = generator.permutation(shape.count)
            let x = RandomCases.tensor(shape, using: &generator)
            assertClose(try x.permute(axes), Reference(x).permuted(axes), "shape \(shape) axes \(axes) seed \(seed)")
        }
    }

    func testTransposeOfAMatrixAndOfTwoAxes() throws {
        let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        assertEqual(try x.transpose(), shape: [3, 2], [1, 4, 2, 5, 3, 6])
        let y = try Tensor.arange(0, 24).reshape([2, 3, 4])
        assertClose(try y.transpose(0, -1), Reference(y).permuted([2, 1, 0]))
    }

    func testLargeTransposeMatchesTheReference() throws {
        var generator = SeededGenerator(seed: 2)
        let x = RandomCases.tensor([37, 53], using: &generator)
        assertClose(try x.transpose(), Reference(x).permuted([1, 0]))
        let batch = RandomCases.tensor([3, 19, 21], using: &generator)
        assertClose(try batch.transpose(1, 2), Reference(batch).permuted([0, 2, 1]))
        let square = RandomCases.tensor([64, 64], using: &generator)
        assertClose(try square.transpose(), Reference(square).permuted([1, 0]))
    }

    func testPermuteGradients() {
        var generator = SeededGenerator(seed: 3)
        let x = RandomCases.tensor([2, 3, 2], using: &generator)
        checkGradients([x]) { try $0[0].permute([2, 0, 1]) }
        checkSecondOrderGradients([x]) { try $0[0].permute([1, 2, 0]).square() }
    }

    func testBadPermutationsThrow() {
        let x = Tensor.zeros([2, 3])
        assertThrowsTensorError(mentioning: ["permute", "[0, 0]", "[2, 3]"]) { try x.permute([0, 0]) }
        assertThrowsTensorError(mentioning: ["permute", "axis 2"]) { try x.permute([0, 2]) }
        assertThrowsTensorError(mentioning: ["transpose", "rank 2", "[2, 3, 1]"]) { try Tensor.zeros([2, 3, 1]).transpose() }
    }
}
