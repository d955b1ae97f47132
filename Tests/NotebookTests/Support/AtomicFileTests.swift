import XCTest
@testable import Notebook

/// Files are written whole or not at all: temporary file, then rename.
final class AtomicFileTests: XCTestCase {
    func testWritesAndCreatesMissingDirectories() throws {
        let root = try temporaryDirectory(self)
        let path = "\(root)/a/b/report.html"
        try AtomicFile.write("hello", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "hello")
    }

    func testReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws {
        let root = try temporaryDirectory(self)
        let path = "\(root)/report.html"
        try AtomicFile.write("old", to: path)
        try AtomicFile.write("new", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["report.html"])
    }

    func testFailureNamesThePathAndKeepsTheOldFile() throws {
        let root = try temporaryDirectory(self)
        let blocker = "\(root)/file"
        try AtomicFile.write("x", to: blocker)
        XCTAssertThrowsError(try AtomicFile.write("y", to: "\(blocker)/inside.html")) { error in
            XCTAssertTrue("\(error)".hasPrefix("cannot write '\(blocker)/inside.html'"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: blocker, encoding: .utf8), "x")
    }
}
