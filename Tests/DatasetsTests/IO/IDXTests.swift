import Foundation
import XCTest

@testable import Datasets

/// IDX files: the header, gzip detection and the errors for damaged files.
final class IDXTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws { directory = try TemporaryDirectory() }
    override func tearDown() { directory.remove() }

    /// Three 2×4 "images" with bytes 0, 10, 20, …
    private func sampleImages() throws -> IDXArray {
        try IDXArray(shape: [3, 2, 4], bytes: (0..<24).map { UInt8($0 * 10) })
    }

    func testEncodingHasTheBigEndianHeaderOfTheFormat() throws {
        let encoded = try IDXArray(shape: [300, 2], bytes: [UInt8](repeating: 7, count: 600)).encoded()
        XCTAssertEqual(Array(encoded.prefix(12)), [0, 0, 0x08, 2, 0, 0, 0x01, 0x2C, 0, 0, 0, 2])
        XCTAssertEqual(encoded.count, 12 + 600)
    }

    func testGzippedIdx3FileReadsBackItsShapeAndBytes() throws {
        let images = try sampleImages()
        try Data(Gzip.compress(images.encoded())).write(to: URL(fileURLWithPath: directory.file("x-idx3-ubyte.gz")))
        XCTAssertEqual(try IDXArray(contentsOf: directory.file("x-idx3-ubyte.gz")), images)
    }

    func testUncompressedIdx1FileReadsBack() throws {
        let labels = try IDXArray(shape: [5], bytes: [9, 0, 0, 3, 0])
        try Data(labels.encoded()).write(to: URL(fileURLWithPath: directory.file("y-idx1-ubyte")))
        let read = try IDXArray(contentsOf: directory.file("y-idx1-ubyte"))
        XCTAssertEqual(read.shape, [5])
        XCTAssertEqual(read.bytes, [9, 0, 0, 3, 0])
    }

    func testMissingDataIsReportedAsTruncatedWithTheDeclaredShape() throws {
        let encoded = try sampleImages().encoded()
        assertThrowsDatasetError(
            try IDXArray(parsing: Array(encoded.dropLast(5)), source: "short.idx"),
            containing: "short.idx", "[3, 2, 4]", "24 bytes", "holds 19", "truncated")
    }

    func testExtraDataIsReportedAsTrailingBytes() throws {
        assertThrowsDatasetError(
            try IDXArray(parsing: try sampleImages().encoded() + [0], source: "long.idx"), containing: "trailing bytes")
    }

    func testFileEndingInsideTheHeaderIsTruncated() throws {
        assertThrowsDatasetError(
            try IDXArray(parsing: [0, 0, 8, 3, 0, 0, 0, 3], source: "head.idx"),
            containing: "3 dimensions", "ends inside", "truncated")
        assertThrowsDatasetError(try IDXArray(parsing: [0, 0], source: "tiny.idx"), containing: "too short")
    }

    func testWrongMagicIsNotAnIdxFile() {
        assertThrowsDatasetError(
            try IDXArray(parsing: [0x50, 0x4B, 3, 4, 0, 0, 0, 0], source: "zip.idx"), containing: "not an IDX file", "0x50 0x4B")
    }

    func testFloatDataIsRejectedByName() {
        assertThrowsDatasetError(
            try IDXArray(parsing: [0, 0, 0x0D, 1, 0, 0, 0, 0], source: "f.idx"), containing: "0x0D", "float32", "not supported")
    }

    func testTruncatedGzippedFileNamesThePathAndTheCause() throws {
        let packed = try Gzip.compress(try sampleImages().encoded())
        let path = directory.file("cut-idx3-ubyte.gz")
        try Data(packed.prefix(packed.count - 12)).write(to: URL(fileURLWithPath: path))
        assertThrowsDatasetError(try IDXArray(contentsOf: path), containing: path, "truncated")
    }

    func testMissingFileNamesThePath() {
        assertThrowsDatasetError(try IDXArray(contentsOf: directory.file("absent.gz")), containing: "no file at", "absent.gz")
    }

    func testShapeAndByteCountMustAgree() {
        assertThrowsDatasetError(try IDXArray(shape: [2, 2], bytes: [1, 2, 3]), containing: "needs 4 bytes, got 3")
    }
}
