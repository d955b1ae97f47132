@testable import Analysis
import TensorCore
import TestSupport
import XCTest

/// k-means: recovery of separated blobs, seeding, determinism, empty-cluster repair and the
/// representative helper, each against a direct computation.
final class KMeansTests: XCTestCase {
    func blobs(seed: UInt64, k: Int = 4, perBlob: Int = 50) -> (points: Tensor, labels: [Int]) {
        var generator = SeededGenerator(seed: seed)
        return TestData.blobs(centres: TestData.axisCentres(k, dimensions: 8, distance: 20), perBlob: perBlob, spread: 0.5, using: &generator)
    }

    func testWellSeparatedBlobsAreRecovered() throws {
        let (x, truth) = blobs(seed: 1)
        forEachSeed { generator, seed in
            let fit = try KMeans.fit(x, clusters: 4, using: &generator)
            XCTAssertTrue(fit.converged, "seed \(seed)")
            // One label per blob, a different one for each blob.
            var labelOfBlob: [Int: Int] = [:]
            for (i, blob) in truth.enumerated() {
                if let known = labelOfBlob[blob] {
                    XCTAssertEqual(fit.labels[i], known, "seed \(seed), point \(i)")
                } else {
                    labelOfBlob[blob] = fit.labels[i]
                }
            }
            XCTAssertEqual(Set(labelOfBlob.values).count, 4, "seed \(seed)")
        }
    }

    func testInertiaIsTheSumOfSquaredDistancesToTheAssignedCentres() throws {
        let (x, _) = blobs(seed: 2)
        var generator = SeededGenerator(seed: 9)
        let fit = try KMeans.fit(x, clusters: 6, using: &generator)
        var total = 0.0
        for i in 0..<x.shape[0] {
            let d = TestData.distance(x, i, fit.centres, fit.labels[i])
            total += d * d
        }
        XCTAssertEqual(fit.inertia, total, accuracy: 1e-6 * total)
        XCTAssertEqual(try fit.predict(x), fit.labels)
    }

    func testCentresAreTheMeansOfTheirClustersAtConvergence() throws {
        let (x, _) = blobs(seed: 3)
        var generator = SeededGenerator(seed: 4)
        let fit = try KMeans.fit(x, clusters: 4, using: &generator)
        for c in 0..<4 {
            let members = (0..<x.shape[0]).filter { fit.labels[$0] == c }
            for j in 0..<8 {
                let mean = members.reduce(0.0) { $0 + Double(x.scalars[$1 * 8 + j]) } / Double(members.count)
                XCTAssertEqual(Double(fit.centres.scalars[c * 8 + j]), mean, accuracy: 1e-4, "cluster \(c), feature \(j)")
            }
        }
    }

    func testTheSameSeedGivesTheSameClustering() throws {
        let (x, _) = blobs(seed: 5, k: 6)
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        let first = try KMeans.fit(x, clusters: 10, using: &a)
        let second = try KMeans.fit(x, clusters: 10, using: &b)
        XCTAssertEqual(first.centres.scalars, second.centres.scalars)
        XCTAssertEqual(first.labels, second.labels)
        XCTAssertEqual(first.inertia, second.inertia)
    }

    func testPlusPlusSeedsAreDeterministicDistinctAndSpreadOverTheBlobs() throws {
        let (x, truth) = blobs(seed: 6)
        forEachSeed { generator, seed in
            var copy = generator
            let seeds = try KMeans.plusPlusSeeds(x, clusters: 4, using: &generator)
            XCTAssertEqual(try KMeans.plusPlusSeeds(x, clusters: 4, using: &copy), seeds, "seed \(seed)")
            // D² weighting puts each seed in a different far-apart blob.
            XCTAssertEqual(Set(seeds.map { truth[$0] }).count, 4, "seed \(seed): \(seeds)")
        }
        var generator = SeededGenerator(seed: 1)
        let all = try KMeans.plusPlusSeeds(x, clusters: 200, using: &generator)
        XCTAssertEqual(Set(all).count, 200, "every row once when k = N")
    }

    func testMoreInitializationsNeverRaiseTheInertia() throws {
        let (x, _) = blobs(seed: 7, k: 8, perBlob: 20)
        var a = SeededGenerator(seed: 3), b = SeededGenerator(seed: 3)
        let one = try KMeans.fit(x, clusters: 5, using: &a)
        let five = try KMeans.fit(x, clusters: 5, initializations: 5, using: &b)
        XCTAssertLessThanOrEqual(five.inertia, one.inertia)
    }

    func testAnEmptyClusterTakesTheFarthestSampleFromItsOldCluster() {
        // Samples 0, 1, 2 in cluster 0, sample 3 in cluster 1, nothing in cluster 2.
        let data = FeatureMatrix(unchecked: [0, 0, 1, 0, 10, 0, 50, 50], rows: 4, columns: 2)
        let squared: [Float] = [16, 9, 49, 0]  // sample 2 is farthest from its centre
        let centres = Lloyd.update(data, labels: [0, 0, 0, 1], squaredDistances: squared, clusters: 3)
        XCTAssertEqual(Array(centres[0..<2]), [0.5, 0], "cluster 0 keeps samples 0 and 1")
        XCTAssertEqual(Array(centres[2..<4]), [50, 50])
        XCTAssertEqual(Array(centres[4..<6]), [10, 0], "the empty cluster moved to sample 2")
    }

    func testRepresentativesAreTheSamplesNearestEachCentre() throws {
        let (x, _) = blobs(seed: 8)
        var generator = SeededGenerator(seed: 2)
        let fit = try KMeans.fit(x, clusters: 7, using: &generator)
        let nearest = try fit.representatives(in: x)
        let members = try fit.representatives(in: x, withinClusters: true)
        for c in 0..<7 {
            let all = (0..<x.shape[0]).min { TestData.distance(fit.centres, c, x, $0) < TestData.distance(fit.centres, c, x, $1) }!
            XCTAssertEqual(TestData.distance(fit.centres, c, x, nearest[c]), TestData.distance(fit.centres, c, x, all), accuracy: 1e-5)
            XCTAssertEqual(fit.labels[members[c]], c)
            let own = (0..<x.shape[0]).filter { fit.labels[$0] == c }
            let best = own.min { TestData.distance(fit.centres, c, x, $0) < TestData.distance(fit.centres, c, x, $1) }!
            XCTAssertEqual(members[c], best)
        }
        XCTAssertEqual(Set(members).count, 7)
    }

    func testIterationsStopAtTheLimit() throws {
        let (x, _) = blobs(seed: 9, k: 8, perBlob: 30)
        var generator = SeededGenerator(seed: 1)
        let fit = try KMeans.fit(x, clusters: 20, maxIterations: 1, using: &generator)
        XCTAssertEqual(fit.iterations, 1)
        XCTAssertEqual(try fit.predict(x), fit.labels, "labels match the returned centres")
    }

    func testBadInputIsAnErrorThatSaysWhatToDo() {
        let x = TestData.matrix([[0, 0], [1, 1], [2, 2]])
        var generator = SeededGenerator(seed: 1)
        assertThrowsTensorError(mentioning: ["4 clusters", "1...3"]) { try KMeans.fit(x, clusters: 4, using: &generator) }
        assertThrowsTensorError(mentioning: ["maxIterations"]) { try KMeans.fit(x, clusters: 2, maxIterations: 0, using: &generator) }
        assertThrowsTensorError(mentioning: ["tolerance"]) { try KMeans.fit(x, clusters: 2, tolerance: -1, using: &generator) }
    }
}
