import CellLanguage
import XCTest
@testable import Notebook

/// `retort step`: sections and cells in order; Enter runs, `s` skips, `e` edits, `r` re-runs,
/// `:` opens the prompt, `q` quits (LANGUAGE.md, "The command line").
final class StepperTests: XCTestCase {
    private var directory = ""
    private let captured = CapturedConsole()

    static let notebook = """
        ---
        title: Three steps
        ---
        # Three steps

        Counting *up*.

        ```swift
        var n = 0
        print("one")
        ```

        ## Then

        ```swift
        n += 1
        print("two \\(n)")
        ```

        ```text
        shown, never run
        ```

        ```swift
        print("three")
        ```
        """

    override func setUpWithError() throws {
        directory = try temporaryDirectory(self)
    }

    /// Steps through `notebook` pressing `keys` (and typing lines); returns the exit status.
    @discardableResult
    private func step(_ events: [ScriptedInput.Event], notebook: String = StepperTests.notebook) throws -> Int32 {
        let path = try writeNotebook(notebook, in: directory)
        let tool = TerminalTool(console: captured.console, registry: .standard(), input: ScriptedInput(events),
                                style: TerminalStyle(enabled: false))
        return tool.step(notebook: path, options: NotebookRunOptions(figuresRoot: directory + "/Figures"))
    }

    /// What the cells printed, in order (lines that are neither code, prose nor notes).
    private func printed(among lines: [String]) -> [String] {
        captured.out.split(separator: "\n").map(String.init).filter(lines.contains)
    }

    func testSectionsAndCellsAppearInFileOrder() throws {
        try step([.key("s"), .key("s"), .key("s")])
        let out = captured.out
        let order = ["Three steps", "Counting *up*.", "── cell 1 of 3", "Then", "── cell 2 of 3", "shown, never run",
                     "── cell 3 of 3"].map { out.range(of: $0)?.lowerBound }
        XCTAssertFalse(order.contains(nil), out)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), out)
        XCTAssertFalse(out.contains("# Three"), "headings are shown without their marks")
        XCTAssertTrue(out.contains(" 9 │ var n = 0\n10 │ print(\"one\")\n"), out)
    }

    func testEnterRunsSkipSkipsAndQuitStops() throws {
        XCTAssertEqual(try step([.key("\n"), .key("s"), .key("q")]), 0)
        XCTAssertEqual(printed(among: ["one", "two 1", "three"]), ["one"])
        XCTAssertTrue(captured.out.hasSuffix("stopped at cell 3 of 3; 1 ran, 0 failed, 1 skipped\n"), captured.out)
    }

    func testTheWalkEndsAfterTheLastCell() throws {
        try step([.key("\n"), .key("\n"), .key("\n")])
        XCTAssertEqual(printed(among: ["one", "two 1", "three"]), ["one", "two 1", "three"])
        XCTAssertTrue(captured.out.hasSuffix("end of \(directory)/demo.md; 3 ran, 0 failed, 0 skipped\n"), captured.out)
    }

    func testRReRunsTheCellThatRanLast() throws {
        try step([.key("\n"), .key("\n"), .key("r"), .key("q")])
        XCTAssertEqual(printed(among: ["one", "two 1", "two 2", "three"]), ["one", "two 1", "two 2"])
    }

    func testAFailedCellStaysCurrentUntilItSucceeds() throws {
        let notebook = "```swift\nlet zero = 0\n```\n\n```swift\nlet q = 10 / zero\nprint(q)\n```\n\n```swift\nprint(\"after\")\n```\n"
        try step([.key("\n"), .key("\n"), .key("s"), .key("\n")], notebook: notebook)
        XCTAssertTrue(captured.err.contains("division by zero"), captured.err)
        XCTAssertTrue(captured.out.contains("the cell failed: Enter runs it again, e edits it, s skips it\nskipped\n"),
                      captured.out)
        XCTAssertEqual(printed(among: ["after"]), ["after"])
    }

    func testEditRunsTheEditedCell() throws {
        let saved = (getenv("VISUAL").map { String(cString: $0) }, getenv("EDITOR").map { String(cString: $0) })
        unsetenv("VISUAL")
        setenv("EDITOR", "sed -i s/one/edited/", 1)
        defer {
            if let visual = saved.0 { setenv("VISUAL", visual, 1) }
            if let editor = saved.1 { setenv("EDITOR", editor, 1) } else { unsetenv("EDITOR") }
        }
        try step([.key("e"), .key("q")])
        XCTAssertEqual(printed(among: ["one", "edited"]), ["edited"])
        XCTAssertTrue(captured.out.contains("10 │ print(\"edited\")"), "the edited cell is shown: \(captured.out)")
    }

    func testTheREPLBetweenCellsSharesTheCellsVariables() throws {
        try step([.key("\n"), .key(":"), .line("n + 40"), .line("n = 5"), .line(""), .key("\n"), .key("q")])
        XCTAssertEqual(printed(among: ["one", "40", "two 6"]), ["one", "40", "two 6"])
    }

    func testCtrlDQuits() throws {
        try step([.key("\n")])
        XCTAssertTrue(captured.out.hasSuffix("stopped at cell 2 of 3; 1 ran, 0 failed, 0 skipped\n"), captured.out)
    }

    func testAnUnknownKeyListsTheKeys() throws {
        try step([.key("x"), .key("q")])
        XCTAssertTrue(captured.out.contains("\n\(Stepper.keys)\n"), captured.out)
    }
}
