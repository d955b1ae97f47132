import TensorCore
import XCTest

@testable import Datasets

/// Mini-batches: each epoch visits every sample once, in a seeded order.
final class BatchesTests: XCTestCase {
    /// 23 samples of shape [2]; sample i holds (i, i + 0.5); label i mod 4.
    private func set() throws -> LabeledSet {
        try LabeledSet(
            images: Tensor(shape: [23, 2], scalars: (0..<23).flatMap { [Float($0), Float($0) + 0.5] }),
            labels: (0..<23).map { $0 % 4 })
    }

    func testShuffledEpochVisitsEverySampleExactlyOnce() throws {
        var generator = SeededGenerator(seed: 3)
        let batches = try set().batches(size: 5, using: &generator)
        XCTAssertEqual(batches.batchCount, 5)
        let all = batches.flatMap(\.indices)
        XCTAssertEqual(all.sorted(), Array(0..<23))
        XCTAssertNotEqual(all, Array(0..<23), "the order is shuffled")
        XCTAssertEqual(batches.map(\.labels.count), [5, 5, 5, 5, 3])
    }

    func testBatchImagesAndLabelsBelongToTheirIndices() throws {
        var generator = SeededGenerator(seed: 4)
        for batch in try set().batches(size: 6, using: &generator) {
            XCTAssertEqual(batch.images.shape, [batch.indices.count, 2])
            XCTAssertEqual(batch.images.scalars, batch.indices.flatMap { [Float($0), Float($0) + 0.5] })
            XCTAssertEqual(batch.labels, batch.indices.map { $0 % 4 })
        }
    }

    func testDropLastLeavesOutOnlyTheFinalPartialBatch() throws {
        var generator = SeededGenerator(seed: 5)
        let batches = try set().batches(size: 5, dropLast: true, using: &generator)
        XCTAssertEqual(batches.batchCount, 4)
        let sizes = batches.map(\.indices.count)
        XCTAssertEqual(sizes, [5, 5, 5, 5])
        XCTAssertEqual(Set(batches.flatMap(\.indices)).count, 20)
        XCTAssertEqual(Array(batches.flatMap(\.indices)), Array(batches.order.prefix(20)))
    }

    func testSameSeedGivesTheSameEpochsAndSuccessiveEpochsDiffer() throws {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        let set = try self.set()
        let first = try set.batches(size: 4, using: &a).order
        XCTAssertEqual(first, try set.batches(size: 4, using: &b).order)
        XCTAssertNotEqual(first, try set.batches(size: 4, using: &a).order, "each call draws a new permutation")
    }

    func testUnshuffledBatchesKeepTheSetOrder() throws {
        let batches = try set().batches(size: 10)
        XCTAssertEqual(batches.map(\.indices), [Array(0..<10), Array(10..<20), [20, 21, 22]])
    }

    func testSetSmallerThanABatchGivesOneBatchOrNoneWithDropLast() throws {
        XCTAssertEqual(try set().batches(size: 100).map(\.indices.count), [23])
        XCTAssertEqual(try set().batches(size: 100, dropLast: true).batchCount, 0)
        XCTAssertEqual(Array(try set().batches(size: 100, dropLast: true)).count, 0)
    }

    func testBatchSizeBelowOneIsAnError() {
        assertThrowsDatasetError(try set().batches(size: 0), containing: "at least 1, got 0")
    }
}
