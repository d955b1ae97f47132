import TensorCore
import XCTest

@testable import Datasets

/// Gaussian mixtures: shapes, seeding, and samples spread around their centres as documented.
final class GaussianMixtureTests: XCTestCase {
    func testSamplesAreGroupedByClassWithTheRequestedShape() throws {
        var generator = SeededGenerator(seed: 11)
        let mixture = try GaussianMixture(classCount: 3, sampleShape: [1, 4, 4], using: &generator)
        let set = try mixture.sample(perClass: 5, using: &generator)
        XCTAssertEqual(mixture.centres.shape, [3, 1, 4, 4])
        XCTAssertEqual(set.images.shape, [15, 1, 4, 4])
        XCTAssertEqual(set.labels, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2])
        XCTAssertEqual(set.classCount, 3)
    }

    func testSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws {
        func draw(_ seed: UInt64) throws -> [Float] {
            var generator = SeededGenerator(seed: seed)
            return try GaussianMixture(classCount: 2, sampleShape: [3], using: &generator)
                .sample(perClass: 4, using: &generator).images.scalars
        }
        XCTAssertEqual(try draw(1), try draw(1))
        XCTAssertNotEqual(try draw(1), try draw(2))
    }

    func testSamplesScatterAroundTheirCentresWithTheGivenNoise() throws {
        var generator = SeededGenerator(seed: 12)
        let d = 8, perClass = 4_000
        let mixture = try GaussianMixture(classCount: 2, sampleShape: [d], noise: 0.5, using: &generator)
        let set = try mixture.sample(perClass: perClass, using: &generator)
        var sumOfSquares = 0.0
        for k in 0..<2 {
            let samples = try set.images(ofClass: k).scalars
            for j in 0..<d {
                let column = stride(from: j, to: samples.count, by: d).map { Double(samples[$0]) }
                let mean = column.reduce(0, +) / Double(perClass)
                // The standard error of the mean is 0.5 / √4000 ≈ 0.008; allow 5 of them.
                XCTAssertEqual(mean, Double(mixture.centres.scalars[k * d + j]), accuracy: 0.04)
                sumOfSquares += column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            }
        }
        XCTAssertEqual((sumOfSquares / Double(2 * perClass * d)).squareRoot(), 0.5, accuracy: 0.01)
    }

    func testCentresAreOnAverageSeparationApart() throws {
        var generator = SeededGenerator(seed: 13)
        let mixture = try GaussianMixture(classCount: 40, sampleShape: [64], separation: 3, using: &generator)
        let c = mixture.centres.scalars.map(Double.init)
        var total = 0.0, pairs = 0
        for a in 0..<40 {
            for b in 0..<a {
                total += (0..<64).reduce(0.0) { $0 + (c[a * 64 + $1] - c[b * 64 + $1]) * (c[a * 64 + $1] - c[b * 64 + $1]) }
                pairs += 1
            }
        }
        XCTAssertEqual((total / Double(pairs)).squareRoot(), 3, accuracy: 0.15)
    }

    func testInvalidArgumentsAreErrors() {
        var generator = SeededGenerator(seed: 1)
        assertThrowsDatasetError(try GaussianMixture(classCount: 0, sampleShape: [2], using: &generator), containing: "0 classes")
        assertThrowsDatasetError(try GaussianMixture(classCount: 2, sampleShape: [0], using: &generator), containing: "sample shape [0]")
        assertThrowsDatasetError(try GaussianMixture(classCount: 2, sampleShape: [2], noise: -1, using: &generator), containing: "noise -1")
    }
}
