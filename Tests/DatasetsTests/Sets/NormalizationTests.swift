import TensorCore
import XCTest

@testable import Datasets

/// Normalization: the per-channel affine map, its inverse, and gradients through it.
final class NormalizationTests: XCTestCase {
    private var pixels: Tensor!
    private var rgb: Normalization!

    override func setUpWithError() throws {
        // Two images of three channels of 2×2 pixels, with values i / 24; CIFAR-10's constants.
        pixels = try Tensor(shape: [2, 3, 2, 2], scalars: (0..<24).map { Float($0) / 24 })
        rgb = try Normalization(mean: [0.4914, 0.4822, 0.4465], std: [0.2023, 0.1994, 0.2010])
    }

    func testEachChannelUsesItsOwnMeanAndStd() throws {
        let normalized = try rgb.normalize(pixels)
        XCTAssertEqual(normalized.shape, [2, 3, 2, 2])
        for (i, value) in normalized.scalars.enumerated() {
            let channel = (i / 4) % 3
            let expected = (Double(i) / 24 - Double(rgb.mean[channel])) / Double(rgb.std[channel])
            XCTAssertEqual(Double(value), expected, accuracy: 1e-6, "value \(i), channel \(channel)")
        }
    }

    func testDenormaliseUndoesNormalise() throws {
        let back = try rgb.denormalize(rgb.normalize(pixels))
        for (a, b) in zip(back.scalars, pixels.scalars) { XCTAssertEqual(a, b, accuracy: 1e-6) }
    }

    func testOneMeanAndStdApplyToEveryValueOfAnyShape() throws {
        let normalized = try Normalization.fashionMNIST.normalize(Tensor([0, 1]))
        XCTAssertEqual(normalized.scalars[0], -0.2861 / 0.3530, accuracy: 1e-6)
        XCTAssertEqual(normalized.scalars[1], (1 - 0.2861) / 0.3530, accuracy: 1e-6)
    }

    func testGradientsFlowThroughNormalisation() throws {
        let x = pixels.requiringGrad()
        let g = try grad(of: rgb.normalize(x).sum(), wrt: [x])[0]
        for (i, value) in g.scalars.enumerated() {
            XCTAssertEqual(value, 1 / rgb.std[(i / 4) % 3], accuracy: 1e-4)
        }
    }

    func testChannelCountMustMatchAxisOne() {
        assertThrowsDatasetError(try rgb.normalize(Tensor.zeros([2, 1, 2, 2])), containing: "3 channels", "[2, 1, 2, 2]")
    }

    func testInvalidConstantsAreRejected() {
        assertThrowsDatasetError(try Normalization(mean: [0.5], std: [0]), containing: "positive")
        assertThrowsDatasetError(try Normalization(mean: [0.5, 0.5], std: [1]), containing: "2 means and 1 stds")
    }
}
