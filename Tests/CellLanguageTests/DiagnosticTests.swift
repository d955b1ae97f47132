import CellLanguage
import XCTest

/// The ten kinds of mistake of the acceptance list, each with its exact message, line and
/// column in the notebook file (the cells start at line 14, as if after front matter).
final class DiagnosticTests: XCTestCase {
    /// Runs (or only parses, for syntax errors) a marked cell starting at `firstLine` and
    /// checks the first diagnostic's message and that it points at marker 1️⃣.
    private func assertDiagnostic(
        _ marked: String, _ message: String, setup: String? = nil, firstLine: Int = 14,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let text = MarkedText(marked, firstLine: firstLine)
        let session = Session()
        if let setup { XCTAssertEqual(session.run(setup).errors.map(\.description), [], file: file, line: line) }
        let result = session.run(text.text, file: "Notebooks/demo.md", firstLine: firstLine)
        guard let diagnostic = result.errors.first else {
            return XCTFail("no error; output: \(result.output)", file: file, line: line)
        }
        XCTAssertEqual(diagnostic.message, message, file: file, line: line)
        XCTAssertEqual(diagnostic.file, "Notebooks/demo.md", file: file, line: line)
        let expected = text.location("1️⃣")
        XCTAssertEqual(diagnostic.location.line, expected?.line, "line", file: file, line: line)
        XCTAssertEqual(diagnostic.location.column, expected?.column, "column", file: file, line: line)
    }

    func testUnknownNameSuggestsTheClosestNameInScope() {
        assertDiagnostic("let ipc = 10\nlet r = 1️⃣ipcs * 2", "cannot find 'ipcs' in scope; did you mean 'ipc'?")
    }

    func testWrongLabelNamesTheExpectedLabels() {
        assertDiagnostic(
            "scaled(3, 1️⃣bi: 4)", "incorrect argument label in call (have '_:bi:', expected '_:by:')",
            setup: "func scaled(_ x: Double, by factor: Double = 2) -> Double { x * factor }")
    }

    func testMissingArgumentNamesTheParameter() {
        assertDiagnostic(
            "let y = 1️⃣power(2)", "missing argument for parameter 'to' in call",
            setup: "func power(_ x: Double, to n: Int) -> Double { pow(x, Double(n)) }")
    }

    func testTypeMismatchInAnOperatorPointsAtTheOperator() {
        assertDiagnostic(
            "let n = 3\nlet s = n 1️⃣+ \"items\"", "binary operator '+' cannot be applied to operands of type 'Int' and 'String'")
    }

    func testIntegerDivisionByZeroIsAnError() {
        assertDiagnostic("let zero = 0\nprint(10 1️⃣/ zero)", "division by zero")
    }

    func testReassigningALetConstantIsAnError() {
        assertDiagnostic("let n = 10\n1️⃣n = 11", "cannot assign to value: 'n' is a 'let' constant")
    }

    func testUnterminatedStringPointsAtItsOpeningQuote() {
        assertDiagnostic("let s = 1️⃣\"abc\nprint(s)", "unterminated string literal")
    }

    func testUnbalancedBracePointsAtTheUnclosedBrace() {
        assertDiagnostic("func f() 1️⃣{\n    print(1)\n", "expected '}' to match this opening '{'")
    }

    func testExtraClosingBraceIsAnError() {
        assertDiagnostic("print(1)\n1️⃣}", "extraneous '}' at top level")
    }

    func testCallingANonFunctionIsAnError() {
        assertDiagnostic("let x = 3\nlet y = 1️⃣x(2)", "cannot call value of non-function type 'Int'")
    }

    func testIndexOutOfRangeIsAnError() {
        assertDiagnostic("let xs = [1, 2, 3]\nprint(1️⃣xs[5])", "index out of range: index 5, but the array has 3 elements")
    }

    func testRenderedDiagnosticMatchesTheLanguageContract() {
        let session = Session()
        session.run("let ipc = 10", file: "Notebooks/demo.md", firstLine: 10)
        let result = session.run("let r = ipcs * 2", file: "Notebooks/demo.md", firstLine: 14)
        XCTAssertEqual(
            result.errors.first?.description,
            """
            Notebooks/demo.md:14:9: error: cannot find 'ipcs' in scope; did you mean 'ipc'?
                let r = ipcs * 2
                        ^~~~

            """)
    }

    func testErrorsInsideFunctionsShowTheCallStackInnermostLast() {
        let session = Session()
        session.run("func divide(_ a: Int, by b: Int) -> Int {\n    return a / b\n}", file: "nb.md", firstLine: 3)
        session.run("func ratio(_ n: Int) -> Int {\n    divide(n, by: 0)\n}", file: "nb.md", firstLine: 8)
        let result = session.run("let x = 1\nprint(ratio(4))", file: "nb.md", firstLine: 20, label: "main")
        XCTAssertEqual(
            result.errors.first?.description,
            """
            nb.md:4:14: error: division by zero
                    return a / b
                             ^
            call stack (innermost last):
              nb.md:21:7: in cell 'main'
              nb.md:9:5: in ratio(_:)
              nb.md:4:14: in divide(_:by:)

            """)
        XCTAssertEqual(result.errors.first?.cellLabel, "main")
    }

    func testNativeArgumentMistakesShowTheExpectedSignature() {
        let result = Session().run("print(format(3.14159, digit: 2))")
        XCTAssertEqual(result.errors.first?.message, "incorrect argument label in call (have '_:digit:', expected '_:digits:')")
        XCTAssertEqual(result.errors.first?.notes.map(\.message), ["expected format(_ x: Double, digits: Int = 2) -> String"])
    }

    func testUnknownMemberSuggestsAClosePropertyOrMethod() {
        let result = Session().run("let xs = [1, 2]\nprint(xs.cuont)")
        XCTAssertEqual(result.errors.first?.message, "value of type '[Int]' has no member 'cuont'; did you mean 'count'?")
    }

    func testParserReportsEverySyntaxErrorOfACellInOnePass() {
        let text = MarkedText("let a = 1️⃣)\nlet b = 2\nprint(2️⃣,)\nlet c = 3️⃣2.\n")
        let cell = Interpreter.parse(SourceText(text.text, file: "x.md"))
        XCTAssertEqual(cell.diagnostics.map(\.message), [
            "expected expression", "expected expression", "'2.' is not a valid floating-point literal; write '2.0'",
        ])
        XCTAssertEqual(
            cell.diagnostics.map { [$0.location.line, $0.location.column] },
            ["1️⃣", "2️⃣", "3️⃣"].map { [text.location($0)?.line ?? 0, text.location($0)?.column ?? 0] })
    }

    func testCheckReportsSyntaxErrorsOfAllCellsBeforeRunning() {
        let diagnostics = Interpreter.check([
            SourceText("let a = (1", file: "n.md", firstLine: 5),
            SourceText("let ok = 1", file: "n.md", firstLine: 9),
            SourceText("for in x {}", file: "n.md", firstLine: 12),
        ])
        XCTAssertEqual(diagnostics.map(\.location.line), [5, 12])
    }

    func testIntegerLiteralOverflowIsADiagnosticNotACrash() {
        let cell = Interpreter.parse(SourceText("let big = 99999999999999999999"))
        XCTAssertEqual(cell.diagnostics.map(\.message), ["integer literal overflows Int"])
        XCTAssertEqual(Session().run("print(-9223372036854775808)").output, "-9223372036854775808\n")
        XCTAssertEqual(Interpreter.parse(SourceText("let x = 9223372036854775808")).diagnostics.map(\.message), ["integer literal overflows Int"])
    }
}
