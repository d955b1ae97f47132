import CellLanguage
import XCTest
@testable import Notebook

/// Figures are saved under `<root>/<notebook>/` with deterministic names.
final class FigureStoreTests: XCTestCase {
    private func run(_ text: String, root: String) throws -> RunResult {
        let document = try NotebookDocument(text: text, path: "Notebooks/demo.md")
        return try NotebookRunner(document: document, options: NotebookRunOptions(figuresRoot: root),
                                  registry: TestFigure.registry()).run()
    }

    func testAFigureResultIsSavedUnderTheCellLabelAndIsNotAResult() throws {
        let root = try temporaryDirectory(self)
        let run = try run("```swift\n//| label: loss\nsketch()\n```\n", root: root)
        let record = run.records[0]
        XCTAssertNil(record.result, "\(record.errors)")
        XCTAssertEqual(record.figures.map(\.displayPath), ["\(root)/demo/loss.png"])
        XCTAssertEqual(record.figures[0].paths, ["\(root)/demo/loss.png", "\(root)/demo/loss.svg"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(root)/demo/loss.png"))
    }

    func testUnlabelledCellsNameFiguresByIndexAndSeveralGetACounter() throws {
        let root = try temporaryDirectory(self)
        let run = try run("```swift\nprint(0)\n```\n\n```swift\ndisplay(sketch())\ndisplay(sketch())\nsketch()\n```\n",
                          root: root)
        XCTAssertEqual(run.records[1].figures.map { ($0.displayPath as NSString).lastPathComponent },
                       ["cell-1.png", "cell-1-2.png", "cell-1-3.png"])
    }

    func testAFigureMayAskForItsOwnName() throws {
        let root = try temporaryDirectory(self)
        let run = try run("```swift\n//| label: plots\ndisplay(sketch(\"accuracy\"))\n```\n", root: root)
        XCTAssertEqual(run.records[0].figures.map(\.displayPath), ["\(root)/demo/accuracy.png"])
    }

    func testNamesAreTheSameOnEveryRun() throws {
        let root = try temporaryDirectory(self)
        let text = "```swift\ndisplay(sketch())\nsketch(\"a b/c\")\n```\n"
        let first = try run(text, root: root).records[0].figures.map(\.displayPath)
        let second = try run(text, root: root).records[0].figures.map(\.displayPath)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.map { ($0 as NSString).lastPathComponent }, ["cell-0.png", "a-b-c.png"])
    }
}
