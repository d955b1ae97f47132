import XCTest
@testable import TensorCore

/// A reproducible stream of test values (replaced by TestSupport's generator when it lands).
struct TestValues {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E3779B97F4A7C15 | 1 }
    mutating func next() -> Float {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Float(Double(state >> 40) / Double(1 << 24)) * 2 - 1
    }
    mutating func tensor(_ shape: [Int]) -> Tensor {
        try! Tensor(shape: shape, scalars: (0..<Shape.count(shape)).map { _ in next() })
    }
}

/// Plain-loop references in Double.
enum ConvReference {
    static func conv2d(_ x: Tensor, _ w: Tensor, _ b: Tensor?, stride s: Int, padding p: Int) -> [Double] {
        let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (o, kh, kw) = (w.shape[0], w.shape[2], w.shape[3])
        let ho = (h + 2 * p - kh) / s + 1, wo = (wd + 2 * p - kw) / s + 1
        var y = [Double](repeating: 0, count: n * o * ho * wo)
        for ni in 0..<n { for oi in 0..<o { for i in 0..<ho { for j in 0..<wo {
            var acc = Double(b?.scalars[oi] ?? 0)
            for ci in 0..<c { for a in 0..<kh { for bb in 0..<kw {
                let iy = i * s - p + a, ix = j * s - p + bb
                guard iy >= 0, iy < h, ix >= 0, ix < wd else { continue }
                acc += Double(w.scalars[((oi * c + ci) * kh + a) * kw + bb]) * Double(x.scalars[((ni * c + ci) * h + iy) * wd + ix])
            } } }
            y[((ni * o + oi) * ho + i) * wo + j] = acc
        } } } }
        return y
    }

    /// The input gradient: scatter each output gradient back through the kernel.
    static func convTranspose2d(_ gy: Tensor, _ w: Tensor, inputShape: [Int], stride s: Int, padding p: Int) -> [Double] {
        let (n, c, h, wd) = (inputShape[0], inputShape[1], inputShape[2], inputShape[3])
        let (o, kh, kw) = (w.shape[0], w.shape[2], w.shape[3])
        let (ho, wo) = (gy.shape[2], gy.shape[3])
        var dx = [Double](repeating: 0, count: n * c * h * wd)
        for ni in 0..<n { for oi in 0..<o { for i in 0..<ho { for j in 0..<wo {
            let g = Double(gy.scalars[((ni * o + oi) * ho + i) * wo + j])
            for ci in 0..<c { for a in 0..<kh { for bb in 0..<kw {
                let iy = i * s - p + a, ix = j * s - p + bb
                guard iy >= 0, iy < h, ix >= 0, ix < wd else { continue }
                dx[((ni * c + ci) * h + iy) * wd + ix] += g * Double(w.scalars[((oi * c + ci) * kh + a) * kw + bb])
            } } }
        } } } }
        return dx
    }

    static func weightGradient(_ x: Tensor, _ gy: Tensor, kh: Int, kw: Int, stride s: Int, padding p: Int) -> [Double] {
        let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (o, ho, wo) = (gy.shape[1], gy.shape[2], gy.shape[3])
        var dw = [Double](repeating: 0, count: o * c * kh * kw)
        for ni in 0..<n { for oi in 0..<o { for i in 0..<ho { for j in 0..<wo {
            let g = Double(gy.scalars[((ni * o + oi) * ho + i) * wo + j])
            for ci in 0..<c { for a in 0..<kh { for bb in 0..<kw {
                let iy = i * s - p + a, ix = j * s - p + bb
                guard iy >= 0, iy < h, ix >= 0, ix < wd else { continue }
                dw[((oi * c + ci) * kh + a) * kw + bb] += g * Double(x.scalars[((ni * c + ci) * h + iy) * wd + ix])
            } } }
        } } } }
        return dw
    }
}

