import TensorCore
import XCTest

/// Asserts that a tensor has the reference's shape and, elementwise, its values within
/// `tolerance`. Reports up to five differing elements with their multi-indices.
public func assertClose(
    _ actual: Tensor, _ expected: Reference, tolerance: Tolerance = .forward,
    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    let context = message().isEmpty ? "" : " (\(message()))"
    guard actual.shape == expected.shape else {
        XCTFail("shape \(actual.shape) differs from the reference shape \(expected.shape)\(context)", file: file, line: line)
        return
    }
    let indices = Reference.indices(of: expected.shape)
    var failures: [String] = []
    for (i, (a, e)) in zip(actual.scalars, expected.values).enumerated() where !tolerance.accepts(Double(a), e) {
        failures.append("at \(indices[i]): \(a) vs reference \(e)")
        if failures.count == 5 { break }
    }
    if !failures.isEmpty {
        XCTFail(
            "values differ beyond \(tolerance)\(context):\n  " + failures.joined(separator: "\n  "),
            file: file, line: line)
    }
}

/// Asserts that a tensor equals plain values exactly (shape and every element).
public func assertEqual(
    _ actual: Tensor, shape: [Int], _ values: [Float],
    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.shape, shape, message(), file: file, line: line)
    XCTAssertEqual(actual.scalars, values, message(), file: file, line: line)
}

/// Asserts that `body` throws a `TensorError` whose message contains every one of `fragments`
/// (for instance the descriptions of both shapes involved).
public func assertThrowsTensorError<T>(
    mentioning fragments: [String] = [], file: StaticString = #filePath, line: UInt = #line,
    _ body: () throws -> T
) {
    do {
        let value = try body()
        XCTFail("expected a TensorError, got a value: \(value)", file: file, line: line)
    } catch let error as TensorError {
        for fragment in fragments where !error.message.contains(fragment) {
            XCTFail("the error message \"\(error.message)\" does not mention \"\(fragment)\"", file: file, line: line)
        }
    } catch {
        XCTFail("expected a TensorError, got \(type(of: error)): \(error)", file: file, line: line)
    }
}

/// Runs `body` once per seed with a fresh generator; any error thrown is reported with the seed,
/// and `body` receives the seed to name it in its own assertion messages.
public func forEachSeed(
    _ seeds: [UInt64] = Array(1...6), file: StaticString = #filePath, line: UInt = #line,
    _ body: (_ generator: inout SeededGenerator, _ seed: UInt64) throws -> Void
) {
    for seed in seeds {
        var generator = SeededGenerator(seed: seed)
        do {
            try body(&generator, seed)
        } catch {
            XCTFail("seed \(seed): unexpected error: \(error)", file: file, line: line)
        }
    }
}
