import CellLanguage
import XCTest
@testable import Notebook

/// The runner runs cells top to bottom in one environment and records what each did.
final class NotebookRunnerTests: XCTestCase {
    private func run(_ text: String, options: NotebookRunOptions = NotebookRunOptions()) throws -> RunResult {
        let document = try NotebookDocument(text: text, path: "Notebooks/demo.md")
        return try NotebookRunner(document: document, options: options).run()
    }

    func testCellsShareOneEnvironmentAndRecordOutputAndResult() throws {
        let run = try run("```swift\nlet x = 20\nprint(\"x is\", x)\n```\n\nText\n\n```swift\nx + 1\n```\n")
        XCTAssertEqual(run.records.map(\.status), [.succeeded, .succeeded])
        XCTAssertEqual(run.records[0].output, "x is 20\n")
        XCTAssertNil(run.records[0].result)
        XCTAssertEqual(run.records[1].output, "")
        XCTAssertEqual(run.records[1].result, "21")
        XCTAssertTrue(run.ok)
        XCTAssertEqual(run.exitStatus, 0)
    }

    func testStringResultIsShownQuotedAsInTheSwiftREPL() throws {
        let run = try run("```swift\n\"hi\"\n```\n")
        XCTAssertEqual(run.records[0].result, "\"hi\"")
    }

    func testParamsAreConstantsInEveryCellAndOverridesApply() throws {
        let text = "---\nparams:\n  ipc: 10\n  lr: 0.5\n---\n```swift\nprint(ipc * 2, lr)\n```\n"
        XCTAssertEqual(try run(text).records[0].output, "20 0.5\n")
        let overridden = try run(text, options: NotebookRunOptions(params: ["ipc=3", "lr=2"]))
        XCTAssertEqual(overridden.records[0].output, "6 2.0\n")
        XCTAssertEqual(overridden.params.map(\.value), [.int(3), .double(2)])
    }

    func testAParamCannotBeReassigned() throws {
        let run = try run("---\nparams:\n  ipc: 10\n---\n```swift\nipc = 3\n```\n")
        XCTAssertEqual(run.records[0].status, .failed)
    }

    func testSeedComesFromFrontMatterAndCommandLineOverridesIt() throws {
        let text = "---\nseed: 7\n---\n```swift\nprint(1)\n```\n"
        XCTAssertEqual(try run(text).seed, 7)
        XCTAssertEqual(try run(text, options: NotebookRunOptions(seed: 99)).seed, 99)
        XCTAssertEqual(try run("```swift\n1\n```\n").seed, 0)
    }

    func testSameSeedGivesTheSameRandomNumbers() throws {
        let text = "```swift\nprint(random(in: 0..<1_000_000))\n```\n\n```swift\nprint(random(in: 0..<1_000_000))\n```\n"
        let first = try run(text, options: NotebookRunOptions(seed: 5)).records.map(\.output)
        let second = try run(text, options: NotebookRunOptions(seed: 5)).records.map(\.output)
        let other = try run(text, options: NotebookRunOptions(seed: 6)).records.map(\.output)
        XCTAssertEqual(first, second)
        XCTAssertNotEqual(first, other)
        XCTAssertNotEqual(first[0], first[1], "one generator for the whole run, not one per cell")
    }

    func testFirstFailureStopsTheRunAndLaterCellsDoNotRun() throws {
        let run = try run("```swift\nprint(1)\n```\n\n```swift\nlet y = nope\n```\n\n```swift\nprint(3)\n```\n")
        XCTAssertEqual(run.records.map(\.status), [.succeeded, .failed, .notRun])
        XCTAssertEqual(run.exitStatus, 1)
    }

    func testKeepGoingRunsEveryCell() throws {
        let run = try run("```swift\nlet y = nope\n```\n\n```swift\nprint(3)\n```\n",
                          options: NotebookRunOptions(keepGoing: true))
        XCTAssertEqual(run.records.map(\.status), [.failed, .succeeded])
        XCTAssertEqual(run.records[1].output, "3\n")
        XCTAssertEqual(run.exitStatus, 1)
    }

