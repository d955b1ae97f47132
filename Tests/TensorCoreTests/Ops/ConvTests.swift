import TestSupport
import XCTest

@testable import TensorCore

/// conv2d, convTranspose2d and conv2dWeightGradient against plain loops, their gradients against
/// finite differences, and the errors they raise.
final class ConvTests: XCTestCase {
    /// One convolution shape: input [n, c, h, w], weight [o, c, kh, kw], stride, padding.
    struct Case: CustomStringConvertible {
        let n, c, h, w, o, kh, kw, stride, padding: Int
        var input: [Int] { [n, c, h, w] }
        var weight: [Int] { [o, c, kh, kw] }
        var outHeight: Int { (h + 2 * padding - kh) / stride + 1 }
        var outWidth: Int { (w + 2 * padding - kw) / stride + 1 }
        var output: [Int] { [n, o, outHeight, outWidth] }
        var description: String { "input \(input) weight \(weight) stride \(stride) padding \(padding)" }
    }

    /// Odd sizes, batch 1, strides, paddings, 1x1 and non-square kernels; the direct kernel
    /// (C * kh * kw <= 32) and im2col + GEMM, with chunks of several images.
    let cases: [Case] = [
        Case(n: 1, c: 1, h: 5, w: 5, o: 1, kh: 3, kw: 3, stride: 1, padding: 0),
        Case(n: 2, c: 1, h: 28, w: 28, o: 8, kh: 3, kw: 3, stride: 1, padding: 3),
        Case(n: 3, c: 3, h: 7, w: 9, o: 5, kh: 3, kw: 3, stride: 2, padding: 1),
        Case(n: 2, c: 4, h: 6, w: 5, o: 6, kh: 3, kw: 3, stride: 1, padding: 1),
        Case(n: 1, c: 5, h: 8, w: 8, o: 3, kh: 1, kw: 1, stride: 1, padding: 0),
        Case(n: 3, c: 8, h: 9, w: 7, o: 7, kh: 3, kw: 2, stride: 3, padding: 2),
        Case(n: 5, c: 16, h: 4, w: 4, o: 9, kh: 3, kw: 3, stride: 1, padding: 1),
        Case(n: 2, c: 1, h: 11, w: 13, o: 6, kh: 5, kw: 5, stride: 2, padding: 2),
        Case(n: 1, c: 2, h: 3, w: 3, o: 4, kh: 3, kw: 3, stride: 1, padding: 2),
    ]

    // MARK: Naive references

    /// `x[n, c, i * s - p + a, j * s - p + b]`, or nil outside the image.
    static func tap(_ x: Reference, _ n: Int, _ c: Int, _ i: Int, _ j: Int, _ a: Int, _ b: Int, _ s: Int, _ p: Int) -> Double? {
        let (iy, ix) = (i * s - p + a, j * s - p + b)
        guard iy >= 0, iy < x.shape[2], ix >= 0, ix < x.shape[3] else { return nil }
        return x[[n, c, iy, ix]]
    }

    static func conv2d(_ x: Reference, _ w: Reference, _ b: Reference?, _ k: Case) -> Reference {
        Reference(shape: k.output) { idx in
            var acc = b?[[idx[1]]] ?? 0
            for c in 0..<k.c { for a in 0..<k.kh { for bb in 0..<k.kw {
                if let v = tap(x, idx[0], c, idx[2], idx[3], a, bb, k.stride, k.padding) { acc += v * w[[idx[1], c, a, bb]] }
            } } }
            return acc
        }
    }

    /// The input gradient of conv2d: each input element collects the outputs it contributed to.
    static func convTranspose2d(_ gy: Reference, _ w: Reference, _ k: Case) -> Reference {
        var dx = Reference(shape: k.input, values: [Double](repeating: 0, count: k.input.reduce(1, *)))
        for idx in Reference.indices(of: k.output) {
            for c in 0..<k.c { for a in 0..<k.kh { for bb in 0..<k.kw {
                let (iy, ix) = (idx[2] * k.stride - k.padding + a, idx[3] * k.stride - k.padding + bb)
                guard iy >= 0, iy < k.h, ix >= 0, ix < k.w else { continue }
                let flat = ((idx[0] * k.c + c) * k.h + iy) * k.w + ix
                dx.values[flat] += gy[idx] * w[[idx[1], c, a, bb]]
            } } }
        }
        return dx
    }

