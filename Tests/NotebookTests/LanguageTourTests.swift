import Foundation
import XCTest
@testable import Notebook

/// The language tour (`Tests/Fixtures/language-tour.md`) runs end to end; its `--json`
/// output is compared field by field with `language-tour.expected.json` (the notebook path,
/// the figures' directory and the timings vary and are checked apart).
final class LanguageTourTests: XCTestCase {
    private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    func testJSONOutputMatchesTheExpectedDocumentFieldByField() throws {
        let directory = try temporaryDirectory(self)
        let captured = CapturedConsole()
        let tool = NotebookTool(console: captured.console, registry: TestFigure.registry())
        let path = fixtures.appendingPathComponent("language-tour.md").path
        let status = tool.run(path: path, options: NotebookRunOptions(figuresRoot: directory), json: true, quiet: true)
        XCTAssertEqual(status, 0, captured.err)
        XCTAssertEqual(captured.err, "")

        let actual = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(captured.out.utf8)) as? [String: Any])
        let expectedData = try Data(contentsOf: fixtures.appendingPathComponent("language-tour.expected.json"))
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        XCTAssertEqual(actual["notebook"] as? String, path)
        XCTAssertEqual(actual["seed"] as? Int, expected["seed"] as? Int)
        XCTAssertEqual(actual["ok"] as? Bool, expected["ok"] as? Bool)
        let actualCells = try XCTUnwrap(actual["cells"] as? [[String: Any]])
        let expectedCells = try XCTUnwrap(expected["cells"] as? [[String: Any]])
        XCTAssertEqual(actualCells.count, expectedCells.count)
        for (cell, want) in zip(actualCells, expectedCells) {
            let name = "cell \(want["index"] ?? "?")"
            XCTAssertEqual(Set(cell.keys), Set(want.keys), name)
            XCTAssertEqual(cell["index"] as? Int, want["index"] as? Int, name)
            XCTAssertEqual(cell["line"] as? Int, want["line"] as? Int, name)
            XCTAssertEqual(cell["label"] as? String, want["label"] as? String, name)
            XCTAssertEqual(cell["label"] is NSNull, want["label"] is NSNull, name)
            XCTAssertEqual(cell["output"] as? String, want["output"] as? String, name)
            XCTAssertEqual(cell["result"] as? String, want["result"] as? String, name)
            XCTAssertEqual(cell["result"] is NSNull, want["result"] is NSNull, name)
            XCTAssertEqual((cell["figures"] as? [String])?.map { ($0 as NSString).lastPathComponent },
                           want["figures"] as? [String], name)
            for figure in cell["figures"] as? [String] ?? [] {
                XCTAssertEqual(figure, "\(directory)/language-tour/\((figure as NSString).lastPathComponent)", name)
                XCTAssertTrue(FileManager.default.fileExists(atPath: figure), figure)
            }
            XCTAssertEqual(cell["error"] as? [String: AnyHashable], want["error"] as? [String: AnyHashable], name)
            XCTAssertEqual(cell["error"] is NSNull, want["error"] is NSNull, name)
            XCTAssertGreaterThanOrEqual(cell["seconds"] as? Double ?? -1, 0, name)
        }
    }

    func testTheTourPassesCheck() throws {
        let captured = CapturedConsole()
        let path = fixtures.appendingPathComponent("language-tour.md").path
        XCTAssertEqual(NotebookTool(console: captured.console, registry: TestFigure.registry()).check(paths: [path]), 0)
    }
}
