import XCTest
@testable import Notebook

/// Leading `//| key: value` lines set a cell's options and are removed from its code.
final class CellOptionsTests: XCTestCase {
    func testOptionsAreReadAndStripped() throws {
        let text = """
            ```swift
            //| label: init
            //| echo: false
            //| output: false
            //| expect-error: true
            //| timeout: 2.5
            let x = 1
            ```

            """
        let cell = try XCTUnwrap(NotebookDocument(text: text, path: "n.md").cells.first)
        XCTAssertEqual(cell.options, CellOptions(label: "init", echo: false, output: false, expectError: true, timeout: 2.5))
        XCTAssertEqual(cell.code, "let x = 1\n")
        XCTAssertEqual(cell.fenceLine, 1)
        XCTAssertEqual(cell.firstCodeLine, 7)
        XCTAssertEqual(cell.notebookLine(ofCodeLine: 1), 7)
    }

    func testDefaultsWithoutOptionLines() throws {
        let cell = try XCTUnwrap(NotebookDocument(text: "```swift\nx\n```\n", path: "n.md").cells.first)
        XCTAssertEqual(cell.options, CellOptions())
        XCTAssertEqual(cell.options.echo, true)
        XCTAssertEqual(cell.options.output, true)
    }

    func testOnlyLeadingOptionLinesAreOptions() throws {
        let cell = try XCTUnwrap(NotebookDocument(text: "```swift\nlet a = 1\n//| label: late\n```\n", path: "n.md").cells.first)
        XCTAssertNil(cell.label)
        XCTAssertEqual(cell.code, "let a = 1\n//| label: late\n")
    }

    func testUnknownOptionIsAProblemWithASuggestionAtTheKeysColumn() {
        let text = "# T\n\n```swift\n//| lable: x\n//| echo: maybe\nx\n```\n"
        XCTAssertThrowsError(try NotebookDocument(text: text, path: "n.md")) { error in
            let problems = (error as? NotebookLoadError)?.problems ?? []
            XCTAssertEqual(problems.count, 2)
            XCTAssertEqual(problems.first?.line, 4)
            XCTAssertEqual(problems.first?.column, 5)
            XCTAssertEqual(problems.first?.length, 5)
            XCTAssertTrue(problems.first?.message.contains("did you mean 'label'?") ?? false)
            XCTAssertEqual(problems.last?.line, 5)
            XCTAssertEqual(problems.last?.column, 11)
            XCTAssertEqual(problems.last?.message, "'echo' is true or false, not 'maybe'")
        }
    }

    func testTimeoutMustBePositive() {
        XCTAssertThrowsError(try NotebookDocument(text: "```swift\n//| timeout: 0\nx\n```\n", path: "n.md"))
        XCTAssertThrowsError(try NotebookDocument(text: "```swift\n//| timeout: soon\nx\n```\n", path: "n.md"))
    }

    func testOptionWithoutColonIsAProblem() {
        XCTAssertThrowsError(try NotebookDocument(text: "```swift\n//| echo\nx\n```\n", path: "n.md")) { error in
            XCTAssertEqual((error as? NotebookLoadError)?.problems.first?.column, 1)
        }
    }
}
