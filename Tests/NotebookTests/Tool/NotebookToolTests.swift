import CellLanguage
import XCTest
@testable import Notebook

/// `retort run`, `render` and `check`: output streams, JSON, exit statuses (LANGUAGE.md).
final class NotebookToolTests: XCTestCase {
    private var directory = ""
    private let captured = CapturedConsole()

    override func setUpWithError() throws {
        directory = try temporaryDirectory(self)
    }

    private var tool: NotebookTool { NotebookTool(console: captured.console, registry: TestFigure.registry()) }
    private func options(_ extra: NotebookRunOptions = NotebookRunOptions()) -> NotebookRunOptions {
        var options = extra
        options.figuresRoot = directory + "/Figures"
        return options
    }

    func testRunPrintsOutputAndResultsToStdoutAndExitsZero() throws {
        let path = try writeNotebook("```swift\nprint(\"a\")\n1 + 1\n```\n\n```swift\nprint(\"b\")\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(), json: false, quiet: false), 0)
        XCTAssertEqual(captured.out, "a\n2\nb\n")
        XCTAssertEqual(captured.err, "")
    }

    func testOutputFalseHidesACellsOutputFromStdout() throws {
        let path = try writeNotebook("```swift\n//| output: false\nprint(\"hidden\")\n```\n\n```swift\nprint(\"shown\")\n```\n",
                                     in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(), json: false, quiet: false), 0)
        XCTAssertEqual(captured.out, "shown\n")
    }

