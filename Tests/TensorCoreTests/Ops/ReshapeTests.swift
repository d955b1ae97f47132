import TensorCore
import TestSupport
import XCTest

/// reshape, flatten, squeeze and unsqueeze keep the values in order and move gradients back.
final class ReshapeTests: XCTestCase {
    func testReshapeInfersOneSize() throws {
        let x = try Tensor.arange(0, 12)
        assertEqual(try x.reshape([3, -1]), shape: [3, 4], x.scalars)
        assertEqual(try x.reshape([-1, 2, 2]), shape: [3, 2, 2], x.scalars)
        assertEqual(try Tensor.zeros([0, 3]).reshape([-1, 3]), shape: [0, 3], [])
    }

    func testFlattenSqueezeUnsqueeze() throws {
        let x = Tensor.ones([2, 1, 3, 1])
        XCTAssertEqual(try x.flatten().shape, [6])
        XCTAssertEqual(try x.flatten(from: 2).shape, [2, 1, 3])
        XCTAssertEqual(try x.squeeze().shape, [2, 3])
        XCTAssertEqual(try x.squeeze(axis: -1).shape, [2, 1, 3])
        XCTAssertEqual(try x.unsqueeze(axis: 0).shape, [1, 2, 1, 3, 1])
        XCTAssertEqual(try x.unsqueeze(axis: -1).shape, [2, 1, 3, 1, 1])
        XCTAssertEqual(try Tensor(3).flatten().shape, [1])
    }

    func testReshapeGradientsFlowBack() {
        var generator = SeededGenerator(seed: 51)
        let x = RandomCases.tensor([2, 3], using: &generator)
        checkGradients([x]) { try $0[0].reshape([3, 2]).square() }
        checkSecondOrderGradients([x]) { try $0[0].flatten().unsqueeze(axis: 0).square() }
    }

    func testBadReshapesThrowNamingBothShapes() {
        let x = Tensor.zeros([2, 3])
        assertThrowsTensorError(mentioning: ["reshape", "[2, 3]", "[4, 2]"]) { try x.reshape([4, 2]) }
        assertThrowsTensorError(mentioning: ["reshape", "[2, 3]", "[-1, 4]"]) { try x.reshape([-1, 4]) }
        assertThrowsTensorError(mentioning: ["one -1"]) { try x.reshape([-1, -1]) }
        assertThrowsTensorError(mentioning: ["squeeze", "size 3"]) { try x.squeeze(axis: 1) }
        assertThrowsTensorError(mentioning: ["unsqueeze", "axis 4"]) { try x.unsqueeze(axis: 4) }
    }
}
