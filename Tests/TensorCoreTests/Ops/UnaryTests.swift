import Foundation
import TensorCore
import TestSupport
import XCTest

/// Elementwise functions of one tensor against Double references and finite differences.
final class UnaryTests: XCTestCase {
    typealias Op = (name: String, tensor: (Tensor) throws -> Tensor, reference: (Double) -> Double)

    let ops: [Op] = [
        ("exp", { try $0.exp() }, { Foundation.exp($0) }),
        ("log", { try $0.abs().log() }, { Foundation.log(Swift.abs($0)) }),
        ("sqrt", { try $0.abs().sqrt() }, { Swift.abs($0).squareRoot() }),
        ("pow 3", { try $0.pow(3) }, { $0 * $0 * $0 }),
        ("pow 2", { try $0.pow(2) }, { $0 * $0 }),
        ("pow -1", { try $0.pow(-1) }, { 1 / $0 }),
        ("pow 0.5 of |x|", { try $0.abs().pow(0.5) }, { Swift.abs($0).squareRoot() }),
        ("pow 1.5 of |x|", { try $0.abs().pow(1.5) }, { Foundation.pow(Swift.abs($0), 1.5) }),
        ("square", { try $0.square() }, { $0 * $0 }),
        ("abs", { try $0.abs() }, { Swift.abs($0) }),
        ("clamp", { try $0.clamp(min: -0.5, max: 0.3) }, { Swift.min(Swift.max($0, -0.5), 0.3) }),
        ("relu", { try $0.relu() }, { Swift.max($0, 0) }),
        ("leakyRelu", { try $0.leakyRelu(slope: 0.2) }, { $0 > 0 ? $0 : 0.2 * $0 }),
        ("sigmoid", { try $0.sigmoid() }, { 1 / (1 + Foundation.exp(-$0)) }),
        ("tanh", { try $0.tanh() }, { Foundation.tanh($0) }),
    ]

    func testUnaryOpsMatchTheReference() {
        forEachSeed { generator, seed in
            let shape = RandomCases.shape(allowEmpty: true, using: &generator)
            let x = RandomCases.tensorAwayFromZero(shape, using: &generator)
            for op in ops {
                assertClose(try op.tensor(x), Reference(x).map(op.reference), tolerance: Tolerance(absolute: 1e-6, relative: 1e-5),
                            "\(op.name) on \(shape), seed \(seed)")
            }
        }
    }

    func testUnaryOpsHaveCorrectFirstOrderGradients() {
        var generator = SeededGenerator(seed: 21)
        let x = RandomCases.tensorAwayFromZero([2, 3], margin: 0.2, using: &generator)
        for op in ops {
            checkGradients([x], tolerance: .firstOrder) { try op.tensor($0[0]) }
        }
    }

    func testSmoothUnaryOpsHaveCorrectSecondOrderGradients() {
        var generator = SeededGenerator(seed: 22)
        let x = RandomCases.tensorAwayFromZero([2, 3], margin: 0.3, using: &generator)
        for op in ops where !["abs", "clamp", "relu", "leakyRelu"].contains(op.name) {
            checkSecondOrderGradients([x]) { try op.tensor($0[0]) }
        }
    }

    func testReluAndLeakyReluHaveCorrectSecondOrderGradientsAwayFromTheKink() {
        var generator = SeededGenerator(seed: 23)
        let x = RandomCases.tensorAwayFromZero([3, 4], margin: 0.1, using: &generator)
        let w = RandomCases.tensor([3, 4], using: &generator)
        checkSecondOrderGradients([x]) { try $0[0].relu() }
        checkSecondOrderGradients([x]) { try $0[0].leakyRelu(slope: 0.1) }
        checkSecondOrderGradients([x, w]) { try ($0[0] * $0[1]).relu() * $0[0] }
        checkSecondOrderGradients([x, w]) { try ($0[0] * $0[1]).leakyRelu(slope: 0.2).square() }
    }

    func testPowerWithATensorExponentMatchesTheReferenceAndDifferentiatesInBoth() throws {
        var generator = SeededGenerator(seed: 24)
        let base = RandomCases.tensor([2, 3], in: 0.5...2, using: &generator)
        let exponent = RandomCases.tensor([3], in: -1.5...1.5, using: &generator)
        assertClose(try base.pow(exponent), Reference.zip(Reference(base), Reference(exponent), Foundation.pow))
        checkGradients([base, exponent]) { try $0[0].pow($0[1]) }
        checkSecondOrderGradients([base, exponent]) { try $0[0].pow($0[1]) }
    }

    func testClampRejectsAnEmptyInterval() {
        assertThrowsTensorError(mentioning: ["clamp", "swap"]) { try Tensor.zeros([2]).clamp(min: 1, max: 0) }
    }
}