    func testQuietPrintsNothingOnSuccess() throws {
        let path = try writeNotebook("```swift\nprint(\"a\")\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(), json: false, quiet: true), 0)
        XCTAssertEqual(captured.out + captured.err, "")
    }

    func testFailingCellExitsOneWithTheDiagnosticOnStderr() throws {
        let path = try writeNotebook("# T\n\n```swift\nlet ipc = 1\nlet r = ipcs * 2\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(), json: false, quiet: false), 1)
        XCTAssertEqual(captured.err, """
            \(path):5:9: error: cannot find 'ipcs' in scope; did you mean 'ipc'?
                let r = ipcs * 2
                        ^~~~

            """)
    }

    func testSyntaxErrorExitsTwoAndRunsNothing() throws {
        let path = try writeNotebook("```swift\nprint(\"ran\")\n```\n\n```swift\nlet a = (1\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(), json: false, quiet: false), 2)
        XCTAssertEqual(captured.out, "")
        XCTAssertTrue(captured.err.hasPrefix("\(path):6:"), captured.err)
    }

    func testMissingNotebookExitsTwo() {
        XCTAssertEqual(tool.run(path: directory + "/nope.md", options: options(), json: false, quiet: false), 2)
        XCTAssertEqual(captured.err, "retort: error: cannot read '\(directory)/nope.md': no such file; check the path\n")
    }

    func testBadCellOptionExitsTwoWithItsPosition() throws {
        let path = try writeNotebook("```swift\n//| lable: x\nprint(1)\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(), json: false, quiet: false), 2)
        XCTAssertTrue(captured.err.hasPrefix("\(path):2:5: error: unknown cell option 'lable'; did you mean 'label'?"),
                      captured.err)
    }

    func testBadParamExitsTwo() throws {
        let path = try writeNotebook("---\nparams:\n  ipc: 1\n---\n```swift\nprint(ipc)\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(NotebookRunOptions(params: ["ipc=x"])), json: false, quiet: false), 2)
        XCTAssertEqual(captured.err, "retort: error: parameter 'ipc' is an Int (from its default); 'x' is not an Int\n")
    }

    func testJSONHasExactlyTheDocumentedFieldsInOrder() throws {
        let path = try writeNotebook("```swift\n//| label: init\nprint(\"hi\")\n\"r\"\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(NotebookRunOptions(seed: 3)), json: true, quiet: false), 0)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(captured.out.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["notebook", "seed", "ok", "cells"])
        XCTAssertEqual(object["notebook"] as? String, path)
        XCTAssertEqual(object["seed"] as? Int, 3)
        XCTAssertEqual(object["ok"] as? Bool, true)
        let cell = try XCTUnwrap((object["cells"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(cell.keys), ["index", "line", "label", "output", "result", "figures", "error", "seconds"])
        XCTAssertEqual(cell["index"] as? Int, 0)
        XCTAssertEqual(cell["line"] as? Int, 1)
        XCTAssertEqual(cell["label"] as? String, "init")
        XCTAssertEqual(cell["output"] as? String, "hi\n")
        XCTAssertEqual(cell["result"] as? String, "\"r\"")
        XCTAssertEqual(cell["figures"] as? [String], [])
        XCTAssertTrue(cell["error"] is NSNull)
        XCTAssertNotNil(cell["seconds"] as? Double)
        let order = ["\"notebook\"", "\"seed\"", "\"ok\"", "\"cells\"", "\"index\"", "\"line\"", "\"label\"", "\"output\"",
                     "\"result\"", "\"figures\"", "\"error\"", "\"seconds\""]
        let positions = order.map { captured.out.range(of: $0)?.lowerBound }
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
        XCTAssertEqual(positions.compactMap { $0 }.count, order.count)
    }

    func testJSONErrorCarriesMessageLineAndColumnAndOkFalse() throws {
        let path = try writeNotebook("text\n\n```swift\nlet x = nope\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(), json: true, quiet: false), 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(captured.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["ok"] as? Bool, false)
        let error = try XCTUnwrap(((object["cells"] as? [[String: Any]])?.first)?["error"] as? [String: Any])
        XCTAssertEqual(Set(error.keys), ["message", "line", "column"])
        XCTAssertEqual(error["line"] as? Int, 4)
        XCTAssertEqual(error["column"] as? Int, 9)
    }

    func testJSONOfASyntaxErrorListsTheCellWithItsError() throws {
        let path = try writeNotebook("```swift\nprint(1)\n```\n\n```swift\nlet s = \"open\n```\n", in: directory)
        XCTAssertEqual(tool.run(path: path, options: options(), json: true, quiet: false), 2)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(captured.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["ok"] as? Bool, false)
        let cells = try XCTUnwrap(object["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["index"] as? Int }, [1])
        XCTAssertEqual((cells[0]["error"] as? [String: Any])?["line"] as? Int, 6)
    }

    func testCheckRunsNothingAndReportsEveryNotebook() throws {
        let good = try writeNotebook("```swift\nprint(\"ran\")\n```\n", named: "good.md", in: directory)
        let bad = try writeNotebook("```swift\nlet a = (1\n```\n\n```swift\nlet b = )\n```\n", named: "bad.md", in: directory)
        XCTAssertEqual(tool.check(paths: [good]), 0)
        XCTAssertEqual(captured.out, "\(good): ok (1 cell)\n")
        XCTAssertEqual(tool.check(paths: [good, bad]), 2)
        XCTAssertEqual(captured.err.components(separatedBy: "\(bad):").count - 1, 2, captured.err)
    }

    func testRenderWritesTheReportAtomicallyAndExitsWithTheRunsStatus() throws {
        let path = try writeNotebook("# Demo\n\n```swift\n//| label: plot\nsketch()\n```\n", in: directory)
        let report = directory + "/out/report.html"
        XCTAssertEqual(tool.render(path: path, to: report, options: options(), json: false, quiet: true), 0, captured.err)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("data:image/png;base64,"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/out"), ["report.html"])
    }

    func testRenderWritesTheReportEvenWhenACellFails() throws {
        let path = try writeNotebook("```swift\nlet y = nope\n```\n", in: directory)
        XCTAssertEqual(tool.render(path: path, to: nil, options: options(), json: false, quiet: true), 1)
        let html = try String(contentsOfFile: directory + "/demo.html", encoding: .utf8)
        XCTAssertTrue(html.contains("cannot find &#39;nope&#39;") || html.contains("cannot find 'nope'"))
    }

    func testReportPathReplacesTheExtension() {
        XCTAssertEqual(NotebookTool.reportPath(for: "Notebooks/demo.md"), "Notebooks/demo.html")
        XCTAssertEqual(NotebookTool.reportPath(for: "demo.md"), "demo.html")
    }
}
