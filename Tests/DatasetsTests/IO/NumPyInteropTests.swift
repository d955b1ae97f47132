import Foundation
import TensorCore
import XCTest

@testable import Datasets

/// NumPy reads the `.npy` files Retort writes, and Retort reads the files NumPy writes
/// (Scripts/check_npy.py is NumPy's side; python3 with numpy must be installed).
final class NumPyInteropTests: XCTestCase {
    private static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/check_npy.py").path

    func testNumPyReadsOurFilesAndWeReadNumPysFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try NPY.save(Tensor(shape: [2, 3, 4], scalars: (0..<24).map { Float($0) * 0.5 - 3 }), to: directory.file("from_swift.npy"))
        try LabeledSet(
            images: Tensor(shape: [6, 1, 2, 2], scalars: (0..<24).map { Float($0) / 8 }), labels: [0, 0, 1, 1, 2, 2]
        ).save(to: directory.file("from_swift_set"))

        try runScript(directory.path)

        let f8 = try NPY.loadTensor(from: directory.file("from_numpy_f8.npy"))
        XCTAssertEqual(f8.shape, [3, 5])
        XCTAssertEqual(f8.scalars, (0..<15).map { Float($0) / 4 })
        XCTAssertEqual(try NPY.loadTensor(from: directory.file("from_numpy_i8.npy")).scalars, [-3, 0, 1_099_511_627_776])
        XCTAssertEqual(try NPY.loadLabels(from: directory.file("from_numpy_i8.npy")), [-3, 0, 1 << 40])
        let u1 = try NPY.loadTensor(from: directory.file("from_numpy_u1.npy"))
        XCTAssertEqual(u1.shape, [2, 2])
        XCTAssertEqual(u1.scalars, [0, 1, 254, 255])
        assertThrowsDatasetError(try NPY.loadTensor(from: directory.file("from_numpy_fortran.npy")), containing: "Fortran")
        let set = try LabeledSet(contentsOf: directory.file("from_numpy_set"))
        XCTAssertEqual(set.images.shape, [4, 1, 2, 2])
        XCTAssertEqual(set.images.scalars, (0..<16).map { Float($0) - 8 })
        XCTAssertEqual(set.labels, [3, 1, 0, 2])
        XCTAssertEqual(set.classCount, 4)
    }

    /// Runs check_npy.py on `directory`; fails the test with the script's message if it fails.
    private func runScript(_ directory: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script, directory]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(
            process.terminationStatus, 0,
            "python3 \(Self.script) failed (python3 with numpy is required: pip install numpy): \(message)",
            file: file, line: line)
        if process.terminationStatus != 0 { throw DatasetError("check_npy.py failed") }
    }
}