    /// The weight gradient: each weight collects input times output gradient over its uses.
    static func weightGradient(_ x: Reference, _ gy: Reference, _ k: Case) -> Reference {
        var dw = Reference(shape: k.weight, values: [Double](repeating: 0, count: k.weight.reduce(1, *)))
        for idx in Reference.indices(of: k.output) {
            for c in 0..<k.c { for a in 0..<k.kh { for bb in 0..<k.kw {
                guard let v = tap(x, idx[0], c, idx[2], idx[3], a, bb, k.stride, k.padding) else { continue }
                dw.values[((idx[1] * k.c + c) * k.kh + a) * k.kw + bb] += v * gy[idx]
            } } }
        }
        return dw
    }

    // MARK: Forward values

    func testConv2dMatchesNaiveLoops() throws {
        var generator = SeededGenerator(seed: 1)
        for k in cases {
            let x = RandomCases.tensor(k.input, using: &generator)
            let w = RandomCases.tensor(k.weight, using: &generator)
            let b = RandomCases.tensor([k.o], using: &generator)
            assertClose(try x.conv2d(w, bias: b, stride: k.stride, padding: k.padding),
                        Self.conv2d(Reference(x), Reference(w), Reference(b), k), "\(k)")
            assertClose(try x.conv2d(w, stride: k.stride, padding: k.padding),
                        Self.conv2d(Reference(x), Reference(w), nil, k), "\(k), no bias")
        }
    }

    func testConvTranspose2dIsTheInputGradientOfConv2d() throws {
        var generator = SeededGenerator(seed: 2)
        for k in cases {
            let gy = RandomCases.tensor(k.output, using: &generator)
            let w = RandomCases.tensor(k.weight, using: &generator)
            let extraRows = k.h - ((k.outHeight - 1) * k.stride - 2 * k.padding + k.kh)
            let extraColumns = k.w - ((k.outWidth - 1) * k.stride - 2 * k.padding + k.kw)
            let dx = try gy.convTranspose2d(w, stride: k.stride, padding: k.padding, extraRows: extraRows, extraColumns: extraColumns)
            assertClose(dx, Self.convTranspose2d(Reference(gy), Reference(w), k), "\(k)")
            if extraRows == extraColumns {
                assertClose(try gy.convTranspose2d(w, stride: k.stride, padding: k.padding, outputPadding: extraRows),
                            Self.convTranspose2d(Reference(gy), Reference(w), k), "\(k), public form")
            }
        }
    }

    func testConv2dWeightGradientCorrelatesInputWithOutputGradient() throws {
        var generator = SeededGenerator(seed: 3)
        for k in cases {
            let x = RandomCases.tensor(k.input, using: &generator)
            let gy = RandomCases.tensor(k.output, using: &generator)
            let dw = try x.conv2dWeightGradient(
                outputGradient: gy, kernelHeight: k.kh, kernelWidth: k.kw, stride: k.stride, padding: k.padding)
            assertClose(dw, Self.weightGradient(Reference(x), Reference(gy), k), tolerance: Tolerance(absolute: 1e-4, relative: 1e-4), "\(k)")
        }
    }

    /// Small chunks and two workers split the batch differently; the values must not change.
    func testChunkingAndWorkerSplitsDoNotChangeResults() throws {
        let savedBudget = ConvGeometry.columnBudget, savedWorkers = Workers.count
        defer { ConvGeometry.columnBudget = savedBudget; Workers.count = savedWorkers }
        let k = Case(n: 7, c: 6, h: 6, w: 5, o: 4, kh: 3, kw: 3, stride: 1, padding: 1)
        var generator = SeededGenerator(seed: 4)
        let x = RandomCases.tensor(k.input, using: &generator), w = RandomCases.tensor(k.weight, using: &generator)
        let gy = RandomCases.tensor(k.output, using: &generator)
        for (budget, workers) in [(54 * 30 * 2, 2), (54 * 30 * 3, 1), (54 * 30, 2), (1 << 20, 2)] {
            ConvGeometry.columnBudget = budget
            Workers.count = workers
            let context = "\(k), budget \(budget), workers \(workers)"
            assertClose(try x.conv2d(w, padding: 1), Self.conv2d(Reference(x), Reference(w), nil, k), context)
            assertClose(try gy.convTranspose2d(w, padding: 1), Self.convTranspose2d(Reference(gy), Reference(w), k), context)
            assertClose(try x.conv2dWeightGradient(outputGradient: gy, kernelHeight: 3, kernelWidth: 3, padding: 1),
                        Self.weightGradient(Reference(x), Reference(gy), k), tolerance: Tolerance(absolute: 1e-4, relative: 1e-4), context)
        }
    }

