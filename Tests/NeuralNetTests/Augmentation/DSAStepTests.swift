import Foundation
import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// Each DSA operation with fixed parameters against the naive references of
/// `AugmentationReference`, on tiny images (METHODS.md §3).
final class DSAStepTests: XCTestCase {
    /// A batch with distinct values everywhere, so any misplaced pixel shows.
    static func images(_ shape: [Int], seed: UInt64 = 7) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return RandomCases.tensor(shape, in: 0.1...1, using: &generator)
    }

    func testCropShiftsByExactlyTheOffsetsWithZerosComingIn() throws {
        let x = try Tensor(shape: [1, 1, 3, 4], scalars: (1...12).map(Float.init))
        let y = try DSAStep.crop(rows: [1], columns: [-2]).apply(to: x)
        // out[i, j] = x[i + 1, j − 2]: rows 1 and 2 move up, two zero columns come in on the left.
        assertEqual(y, shape: [1, 1, 3, 4], [0, 0, 5, 6, 0, 0, 9, 10, 0, 0, 0, 0])
    }

    func testCropMatchesTheReferencePerImageAndForShiftsBeyondTheImage() throws {
        let x = Self.images([3, 2, 5, 6])
        for (rows, columns) in [([2, -4, 0], [-1, 3, 0]), ([7], [-6]), ([-5, 0, 5], [6, -7, 1])] {
            let y = try DSAStep.crop(rows: rows, columns: columns).apply(to: x)
            assertClose(y, AugmentationReference.crop(Reference(x), rows: rows, columns: columns), "rows \(rows) columns \(columns)")
        }
    }

    func testCutoutZeroesExactlyTheClampedSquare() throws {
        let x = Self.images([4, 2, 6, 7])
        // Centres inside, on the top-left corner, past the bottom-right edge, and an odd side.
        let cases: [([Int], [Int], Int, Int)] = [([3, 0, 6, 2], [3, 0, 7, 6], 4, 4), ([1], [5], 3, 2), ([5, 2, 0, 4], [0, 1, 2, 3], 1, 5)]
        for (rows, columns, height, width) in cases {
            let y = try DSAStep.cutout(rows: rows, columns: columns, height: height, width: width).apply(to: x)
            let expected = AugmentationReference.cutout(Reference(x), rows: rows, columns: columns, height: height, width: width)
            assertClose(y, expected, tolerance: Tolerance(absolute: 0, relative: 0), "centres \(rows), \(columns)")
        }
        let zeroed = try DSAStep.cutout(rows: [3], columns: [3], height: 4, width: 4).apply(to: x).scalars.filter { $0 == 0 }
        XCTAssertEqual(zeroed.count, 4 * 2 * 4 * 4, "a 4×4 square inside the image, in 2 channels of 4 images")
    }

    func testFlipReversesTheWidthOfTheMarkedImagesOnly() throws {
        let x = try Tensor(shape: [2, 1, 2, 3], scalars: (1...12).map(Float.init))
        let y = try DSAStep.flip([true, false]).apply(to: x)
        assertEqual(y, shape: [2, 1, 2, 3], [3, 2, 1, 6, 5, 4, 7, 8, 9, 10, 11, 12])
        let z = Self.images([3, 2, 4, 5])
        assertClose(try DSAStep.flip([false, true, true]).apply(to: z), AugmentationReference.flip(Reference(z), [false, true, true]))
    }

    func testColorMatchesTheReferenceFormulasForThreeChannels() throws {
        let x = Self.images([3, 3, 4, 5])
        let (b, s, c): ([Float], [Float], [Float]) = ([-0.4, 0.1, 0.45], [0.3, 1.7, 1.0], [0.6, 1.4, 0.9])
        let y = try DSAStep.color(brightness: b, saturation: s, contrast: c).apply(to: x)
        assertClose(y, AugmentationReference.color(Reference(x), brightness: b, saturation: s, contrast: c))
    }

    func testSaturationIsExactlyTheIdentityForOneChannel() throws {
        let x = Self.images([2, 1, 4, 4])
        let withSaturation = try DSAStep.color(brightness: [0.2, -0.3], saturation: [0.1, 1.9], contrast: [0.7, 1.2]).apply(to: x)
        let withoutSaturation = try DSAStep.color(brightness: [0.2, -0.3], saturation: [1, 1], contrast: [0.7, 1.2]).apply(to: x)
        XCTAssertEqual(withSaturation.scalars, withoutSaturation.scalars)
        assertClose(withSaturation, AugmentationReference.color(Reference(x), brightness: [0.2, -0.3], saturation: [0.1, 1.9], contrast: [0.7, 1.2]))
    }

    func testScaleAndRotateWithIdentityParametersAreTheIdentity() throws {
        let x = Self.images([2, 2, 5, 6])
        let exact = Tolerance(absolute: 1e-6, relative: 0)
        assertClose(try DSAStep.scale(x: [1], y: [1]).apply(to: x), Reference(x), tolerance: exact)
        assertClose(try DSAStep.rotate(radians: [0, 0]).apply(to: x), Reference(x), tolerance: exact)
    }

    func testRotationByAQuarterTurnPermutesPixelCentres() throws {
        // On a square image a quarter turn maps pixel centres onto pixel centres:
        // out[i, j] = x[j, H − 1 − i] for theta = [[0, −1, 0], [1, 0, 0]].
        let x = Self.images([1, 2, 5, 5])
        let y = try DSAStep.rotate(radians: [Float.pi / 2]).apply(to: x)
        let expected = Reference(shape: x.shape) { idx in Reference(x)[[idx[0], idx[1], idx[3], 4 - idx[2]]] }
        assertClose(y, expected, tolerance: Tolerance(absolute: 1e-5, relative: 0))
    }

    func testRotationLeavesAPointSymmetricImageUnchangedByAHalfTurn() throws {
        // x[i, j] = x[H − 1 − i, W − 1 − j]: symmetric under the half turn about the centre.
        let base = Reference(Self.images([1, 1, 6, 5]))
        let symmetric = try Tensor(shape: [1, 1, 6, 5], scalars: Reference(shape: [1, 1, 6, 5]) { idx in
            base[idx] + base[[0, 0, 5 - idx[2], 4 - idx[3]]]
        }.values.map { Float($0) })
        let y = try DSAStep.rotate(radians: [Float.pi]).apply(to: symmetric)
        assertClose(y, Reference(symmetric), tolerance: Tolerance(absolute: 1e-5, relative: 0))
    }

    func testScaleAndRotateMatchNaiveAffineSampling() throws {
        let x = Self.images([3, 2, 5, 6])
        let (sx, sy): ([Float], [Float]) = ([1.15, 0.85, 1.0], [0.9, 1.2, 1.05])
        let scaled = try DSAStep.scale(x: sx, y: sy).apply(to: x)
        let scaleTheta = (0..<3).map { [Double(sx[$0]), 0, 0, 0, Double(sy[$0]), 0] }
        assertClose(scaled, AugmentationReference.affine(Reference(x), scaleTheta))

        let angles: [Float] = [0.2, -0.26, 0.05]
        let rotated = try DSAStep.rotate(radians: angles).apply(to: x)
        let rotateTheta = angles.map { a in [cos(Double(a)), -sin(Double(a)), 0, sin(Double(a)), cos(Double(a)), 0] }
        assertClose(rotated, AugmentationReference.affine(Reference(x), rotateTheta))
    }

    func testSharedParametersApplyToEveryImageOfAnyBatch() throws {
        let x = Self.images([4, 2, 5, 5])
        let steps: [DSAStep] = [
            .color(brightness: [0.3], saturation: [1.4], contrast: [0.8]), .crop(rows: [2], columns: [-1]),
            .cutout(rows: [1], columns: [4], height: 2, width: 3), .flip([true]), .scale(x: [1.1], y: [0.9]),
            .rotate(radians: [0.2]),
        ]
        for step in steps {
            XCTAssertEqual(try step.sampleCount(), 1)
            let whole = try step.apply(to: x)
            for i in 0..<4 {
                let alone = try step.apply(to: x.narrow(axis: 0, start: i, length: 1))
                XCTAssertEqual(try whole.narrow(axis: 0, start: i, length: 1).scalars, alone.scalars, "\(step.operation) image \(i)")
            }
        }
    }

    func testPerImageParametersForAnotherBatchSizeAreAClearError() {
        let x = Self.images([3, 1, 4, 4])
        assertThrows(NeuralNetError.self, mentioning: ["drawn for 2 images", "batch has 3"]) {
            try DSAStep.crop(rows: [1, 2], columns: [0, 0]).apply(to: x)
        }
        assertThrows(NeuralNetError.self, mentioning: ["disagree"]) {
            try DSAStep.scale(x: [1, 1, 1], y: [1, 1]).apply(to: x)
        }
        assertThrows(NeuralNetError.self, mentioning: ["[N, C, H, W]"]) {
            try DSAStep.flip([true]).apply(to: Tensor.zeros([4, 4]))
        }
    }
}
