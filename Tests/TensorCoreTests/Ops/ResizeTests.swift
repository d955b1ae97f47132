import TestSupport
import XCTest

@testable import TensorCore

/// Nearest and bilinear resizing against plain loops and PyTorch's values; gradients of both
/// orders against finite differences.
final class ResizeTests: XCTestCase {
    /// PyTorch's `interpolate` of `ramp([1, 2, 3, 5])` (Tests/Fixtures/spatial_golden.py).
    static let nearestUp: [Double] = [-0.600000, -0.600000, -0.230000, 0.140000, 0.140000, 0.510000, 0.880000, -0.600000, -0.600000, -0.230000, 0.140000, 0.140000, 0.510000, 0.880000, 1.250000, 1.250000, -0.280000, 0.090000, 0.090000, 0.460000, 0.830000, 1.200000, 1.200000, -0.330000, 0.040000, 0.040000, 0.410000, 0.780000, 1.150000, 1.150000, -0.380000, -0.010000, -0.010000, 0.360000, 0.730000, 1.150000, 1.150000, -0.380000, -0.010000, -0.010000, 0.360000, 0.730000, 1.100000, 1.100000, -0.430000, -0.060000, -0.060000, 0.310000, 0.680000, 1.050000, 1.050000, -0.480000, -0.110000, -0.110000, 0.260000, 0.630000]
    static let nearestDown: [Double] = [-0.600000, -0.230000, 0.510000, 1.250000, -0.280000, 0.460000, 1.150000, -0.380000, 0.360000, 1.100000, -0.430000, 0.310000]
    static let bilinearUp: [Double] = [-0.600000, -0.388571, -0.124286, 0.140000, 0.404286, 0.668571, 0.880000, 0.556250, 0.089107, -0.155536, 0.108750, 0.373036, 0.637321, 0.848750, 1.231250, 0.356964, -0.193036, 0.071250, 0.335536, 0.599821, 0.811250, 1.200000, 0.325714, -0.224286, 0.040000, 0.304286, 0.568571, 0.780000, 1.150000, 0.275714, -0.274286, -0.010000, 0.254286, 0.518571, 0.730000, 1.118750, 0.244464, -0.305536, -0.041250, 0.223036, 0.487321, 0.698750, 1.081250, 0.206964, -0.343036, -0.078750, 0.185536, 0.449821, 0.661250, 1.050000, 0.175714, -0.374286, -0.110000, 0.154286, 0.418571, 0.630000]
    static let bilinearDown: [Double] = [-0.172500, 0.127500, 0.744167, 0.702500, 0.052500, 0.669167, 0.627500, -0.022500, 0.594167, 0.552500, -0.097500, 0.519167]

    /// The fixture script's input: `(i * 0.37) mod 1.9 - 0.6`.
    static func ramp(_ shape: [Int]) -> Tensor {
        let values = (0..<shape.reduce(1, *)).map { Float((Double($0) * 0.37).truncatingRemainder(dividingBy: 1.9) - 0.6) }
        return try! Tensor(shape: shape, scalars: values)
    }

    /// PyTorch's nearest source index, computed in Float as PyTorch does.
    static func nearestSource(_ o: Int, input: Int, output: Int) -> Int {
        if input == output { return o }
        return min(Int((Float(o) * (Float(input) / Float(output))).rounded(.down)), input - 1)
    }

    /// The two bilinear neighbours and the weight of the second, in Double.
    static func linearSource(_ o: Int, input: Int, output: Int) -> (Int, Int, Double) {
        let source = max((Double(o) + 0.5) * Double(input) / Double(output) - 0.5, 0)
        let lower = min(Int(source.rounded(.down)), input - 1)
        return (lower, min(lower + 1, input - 1), source - Double(lower))
    }

    static func resize(_ x: Reference, _ h: Int, _ w: Int, _ mode: ResizeMode) -> Reference {
        let (ih, iw) = (x.shape[2], x.shape[3])
        return Reference(shape: [x.shape[0], x.shape[1], h, w]) { idx in
            if mode == .nearest {
                return x[[idx[0], idx[1], nearestSource(idx[2], input: ih, output: h), nearestSource(idx[3], input: iw, output: w)]]
            }
            let (r0, r1, fr) = linearSource(idx[2], input: ih, output: h)
            let (c0, c1, fc) = linearSource(idx[3], input: iw, output: w)
            func at(_ r: Int, _ c: Int) -> Double { x[[idx[0], idx[1], r, c]] }
            return (1 - fr) * ((1 - fc) * at(r0, c0) + fc * at(r0, c1)) + fr * ((1 - fc) * at(r1, c0) + fc * at(r1, c1))
        }
    }

    func testResizeMatchesPyTorch() throws {
        let x = Self.ramp([1, 2, 3, 5])
        let tolerance = Tolerance(absolute: 2e-6, relative: 0)
        assertClose(try x.resize(height: 4, width: 7, mode: .nearest), Reference(shape: [1, 2, 4, 7], values: Self.nearestUp), tolerance: tolerance)
        assertClose(try x.resize(height: 2, width: 3, mode: .nearest), Reference(shape: [1, 2, 2, 3], values: Self.nearestDown), tolerance: tolerance)
        assertClose(try x.resize(height: 4, width: 7, mode: .bilinear), Reference(shape: [1, 2, 4, 7], values: Self.bilinearUp), tolerance: tolerance)
        assertClose(try x.resize(height: 2, width: 3, mode: .bilinear), Reference(shape: [1, 2, 2, 3], values: Self.bilinearDown), tolerance: tolerance)
    }

    func testResizeMatchesNaiveLoopsOnRandomSizes() {
        forEachSeed(Array(1...8)) { generator, seed in
            let shape = [1 + generator.below(2), 1 + generator.below(3), 1 + generator.below(9), 1 + generator.below(9)]
            let (h, w) = (1 + generator.below(12), 1 + generator.below(12))
            let x = RandomCases.tensor(shape, using: &generator)
            for mode in ResizeMode.allCases {
                assertClose(try x.resize(height: h, width: w, mode: mode), Self.resize(Reference(x), h, w, mode),
                            "\(shape) -> \(h)x\(w) \(mode) seed \(seed)")
            }
        }
    }

    func testResizingToTheSameSizeIsTheIdentity() throws {
        let x = Self.ramp([2, 1, 4, 3])
        for mode in ResizeMode.allCases { XCTAssertEqual(try x.resize(height: 4, width: 3, mode: mode).scalars, x.scalars) }
    }

    func testResizeGradientsOfBothOrdersMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 21)
        for (shape, h, w) in [([1, 2, 3, 4], 5, 7), ([2, 1, 6, 5], 3, 2), ([1, 1, 4, 4], 8, 8)] {
            let x = RandomCases.tensor(shape, using: &generator)
            for mode in ResizeMode.allCases {
                checkGradients([x]) { try $0[0].resize(height: h, width: w, mode: mode) }
                checkSecondOrderGradients([x]) { try $0[0].resize(height: h, width: w, mode: mode).square() }
            }
        }
    }

    func testBadInputThrows() {
        assertThrowsTensorError(mentioning: ["[3, 4, 4]"]) { try Tensor.zeros([3, 4, 4]).resize(height: 2, width: 2, mode: .nearest) }
        assertThrowsTensorError(mentioning: ["0x2"]) { try Tensor.zeros([1, 1, 4, 4]).resize(height: 0, width: 2, mode: .bilinear) }
    }
}
