@testable import Analysis
import TensorCore
import TestSupport
import XCTest

/// Blocked GEMM nearest-neighbour search against brute force in Double.
final class NearestNeighborsTests: XCTestCase {
    /// Brute-force k nearest (distance, index) pairs of query `q`, ties by index.
    func bruteForce(_ queries: Tensor, _ q: Int, _ points: Tensor, k: Int, skip: Int? = nil) -> [(Double, Int)] {
        let all = (0..<points.shape[0]).filter { $0 != skip }.map { (TestData.distance(queries, q, points, $0), $0) }
        return Array(all.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }.prefix(k))
    }

    func testSearchMatchesBruteForceAcrossBlockBoundaries() throws {
        // 300 queries and 1100 points cross the 256-query and 1024-point tile edges.
        var generator = SeededGenerator(seed: 3)
        let queries = RandomCases.tensor([300, 17], using: &generator)
        let points = RandomCases.tensor([1100, 17], using: &generator)
        for k in [1, 5, 40] {
            let found = try NearestNeighbors.search(queries, in: points, k: k)
            XCTAssertEqual(found.queryCount, 300)
            for q in stride(from: 0, to: 300, by: 7) {
                let expected = bruteForce(queries, q, points, k: k)
                XCTAssertEqual(Array(found.indices(ofQuery: q)), expected.map(\.1), "k \(k), query \(q)")
                for (got, want) in zip(found.distances(ofQuery: q), expected) {
                    XCTAssertEqual(Double(got), want.0, accuracy: 1e-5, "k \(k), query \(q)")
                }
            }
        }
    }

    func testSearchWithinNeverReturnsThePointItselfButFindsItsDuplicate() throws {
        var rows: [[Float]] = [[0, 0], [0, 0], [5, 5], [5, 6], [9, 9]]
        rows.append([0.5, 0])
        let found = try NearestNeighbors.searchWithin(TestData.matrix(rows), k: 2)
        XCTAssertEqual(Array(found.indices(ofQuery: 0)), [1, 5])
        XCTAssertEqual(Array(found.distances(ofQuery: 0)), [0, 0.5])
        XCTAssertEqual(Array(found.indices(ofQuery: 1)), [0, 5])
        XCTAssertEqual(Array(found.indices(ofQuery: 4)), [3, 2])
        for q in 0..<rows.count { XCTAssertFalse(found.indices(ofQuery: q).contains(q)) }
    }

    func testSearchWithinMatchesBruteForceOnRandomData() throws {
        var generator = SeededGenerator(seed: 8)
        let points = RandomCases.tensor([700, 5], using: &generator)
        let found = try NearestNeighbors.searchWithin(points, k: 9)
        for q in stride(from: 0, to: 700, by: 13) {
            XCTAssertEqual(Array(found.indices(ofQuery: q)), bruteForce(points, q, points, k: 9, skip: q).map(\.1), "query \(q)")
        }
    }

    func testEqualDistancesKeepTheLowerIndexFirst() throws {
        let points = TestData.matrix([[1, 0], [-1, 0], [0, 1], [0, -1]])
        let found = try NearestNeighbors.search(TestData.matrix([[0, 0]]), in: points, k: 4)
        XCTAssertEqual(found.indices, [0, 1, 2, 3])
        XCTAssertEqual(found.nearestDistances, [1])
    }

    func testResultsDoNotDependOnTheWorkerCount() throws {
        var generator = SeededGenerator(seed: 5)
        let queries = RandomCases.tensor([600, 12], using: &generator)
        let points = RandomCases.tensor([900, 12], using: &generator)
        let one = try TestData.withWorkers(1) { try NearestNeighbors.search(queries, in: points, k: 3) }
        let two = try TestData.withWorkers(2) { try NearestNeighbors.search(queries, in: points, k: 3) }
        XCTAssertEqual(one, two)
    }

    func testBadInputIsAnErrorThatSaysWhatToDo() {
        let points = TestData.matrix([[0, 0], [1, 1]])
        assertThrowsTensorError(mentioning: ["k = 3", "1...2"]) { try NearestNeighbors.search(points, in: points, k: 3) }
        assertThrowsTensorError(mentioning: ["1...1"]) { try NearestNeighbors.searchWithin(points, k: 2) }
        assertThrowsTensorError(mentioning: ["3 features", "2"]) {
            try NearestNeighbors.search(TestData.matrix([[0, 0, 0]]), in: points)
        }
        assertThrowsTensorError(mentioning: ["[samples, features]", "reshape"]) {
            try NearestNeighbors.search(Tensor([1, 2]), in: points)
        }
        assertThrowsTensorError(mentioning: ["non-finite", "row 1"]) {
            try NearestNeighbors.search(TestData.matrix([[0, 0], [.nan, 1]]), in: points)
        }
    }
}
