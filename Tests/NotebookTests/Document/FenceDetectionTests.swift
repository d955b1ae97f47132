import XCTest
@testable import Notebook

/// Cells are the top-level fenced blocks CommonMark finds, with `swift` or `retort` info.
final class FenceDetectionTests: XCTestCase {
    private func document(_ text: String) throws -> NotebookDocument {
        try NotebookDocument(text: text, path: "Notebooks/demo.md")
    }

    func testBacktickFenceWithSwiftInfoIsACell() throws {
        let doc = try document("# Title\n\n```swift\nlet x = 1\n```\n")
        XCTAssertEqual(doc.cells.count, 1)
        XCTAssertEqual(doc.cells[0].code, "let x = 1\n")
        XCTAssertEqual(doc.cells[0].fenceLine, 3)
        XCTAssertEqual(doc.cells[0].firstCodeLine, 4)
    }

    func testTildeFenceIsACell() throws {
        let doc = try document("~~~swift\nprint(1)\n~~~\n")
        XCTAssertEqual(doc.cells.map(\.code), ["print(1)\n"])
    }

    func testRetortInfoIsACellAndExtraInfoWordsAreIgnored() throws {
        let doc = try document("```retort\na()\n```\n\n```swift title=\"x\"\nb()\n```\n")
        XCTAssertEqual(doc.cells.map(\.code), ["a()\n", "b()\n"])
        XCTAssertEqual(doc.cells.map(\.language), ["retort", "swift"])
        XCTAssertEqual(doc.cells.map(\.index), [0, 1])
    }

    func testLongerClosingFenceClosesTheCell() throws {
        let doc = try document("```swift\nlet a = 1\n`````\nafter\n")
        XCTAssertEqual(doc.cells.map(\.code), ["let a = 1\n"])
        XCTAssertEqual(doc.blocks.last, .prose(Prose(lines: 4...4, markdown: "after\n")))
    }

    func testShorterFenceInsideALongerOneIsCode() throws {
        let doc = try document("````swift\nlet s = \"\"\"\n```\n\"\"\"\n````\n")
        XCTAssertEqual(doc.cells.map(\.code), ["let s = \"\"\"\n```\n\"\"\"\n"])
    }

    func testIndentedFenceShowsCodeWithoutIndentationButRunsTheNotebookLines() throws {
        let doc = try document("  ```swift\n  let x = 1\n    let y = 2\n  ```\n")
        let cell = try XCTUnwrap(doc.cells.first)
        XCTAssertEqual(cell.code, "let x = 1\n  let y = 2\n")
        XCTAssertEqual(cell.source, "  let x = 1\n    let y = 2\n")
    }

    func testFourSpaceIndentIsAnIndentedCodeBlockNotACell() throws {
        let doc = try document("Text\n\n    ```swift\n    let x = 1\n    ```\n")
        XCTAssertTrue(doc.cells.isEmpty)
    }

    func testOtherInfoStringsAreProse() throws {
        let doc = try document("```python\nprint(1)\n```\n\n```\nplain\n```\n\n```text\nout\n```\n")
        XCTAssertTrue(doc.cells.isEmpty)
        XCTAssertEqual(doc.blocks.count, 1)
    }

    func testFenceInsideAListIsNotACell() throws {
        let doc = try document("- item\n\n  ```swift\n  let x = 1\n  ```\n")
        XCTAssertTrue(doc.cells.isEmpty)
    }

    func testUnclosedFenceRunsToTheEndOfTheFile() throws {
        let doc = try document("```swift\nlet x = 1\nprint(x)\n")
        XCTAssertEqual(doc.cells.map(\.code), ["let x = 1\nprint(x)\n"])
    }

    func testProseBetweenCellsKeepsItsLines() throws {
        let doc = try document("# A\n\ntext\n\n```swift\nx\n```\n\n## B\n\n```swift\ny\n```\n")
        XCTAssertEqual(doc.blocks, [
            .prose(Prose(lines: 1...3, markdown: "# A\n\ntext\n")),
            .cell(doc.cells[0]),
            .prose(Prose(lines: 9...9, markdown: "## B\n")),
            .cell(doc.cells[1]),
        ])
    }

    func testTitleComesFromTheFirstHeadingWithoutFrontMatter() throws {
        XCTAssertEqual(try document("Intro\n\n# The *real* title\n").title, "The real title")
        XCTAssertEqual(try document("no heading\n").title, "demo")
    }

    func testCRLFLineEndsAreAccepted() throws {
        let doc = try document("```swift\r\nlet x = 1\r\n```\r\n")
        XCTAssertEqual(doc.cells.map(\.code), ["let x = 1\n"])
    }
}
