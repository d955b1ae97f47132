import CellLanguage
import XCTest
@testable import Notebook

/// `retort repl`: entries over several lines, commands, completion, transactional entries,
/// Ctrl-C, and a notebook run before the first prompt (LANGUAGE.md, "The command line").
final class ReplTests: XCTestCase {
    private var directory = ""
    private let captured = CapturedConsole()

    override func setUpWithError() throws {
        directory = try temporaryDirectory(self)
    }

    /// Runs the REPL over `events` (ending with Ctrl-D); returns the exit status.
    @discardableResult
    private func repl(_ events: [ScriptedInput.Event], notebook: String? = nil,
                      options: NotebookRunOptions = NotebookRunOptions(), input: ScriptedInput? = nil) -> Int32 {
        var options = options
        options.figuresRoot = directory + "/Figures"
        let tool = TerminalTool(console: captured.console, registry: Self.registry(), input: input ?? ScriptedInput(events),
                                style: TerminalStyle(enabled: false))
        return tool.repl(notebook: notebook, options: options)
    }

    /// What the entries printed, without the greeting line.
    private var output: String {
        captured.out.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
    }

    /// The standard names, and `pressCtrlC()`, which sends the process a SIGINT as a person
    /// pressing Ctrl-C would.
    static func registry() -> NativeRegistry {
        let registry = NativeRegistry.standard()
        registry.define("pressCtrlC", parameters: [], topic: "Test", doc: "Sends SIGINT to the process.") { _, _ in
            raise(SIGINT)
            return .void
        }
        return registry
    }

    func testTheGreetingNamesTheVersionAndHowToLeave() {
        XCTAssertEqual(repl([]), 0)
        XCTAssertEqual(captured.out, "Retort \(RetortVersion.current) · :help for help · Ctrl-D or :quit to leave\n")
    }

    func testAnEntryContinuesWhileABracketIsOpen() {
        let input = ScriptedInput([.line("func add(_ a: Int,"), .line("        _ b: Int) -> Int {"), .line("  a + b"),
                                   .line("}"), .line("add(2, 3)")])
        repl([], input: input)
        XCTAssertEqual(output, "5\n")
        XCTAssertEqual(input.prompts, ["retort> ", "    ... ", "    ... ", "    ... ", "retort> ", "retort> "])
        XCTAssertEqual(captured.err, "")
    }

    func testEveryEnteredLineGoesToTheHistoryButBlankOnes() {
        let input = ScriptedInput([.line("let a = [1,"), .line("2]"), .line("   "), .line(":vars")])
        repl([], input: input)
        XCTAssertEqual(input.history, ["let a = [1,", "2]", ":vars"])
    }

    func testCtrlCDropsAnUnfinishedEntry() {
        repl([.line("let xs = [1,"), .interrupt, .line("xs")])
        XCTAssertEqual(output, "")
        XCTAssertTrue(captured.err.contains("cannot find 'xs' in scope"), captured.err)
    }

    func testAFailingEntryLeavesEveryVariableAsItWas() {
        repl([.line("var total = 5"), .line("let zero = 0"), .line("total += 1; let partial = 1; print(total / zero)"),
              .line("total"), .line("partial")])
        XCTAssertEqual(output, "5\n")
        XCTAssertTrue(captured.err.contains("<repl>:1:"), captured.err)
        XCTAssertTrue(captured.err.contains("division by zero"), captured.err)
        XCTAssertTrue(captured.err.contains("cannot find 'partial' in scope"), captured.err)
    }

    func testCtrlCStopsARunningLoopAndRollsBackItsChanges() {
        Interrupt.install()
        repl([.line("var total = 5"), .line("total += 100; var k = 0; pressCtrlC(); while true { k += 1 }"),
              .line("total")])
        XCTAssertTrue(captured.err.contains("error: interrupted"), captured.err)
        XCTAssertEqual(output, "5\n")
        XCTAssertFalse(Interrupt.isRaised)
    }

    func testTheNotebooksCellsRunFirstWithItsSeedAndParams() throws {
        let path = try writeNotebook("""
            ---
            seed: 7
            params:
              ipc: 10
            ---
            ```swift
            let doubled = ipc * 2
            print("ready")
            ```
            """, in: directory)
        repl([.line("doubled"), .line("random(in: 0..<1_000_000)")], notebook: path,
             options: NotebookRunOptions(params: ["ipc=3"]))
        let reference = Interpreter(host: SilentHost(), seed: 7).run("random(in: 0..<1_000_000)").result?.resultDescription
        XCTAssertEqual(output, "ready\n\(path): 1 of 1 cells ran (seed 7)\n6\n\(reference ?? "?")\n")
    }

