import Foundation
import TensorCore
import XCTest

@testable import Datasets

/// `.npy` files: the header NumPy expects, round trips, conversions and errors.
final class NPYTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws { directory = try TemporaryDirectory() }
    override func tearDown() { directory.remove() }

    /// A version 1.0 `.npy` file written by hand (independently of NPYHeader) with `data` after it.
    private func handWritten(_ dict: String, _ data: [UInt8], version: UInt8 = 1) -> [UInt8] {
        let lengthBytes = version == 1 ? 2 : 4
        var header = dict
        let fixed = 8 + lengthBytes
        header += String(repeating: " ", count: (64 - (fixed + header.utf8.count + 1) % 64) % 64) + "\n"
        let n = header.utf8.count
        let length: [UInt8] = (0..<lengthBytes).map { UInt8(truncatingIfNeeded: n >> (8 * $0)) }
        return [0x93] + Array("NUMPY".utf8) + [version, 0] + length + Array(header.utf8) + data
    }

    func testFloatTensorHeaderIsWhatNumPyWrites() throws {
        let bytes = NPY.encode(try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]))
        XCTAssertEqual(Array(bytes.prefix(8)), [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0])
        let headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
        XCTAssertEqual((10 + headerLength) % 64, 0, "data starts on a 64-byte boundary")
        let header = String(decoding: bytes[10..<10 + headerLength], as: UTF8.self)
        XCTAssertTrue(header.hasPrefix("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), header)
        XCTAssertTrue(header.hasSuffix(" \n"))
        XCTAssertEqual(bytes.count, 10 + headerLength + 24)
        XCTAssertEqual(Array(bytes.suffix(4)), [0, 0, 0xC0, 0x40], "6.0 as little-endian float32")
    }

    func testOneDimensionalAndScalarShapesUsePythonTupleSyntax() throws {
        let vector = String(decoding: NPY.encode(labels: [1, 2, 3]).prefix(64), as: UTF8.self)
        XCTAssertTrue(vector.contains("'descr': '<i8'"))
        XCTAssertTrue(vector.contains("'shape': (3,)"))
        let scalar = String(decoding: NPY.encode(Tensor(2.5)).prefix(64), as: UTF8.self)
        XCTAssertTrue(scalar.contains("'shape': ()"))
    }

    func testTensorsRoundTripThroughFiles() throws {
        let shapes: [[Int]] = [[], [5], [2, 3, 4], [3, 1, 2, 2], [0, 4]]
        for (i, shape) in shapes.enumerated() {
            let values = (0..<Shape.count(shape)).map { Float($0) * 0.37 - 1.5 }
            let tensor = try Tensor(shape: shape, scalars: values)
            let path = directory.file("t\(i).npy")
            try NPY.save(tensor, to: path)
            let loaded = try NPY.loadTensor(from: path)
            XCTAssertEqual(loaded.shape, shape)
            XCTAssertEqual(loaded.scalars, values)
        }
    }

    func testSpecialFloatValuesSurviveBitForBit() throws {
        let values: [Float] = [.infinity, -.infinity, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        let loaded = try NPY.decodeTensor(NPY.encode(Tensor(values)), source: "special")
        XCTAssertEqual(loaded.scalars.map(\.bitPattern), values.map(\.bitPattern))
    }

    func testLabelsRoundTripIncludingLargeValues() throws {
        let labels = [0, 9, 3, 1 << 40, -7]
        let path = directory.file("labels.npy")
        try NPY.save(labels: labels, to: path)
        XCTAssertEqual(try NPY.loadLabels(from: path), labels)
    }

    func testOtherDtypesConvertToFloat() throws {
        let f8 = handWritten("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }",
                             (0.5).bitPattern.littleEndianBytes + (-3.25).bitPattern.littleEndianBytes)
        XCTAssertEqual(try NPY.decodeTensor(f8, source: "f8").scalars, [0.5, -3.25])
        let i8 = handWritten("{'descr': '<i8', 'fortran_order': False, 'shape': (1, 2), }",
                             UInt64(bitPattern: -5).littleEndianBytes + UInt64(70_000).littleEndianBytes)
        let ints = try NPY.decodeTensor(i8, source: "i8")
        XCTAssertEqual(ints.shape, [1, 2])
        XCTAssertEqual(ints.scalars, [-5, 70_000])
        let u1 = handWritten("{'descr': '|u1', 'fortran_order': False, 'shape': (3,), }", [0, 128, 255])
        XCTAssertEqual(try NPY.decodeTensor(u1, source: "u1").scalars, [0, 128, 255])
        let bigEndian = handWritten("{'descr': '>i4', 'fortran_order': False, 'shape': (2,), }", [0xFF, 0xFF, 0xFF, 0xFE, 0, 0, 1, 0])
        XCTAssertEqual(try NPY.decodeTensor(bigEndian, source: ">i4").scalars, [-2, 256])
        XCTAssertEqual(try NPY.decodeLabels(bigEndian, source: ">i4"), [-2, 256])
    }

    func testVersionTwoHeadersAndDoubleQuotesAreRead() throws {
        let bytes = handWritten("{\"descr\": \"<f4\", \"shape\": (1,), \"fortran_order\": False}",
                                Float(7).bitPattern.littleEndianBytes, version: 2)
        XCTAssertEqual(try NPY.decodeTensor(bytes, source: "v2").scalars, [7])
    }

    func testFortranOrderIsRejectedWithAFix() {
        let bytes = handWritten("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", [UInt8](repeating: 0, count: 16))
        assertThrowsDatasetError(try NPY.decodeTensor(bytes, source: "f.npy"), containing: "Fortran", "np.ascontiguousarray")
    }

    func testUnsupportedDtypesAreRejectedByName() {
        let bytes = handWritten("{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }", [UInt8](repeating: 0, count: 8))
        assertThrowsDatasetError(try NPY.decodeTensor(bytes, source: "c.npy"), containing: "'<c8'", "not supported")
        let structured = handWritten("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", [0, 0, 0, 0])
        assertThrowsDatasetError(try NPY.decodeTensor(structured, source: "s.npy"), containing: "malformed .npy header")
    }

    func testTruncatedDataAndBadMagicAreErrors() throws {
        let bytes = NPY.encode(Tensor([1, 2, 3]))
        assertThrowsDatasetError(
            try NPY.decodeTensor(Array(bytes.dropLast(1)), source: "cut.npy"), containing: "needs 12 bytes", "holds 11", "truncated")
        assertThrowsDatasetError(try NPY.decodeTensor(Array(bytes.prefix(40)), source: "head.npy"), containing: "truncated")
        assertThrowsDatasetError(try NPY.decodeTensor(Array("hello, world".utf8), source: "x.npy"), containing: "not a NumPy .npy file")
    }

    func testLabelsMustBeOneDimensionalIntegers() throws {
        assertThrowsDatasetError(try NPY.decodeLabels(NPY.encode(Tensor([1, 2])), source: "y.npy"), containing: "float32", "astype(np.int64)")
        let matrix = handWritten("{'descr': '|u1', 'fortran_order': False, 'shape': (1, 2), }", [1, 2])
        assertThrowsDatasetError(try NPY.decodeLabels(matrix, source: "m.npy"), containing: "one-dimensional", "[1, 2]")
    }

    func testSavingLeavesNoTemporaryFilesAndReplacesAnOldFile() throws {
        let path = directory.file("x.npy")
        try NPY.save(Tensor([1, 2, 3]), to: path)
        try NPY.save(Tensor([4]), to: path)
        XCTAssertEqual(try NPY.loadTensor(from: path).scalars, [4])
        XCTAssertEqual(try directory.entries(), ["x.npy"])
    }

    func testSavingIntoAMissingDirectorySaysSo() {
        assertThrowsDatasetError(try NPY.save(Tensor([1]), to: directory.file("no/such/x.npy")), containing: "does not exist")
    }

    func testSetDirectoryRoundTripsImagesLabelsClassesAndNormalisation() throws {
        var generator = SeededGenerator(seed: 21)
        let mixture = try GaussianMixture(classCount: 3, sampleShape: [1, 2, 2], using: &generator)
        let original = try LabeledSet(
            images: mixture.sample(perClass: 2, using: &generator).images, labels: [0, 0, 1, 1, 2, 2],
            classNames: ["cat", "dog", "eel"], normalization: Normalization(mean: [0.5], std: [0.25]))
        let path = directory.file("set")
        try original.save(to: path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path).sorted(), ["images.npy", "labels.npy", "meta.json"])
        let loaded = try LabeledSet(contentsOf: path)
        XCTAssertEqual(loaded.images.shape, original.images.shape)
        XCTAssertEqual(loaded.images.scalars, original.images.scalars)
        XCTAssertEqual(loaded.labels, original.labels)
        XCTAssertEqual(loaded.classNames, ["cat", "dog", "eel"])
        XCTAssertEqual(loaded.normalization, original.normalization)
    }

    func testSetDirectoryWithoutMetadataNumbersTheClasses() throws {
        let path = directory.path
        try NPY.save(Tensor.zeros([3, 2]), to: directory.file("images.npy"))
        try NPY.save(labels: [0, 4, 1], to: directory.file("labels.npy"))
        let loaded = try LabeledSet(contentsOf: path)
        XCTAssertEqual(loaded.classCount, 5)
        XCTAssertEqual(loaded.normalization, .identity)
        XCTAssertEqual(try LabeledSet(contentsOf: path, classCount: 10, normalization: .fashionMNIST).classCount, 10)
    }

    func testSetDirectoryErrorsNameTheProblem() throws {
        assertThrowsDatasetError(try LabeledSet(contentsOf: directory.path), containing: "no file at", "images.npy")
        try NPY.save(Tensor.zeros([3, 2]), to: directory.file("images.npy"))
        try NPY.save(labels: [0, 1], to: directory.file("labels.npy"))
        assertThrowsDatasetError(try LabeledSet(contentsOf: directory.path), containing: directory.path, "3 samples", "2 labels")
        try NPY.save(labels: [0, 1, 1], to: directory.file("labels.npy"))
        try Data("{\"classCount\": 2, \"classNames\": [\"a\", \"b\"], \"normalization\": {\"mean\": [0], \"std\": [0]}}".utf8)
            .write(to: URL(fileURLWithPath: directory.file("meta.json")))
        assertThrowsDatasetError(try LabeledSet(contentsOf: directory.path), containing: "meta.json", "must be positive")
    }
}

extension FixedWidthInteger {
    /// The bytes of this value, least significant first.
    fileprivate var littleEndianBytes: [UInt8] { withUnsafeBytes(of: littleEndian) { Array($0) } }
}
