import Foundation
import XCTest

@testable import Datasets

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator for these tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
