import NeuralNet
import TensorCore
import TestSupport
import XCTest

@testable import NeuralNet

/// DC's non-differentiable augmentation (METHODS.md §3, the reference's `augment()`).
final class DCAugmentationTests: XCTestCase {
    /// scipy's `rotate(order=1, cval=0.25)` of `ramp(2, 7, 6)` by 30° and −17°, centre window
    /// (Tests/Fixtures/dc_augment_golden.py).
    static let rotated30: [Double] = [0.250000, 0.250000, 0.250000, 1.008616, 0.004976, 0.250000, 0.250000, 0.139885, 0.620314, 0.846192, -0.039310, 0.250000, -0.248416, 0.232013, 0.712442, 0.938320, -0.133526, 0.253731, 0.250000, 0.324141, 0.804571, 0.335000, -0.134571, 0.345859, 0.250000, 0.416269, 0.803526, -0.268320, -0.042442, 0.437987, 0.250000, 0.250000, 0.709310, -0.176192, 0.049686, 0.530115, 0.250000, 0.250000, 0.665024, -0.338616, 0.250000, 0.250000, 0.250000, 0.250000, 0.250000, 0.584960, -0.045990, 0.250000, 0.250000, 0.479885, 0.960314, 0.236192, 0.021173, 0.250000, 0.091584, 0.572013, 0.891063, -0.367128, 0.113301, 0.593731, 0.250000, 0.664141, 0.542295, -0.275000, 0.205429, 0.685859, 0.250000, 0.756269, 0.379871, -0.182872, 0.297558, 0.777987, 0.250000, 0.250000, -0.037104, -0.090744, 0.389686, 0.870115, 0.250000, 0.250000, -0.479045, 0.001384, 0.250000, 0.250000]
    static let rotatedMinus17: [Double] = [0.250000, -0.555093, 0.250000, 0.250000, 0.250000, 0.250000, 0.250000, -0.140898, 0.119375, 0.379649, 0.639923, 0.250000, 0.250000, 0.273297, 0.533571, 0.793844, 0.934471, 0.597302, 0.250000, 0.687492, 0.947766, 0.614217, -0.062909, -0.069945, 0.739945, 0.732909, 0.055783, -0.277766, -0.017492, 0.250000, 0.072698, -0.264471, -0.123844, 0.136429, 0.396703, 0.250000, 0.250000, 0.030077, 0.290351, 0.550625, 0.810898, 0.250000, 0.250000, -0.215093, 0.250000, 0.250000, 0.250000, 0.250000, 0.250000, 0.199102, 0.459375, 0.719649, 0.913920, 0.250000, 0.250000, 0.613297, 0.873571, 0.703907, 0.330284, -0.073472, 0.250000, 1.027492, 0.176320, -0.152632, -0.091687, 0.168587, 0.400321, -0.333568, -0.198039, 0.062234, 0.322508, 0.250000, -0.304392, -0.044118, 0.216156, 0.476429, 0.736703, 0.250000, 0.250000, 0.370077, 0.630351, 0.890625, 1.150898, 0.250000]

    /// The fixture's input: `(0.37 k mod 1.9) − 0.6` for k = 0, 1, ….
    static func ramp(_ shape: [Int]) -> Tensor {
        let values = (0..<shape.reduce(1, *)).map { Float((Double($0) * 0.37).truncatingRemainder(dividingBy: 1.9) - 0.6) }
        return try! Tensor(shape: shape, scalars: values)
    }

    func testRotationFollowsScipysGeometry() {
        let x = Self.ramp([1, 2, 7, 6])
        let tolerance = Tolerance(absolute: 2e-6, relative: 0)
        assertClose(DCAugmentation.rotated(x, degrees: 30, fill: 0.25), Reference(shape: [1, 2, 7, 6], values: Self.rotated30), tolerance: tolerance)
        assertClose(DCAugmentation.rotated(x, degrees: -17, fill: 0.25), Reference(shape: [1, 2, 7, 6], values: Self.rotatedMinus17), tolerance: tolerance)
    }