    func testErrorPositionsAreNotebookLinesAndColumns() throws {
        let text = "# Demo\n\nSome text.\n\n```swift\n//| label: init\nlet ipc = 1\nlet r = ipcs * 2\n```\n"
        let error = try XCTUnwrap(run(text).records[0].error)
        XCTAssertEqual(error.file, "Notebooks/demo.md")
        XCTAssertEqual(error.location, SourceLocation(line: 8, column: 9))
        XCTAssertEqual(error.message, "cannot find 'ipcs' in scope; did you mean 'ipc'?")
        XCTAssertEqual(error.sourceLine, "let r = ipcs * 2")
    }

    func testErrorColumnsCountTheFenceIndentation() throws {
        let error = try XCTUnwrap(run("  ```swift\n  let r = nope\n  ```\n").records[0].error)
        XCTAssertEqual(error.location, SourceLocation(line: 2, column: 11))
    }

    func testExpectedErrorLetsTheRunGoOn() throws {
        let run = try run("```swift\n//| expect-error: true\nlet r = nope\n```\n\n```swift\nprint(2)\n```\n")
        XCTAssertEqual(run.records.map(\.status), [.failedAsExpected, .succeeded])
        XCTAssertEqual(run.records[0].error?.location.line, 3)
        XCTAssertTrue(run.ok)
    }

    func testExpectErrorCellThatSucceedsIsAnErrorAtItsOption() throws {
        let run = try run("```swift\n//| label: x\n//| expect-error: true\nlet r = 1\n```\n")
        XCTAssertEqual(run.records[0].status, .failed)
        XCTAssertEqual(run.records[0].error?.location.line, 3)
        XCTAssertTrue(run.records[0].error?.message.contains("expect-error") ?? false)
        XCTAssertEqual(run.exitStatus, 1)
    }

    func testTimeoutStopsALongCell() throws {
        let run = try run("```swift\n//| timeout: 0.2\nvar i = 0\nwhile true { i += 1 }\n```\n\n```swift\nprint(1)\n```\n")
        XCTAssertEqual(run.records.map(\.status), [.failed, .notRun])
        XCTAssertLessThan(run.records[0].seconds, 5)
        XCTAssertGreaterThanOrEqual(run.records[0].seconds, 0.2)
        XCTAssertTrue(run.records[0].error?.message.contains("timed out") ?? false, "\(run.records[0].errors)")
    }

    func testEachCellIsTimed() throws {
        let run = try run("```swift\nvar s = 0\nfor i in 0..<200_000 { s += i }\n```\n")
        XCTAssertGreaterThan(run.records[0].seconds, 0)
        XCTAssertGreaterThanOrEqual(run.seconds, run.records[0].seconds)
    }

    func testSyntaxErrorsOfEveryCellAreFoundBeforeRunning() throws {
        let text = "```swift\nlet a = (1\n```\n\n```swift\nprint(1)\n```\n\n```swift\nlet s = \"open\n```\n"
        let document = try NotebookDocument(text: text, path: "n.md")
        let errors = NotebookRunner(document: document).syntaxErrors
        XCTAssertEqual(errors.map(\.cell.index), [0, 2])
        XCTAssertEqual(errors[1].diagnostics.first?.location.line, 10)
    }

    func testSyntaxErrorInAnExpectErrorCellIsItsExpectedFailure() throws {
        let text = "```swift\n//| expect-error: true\nlet s = \"open\n```\n\n```swift\nprint(1)\n```\n"
        let document = try NotebookDocument(text: text, path: "n.md")
        XCTAssertTrue(NotebookRunner(document: document).syntaxErrors.isEmpty)
        let run = try NotebookRunner(document: document).run()
        XCTAssertEqual(run.records.map(\.status), [.failedAsExpected, .succeeded])
    }

    func testOutputIsStreamedAsCellsPrint() throws {
        let document = try NotebookDocument(text: "```swift\nprint(1)\nprint(2)\n```\n", path: "n.md")
        var streamed: [String] = []
        var ended: [Int] = []
        _ = try NotebookRunner(document: document).run(onOutput: { _, text in streamed.append(text) },
                                                       onCell: { ended.append($0.cell.index) })
        XCTAssertEqual(streamed.joined(), "1\n2\n")
        XCTAssertEqual(ended, [0])
    }

    func testUnknownParamOverrideIsThrownBeforeAnythingRuns() throws {
        let document = try NotebookDocument(text: "---\nparams:\n  ipc: 1\n---\n```swift\nprint(1)\n```\n", path: "n.md")
        XCTAssertThrowsError(try NotebookRunner(document: document, options: NotebookRunOptions(params: ["ipcs=2"])).run())
    }
}
