import TestSupport
import XCTest

@testable import TensorCore

/// avgPool2d and maxPool2d against plain loops; gradients of both orders against finite
/// differences; the gradient of max pooling goes to the first maximum.
final class PoolTests: XCTestCase {
    /// (input shape, kernel, stride): the reference's 2x2/2, overlapping and odd windows, odd
    /// sizes with dropped edges, batch 1.
    let cases: [([Int], Int, Int)] = [
        ([2, 3, 8, 8], 2, 2), ([1, 1, 7, 5], 2, 2), ([2, 2, 7, 9], 3, 2), ([1, 3, 5, 6], 3, 1),
        ([3, 1, 4, 4], 1, 1), ([1, 2, 6, 7], 2, 3), ([2, 1, 9, 9], 4, 4),
    ]

    /// `f` of the values of the window of output `[n, c, i, j]`, in row-major order.
    static func pool(_ x: Reference, kernel k: Int, stride s: Int, _ f: ([Double]) -> Double) -> Reference {
        let (h, w) = (x.shape[2], x.shape[3])
        return Reference(shape: [x.shape[0], x.shape[1], (h - k) / s + 1, (w - k) / s + 1]) { idx in
            f((0..<k).flatMap { a in (0..<k).map { b in x[[idx[0], idx[1], idx[2] * s + a, idx[3] * s + b]] } })
        }
    }

    /// Distinct values (a shuffled ramp spaced 0.05 apart), so no finite-difference step moves
    /// a maximum.
    static func distinctValues(_ shape: [Int], using generator: inout SeededGenerator) -> Tensor {
        let count = shape.reduce(1, *)
        var values = (0..<count).map { Float($0) * 0.05 - Float(count) * 0.025 }
        generator.shuffle(&values)
        return try! Tensor(shape: shape, scalars: values)
    }

    func testAvgPool2dMatchesNaiveLoops() throws {
        var generator = SeededGenerator(seed: 11)
        for (shape, k, s) in cases {
            let x = RandomCases.tensor(shape, using: &generator)
            assertClose(try x.avgPool2d(kernel: k, stride: s),
                        Self.pool(Reference(x), kernel: k, stride: s) { $0.reduce(0, +) / Double($0.count) },
                        "\(shape) kernel \(k) stride \(s)")
        }
    }

    func testMaxPool2dMatchesNaiveLoops() throws {
        var generator = SeededGenerator(seed: 12)
        for (shape, k, s) in cases {
            let x = RandomCases.tensor(shape, using: &generator)
            assertClose(try x.maxPool2d(kernel: k, stride: s), Self.pool(Reference(x), kernel: k, stride: s) { $0.max()! },
                        "\(shape) kernel \(k) stride \(s)")
        }
    }

    func testStrideDefaultsToTheKernel() throws {
        let x = try Tensor(shape: [1, 1, 2, 4], scalars: [1, 2, 3, 4, 5, 6, 7, 9])
        assertEqual(try x.avgPool2d(kernel: 2), shape: [1, 1, 1, 2], [3.5, 5.75])
        assertEqual(try x.maxPool2d(kernel: 2), shape: [1, 1, 1, 2], [6, 9])
    }

    func testMaxPoolGradientGoesToTheFirstMaximumOfEachWindow() throws {
        let x = try Tensor(shape: [1, 1, 2, 4], scalars: [3, 1, 2, 2, 0, 3, 2, 1]).requiringGrad()
        let y = try x.maxPool2d(kernel: 2)
        let dx = try grad(of: y.sum(), wrt: [x])[0]
        assertEqual(dx, shape: [1, 1, 2, 4], [1, 0, 1, 0, 0, 0, 0, 0])
    }

    func testPoolingGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 13)
        for (shape, k, s) in cases where shape.reduce(1, *) <= 200 {
            let x = Self.distinctValues(shape, using: &generator)
            checkGradients([x]) { try $0[0].avgPool2d(kernel: k, stride: s) }
            checkGradients([x]) { try $0[0].maxPool2d(kernel: k, stride: s) }
        }
    }

    /// Second order through the squared pooled values (the adjoint of average pooling is
    /// differentiated by average pooling; max pooling's scatter by a gather).
    func testPoolingSecondOrderGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 14)
        for (shape, k, s) in cases where shape.reduce(1, *) <= 100 {
            let x = Self.distinctValues(shape, using: &generator)
            checkSecondOrderGradients([x]) { try $0[0].avgPool2d(kernel: k, stride: s).square() }
            checkSecondOrderGradients([x], step: 1e-2) { try $0[0].maxPool2d(kernel: k, stride: s).square() }
        }
    }

    func testBadInputThrowsErrorsNamingTheShape() {
        assertThrowsTensorError(mentioning: ["[3, 8, 8]"]) { try Tensor.zeros([3, 8, 8]).avgPool2d(kernel: 2) }
        assertThrowsTensorError(mentioning: ["[1, 1, 2, 8]", "3x3"]) { try Tensor.zeros([1, 1, 2, 8]).maxPool2d(kernel: 3) }
        assertThrowsTensorError(mentioning: ["stride 0"]) { try Tensor.zeros([1, 1, 4, 4]).maxPool2d(kernel: 2, stride: 0) }
    }
}
