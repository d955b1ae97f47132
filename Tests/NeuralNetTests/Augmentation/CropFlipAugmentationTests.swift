import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// The plain augmentation of real images: random crop of the 4-pixel padded image, then a
/// horizontal flip with probability 0.5, per image.
final class CropFlipAugmentationTests: XCTestCase {
    /// The image `x[n]` translated by (r, c) with `fill` coming in, then flipped if asked
    /// (torchvision's RandomCrop with padding, then RandomHorizontalFlip), in Double.
    static func cropFlip(_ x: Reference, image n: Int, rows r: Int, columns c: Int, flipped: Bool, fill: Double) -> [Double] {
        let (channels, h, w) = (x.shape[1], x.shape[2], x.shape[3])
        return Reference.indices(of: [channels, h, w]).map { idx in
            let (i, j) = (idx[1] + r, (flipped ? w - 1 - idx[2] : idx[2]) + c)
            return (0..<h).contains(i) && (0..<w).contains(j) ? x[[n, idx[0], i, j]] : fill
        }
    }

    func testEveryImageIsAPaddedCropPossiblyFlippedAndAllOffsetsOccur() throws {
        var generator = SeededGenerator(seed: 1)
        let x = DSAStepTests.images([64, 2, 6, 6])
        let augmentation = CropFlipAugmentation(fill: -0.8)
        let y = try augmentation(x, using: &generator)
        let reference = Reference(x)
        var seen = Set<[Int]>()
        for n in 0..<64 {
            let out = try y.narrow(axis: 0, start: n, length: 1).scalars.map(Double.init)
            let matches = (-4...4).flatMap { r in (-4...4).flatMap { c in [false, true].map { (r, c, $0) } } }.filter { r, c, f in
                Self.cropFlip(reference, image: n, rows: r, columns: c, flipped: f, fill: -0.8).elementsEqual(out) { abs($0 - $1) < 1e-6 }
            }
            XCTAssertFalse(matches.isEmpty, "image \(n) is no padded crop of its input")
            for (r, c, f) in matches { seen.insert([r, c, f ? 1 : 0]) }
        }
        XCTAssertEqual(Set(seen.map { $0[0] }), Set(-4...4))
        XCTAssertEqual(Set(seen.map { $0[2] }), [0, 1])
    }

    func testItIsDifferentiableInTheImages() {
        let x = DSAStepTests.images([3, 1, 4, 5])
        checkGradients([x]) {
            var generator = SeededGenerator(seed: 2)
            return try CropFlipAugmentation(padding: 2)($0[0], using: &generator)
        }
    }

    func testBadSettingsAreClearErrors() {
        var generator = SeededGenerator(seed: 3)
        assertThrows(NeuralNetError.self, mentioning: ["padding ≥ 0"]) {
            try CropFlipAugmentation(padding: -1)(Tensor.zeros([1, 1, 4, 4]), using: &generator)
        }
    }
}
