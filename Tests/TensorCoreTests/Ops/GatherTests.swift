import TensorCore
import TestSupport
import XCTest

/// indexSelect/indexAdd and gather/scatterAdd: values, adjointness, gradients of all orders.
final class GatherTests: XCTestCase {
    func testIndexSelectTakesSlicesInOrderWithRepeats() throws {
        var generator = SeededGenerator(seed: 1)
        let x = RandomCases.tensor([3, 4, 2], using: &generator)
        let indices = [3, 0, 3]
        let expected = Reference(shape: [3, 3, 2]) { i in Reference(x)[[i[0], indices[i[1]], i[2]]] }
        assertClose(try x.indexSelect(axis: 1, indices: indices), expected)
        XCTAssertEqual(try x.indexSelect(axis: 0, indices: []).shape, [0, 4, 2])
    }

    func testIndexAddAccumulatesRepeatedIndices() throws {
        let base = Tensor.zeros([3, 2])
        let source = try Tensor(shape: [3, 2], scalars: [1, 2, 3, 4, 5, 6])
        assertEqual(try base.indexAdd(axis: 0, indices: [2, 0, 2], source), shape: [3, 2], [3, 4, 0, 0, 6, 8])
    }

    func testGatherTakesOneElementPerPosition() throws {
        let logits = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let labels = try Tensor(shape: [2, 1], scalars: [2, 0])
        assertEqual(try logits.gather(axis: 1, indices: labels), shape: [2, 1], [3, 4])
        let columns = try Tensor(shape: [2, 3], scalars: [1, 0, 1, 0, 0, 1])
        assertEqual(try logits.gather(axis: 0, indices: columns), shape: [2, 3], [4, 2, 6, 1, 2, 6])
    }

    func testScatterAddIsTheAdjointOfGather() throws {
        var generator = SeededGenerator(seed: 2)
        let x = RandomCases.tensor([3, 4], using: &generator)
        let indices = try Tensor(shape: [3, 2], scalars: [0, 3, 1, 1, 2, 0])
        let y = RandomCases.tensor([3, 2], using: &generator)
        let lhs = try Tensor.dot(x.gather(axis: 1, indices: indices), y).item()
        let rhs = try Tensor.dot(x, Tensor.zeros([3, 4]).scatterAdd(axis: 1, indices: indices, y)).item()
        XCTAssertEqual(lhs, rhs, accuracy: 1e-5)
    }

    func testSelectionGradientsOfFirstAndSecondOrder() throws {
        var generator = SeededGenerator(seed: 3)
        let x = RandomCases.tensor([3, 4], using: &generator)
        let source = RandomCases.tensor([3, 2], using: &generator)
        let indices = try Tensor(shape: [3, 2], scalars: [0, 3, 1, 1, 2, 0])
        checkGradients([x]) { try $0[0].indexSelect(axis: 1, indices: [2, 2, 0]) }
        checkGradients([x, source]) { try $0[0].indexAdd(axis: 1, indices: [3, 3], $0[1]) }
        checkGradients([x]) { try $0[0].gather(axis: 1, indices: indices) }
        checkGradients([x, source]) { try $0[0].scatterAdd(axis: 1, indices: indices, $0[1]) }
        checkSecondOrderGradients([x]) { try $0[0].indexSelect(axis: 0, indices: [1, 1]).square() }
        checkSecondOrderGradients([x, source]) { try $0[0].scatterAdd(axis: 1, indices: indices, $0[1].square()).square() }
    }

    func testBadIndicesThrow() throws {
        let x = Tensor.zeros([2, 3])
        assertThrowsTensorError(mentioning: ["indexSelect", "index 3", "[2, 3]"]) { try x.indexSelect(axis: 1, indices: [0, 3]) }
        assertThrowsTensorError(mentioning: ["indexAdd", "[2, 3]", "[2, 2]"]) { try x.indexAdd(axis: 1, indices: [0], Tensor.zeros([2, 2])) }
        assertThrowsTensorError(mentioning: ["gather", "whole numbers"]) { try x.gather(axis: 1, indices: Tensor.full([2, 1], 0.5)) }
        assertThrowsTensorError(mentioning: ["gather", "[2, 3]", "[3, 1]"]) { try x.gather(axis: 1, indices: Tensor.zeros([3, 1])) }
    }
}
