import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// The DSA augmentation: drawing transforms (modes S and M, the reference ranges), siamese
/// sharing between batches, per-image draws, determinism (METHODS.md §3).
final class DSATests: XCTestCase {
    let dsa = DSA()

    func testTheDefaultsAreTheReferenceParamDiffAug() {
        let p = DSAParameters()
        XCTAssertEqual(p.mode, .single)
        XCTAssertEqual(
            [p.flipProbability, p.scaleRatio, p.rotateDegrees, p.cropPadRatio, p.cutoutRatio, p.brightness, p.saturation, p.contrast],
            [0.5, 1.2, 15, 0.125, 0.5, 1, 2, 0.5])
        XCTAssertEqual([p.cropShift(size: 28), p.cropShift(size: 32), p.cutoutSide(size: 28), p.cutoutSide(size: 32)], [4, 4, 14, 16])
        XCTAssertEqual(dsa.strategy.description, "color_crop_cutout_flip_scale_rotate")
    }

    func testModeSDrawsOneTokenPerCallUniformly() throws {
        var generator = SeededGenerator(seed: 1)
        var counts: [DSAOperation: Int] = [:]
        for _ in 0..<1200 {
            let transform = try dsa.draw(height: 28, width: 28, using: &generator)
            XCTAssertEqual(transform.steps.count, 1)
            counts[transform.steps[0].operation, default: 0] += 1
        }
        for operation in DSAOperation.allCases {
            XCTAssertEqual(Double(counts[operation] ?? 0), 200, accuracy: 45, "\(operation): \(counts)")
        }
    }

    func testModeMAppliesEveryTokenInOrder() throws {
        var generator = SeededGenerator(seed: 2)
        let all = DSA(strategy: .reference, parameters: DSAParameters(mode: .multiple))
        let transform = try all.draw(height: 8, width: 8, batch: 3, using: &generator)
        XCTAssertEqual(transform.steps.map(\.operation), DSAStrategy.reference.operations)
        let x = DSAStepTests.images([3, 2, 8, 8])
        var expected = x
        for step in transform.steps { expected = try step.apply(to: expected) }
        XCTAssertEqual(try transform.apply(to: x).scalars, expected.scalars)
    }

    func testDrawsStayInTheReferenceRanges() throws {
        var generator = SeededGenerator(seed: 3)
        let all = DSA(strategy: .reference, parameters: DSAParameters(mode: .multiple))
        var crops = Set<Int>(), centres = Set<Int>(), flips = 0, total = 0
        for _ in 0..<40 {
            for step in try all.draw(height: 28, width: 28, batch: 50, using: &generator).steps {
                switch step {
                case .color(let b, let s, let c):
                    XCTAssertTrue(b.allSatisfy { (-0.5..<0.5).contains($0) } && s.allSatisfy { (0..<2).contains($0) })
                    XCTAssertTrue(c.allSatisfy { (0.5..<1.5).contains($0) })
                case .crop(let rows, let columns): crops.formUnion(rows + columns)
                case .cutout(let rows, let columns, let height, let width):
                    XCTAssertEqual([height, width], [14, 14])
                    centres.formUnion(rows + columns)
                case .flip(let flipped):
                    flips += flipped.filter { $0 }.count
                    total += flipped.count
                case .scale(let x, let y): XCTAssertTrue((x + y).allSatisfy { $0 >= 1 / 1.2 && $0 < 1.2 })
                case .rotate(let angles): XCTAssertTrue(angles.allSatisfy { abs($0) <= 15 * Float.pi / 180 })
                }
            }
        }
        XCTAssertEqual(crops, Set(-4...4), "integer shifts in [−4, 4], both ends included")
        XCTAssertEqual(centres, Set(0...28), "even side 14: centres in [0, 28], the upper bound included")
        XCTAssertEqual(Double(flips) / Double(total), 0.5, accuracy: 0.05)
    }

    func testOddCutoutSidesKeepCentresInsideTheImage() throws {
        var generator = SeededGenerator(seed: 4)
        let cutout = DSA(strategy: DSAStrategy(operations: [.cutout]))
        var centres = Set<Int>()
        for _ in 0..<20 {
            // side Int(7 · 0.5 + 0.5) = 4 rows is even; Int(9 · 0.5 + 0.5) = 5 columns is odd.
            guard case .cutout(_, let columns, let height, let width) = try cutout.draw(height: 7, width: 9, batch: 20, using: &generator).steps[0]
            else { return XCTFail("expected a cutout") }
            XCTAssertEqual([height, width], [4, 5])
            centres.formUnion(columns)
        }
        XCTAssertEqual(centres, Set(0...8))
    }

