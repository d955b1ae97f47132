import XCTest
@testable import Notebook

/// TeX math in prose is found and protected from Markdown; code and prices are not math.
final class MathSpansTests: XCTestCase {
    private func spans(_ text: String, code: [ClosedRange<Int>] = []) -> MathSpans {
        MathSpans(text, codeLines: code)
    }

    func testInlineMathIsReplacedByAPlaceholder() {
        let found = spans("Loss $a_1 * b_2$ here.")
        XCTAssertEqual(found.markdown, "Loss RETORTMATH0X here.")
        XCTAssertEqual(found.formulas, [.init(source: "a_1 * b_2", display: false)])
    }

    func testDisplayMathMaySpanLines() {
        let found = spans("Before\n$$\n\\sum_i x_i\n$$\nAfter")
        XCTAssertEqual(found.markdown, "Before\nRETORTMATH0X\nAfter")
        XCTAssertEqual(found.formulas, [.init(source: "\\sum_i x_i", display: true)])
    }

    func testPricesAreNotMath() {
        XCTAssertTrue(spans("It costs $5 and $10 today.").formulas.isEmpty)
        XCTAssertTrue(spans("a $ b $ c").formulas.isEmpty)
    }

    func testEscapedDollarIsLiteral() {
        let found = spans("\\$x$ and $y$")
        XCTAssertEqual(found.formulas.map(\.source), ["y"])
        XCTAssertTrue(found.markdown.hasPrefix("\\$x$ and "))
    }

    func testInlineCodeIsNotMath() {
        let found = spans("Use `$x$` or ``a $b$ c`` but $z$.")
        XCTAssertEqual(found.formulas.map(\.source), ["z"])
        XCTAssertEqual(found.markdown, "Use `$x$` or ``a $b$ c`` but RETORTMATH0X.")
    }

    func testCodeBlockLinesAreNotMath() {
        let found = spans("$a$\n```\nlet s = \"$b$\"\n```\n$c$\n", code: [2...4])
        XCTAssertEqual(found.formulas.map(\.source), ["a", "c"])
        XCTAssertTrue(found.markdown.contains("\"$b$\""))
    }

    func testMathDoesNotCrossABlankLine() {
        XCTAssertTrue(spans("$a\n\nb$").formulas.isEmpty)
        XCTAssertTrue(spans("$$a\n\nb$$").formulas.isEmpty)
    }

    func testManyFormulasKeepDistinctPlaceholders() {
        let text = (0..<12).map { "$x_{\($0)}$" }.joined(separator: " ")
        let found = spans(text)
        XCTAssertEqual(found.formulas.count, 12)
        XCTAssertTrue(found.markdown.contains("RETORTMATH11X"))
        XCTAssertTrue(found.markdown.contains("RETORTMATH1X "))
    }
}
