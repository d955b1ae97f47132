import TensorCore
import TestSupport
import XCTest

/// Arithmetic with broadcasting: values against the naive reference, gradients against finite
/// differences, errors that name both shapes.
final class ArithmeticTests: XCTestCase {
    typealias Op = (name: String, tensor: (Tensor, Tensor) throws -> Tensor, reference: (Double, Double) -> Double)

    let ops: [Op] = [
        ("add", { try $0 + $1 }, { $0 + $1 }),
        ("subtract", { try $0 - $1 }, { $0 - $1 }),
        ("multiply", { try $0 * $1 }, { $0 * $1 }),
        ("divide", { try $0 / $1 }, { $0 / $1 }),
        ("maximum", { try Tensor.maximum($0, $1) }, { Swift.max($0, $1) }),
        ("minimum", { try Tensor.minimum($0, $1) }, { Swift.min($0, $1) }),
    ]

    func testBinaryOpsMatchTheReferenceOnBroadcastCornerCases() throws {
        var generator = SeededGenerator(seed: 11)
        for (sa, sb) in RandomCases.broadcastPairs {
            let a = RandomCases.tensor(sa, using: &generator)
            let b = RandomCases.tensorAwayFromZero(sb, using: &generator)
            for op in ops {
                assertClose(try op.tensor(a, b), Reference.zip(Reference(a), Reference(b), op.reference),
                            "\(op.name) \(sa) with \(sb)")
            }
        }
    }

    func testBinaryOpsMatchTheReferenceOnRandomBroadcastShapes() {
        forEachSeed(Array(1...20)) { generator, seed in
            let (sa, sb) = RandomCases.broadcastPair(using: &generator)
            let a = RandomCases.tensor(sa, using: &generator)
            let b = RandomCases.tensorAwayFromZero(sb, using: &generator)
            for op in ops {
                assertClose(try op.tensor(a, b), Reference.zip(Reference(a), Reference(b), op.reference),
                            "\(op.name) \(sa) with \(sb), seed \(seed)")
            }
        }
    }

    func testLongBroadcastRunsMatchTheReference() throws {
        var generator = SeededGenerator(seed: 3)
        let a = RandomCases.tensor([3, 1, 70], using: &generator)
        let b = RandomCases.tensor([4, 1], using: &generator)
        assertClose(try a * b, Reference.zip(Reference(a), Reference(b), *))
        assertClose(try b - a, Reference.zip(Reference(b), Reference(a), -))
    }

    func testScalarOperandsWorkOnEitherSide() throws {
        let x = try Tensor(shape: [2, 2], scalars: [1, 2, 4, 8])
        assertEqual(try x + 1, shape: [2, 2], [2, 3, 5, 9])
        assertEqual(try 1 + x, shape: [2, 2], [2, 3, 5, 9])
        assertEqual(try x - 1, shape: [2, 2], [0, 1, 3, 7])
        assertEqual(try 10 - x, shape: [2, 2], [9, 8, 6, 2])
        assertEqual(try x * 2, shape: [2, 2], [2, 4, 8, 16])
        assertEqual(try 2 * x, shape: [2, 2], [2, 4, 8, 16])
        assertEqual(try x / 2, shape: [2, 2], [0.5, 1, 2, 4])
        assertEqual(try 8 / x, shape: [2, 2], [8, 4, 2, 1])
        assertEqual(try -x, shape: [2, 2], [-1, -2, -4, -8])
    }

    func testGradientsOfBinaryOpsSumOverBroadcastAxes() {
        var generator = SeededGenerator(seed: 5)
        for (sa, sb) in [([2, 3], [3]), ([2, 1], [1, 3]), ([], [2, 2]), ([3, 1, 2], [4, 1])] {
            let a = RandomCases.tensorAwayFromZero(sa, using: &generator)
            let b = RandomCases.tensorAwayFromZero(sb, using: &generator)
            for op in ops {
                checkGradients([a, b]) { try op.tensor($0[0], $0[1]) }
            }
        }
    }

    func testGradientsOfScalarOperands() {
        var generator = SeededGenerator(seed: 6)
        let x = RandomCases.tensorAwayFromZero([2, 3], using: &generator)
        checkGradients([x]) { try 3 - $0[0] * 2 + 1 }
        checkGradients([x]) { try 2 / $0[0] - $0[0] / 4 }
        checkGradients([x]) { try -$0[0] }
    }

    func testSecondOrderGradientsOfProductAndQuotient() {
        var generator = SeededGenerator(seed: 7)
        let a = RandomCases.tensorAwayFromZero([2, 3], margin: 0.5, using: &generator)
        let b = RandomCases.tensorAwayFromZero([3], margin: 0.5, using: &generator)
        checkSecondOrderGradients([a, b]) { try $0[0] * $0[1] * $0[0] }
        checkSecondOrderGradients([a, b]) { try $0[0] / $0[1] }
        checkSecondOrderGradients([a]) { try 2 / $0[0] }
    }

    func testMismatchedShapesThrowNamingBothShapes() {
        let a = Tensor.zeros([2, 3]), b = Tensor.zeros([4])
        assertThrowsTensorError(mentioning: ["add", "[2, 3]", "[4]"]) { try a + b }
        assertThrowsTensorError(mentioning: ["multiply", "[2, 3]", "[4]"]) { try a * b }
        assertThrowsTensorError(mentioning: ["maximum", "[2, 3]", "[4]"]) { try Tensor.maximum(a, b) }
    }
}
