import XCTest

/// Asserts that `body` throws an error of type `E` whose description contains every one of
/// `fragments` (module errors describe themselves by their message).
public func assertThrows<E: Error, T>(
    _ errorType: E.Type, mentioning fragments: [String] = [], file: StaticString = #filePath, line: UInt = #line,
    _ body: () throws -> T
) {
    do {
        let value = try body()
        XCTFail("expected a \(E.self), got a value: \(value)", file: file, line: line)
    } catch let error as E {
        let message = String(describing: error)
        for fragment in fragments where !message.contains(fragment) {
            XCTFail("the message \"\(message)\" does not mention \"\(fragment)\"", file: file, line: line)
        }
    } catch {
        XCTFail("expected a \(E.self), got \(type(of: error)): \(error)", file: file, line: line)
    }
}