    func testANotebookWithASyntaxErrorRunsNoCellButOpensThePrompt() throws {
        let path = try writeNotebook("```swift\nlet a = 1\n```\n\n```swift\nlet b = (\n```\n", in: directory)
        XCTAssertEqual(repl([.line("1 + 1")], notebook: path), 0)
        XCTAssertEqual(output, "\(path) has syntax errors: no cell ran\n\(path): 0 of 2 cells ran (seed 0)\n2\n")
        XCTAssertTrue(captured.err.contains("\(path):6:"), captured.err)
    }

    func testAMissingNotebookIsExitStatusTwo() {
        XCTAssertEqual(repl([], notebook: directory + "/missing.md"), 2)
        XCTAssertTrue(captured.err.contains("no such file; check the path"), captured.err)
    }

    func testVarsListsTheNamesDefinedWithTheirValues() {
        repl([.line("let n = 10"), .line("var name = \"x\""), .line("func square(_ x: Int) -> Int { x * x }"),
              .line(":vars")])
        XCTAssertEqual(output, "let n: Int = 10\nvar name: String = \"x\"\n\(Self.help("square", after: "func square(_ x: Int) -> Int { x * x }"))")
    }

    func testHelpNamePrintsTheDocumentationOfAName() {
        repl([.line(":help sqrt")])
        XCTAssertEqual(output, Self.registry().help("sqrt"))
    }

    func testHelpListsTheCommandsAndTheLanguageIndex() {
        repl([.line(":help")])
        XCTAssertEqual(output, ColonCommand.summary + Self.registry().helpIndex())
    }

    func testCommandsMayBeAbbreviated() {
        XCTAssertEqual(ColonCommand(":h sqrt"), .helpName("sqrt"))
        XCTAssertEqual(ColonCommand(":v"), .vars)
        XCTAssertEqual(ColonCommand(":q"), .quit)
        XCTAssertEqual(ColonCommand(":c"), .resume)
        XCTAssertEqual(ColonCommand(":load"), .missingArgument(":load FILE"))
    }

    func testQuitLeavesBeforeLaterEntries() {
        repl([.line(":quit"), .line("print(\"not reached\")")])
        XCTAssertEqual(output, "")
    }

    func testAnUnknownCommandListsTheCommands() {
        repl([.line(":frobnicate")])
        XCTAssertEqual(captured.err, "error: unknown command ':frobnicate'; the commands are :help, :vars, :load, :quit, :continue\n")
    }

    func testLoadRunsTheCellsOfANotebook() throws {
        let path = try writeNotebook("```swift\nlet loaded = 41\n```\n\n```swift\nprint(loaded + 1)\n```\n", named: "more.md",
                                     in: directory)
        repl([.line(":load \(path)"), .line("loaded")])
        XCTAssertEqual(output, "42\nloaded \(path): 2 of 2 cells ran\n41\n")
    }

    func testLoadRunsAFileOfCodeAndItsErrorsNameTheFile() throws {
        let path = directory + "/code.swift"
        try "let fromFile = 3\nprint(fromFile * unknownName)\n".write(toFile: path, atomically: true, encoding: .utf8)
        repl([.line(":load \(path)")])
        XCTAssertTrue(captured.err.hasPrefix("\(path):2:"), captured.err)
    }

    func testLoadOfAMissingFileSaysSo() {
        repl([.line(":load nowhere.swift")])
        XCTAssertEqual(captured.err, "error: cannot read 'nowhere.swift': no such file; check the path\n")
    }

    func testTabCompletesNamesMembersAndCommands() {
        let input = ScriptedInput([.line("let values = [3, 1]"), .tab(word: "val", line: "val"),
                                   .tab(word: "values.sor", line: "values.sor"), .tab(word: "he", line: ":he")])
        repl([], input: input)
        XCTAssertEqual(input.completions, [["values"], ["values.sorted"], ["help"]])
    }

    /// The `help` text of `name` once `definition` has run.
    private static func help(_ name: String, after definition: String) -> String {
        let interpreter = Interpreter(host: SilentHost())
        _ = interpreter.run(definition)
        return interpreter.help(name).split(separator: "\n").first.map { $0 + "\n" } ?? ""
    }
}

/// A host that drops printed text.
private final class SilentHost: InterpreterHost {
    func write(_ text: String) {}
    var isCancelled: Bool { false }
}
