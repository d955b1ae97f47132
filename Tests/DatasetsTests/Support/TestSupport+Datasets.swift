import Foundation
import XCTest

@testable import Datasets

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "retort-datasets-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// `path/name`.
    func file(_ name: String) -> String { path + "/" + name }

    /// The names of the entries of the directory (hidden ones included).
    func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Asserts that `body` throws a `DatasetError` whose message contains every fragment.
func assertThrowsDatasetError<T>(
    _ body: @autoclosure () throws -> T, containing fragments: String...,
    file: StaticString = #filePath, line: UInt = #line
) {
    do {
        _ = try body()
        XCTFail("expected a DatasetError containing \(fragments), but nothing was thrown", file: file, line: line)
    } catch let error as DatasetError {
        for fragment in fragments where !error.message.contains(fragment) {
            XCTFail("the message \"\(error.message)\" does not contain \"\(fragment)\"", file: file, line: line)
        }
    } catch {
        XCTFail("expected a DatasetError, got \(type(of: error)): \(error)", file: file, line: line)
    }
}
