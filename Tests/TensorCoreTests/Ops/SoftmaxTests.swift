import Foundation
import TensorCore
import TestSupport
import XCTest

/// Softmax and log-softmax: values against a Double reference along every axis, stability for
/// huge logits, errors, and first- and second-order gradients.
final class SoftmaxTests: XCTestCase {
    func testSoftmaxMatchesTheReferenceAlongEveryAxis() {
        forEachSeed { generator, seed in
            let x = RandomCases.tensor([3, 4, 5], in: -4...4, using: &generator)
            for axis in [0, 1, 2, -1, -3] {
                let expected = referenceSoftmax(Reference(x), axis: (axis + 3) % 3, log: false)
                assertClose(try x.softmax(axis: axis), expected, "axis \(axis), seed \(seed)")
            }
        }
    }

    func testLogSoftmaxMatchesTheReferenceAlongEveryAxis() {
        forEachSeed { generator, seed in
            let x = RandomCases.tensor([2, 3, 1, 4], in: -4...4, using: &generator)
            for axis in 0..<4 {
                let expected = referenceSoftmax(Reference(x), axis: axis, log: true)
                assertClose(try x.logSoftmax(axis: axis), expected, "axis \(axis), seed \(seed)")
            }
        }
    }

    func testSoftmaxSlicesSumToOne() throws {
        var generator = SeededGenerator(seed: 3)
        let x = RandomCases.tensor([5, 7], in: -10...10, using: &generator)
        let sums = try x.softmax(axis: 0).sum(axis: 0)
        assertClose(sums, Reference(shape: [7], values: Array(repeating: 1, count: 7)))
    }

    func testSoftmaxIsStableForHugeLogits() throws {
        let x = try Tensor(shape: [2, 3], scalars: [1000, 1001, 1002, -1000, -1000, -3000])
        let e2 = exp(-2.0), e1 = exp(-1.0)
        let total = 1 + e1 + e2
        assertClose(
            try x.softmax(axis: 1),
            Reference(shape: [2, 3], values: [e2 / total, e1 / total, 1 / total, 0.5, 0.5, 0]))
        let logs = try x.logSoftmax(axis: 1)
        XCTAssertEqual(Double(logs.scalars[5]), -2000 - log(2.0), accuracy: 1e-3, "finite where softmax underflows")
        XCTAssertEqual(Double(logs.scalars[2]), -log(total), accuracy: 1e-5)
    }

    func testSoftmaxOfAnEmptyTensorIsEmpty() throws {
        XCTAssertEqual(try Tensor.zeros([0, 3]).softmax(axis: 1).shape, [0, 3])
        XCTAssertEqual(try Tensor.zeros([2, 0]).logSoftmax(axis: 1).shape, [2, 0])
    }

    func testSoftmaxRejectsAnAxisOutOfRange() {
        assertThrowsTensorError(mentioning: ["axis 2", "[3, 4]"]) { try Tensor.zeros([3, 4]).softmax(axis: 2) }
        assertThrowsTensorError(mentioning: ["axis -3", "[3, 4]"]) { try Tensor.zeros([3, 4]).logSoftmax(axis: -3) }
        assertThrowsTensorError(mentioning: ["[]"]) { try Tensor(1).softmax() }
    }

    func testSoftmaxGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 11)
        let x = RandomCases.tensor([3, 4], in: -2...2, using: &generator)
        checkGradients([x]) { try $0[0].softmax(axis: 1) }
        checkGradients([x]) { try $0[0].softmax(axis: 0) }
        checkGradients([x]) { try $0[0].logSoftmax(axis: 1) }
        let strided = RandomCases.tensor([2, 3, 2], in: -2...2, using: &generator)
        checkGradients([strided]) { try $0[0].logSoftmax(axis: 1) }
    }

    func testSoftmaxSecondOrderGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 12)
        let x = RandomCases.tensor([3, 4], in: -2...2, using: &generator)
        checkSecondOrderGradients([x]) { try $0[0].softmax(axis: 1) }
        checkSecondOrderGradients([x]) { try $0[0].logSoftmax(axis: 0) }
    }
}