    func testRotationByZeroIsTheIdentityAndByAQuarterTurnIsRot90() {
        let x = DSAStepTests.images([1, 2, 5, 5])
        assertClose(DCAugmentation.rotated(x, degrees: 0, fill: 9), Reference(x), tolerance: Tolerance(absolute: 1e-6, relative: 0))
        // np.rot90: out[i, j] = x[j, W − 1 − i].
        let expected = Reference(shape: x.shape) { idx in Reference(x)[[0, idx[1], idx[3], 4 - idx[2]]] }
        assertClose(DCAugmentation.rotated(x, degrees: 90, fill: 9), expected, tolerance: Tolerance(absolute: 1e-5, relative: 0))
    }

    func testCropIsAWindowOfTheImagePaddedWithTheChannelMeans() throws {
        let x = try Tensor(shape: [1, 2, 2, 3], scalars: (1...12).map(Float.init))
        // Padding 1, window at (0, 2) of the 4×5 padded image: one row of fill on top, the last
        // two columns of the image, then one column of fill.
        let y = try DCAugmentation.cropped(x, padding: 1, top: 0, left: 2, fill: [-1, -2])
        assertEqual(y, shape: [1, 2, 2, 3], [-1, -1, -1, 2, 3, -1, -2, -2, -2, 8, 9, -2])
    }

    func testScaleResizesByNearestAndCentresOnAZeroCanvas() throws {
        let x = try Tensor(shape: [1, 1, 4, 4], scalars: (1...16).map(Float.init))
        // Down to 2×3: nearest rows 0, 2 and columns 0, 1, 2; placed at (1, 0) of a 4×4 zero canvas.
        let down = try DCAugmentation.scaled(x, height: 2, width: 3)
        assertEqual(down, shape: [1, 1, 4, 4], [0, 0, 0, 0, 1, 2, 3, 0, 9, 10, 11, 0, 0, 0, 0, 0])
        // Up to 6×4: rows 0, 0, 1, 2, 2, 3 (floor(i · 4/6)) at (0, 1) of a 6×6 canvas, whose
        // centre 4×4 (from (1, 1)) holds resized rows 1...4, all four columns.
        let up = try DCAugmentation.scaled(x, height: 6, width: 4)
        assertEqual(up, shape: [1, 1, 4, 4], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 9, 10, 11, 12])
        assertEqual(try DCAugmentation.scaled(x, height: 4, width: 4), shape: [1, 1, 4, 4], x.scalars)
    }

    func testNoiseHasTheReferenceScale() throws {
        var generator = SeededGenerator(seed: 1)
        let x = DSAStepTests.images([50, 1, 8, 8])
        let y = try DCAugmentation("noise")(x, using: &generator)
        let differences = zip(y.scalars, x.scalars).map { Double($0 - $1) }
        let std = (differences.map { $0 * $0 }.reduce(0, +) / Double(differences.count)).squareRoot()
        XCTAssertEqual(std, 0.001, accuracy: 0.0001)
    }

    func testEachImageGetsOneOperationAndTheResultIsAConstant() throws {
        var generator = SeededGenerator(seed: 2)
        let x = DSAStepTests.images([40, 1, 8, 8]).requiringGrad()
        let y = try DCAugmentation("crop_scale_rotate_noise")(x, using: &generator)
        XCTAssertEqual(y.shape, x.shape)
        XCTAssertFalse(y.requiresGrad)
        let changed = try (0..<40).filter { try y.narrow(axis: 0, start: $0, length: 1).scalars != x.narrow(axis: 0, start: $0, length: 1).scalars }
        XCTAssertGreaterThan(changed.count, 30, "almost every image is changed by its operation")
        var again = SeededGenerator(seed: 2)
        XCTAssertEqual(try DCAugmentation("crop_scale_rotate_noise")(x, using: &again).scalars, y.scalars)
    }

    func testStrategiesParseAndNoneChangesNothing() throws {
        XCTAssertEqual(try DCAugmentation("crop_scale_rotate").operations, [.crop, .scale, .rotate])
        XCTAssertEqual(try DCAugmentation("crop_noise").strategy, "crop_noise")
        var generator = SeededGenerator(seed: 3)
        let x = DSAStepTests.images([2, 1, 4, 4])
        XCTAssertEqual(try DCAugmentation("none")(x, using: &generator).scalars, x.scalars)
        assertThrows(NeuralNetError.self, mentioning: ["'flip'", "DSA"]) { try DCAugmentation("crop_flip") }
    }
}
