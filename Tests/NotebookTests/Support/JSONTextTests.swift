import XCTest
@testable import Notebook

/// JSON text is escaped exactly as RFC 8259 requires.
final class JSONTextTests: XCTestCase {
    func testStringsEscapeQuotesBackslashesAndControlCharacters() {
        XCTAssertEqual(JSONText.string("a\"b\\c\nd\te\u{01}é"), "\"a\\\"b\\\\c\\nd\\te\\u0001é\"")
    }

    func testNumbersAndNull() {
        XCTAssertEqual(JSONText.number(3), "3")
        XCTAssertEqual(JSONText.number(0.125), "0.125")
        XCTAssertEqual(JSONText.number(.nan), "0")
        XCTAssertEqual(JSONText.optionalString(nil), "null")
    }

    func testObjectsKeepTheirMemberOrder() {
        XCTAssertEqual(JSONText.object([("z", "1"), ("a", "2")]), "{\"z\": 1, \"a\": 2}")
    }
}
