import Foundation
import XCTest

/// `retort repl` and `retort step` in a real pseudo-terminal (tmux): readline's editing,
/// continuation lines, Tab completion, Ctrl-C in a running loop and at the prompt, the
/// history file across restarts, and step mode's keys. They drive the `retort` executable
/// that `swift test` builds next to the test bundle.
final class TerminalPtyTests: XCTestCase {
    private var home = ""

    override func setUpWithError() throws {
        home = try temporaryDirectory(self)
        guard TmuxSession.which("tmux") != nil else {
            throw TmuxError(message: "tmux is not installed: `make deps` installs it (Debian package tmux)")
        }
        guard FileManager.default.isExecutableFile(atPath: Self.retort) else {
            throw TmuxError(message: "no retort executable at \(Self.retort): build it with `swift build --product retort`")
        }
    }

    /// The `retort` executable built with the tests.
    static var retort: String {
        Bundle.main.bundleURL.appendingPathComponent("retort").path
    }

    /// `retort arguments...` in a terminal, with its own home (so its own history file).
    private func start(_ arguments: String...) throws -> TmuxSession {
        try TmuxSession([Self.retort] + arguments, environment: ["HOME": home, "TERM": "xterm", "EDITOR": "true"])
    }

    private static let prompt = "retort>"

    /// `retort repl` in a terminal, once each of `entries` (one line each) has run.
    private func startRepl(after entries: String...) throws -> TmuxSession {
        let repl = try start("repl")
        try repl.waitForLastLine(Self.prompt)
        for (count, entry) in entries.enumerated() {
            try repl.enter(entry)
            try repl.waitFor(Self.prompt, count: count + 2)
        }
        return repl
    }

    func testAFunctionEnteredOverThreeLinesIsDefined() throws {
        let repl = try startRepl()
        try repl.enter("func add(_ a: Int,")
        try repl.waitForLastLine("    ...")
        try repl.enter("        _ b: Int) -> Int {")
        try repl.enter("    a + b }")
        try repl.waitFor(Self.prompt, count: 2)
        try repl.enter("add(40, 2)")
        let screen = try repl.waitFor("\n42\n")
        XCTAssertTrue(screen.contains("    ...         _ b: Int) -> Int {\n    ...     a + b }"), screen)
    }

    func testTabCompletesANameAndAMemberAfterADot() throws {
        let repl = try startRepl(after: "let temperatures = [21.5, 19.0]")
        try repl.type("temper")
        try repl.press("Tab")
        try repl.waitForLastLine("retort> temperatures")
        try repl.type(".so")
        try repl.press("Tab")
        try repl.waitForLastLine("retort> temperatures.sorted")
        try repl.enter("()")
        try repl.waitFor("[19.0, 21.5]")
    }

    func testCtrlCStopsALoopAndLeavesTheVariablesAsBeforeTheCell() throws {
        let repl = try startRepl(after: "var total = 5")
        try repl.enter("total = 1000; var steps = 0; while true { steps += 1 }")
        usleep(300_000)
        try repl.press("C-c")
        try repl.waitFor("error: interrupted")
        try repl.waitForLastLine(Self.prompt)
        try repl.enter("total")
        try repl.waitFor("\n5\n")
        try repl.enter("steps")
        try repl.waitFor("cannot find 'steps' in scope")
    }

    func testCtrlCAtThePromptClearsTheLine() throws {
        let repl = try startRepl()
        try repl.type("print(\"never run\")")
        try repl.waitForLastLine("retort> print(\"never run\")")
        try repl.press("C-c")
        try repl.waitForLastLine(Self.prompt)
        try repl.enter("print(\"ran\")")
        let screen = try repl.waitFor("\nran\n")
        XCTAssertFalse(screen.contains("\nnever run"), screen)
    }

    func testTheHistoryIsRecalledAfterARestart() throws {
        let first = try startRepl(after: "let remembered = 7")
        try first.press("C-d")
        XCTAssertEqual(try first.waitForExit(), 0)
        let history = try String(contentsOfFile: home + "/.retort_history", encoding: .utf8)
        XCTAssertEqual(history, "let remembered = 7\n")

        let second = try startRepl()
        try second.press("Up")
        try second.waitForLastLine("retort> let remembered = 7")
    }

    func testStepRunsOnEnterSkipsOnSAndQuitsOnQ() throws {
        let notebook = home + "/walk.md"
        try """
            # A walk

            ```swift
            print("first " + "ran")
            ```

            ```swift
            print("second " + "ran")
            ```

            ```swift
            print("third " + "ran")
            ```
            """.write(toFile: notebook, atomically: true, encoding: .utf8)
        let step = try start("step", notebook)
        try step.waitFor("[1/3]")
        try step.press("Enter")
        try step.waitFor("[2/3]")
        try step.press("s")
        try step.waitFor("[3/3]")
        try step.press("q")
        XCTAssertEqual(try step.waitForExit(), 0)
        let screen = try step.screen()
        XCTAssertTrue(screen.contains("\nfirst ran\n"), screen)
        XCTAssertTrue(screen.contains("skipped"), screen)
        XCTAssertFalse(screen.contains("second ran"), screen)
        XCTAssertFalse(screen.contains("third ran"), screen)
        XCTAssertTrue(screen.contains("stopped at cell 3 of 3; 1 ran, 0 failed, 1 skipped"), screen)
    }
}
