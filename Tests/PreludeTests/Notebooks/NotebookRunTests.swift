import CellLanguage
import Notebook
import XCTest

/// The walkthrough notebooks run end to end in quick mode (`--param quick=true`) through the
/// runner with the Prelude's registry: every cell succeeds and every expected figure is
/// written, as PNG and SVG, under `<figures>/<notebook>/`.
final class NotebookRunTests: XCTestCase {
    private let notebooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Notebooks")

    func testTheTourRunsInQuickModeAndDrawsEveryFigure() throws {
        try assertRuns("00-tour", figures: ["derivatives", "samples", "confusion", "tsne", "easy-hard", "loss-histogram"])
    }

    func testTheScalingLawNotebookRunsInQuickModeAndDrawsEveryFigure() throws {
        try assertRuns("01-scaling-law", figures: ["margins", "figure-4a", "figure-4b", "paired-differences", "figure-4c"])
    }

    func testTheEvaluationProtocolNotebookRunsInQuickModeAndDrawsEveryFigure() throws {
        try assertRuns("02-evaluation-protocol", figures: ["ipc1-set", "random-baseline", "spread", "dsa-examples", "architectures"])
    }

    private func assertRuns(_ name: String, figures: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let document = try NotebookDocument.load(path: notebooks.appendingPathComponent(name + ".md").path)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prelude-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let runner = NotebookRunner(
            document: document, options: NotebookRunOptions(params: ["quick=true"], figuresRoot: directory),
            registry: PreludeSession.registry)
        XCTAssertTrue(runner.syntaxErrors.isEmpty, "\(name) has syntax errors", file: file, line: line)
        let run = try runner.run()
        for record in run.records {
            XCTAssertEqual(record.status, .succeeded,
                           "\(name).md, cell at line \(record.cell.fenceLine): \(record.errors.map(\.description))", file: file, line: line)
        }
        for figure in figures {
            for format in ["png", "svg"] {
                let path = "\(directory)/\(name)/\(figure).\(format)"
                XCTAssertTrue(FileManager.default.fileExists(atPath: path), "\(path) is missing", file: file, line: line)
            }
        }
    }
}
