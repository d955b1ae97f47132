import CellLanguage
import XCTest

/// The public lexer serves the report's highlighter: tokens cover the text exactly.
final class LexerTests: XCTestCase {
    func testTokensReproduceTheSourceExactly() {
        let source = """
        // a comment
        let xs: [Double] = [1_000, 0x1F, 2.5e-3] /* nested /* block */ */
        print("tab\\t\\(xs.count + 1) done", .train)\r\n\tfunc f(_ x: Int) -> Int { x }
        let s = \"\"\"
            multi
            \"\"\"
        let broken = "no end
        """
        XCTAssertEqual(Lexer.tokenize(source).map(\.text).joined(), source)
    }

    func testTokensCarryHighlightingCategories() {
        let tokens = Lexer.tokenize("let n: Int = 3 // three\nprint(\"x\\(n)\", .train, true)")
            .filter { $0.category != .whitespace }
        let pairs = tokens.map { "\($0.text)=\($0.category.rawValue)" }
        XCTAssertEqual(pairs, [
            "let=keyword", "n=identifier", ":=punctuation", "Int=typeName", "==operator", "3=number", "// three=comment",
            "print=builtin", "(=punctuation", "\"=string", "x=string", "\\(=interpolation", "n=identifier", ")=interpolation",
            "\"=string", ",=punctuation", ".train=symbol", ",=punctuation", "true=literalKeyword", ")=punctuation",
        ])
    }

    func testUnicodeIdentifiersAndRangesAfterIntegers() {
        let session = Session()
        XCTAssertEqual(session.run("let π = 3.14\nlet größe = 2\nprint(π, größe, Array(1..<3), 3.description)").output, "3.14 2 [1, 2] 3\n")
    }

    func testMalformedInputNeverCrashes() {
        let inputs = [
            "\"\\u{110000}\"", "\"\\u{}\"", "\"\\q\"", "0x", "1e", "12abc", "$", "`", "@", "\\", "\"\\(", "\"\"\"x", "/* open",
            String(repeating: "(", count: 500), String(repeating: "[", count: 300) + "1", String(repeating: "\"\\(", count: 100),
            "let x = 2.", "func (", "if {", "for x in { }", "{ $999999999999999999999 }",
        ]
        for input in inputs {
            _ = Lexer.tokenize(input)
            _ = Interpreter.parse(SourceText(input))
            _ = Interpreter.isIncomplete(input)
        }
        XCTAssertEqual(Interpreter.parse(SourceText(String(repeating: "(", count: 500))).diagnostics.first?.message,
                       "expression or block is nested too deeply (more than 200 levels)")
    }
}
