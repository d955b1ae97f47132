import TensorCore
import TestSupport
import XCTest

/// Comparisons give 0/1 masks; `where` and `maskedFill` select and route gradients.
final class CompareTests: XCTestCase {
    func testComparisonsGiveMasksWithBroadcasting() throws {
        let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let t = Tensor([2, 5, 3])
        assertEqual(try x.greater(t), shape: [2, 3], [0, 0, 0, 1, 0, 1])
        assertEqual(try x.greaterEqual(t), shape: [2, 3], [0, 0, 1, 1, 1, 1])
        assertEqual(try x.less(t), shape: [2, 3], [1, 1, 0, 0, 0, 0])
        assertEqual(try x.lessEqual(t), shape: [2, 3], [1, 1, 1, 0, 1, 0])
        assertEqual(try x.equal(t), shape: [2, 3], [0, 0, 1, 0, 1, 0])
        assertEqual(try x.notEqual(t), shape: [2, 3], [1, 1, 0, 1, 0, 1])
        assertEqual(try x.greater(3), shape: [2, 3], [0, 0, 0, 1, 1, 1])
        assertEqual(try x.lessEqual(2), shape: [2, 3], [1, 1, 0, 0, 0, 0])
        assertEqual(try x.equal(4), shape: [2, 3], [0, 0, 0, 1, 0, 0])
    }

    func testComparisonsAreConstants() throws {
        let x = Tensor([1, -1]).requiringGrad()
        XCTAssertFalse(try x.greater(0).requiresGrad)
    }

    func testWhereSelectsWithBroadcastingAndMatchesTheReference() throws {
        forEachSeed { generator, seed in
            let (sa, sb) = RandomCases.broadcastPair(using: &generator)
            let a = RandomCases.tensor(sa, using: &generator)
            let b = RandomCases.tensor(sb, using: &generator)
            let maskSource = RandomCases.tensor(sb, using: &generator)
            let mask = try maskSource.greater(0)
            let expected = Reference.zip(Reference.zip(Reference(mask), Reference(a)) { $0 != 0 ? $1 : .nan }, Reference(b)) {
                $0.isNaN ? $1 : $0
            }
            assertClose(try Tensor.where(mask, a, b), expected, "seed \(seed)")
        }
    }

    func testWhereRoutesGradientsToTheSelectedOperand() throws {
        var generator = SeededGenerator(seed: 2)
        let a = RandomCases.tensor([2, 3], using: &generator)
        let b = RandomCases.tensor([3], using: &generator)
        let mask = try RandomCases.tensor([2, 1], using: &generator).greater(0)
        checkGradients([a, b]) { try Tensor.where(mask, $0[0], $0[1]) }
        checkSecondOrderGradients([a, b]) { try Tensor.where(mask, $0[0].square(), $0[1] * $0[1]) }
    }

    func testMaskedFillWritesTheValueWhereTheMaskIsSet() throws {
        let x = try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]).requiringGrad()
        let mask = Tensor([1, 0])
        let y = try x.maskedFill(mask, with: -9)
        assertEqual(y, shape: [2, 2], [-9, 2, -9, 4])
        let g = try grad(of: y.sum(), wrt: [x])[0]
        assertEqual(g, shape: [2, 2], [0, 1, 0, 1])
    }

    func testMaskedFillRejectsAMaskThatWouldGrowTheTensor() {
        assertThrowsTensorError(mentioning: ["maskedFill", "[2, 2]", "[2]"]) {
            try Tensor.zeros([2]).maskedFill(Tensor.ones([2, 2]), with: 0)
        }
    }
}
