import XCTest

@testable import Datasets

/// Gzip: zlib round trips and the errors for damaged streams.
final class GzipTests: XCTestCase {
    private let text = Array(String(repeating: "Fashion-MNIST, 28 by 28. ", count: 400).utf8)

    func testCompressThenDecompressGivesTheBytesBack() throws {
        let packed = try Gzip.compress(text)
        XCTAssertTrue(Gzip.isCompressed(packed))
        XCTAssertLessThan(packed.count, text.count / 10, "repetitive text should compress well")
        XCTAssertEqual(try Gzip.decompress(packed, source: "test"), text)
    }

    func testEmptyInputRoundTrips() throws {
        XCTAssertEqual(try Gzip.decompress(Gzip.compress([]), source: "test"), [])
    }

    func testConcatenatedMembersDecompressToTheirConcatenation() throws {
        let a: [UInt8] = Array("first member\n".utf8)
        let b: [UInt8] = Array("second member\n".utf8)
        let joined = try Gzip.compress(a) + Gzip.compress(b)
        XCTAssertEqual(try Gzip.decompress(joined, source: "test"), a + b)
    }

    func testOutputLargerThanTheTrailerHintStillDecompresses() throws {
        // 5 MB of zeros compresses about 1000-fold; the buffer must grow past the first guess
        // when the trailer is ignored (two members: the trailer only sizes the last).
        let zeros = [UInt8](repeating: 0, count: 5_000_000)
        let joined = try Gzip.compress(zeros) + Gzip.compress([1])
        XCTAssertEqual(try Gzip.decompress(joined, source: "test"), zeros + [1])
    }

    func testTruncatedStreamIsReportedAsTruncated() throws {
        let packed = try Gzip.compress(text)
        assertThrowsDatasetError(
            try Gzip.decompress(Array(packed.prefix(packed.count / 2)), source: "cut.gz"), containing: "cut.gz", "truncated")
    }

    func testCorruptDataIsReportedAsCorrupt() throws {
        var packed = try Gzip.compress(Array((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) }))
        for i in stride(from: 20, to: packed.count - 8, by: 7) { packed[i] ^= 0x5A }
        assertThrowsDatasetError(try Gzip.decompress(packed, source: "bad.gz"), containing: "bad.gz", "corrupt")
    }

    func testTrailingGarbageIsAnError() throws {
        let packed = try Gzip.compress(text) + [1, 2, 3]
        assertThrowsDatasetError(try Gzip.decompress(packed, source: "tail.gz"), containing: "3 bytes of unexpected data")
    }

    func testDataWithoutTheGzipMagicIsRejected() {
        assertThrowsDatasetError(try Gzip.decompress(text, source: "plain.txt"), containing: "not gzip data")
    }

    func testCompressionLevelOutsideZeroToNineIsRejected() {
        assertThrowsDatasetError(try Gzip.compress(text, level: 10), containing: "level 10")
    }
}
