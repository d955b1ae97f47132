import TensorCore
import TestSupport
import XCTest

/// Norms and the dot product.
final class NormsTests: XCTestCase {
    func testNormsAndDotMatchTheReference() throws {
        var generator = SeededGenerator(seed: 1)
        let x = RandomCases.tensor([3, 4], using: &generator), y = RandomCases.tensor([3, 4], using: &generator)
        assertClose(try x.norm(axes: [1]), Reference(x).reduce(axes: [1], keepDims: false) { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() })
        assertClose(try x.l2Norm(), Reference(shape: [], values: [Reference(x).values.reduce(0) { $0 + $1 * $1 }.squareRoot()]))
        assertClose(try Tensor.dot(x, y), Reference(shape: [], values: [zip(Reference(x).values, Reference(y).values).reduce(0) { $0 + $1.0 * $1.1 }]))
    }

    func testNormGradientsOfFirstAndSecondOrder() {
        var generator = SeededGenerator(seed: 2)
        let x = RandomCases.tensorAwayFromZero([2, 3], using: &generator), y = RandomCases.tensor([2, 3], using: &generator)
        checkGradients([x]) { try $0[0].norm(axes: [0], keepDims: true) }
        checkGradients([x, y]) { try Tensor.dot($0[0], $0[1]) }
        checkSecondOrderGradients([x]) { try $0[0].l2Norm() }
        checkSecondOrderGradients([x, y]) { try Tensor.dot($0[0], $0[1]).square() }
    }

    func testDotOfDifferentShapesThrows() {
        assertThrowsTensorError(mentioning: ["dot", "[2]", "[3]"]) { try Tensor.dot(Tensor.zeros([2]), Tensor.zeros([3])) }
    }
}
