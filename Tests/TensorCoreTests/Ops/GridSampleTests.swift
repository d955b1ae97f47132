import Foundation
import TestSupport
import XCTest

@testable import TensorCore

/// affineGrid and bilinear gridSample against plain loops and PyTorch's values; gradients in
/// the input, the grid and theta, of both orders, against finite differences.
final class GridSampleTests: XCTestCase {
    /// PyTorch's `affine_grid` and `grid_sample` for `theta` below and `ramp([2, 2, 3, 4])`
    /// (Tests/Fixtures/spatial_golden.py).
    static let affineGrid: [Double] = [-0.451898, -0.888065, 0.031065, -0.758655, 0.514027, -0.629246, 0.996990, -0.499836, -0.624444, -0.244114, -0.141481, -0.114705, 0.341481, 0.014705, 0.824444, 0.144114, -0.796990, 0.399836, -0.314027, 0.529246, 0.168935, 0.658655, 0.651898, 0.788065, -0.862500, -0.580000, -0.287500, -0.580000, 0.287500, -0.580000, 0.862500, -0.580000, -0.862500, 0.000000, -0.287500, 0.000000, 0.287500, 0.000000, 0.862500, 0.000000, -0.862500, 0.580000, -0.287500, 0.580000, 0.287500, 0.580000, 0.862500, 0.580000]
    static let gridSample: [Double] = [-0.253405, -0.018975, 0.311805, 0.204886, 0.430977, 0.734240, -0.187327, -0.000674, 0.569074, 0.869195, 1.125929, -0.024381, 0.174052, 0.532716, 0.951805, 0.528738, -0.133297, 0.142568, 0.418432, 0.544037, 0.459928, -0.197653, -0.114941, 0.194174, 0.484685, 0.967650, -0.278375, -0.127565, 0.201500, 0.602250, 0.885250, -0.410750, -0.081685, 0.236850, 0.643825, 0.587140, -0.300390, -0.045350, 0.133150, 0.368435, 0.697500, 1.242250, -0.232250, 0.085250, 0.414315, 0.876850, 0.931375, -0.197935]

    /// A 15° rotation with a shift, and an anisotropic scale (DSA's two affine augmentations).
    static let theta: Tensor = {
        let a = 15.0 * Double.pi / 180
        return try! Tensor(shape: [2, 2, 3], scalars: [cos(a), -sin(a), 0.1, sin(a), cos(a), -0.05, 1.15, 0, 0, 0, 0.87, 0].map { Float($0) })
    }()

    /// Bilinear sampling with zero padding, align_corners=False, in Double.
    static func sample(_ x: Reference, _ grid: Reference) -> Reference {
        let (h, w) = (x.shape[2], x.shape[3])
        return Reference(shape: [x.shape[0], x.shape[1], grid.shape[1], grid.shape[2]]) { idx in
            let ix = ((grid[[idx[0], idx[2], idx[3], 0]] + 1) * Double(w) - 1) / 2
            let iy = ((grid[[idx[0], idx[2], idx[3], 1]] + 1) * Double(h) - 1) / 2
            let (x0, y0) = (Int(ix.rounded(.down)), Int(iy.rounded(.down)))
            var total = 0.0
            for yy in [y0, y0 + 1] {
                for xx in [x0, x0 + 1] where yy >= 0 && yy < h && xx >= 0 && xx < w {
                    total += (1 - abs(ix - Double(xx))) * (1 - abs(iy - Double(yy))) * x[[idx[0], idx[1], yy, xx]]
                }
            }
            return total
        }
    }

    /// A grid whose points lie between pixel centres, at least 0.15 pixel from any (where the
    /// bilinear weights have kinks), some beyond the border.
    static func gridAwayFromKinks(_ n: Int, _ ho: Int, _ wo: Int, height h: Int, width w: Int, using generator: inout SeededGenerator) -> Tensor {
        var values: [Float] = []
        for _ in 0..<(n * ho * wo) {
            for size in [w, h] {
                let pixel = Float(generator.below(size + 1) - 1) + 0.15 + 0.7 * generator.uniformFloat()
                values.append((2 * pixel + 1) / Float(size) - 1)
            }
        }
        return try! Tensor(shape: [n, ho, wo, 2], scalars: values)
    }

    func testAffineGridAndGridSampleMatchPyTorch() throws {
        let grid = try Tensor.affineGrid(Self.theta, height: 3, width: 4)
        assertClose(grid, Reference(shape: [2, 3, 4, 2], values: Self.affineGrid), tolerance: Tolerance(absolute: 2e-6, relative: 0))
        let y = try ResizeTests.ramp([2, 2, 3, 4]).gridSample(grid)
        assertClose(y, Reference(shape: [2, 2, 3, 4], values: Self.gridSample), tolerance: Tolerance(absolute: 3e-6, relative: 0))
    }

