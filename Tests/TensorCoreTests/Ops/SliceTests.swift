import TensorCore
import TestSupport
import XCTest

/// Slices and padding, each the other's adjoint.
final class SliceTests: XCTestCase {
    func testSliceTakesTheBlockOfTheReference() {
        forEachSeed(Array(1...10)) { generator, seed in
            let shape = RandomCases.shape(maxRank: 4, maxSize: 5, using: &generator)
            let x = RandomCases.tensor(shape, using: &generator)
            let starts = shape.map { generator.below($0 + 1) }
            let sizes = zip(shape, starts).map { generator.below($0 - $1 + 1) }
            let expected = Reference(shape: sizes) { index in Reference(x)[zip(index, starts).map(+)] }
            assertClose(try x.slice(starts: starts, sizes: sizes), expected, "shape \(shape) at \(starts) size \(sizes), seed \(seed)")
        }
    }

    func testNarrowAndRangeSliceAlongOneAxis() throws {
        let x = try Tensor.arange(0, 12).reshape([3, 4])
        assertEqual(try x.slice(axis: 1, 1..<3), shape: [3, 2], [1, 2, 5, 6, 9, 10])
        assertEqual(try x.narrow(axis: 0, start: -1, length: 1), shape: [1, 4], [8, 9, 10, 11])
        assertEqual(try x.narrow(axis: 0, start: 1, length: 0), shape: [0, 4], [])
    }

    func testPadSurroundsWithTheValue() throws {
        let x = try Tensor(shape: [1, 2], scalars: [1, 2])
        assertEqual(try x.pad(before: [1, 0], after: [0, 2], value: -1), shape: [2, 4], [-1, -1, -1, -1, 1, 2, -1, -1])
        var generator = SeededGenerator(seed: 4)
        let y = RandomCases.tensor([2, 1, 3], using: &generator)
        let padded = try y.pad(before: [0, 2, 1], after: [1, 0, 1])
        let expected = Reference(shape: [3, 3, 5]) { i in
            i[0] < 2 && i[1] >= 2 && (1...3).contains(i[2]) ? Reference(y)[[i[0], i[1] - 2, i[2] - 1]] : 0
        }
        assertClose(padded, expected)
    }

    func testSliceAndPadDifferentiateIntoEachOther() {
        var generator = SeededGenerator(seed: 5)
        let x = RandomCases.tensor([3, 4], using: &generator)
        checkGradients([x]) { try $0[0].slice(starts: [1, 1], sizes: [2, 2]) }
        checkGradients([x]) { try $0[0].pad(before: [1, 0], after: [0, 2], value: 3) }
        checkSecondOrderGradients([x]) { try $0[0].narrow(axis: 1, start: 1, length: 2).square() }
        checkSecondOrderGradients([x]) { try $0[0].pad(before: [0, 1], after: [1, 1]).square() }
    }

    func testOutOfRangeSlicesAndBadPaddingThrow() {
        let x = Tensor.zeros([3, 4])
        assertThrowsTensorError(mentioning: ["slice", "[3, 4]"]) { try x.slice(starts: [2, 0], sizes: [2, 4]) }
        assertThrowsTensorError(mentioning: ["slice", "one start"]) { try x.slice(starts: [0], sizes: [1]) }
        assertThrowsTensorError(mentioning: ["narrow", "axis 1", "[3, 4]"]) { try x.narrow(axis: 1, start: 3, length: 2) }
        assertThrowsTensorError(mentioning: ["narrow", "axis 2"]) { try x.slice(axis: 2, 0..<1) }
        assertThrowsTensorError(mentioning: ["pad", "[3, 4]"]) { try x.pad(before: [0, -1], after: [0, 0]) }
    }
}