    func testAnEmptyBatchGivesEmptyOutputsAndZeroWeightGradient() throws {
        let x = Tensor.zeros([0, 2, 5, 5]), w = Tensor.ones([3, 2, 3, 3])
        XCTAssertEqual(try x.conv2d(w).shape, [0, 3, 3, 3])
        let dw = try x.conv2dWeightGradient(outputGradient: Tensor.zeros([0, 3, 3, 3]), kernelHeight: 3, kernelWidth: 3)
        assertEqual(dw, shape: [3, 2, 3, 3], [Float](repeating: 0, count: 54))
    }

    // MARK: Gradients

    /// Small cases for finite differences: direct kernel, GEMM kernel, stride and odd sizes.
    let gradientCases: [Case] = [
        Case(n: 2, c: 1, h: 4, w: 5, o: 3, kh: 3, kw: 3, stride: 1, padding: 1),
        Case(n: 1, c: 4, h: 5, w: 4, o: 2, kh: 3, kw: 3, stride: 2, padding: 1),
        Case(n: 2, c: 3, h: 5, w: 6, o: 2, kh: 2, kw: 3, stride: 1, padding: 0),
    ]

    func testConv2dGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 5)
        for k in gradientCases {
            let inputs = [k.input, k.weight, [k.o]].map { RandomCases.tensor($0, using: &generator) }
            checkGradients(inputs) { try $0[0].conv2d($0[1], bias: $0[2], stride: k.stride, padding: k.padding) }
        }
    }

    func testConvTranspose2dAndWeightGradientHaveGradients() {
        var generator = SeededGenerator(seed: 6)
        for k in gradientCases {
            let gy = RandomCases.tensor(k.output, using: &generator), w = RandomCases.tensor(k.weight, using: &generator)
            let x = RandomCases.tensor(k.input, using: &generator)
            let (rows, columns) = (k.h - ((k.outHeight - 1) * k.stride - 2 * k.padding + k.kh),
                                   k.w - ((k.outWidth - 1) * k.stride - 2 * k.padding + k.kw))
            checkGradients([gy, w]) {
                try $0[0].convTranspose2d($0[1], stride: k.stride, padding: k.padding, extraRows: rows, extraColumns: columns)
            }
            checkGradients([x, gy]) {
                try $0[0].conv2dWeightGradient(
                    outputGradient: $0[1], kernelHeight: k.kh, kernelWidth: k.kw, stride: k.stride, padding: k.padding)
            }
        }
    }

    /// The gradient of a function of conv2d's gradient (gradient matching's case): the squared
    /// output makes every second derivative non-zero.
    func testConv2dSecondOrderGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 7)
        for k in gradientCases {
            let inputs = [k.input, k.weight, [k.o]].map { RandomCases.tensor($0, in: -0.5...0.5, using: &generator) }
            checkSecondOrderGradients(inputs) {
                try $0[0].conv2d($0[1], bias: $0[2], stride: k.stride, padding: k.padding).square()
            }
        }
    }

    // MARK: Errors

    func testBadShapesThrowErrorsNamingBothShapes() {
        let x = Tensor.zeros([2, 3, 8, 8])
        assertThrowsTensorError(mentioning: ["[2, 3, 8, 8]", "[4, 2, 3, 3]"]) { try x.conv2d(Tensor.zeros([4, 2, 3, 3])) }
        assertThrowsTensorError(mentioning: ["[3, 8, 8]"]) { try Tensor.zeros([3, 8, 8]).conv2d(Tensor.zeros([4, 3, 3, 3])) }
        assertThrowsTensorError(mentioning: ["[4, 3, 3, 3]", "[5]"]) { try x.conv2d(Tensor.zeros([4, 3, 3, 3]), bias: Tensor.zeros([5])) }
        assertThrowsTensorError(mentioning: ["[2, 3, 8, 8]", "[4, 3, 9, 9]"]) { try x.conv2d(Tensor.zeros([4, 3, 9, 9])) }
        assertThrowsTensorError(mentioning: ["stride 0"]) { try x.conv2d(Tensor.zeros([4, 3, 3, 3]), stride: 0) }
        assertThrowsTensorError(mentioning: ["outputPadding 2"]) {
            try Tensor.zeros([2, 4, 4, 4]).convTranspose2d(Tensor.zeros([4, 3, 3, 3]), stride: 2, outputPadding: 2)
        }
        assertThrowsTensorError(mentioning: ["[2, 3, 8, 8]", "[2, 4, 5, 5]"]) {
            try x.conv2dWeightGradient(outputGradient: Tensor.zeros([2, 4, 5, 5]), kernelHeight: 3, kernelWidth: 3)
        }
    }
}