    func testSiameseGivesEveryImageOfBothBatchesTheSameTransform() throws {
        var generator = SeededGenerator(seed: 5)
        let real = DSAStepTests.images([5, 2, 8, 8], seed: 1)
        for _ in 0..<12 {
            // The synthetic batch holds copies of real images 3 and 0: siamese DSA must transform
            // them exactly as it transforms those real images.
            let synthetic = try real.indexSelect(axis: 0, indices: [3, 0])
            let out = try dsa.siamese([real, synthetic], using: &generator)
            XCTAssertEqual(out[1].scalars, try out[0].indexSelect(axis: 0, indices: [3, 0]).scalars)
        }
    }

    func testADrawnTransformIsAValueThatRepeatsExactly() throws {
        var generator = SeededGenerator(seed: 6)
        let x = DSAStepTests.images([4, 3, 8, 8])
        for _ in 0..<12 {
            let transform = try dsa.draw(height: 8, width: 8, using: &generator)
            XCTAssertTrue(transform.isShared)
            let copy = transform
            XCTAssertEqual(try transform.apply(to: x).scalars, try copy.apply(to: x).scalars)
        }
    }

    func testTheSameSeedGivesTheSameTransformAndOthersDiffer() throws {
        let x = DSAStepTests.images([3, 1, 8, 8])
        let all = DSA(strategy: .reference, parameters: DSAParameters(mode: .multiple))
        XCTAssertEqual(try all.draw(height: 8, width: 8, seed: 42), try all.draw(height: 8, width: 8, seed: 42))
        XCTAssertNotEqual(try all.draw(height: 8, width: 8, seed: 42), try all.draw(height: 8, width: 8, seed: 43))
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        XCTAssertEqual(try dsa(x, using: &a).scalars, try dsa(x, using: &b).scalars)
    }

    func testPerImageDrawsDifferBetweenImages() throws {
        var generator = SeededGenerator(seed: 7)
        let rotate = DSA(strategy: DSAStrategy(operations: [.rotate]))
        let transform = try rotate.draw(height: 8, width: 8, batch: 6, using: &generator)
        guard case .rotate(let angles) = transform.steps[0] else { return XCTFail("expected a rotation") }
        XCTAssertEqual(Set(angles).count, 6)
        XCTAssertFalse(transform.isShared)
        // The same image six times comes out six different ways.
        let x = try DSAStepTests.images([1, 1, 8, 8]).broadcast(to: [6, 1, 8, 8])
        let y = try transform.apply(to: x)
        let images = try (0..<6).map { try y.narrow(axis: 0, start: $0, length: 1).scalars }
        XCTAssertEqual(Set(images.map { $0.description }).count, 6)
    }

    func testBatchAugmentationIsThePerImageAugmentation() throws {
        let x = DSAStepTests.images([4, 1, 8, 8])
        var a = SeededGenerator(seed: 8), b = SeededGenerator(seed: 8)
        let closure = dsa.batchAugmentation
        XCTAssertEqual(try closure(x, &a).scalars, try dsa(x, using: &b).scalars)
        XCTAssertEqual(a.next(), b.next(), "both consumed the same draws")
    }

    func testNoneIsTheIdentity() throws {
        var generator = SeededGenerator(seed: 10)
        let x = DSAStepTests.images([2, 1, 4, 4])
        let none = try DSA("none")
        XCTAssertEqual(try none(x, using: &generator).scalars, x.scalars)
        XCTAssertEqual(try none.draw(height: 4, width: 4, using: &generator), .identity)
    }

    func testSiameseBatchesOfDifferentImageSizesAreAClearError() {
        var generator = SeededGenerator(seed: 11)
        assertThrows(NeuralNetError.self, mentioning: ["differ in size"]) {
            try dsa.siamese([Tensor.zeros([2, 1, 8, 8]), Tensor.zeros([2, 1, 6, 8])], using: &generator)
        }
        assertThrows(NeuralNetError.self, mentioning: ["flip probability"]) {
            try DSA(strategy: .reference, parameters: DSAParameters(flipProbability: 2)).draw(height: 4, width: 4, using: &generator)
        }
    }
}
