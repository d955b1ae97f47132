import TensorCore
import TestSupport
import XCTest

/// Reductions over any axes, with and without keepDims, against the naive reference.
final class ReduceTests: XCTestCase {
    /// Random non-empty axis subsets of a random shape, as (shape, axes) with a seed.
    func forEachAxesCase(_ body: (Tensor, [Int], UInt64) throws -> Void) {
        forEachSeed(Array(1...12)) { generator, seed in
            let shape = RandomCases.shape(maxRank: 4, maxSize: 4, using: &generator)
            let x = RandomCases.tensor(shape, using: &generator)
            let axes = shape.indices.filter { _ in generator.below(2) == 0 }
            try body(x, axes, seed)
        }
    }

    func testSumMeanMaxMinMatchTheReference() {
        forEachAxesCase { x, axes, seed in
            for keep in [false, true] {
                let r = Reference(x)
                let context = "shape \(x.shape) axes \(axes) keepDims \(keep) seed \(seed)"
                assertClose(try x.sum(axes: axes, keepDims: keep), r.reduce(axes: axes, keepDims: keep) { $0.reduce(0, +) }, context)
                assertClose(try x.mean(axes: axes, keepDims: keep),
                            r.reduce(axes: axes, keepDims: keep) { $0.reduce(0, +) / Double($0.count) }, context)
                assertClose(try x.max(axes: axes, keepDims: keep), r.reduce(axes: axes, keepDims: keep) { $0.max()! }, context)
                assertClose(try x.min(axes: axes, keepDims: keep), r.reduce(axes: axes, keepDims: keep) { $0.min()! }, context)
            }
        }
    }

    func testVarianceIsPopulationByDefaultAndBesselCorrectedWhenUnbiased() {
        forEachAxesCase { x, axes, seed in
            let r = Reference(x)
            func variance(_ v: [Double], _ correction: Int) -> Double {
                let mean = v.reduce(0, +) / Double(v.count)
                return v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - correction)
            }
            let context = "shape \(x.shape) axes \(axes) seed \(seed)"
            assertClose(try x.variance(axes: axes), r.reduce(axes: axes, keepDims: false) { variance($0, 0) }, context)
            assertClose(try x.variance(axes: axes, unbiased: true, keepDims: true),
                        r.reduce(axes: axes, keepDims: true) { variance($0, 1) }, context)
        }
    }

    func testNegativeAxesCountFromTheEnd() throws {
        let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        assertEqual(try x.sum(axis: -1), shape: [2], [6, 15])
        assertEqual(try x.sum(axis: 0, keepDims: true), shape: [1, 3], [5, 7, 9])
        assertEqual(try x.sum(), shape: [], [21])
        assertEqual(try x.max(axis: -2), shape: [3], [4, 5, 6])
    }

    func testSumOverAnEmptyAxisIsZeroAndOfAnEmptyTensorIsZero() throws {
        assertEqual(try Tensor.zeros([2, 0]).sum(axis: 1), shape: [2], [0, 0])
        assertEqual(try Tensor.zeros([0]).sum(), shape: [], [0])
    }

    func testArgmaxAndArgminReturnTheFirstExtremeAsFloatIndices() throws {
        let x = try Tensor(shape: [2, 4], scalars: [1, 7, 7, 0, 5, -2, 5, -2])
        assertEqual(try x.argmax(axis: 1), shape: [2], [1, 0])
        assertEqual(try x.argmin(axis: 1), shape: [2], [3, 1])
        assertEqual(try x.argmax(axis: 0, keepDims: true), shape: [1, 4], [1, 0, 0, 0])
    }

    func testArgmaxMatchesTheReference() {
        forEachSeed { generator, seed in
            let shape = RandomCases.shape(maxRank: 3, using: &generator) + [3]
            let x = RandomCases.tensor(shape, using: &generator)
            let axis = generator.below(shape.count)
            let expected = Reference(x).reduce(axes: [axis], keepDims: false) { Double($0.firstIndex(of: $0.max()!)!) }
            assertClose(try x.argmax(axis: axis), expected, "shape \(shape) axis \(axis) seed \(seed)")
        }
    }

    func testReductionGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 31)
        let x = RandomCases.tensor([2, 3, 2], using: &generator)
        for axes in [[0], [1, 2], [0, 2], [0, 1, 2]] {
            checkGradients([x]) { try $0[0].sum(axes: axes) }
            checkGradients([x]) { try $0[0].mean(axes: axes, keepDims: true) }
            checkGradients([x]) { try $0[0].variance(axes: axes, unbiased: true) }
            checkGradients([x]) { try $0[0].max(axes: axes) }
            checkGradients([x]) { try $0[0].min(axes: axes, keepDims: true) }
        }
    }

    func testReductionSecondOrderGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 32)
        let x = RandomCases.tensor([3, 4], using: &generator)
        checkSecondOrderGradients([x]) { try $0[0].sum(axis: 1).square() }
        checkSecondOrderGradients([x]) { try $0[0].mean(axis: 0) * $0[0] }
        checkSecondOrderGradients([x]) { try $0[0].variance(axis: 1) }
        checkSecondOrderGradients([x]) { try $0[0].max(axis: 1).square() * $0[0].sum(axis: 1) }
    }

    func testMaxSharesTheGradientAmongTies() throws {
        let x = Tensor([1, 3, 3, 2]).requiringGrad()
        let g = try grad(of: x.max(), wrt: [x])[0]
        assertEqual(g, shape: [4], [0, 0.5, 0.5, 0])
    }

    func testBadAxesThrow() {
        let x = Tensor.zeros([2, 3])
        assertThrowsTensorError(mentioning: ["sum", "axis 2", "[2, 3]"]) { try x.sum(axis: 2) }
        assertThrowsTensorError(mentioning: ["mean", "twice"]) { try x.mean(axes: [1, -1]) }
        assertThrowsTensorError(mentioning: ["max", "empty"]) { try Tensor.zeros([2, 0]).max(axis: 1) }
        assertThrowsTensorError(mentioning: ["argmax", "axis -3"]) { try x.argmax(axis: -3) }
    }
}
