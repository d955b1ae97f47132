@testable import Analysis
import Foundation
import TensorCore
import TestSupport
import XCTest

/// The t-SNE objective: gradients against finite differences of the KL divergence, and
/// Barnes–Hut against exact.
final class TSNEGradientTests: XCTestCase {
    /// Random points, their exact objective, and a sparse objective over all other points
    /// (the same P), with a random layout.
    func setUp(count n: Int, seed: UInt64, theta: Double) -> (exact: ExactObjective, barnesHut: BarnesHutObjective, y: [Double]) {
        var generator = SeededGenerator(seed: seed)
        let x = RandomCases.tensor([n, 4], using: &generator)
        let data = try! FeatureMatrix(x, operation: "test")
        let exact = ExactObjective(p: DenseAffinities.joint(data, perplexity: 5), count: n, dimensions: 2)
        let neighbors = NearestNeighbors.search(data, in: data, k: n - 1, excludingSelf: true)
        let sparse = BarnesHutObjective(affinities: SparseAffinities(neighbors: neighbors, perplexity: 5), theta: theta)
        let y = (0..<(2 * n)).map { _ in 2 * generator.normal() }
        return (exact, sparse, y)
    }

    func gradient(_ objective: TSNEObjective, _ y: [Double], exaggeration: Double = 1) -> (g: [Double], kl: Double) {
        var g = [Double](repeating: 0, count: y.count)
        let kl = y.withUnsafeBufferPointer { yv in
            g.withUnsafeMutableBufferPointer { objective.gradient(yv.baseAddress!, exaggeration: exaggeration, into: $0.baseAddress!, measure: true)! }
        }
        return (g, kl)
    }

    func testExactGradientIsAQuarterOfTheKLDerivative() {
        let (exact, _, y) = setUp(count: 15, seed: 1, theta: 0)
        let (g, kl) = gradient(exact, y)
        XCTAssertEqual(kl, y.withUnsafeBufferPointer { exact.exactDivergence($0.baseAddress!) }, accuracy: 1e-12)
        let h = 1e-6
        for i in 0..<y.count {
            var plus = y, minus = y
            plus[i] += h
            minus[i] -= h
            let difference = (plus.withUnsafeBufferPointer { exact.exactDivergence($0.baseAddress!) }
                - minus.withUnsafeBufferPointer { exact.exactDivergence($0.baseAddress!) }) / (2 * h)
            XCTAssertEqual(4 * g[i], difference, accuracy: 1e-6 + 1e-5 * abs(difference), "coordinate \(i)")
        }
    }

    func testExaggerationScalesOnlyTheAttraction() {
        let (exact, _, y) = setUp(count: 12, seed: 2, theta: 0)
        let plain = gradient(exact, y).g
        let doubled = gradient(exact, y, exaggeration: 2).g
        let attraction = gradient(exact, y, exaggeration: 3).g
        // g(α) = α·A − R, so g(3) − g(2) = g(2) − g(1) = A.
        for i in 0..<y.count { XCTAssertEqual(attraction[i] - doubled[i], doubled[i] - plain[i], accuracy: 1e-12) }
    }

    func testBarnesHutWithThetaZeroIsExact() {
        // The sparse P sees distances rounded to Float, so P (and everything after) agrees to ~1e-7.
        let (exact, barnesHut, y) = setUp(count: 40, seed: 3, theta: 0)
        let (ge, kle) = gradient(exact, y)
        let (gb, klb) = gradient(barnesHut, y)
        XCTAssertEqual(klb, kle, accuracy: 1e-6 * kle)
        let scale = ge.map(abs).max()!
        for i in 0..<y.count { XCTAssertEqual(gb[i], ge[i], accuracy: 1e-6 * scale, "coordinate \(i)") }
        XCTAssertEqual(y.withUnsafeBufferPointer { barnesHut.exactDivergence($0.baseAddress!) }, klb, accuracy: 1e-12 * klb)
    }

    func testBarnesHutApproximatesTheExactGradient() {
        let (exact, _, y) = setUp(count: 300, seed: 4, theta: 0)
        let (_, barnesHut, _) = setUp(count: 300, seed: 4, theta: 0.5)
        let (ge, kle) = gradient(exact, y)
        let (gb, klb) = gradient(barnesHut, y)
        let error = zip(ge, gb).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
        let norm = ge.reduce(0) { $0 + $1 * $1 }.squareRoot()
        XCTAssertLessThan(error / norm, 0.02, "relative gradient error")
        XCTAssertEqual(klb, kle, accuracy: 0.01 * abs(kle))
    }

    func testCalibratedRowsHaveTheRequestedPerplexity() {
        var generator = SeededGenerator(seed: 5)
        for perplexity in [2.0, 10, 30] {
            var row = (0..<100).map { _ in 50 * generator.uniformDouble() }
            row.withUnsafeMutableBufferPointer { PerplexitySearch.calibrate($0.baseAddress!, count: 100, perplexity: perplexity) }
            XCTAssertEqual(row.reduce(0, +), 1, accuracy: 1e-12)
            let entropy = -row.reduce(0) { $0 + ($1 > 0 ? $1 * log($1) : 0) }
            XCTAssertEqual(exp(entropy), perplexity, accuracy: 1e-3 * perplexity)
        }
    }

    func testSparseAffinitiesAreSymmetricAndSumToOne() {
        var generator = SeededGenerator(seed: 6)
        let data = try! FeatureMatrix(RandomCases.tensor([200, 3], using: &generator), operation: "test")
        let p = SparseAffinities(neighbors: NearestNeighbors.search(data, in: data, k: 15, excludingSelf: true), perplexity: 5)
        XCTAssertEqual(p.values.reduce(0, +), 1, accuracy: 1e-12)
        var entries: [Int: Double] = [:]
        for i in 0..<200 {
            let columns = p.columns[p.rowStart[i]..<p.rowStart[i + 1]]
            XCTAssertEqual(Array(columns), columns.sorted(), "row \(i) is sorted")
            XCTAssertFalse(columns.contains(Int32(i)))
            for e in p.rowStart[i]..<p.rowStart[i + 1] { entries[i * 200 + Int(p.columns[e])] = p.values[e] }
        }
        for (key, value) in entries {
            XCTAssertEqual(entries[(key % 200) * 200 + key / 200], value, "p_ij = p_ji")
        }
    }
}
