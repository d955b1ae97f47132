import CellLanguage
import XCTest
@testable import Notebook

/// A session runs cells one at a time, as `retort step` does: in any order, again, or edited.
final class NotebookSessionTests: XCTestCase {
    private let document = try! NotebookDocument(
        text: "---\nparams:\n  k: 2\n---\n```swift\nvar n = 0\n```\n\n```swift\nn += k\nn\n```\n", path: "n.md")

    func testCellsRunOneAtATimeAndMayRunAgain() throws {
        let session = try NotebookSession(document: document)
        let cells = document.cells
        XCTAssertEqual(session.run(cells[0]).status, .succeeded)
        XCTAssertEqual(session.run(cells[1]).result, "2")
        XCTAssertEqual(session.run(cells[1]).result, "4", "re-running a cell sees the state it left")
    }

    func testAnEditedCellRunsItsNewCodeAtTheSamePlace() throws {
        let session = try NotebookSession(document: document)
        _ = session.run(document.cells[0])
        let edited = document.cells[1].replacingCode("n = k * 10\nlet m = nope")
        let record = session.run(edited)
        XCTAssertEqual(record.status, .failed)
        XCTAssertEqual(record.error?.location, SourceLocation(line: 11, column: 9))
        XCTAssertEqual(session.interpreter.value(of: "n")?.asInt, 0, "a failed cell leaves the environment as it was")
    }

    func testTheInterpreterIsAvailableBetweenCells() throws {
        let session = try NotebookSession(document: document)
        _ = session.run(document.cells[0])
        XCTAssertEqual(session.interpreter.value(of: "k")?.asInt, 2)
        XCTAssertEqual(session.interpreter.value(of: "n")?.asInt, 0)
    }
}