func assertClose(_ actual: Tensor, _ expected: [Double], tolerance: Double = 1e-4, _ message: String = "",
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "count " + message, file: file, line: line)
    var worst = 0.0
    for (a, e) in zip(actual.scalars, expected) { worst = max(worst, abs(Double(a) - e) / max(1, abs(e))) }
    XCTAssertLessThanOrEqual(worst, tolerance, message, file: file, line: line)
}

final class ConvTests: XCTestCase {
    /// (N, C, H, W, O, kh, kw, stride, padding): odd sizes, batch 1, strides, paddings, both
    /// kernels (direct for small C * kh * kw, im2col + GEMM otherwise), chunks of several images.
    let cases: [(Int, Int, Int, Int, Int, Int, Int, Int, Int)] = [
        (1, 1, 5, 5, 1, 3, 3, 1, 0), (2, 1, 28, 28, 8, 3, 3, 1, 3), (3, 3, 7, 9, 5, 3, 3, 2, 1),
        (2, 4, 6, 5, 6, 3, 3, 1, 1), (1, 5, 8, 8, 3, 1, 1, 1, 0), (3, 8, 9, 7, 7, 3, 2, 3, 2),
        (5, 16, 4, 4, 9, 3, 3, 1, 1), (2, 1, 11, 13, 6, 5, 5, 2, 2), (1, 2, 3, 3, 4, 3, 3, 1, 2),
    ]

    func testConv2dMatchesNaiveLoops() throws {
        var values = TestValues(seed: 1)
        for (n, c, h, w, o, kh, kw, s, p) in cases {
            let x = values.tensor([n, c, h, w]), wt = values.tensor([o, c, kh, kw]), b = values.tensor([o])
            let y = try x.conv2d(wt, bias: b, stride: s, padding: p)
            XCTAssertEqual(y.shape, [n, o, (h + 2 * p - kh) / s + 1, (w + 2 * p - kw) / s + 1])
            assertClose(y, ConvReference.conv2d(x, wt, b, stride: s, padding: p), "case \([n, c, h, w, o, kh, kw, s, p])")
            let unbiased = try x.conv2d(wt, stride: s, padding: p)
            assertClose(unbiased, ConvReference.conv2d(x, wt, nil, stride: s, padding: p))
        }
    }

    func testConvTranspose2dIsTheInputGradientOfConv2d() throws {
        var values = TestValues(seed: 2)
        for (n, c, h, w, o, kh, kw, s, p) in cases {
            let x = values.tensor([n, c, h, w]), wt = values.tensor([o, c, kh, kw])
            let ho = (h + 2 * p - kh) / s + 1, wo = (w + 2 * p - kw) / s + 1
            let gy = values.tensor([n, o, ho, wo])
            let extra = h - ((ho - 1) * s - 2 * p + kh)
            let extraW = w - ((wo - 1) * s - 2 * p + kw)
            guard extra == extraW else { continue }
            let dx = try gy.convTranspose2d(wt, stride: s, padding: p, outputPadding: extra)
            XCTAssertEqual(dx.shape, x.shape)
            assertClose(dx, ConvReference.convTranspose2d(gy, wt, inputShape: x.shape, stride: s, padding: p))
        }
    }

    func testConv2dWeightGradientMatchesNaiveLoops() throws {
        var values = TestValues(seed: 3)
        for (n, c, h, w, o, kh, kw, s, p) in cases {
            let x = values.tensor([n, c, h, w])
            let gy = values.tensor([n, o, (h + 2 * p - kh) / s + 1, (w + 2 * p - kw) / s + 1])
            let dw = try x.conv2dWeightGradient(outputGradient: gy, kernelHeight: kh, kernelWidth: kw, stride: s, padding: p)
            XCTAssertEqual(dw.shape, [o, c, kh, kw])
            assertClose(dw, ConvReference.weightGradient(x, gy, kh: kh, kw: kw, stride: s, padding: p), tolerance: 3e-4)
        }
    }
}