    func testGridSampleMatchesNaiveLoopsIncludingPointsOutside() {
        forEachSeed(Array(1...6)) { generator, seed in
            let (n, c, h, w) = (1 + generator.below(2), 1 + generator.below(3), 1 + generator.below(6), 1 + generator.below(6))
            let (ho, wo) = (1 + generator.below(5), 1 + generator.below(5))
            let x = RandomCases.tensor([n, c, h, w], using: &generator)
            let grid = RandomCases.tensor([n, ho, wo, 2], in: -1.3...1.3, using: &generator)
            assertClose(try x.gridSample(grid), Self.sample(Reference(x), Reference(grid)), "seed \(seed)")
        }
    }

    func testIdentityGridReproducesTheImage() throws {
        let x = ResizeTests.ramp([2, 3, 5, 4])
        let identity = try Tensor(shape: [2, 2, 3], scalars: [1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0])
        let y = try x.gridSample(Tensor.affineGrid(identity, height: 5, width: 4))
        assertClose(y, Reference(x), tolerance: Tolerance(absolute: 1e-6, relative: 0))
    }

    func testGridSampleGradientsInInputAndGridMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 31)
        let x = RandomCases.tensor([2, 2, 4, 5], using: &generator)
        let grid = Self.gridAwayFromKinks(2, 3, 3, height: 4, width: 5, using: &generator)
        checkGradients([x, grid]) { try $0[0].gridSample($0[1]) }
    }

    /// Gradient matching differentiates through the augmentation: second order in the input
    /// and in the grid (the cross derivative of the bilinear weights).
    func testGridSampleSecondOrderGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 32)
        let x = RandomCases.tensor([1, 2, 4, 4], using: &generator)
        let grid = Self.gridAwayFromKinks(1, 3, 2, height: 4, width: 4, using: &generator)
        checkSecondOrderGradients([x, grid]) { try $0[0].gridSample($0[1]).square() }
    }

    /// A slight rotation and scale, chosen so that on a 3x4 grid over a 4x5 image every sampling
    /// point stays more than 0.2 pixel from a kink of the bilinear weights (checked below).
    static let smoothTheta = try! Tensor(shape: [2, 2, 3], scalars: [0.87, -0.05, 0, 0.05, 0.87, -0.02, 0.82, -0.02, -0.04, -0.03, 0.83, -0.02])

    func testGradientsFlowToThetaThroughTheAffineGrid() throws {
        var generator = SeededGenerator(seed: 33)
        let x = RandomCases.tensor([2, 1, 4, 5], using: &generator)
        let grid = try Tensor.affineGrid(Self.smoothTheta, height: 3, width: 4)
        for point in 0..<(grid.count / 2) {
            let px = ((grid.scalars[2 * point] + 1) * 5 - 1) / 2, py = ((grid.scalars[2 * point + 1] + 1) * 4 - 1) / 2
            XCTAssertGreaterThan(min(abs(px - px.rounded()), abs(py - py.rounded())), 0.2, "point \(point) is near a kink")
        }
        checkGradients([Self.theta]) { try Tensor.affineGrid($0[0], height: 3, width: 4) }
        checkGradients([x, Self.smoothTheta]) { try $0[0].gridSample(Tensor.affineGrid($0[1], height: 3, width: 4)) }
        checkSecondOrderGradients([x, Self.smoothTheta], step: 5e-3) {
            try $0[0].gridSample(Tensor.affineGrid($0[1], height: 3, width: 4)).square()
        }
    }

    func testBadShapesThrowErrorsNamingBothShapes() {
        assertThrowsTensorError(mentioning: ["[2, 1, 4, 4]", "[1, 3, 3, 2]"]) {
            try Tensor.zeros([2, 1, 4, 4]).gridSample(Tensor.zeros([1, 3, 3, 2]))
        }
        assertThrowsTensorError(mentioning: ["[2, 1, 4, 4]", "[2, 3, 3, 3]"]) {
            try Tensor.zeros([2, 1, 4, 4]).gridSample(Tensor.zeros([2, 3, 3, 3]))
        }
        assertThrowsTensorError(mentioning: ["[2, 3, 2]"]) { try Tensor.affineGrid(Tensor.zeros([2, 3, 2]), height: 3, width: 3) }
    }
}
