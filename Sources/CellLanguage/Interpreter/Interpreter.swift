/// The cell language's entry points: parse and check cells, run them one after another in a
/// shared environment, and answer the REPL's questions (incomplete input, completion, help).
///
/// ```swift
/// let interpreter = Interpreter(host: myHost, registry: registry, seed: 7)
/// interpreter.define("ipc", .int(10))                       // front-matter params
/// let cell = Interpreter.parse(SourceText(code, file: "Notebooks/demo.md", firstLine: 12, label: "init"))
/// let outcome = interpreter.run(cell, timeout: 60)
/// for d in outcome.diagnostics { print(d, terminator: "") }  // DiagnosticRenderer format
/// if let result = outcome.result { show(result.resultDescription) }
/// ```
///
/// Cells are transactional: a cell that fails, is interrupted or times out leaves the
/// globals (and the run's generator) exactly as they were before it. Each `run` executes on
/// a thread with a large stack (see `LargeStack`), so deep recursion is an error, not a
/// crash; the host is called from that thread.
public final class Interpreter {
    /// The names available besides the cells' own.
    public let registry: NativeRegistry
    /// The run's random generator (seeded from the front matter or `--seed`).
    public let random: RunGenerator
    let runtime: Runtime

    /// An interpreter writing to `host`, with the registry's names in scope and the run's
    /// generator seeded with `seed`. The interpreter keeps a strong reference to the host.
    public init(host: any InterpreterHost, registry: NativeRegistry = .standard(), seed: UInt64 = 0) {
        self.registry = registry
        self.random = RunGenerator(seed: seed)
        self.runtime = Runtime(host: host, registry: registry, random: random)
    }

    // MARK: Parsing

    /// Parses a cell; never fails: problems are in `diagnostics`. Cost O(n) in its length.
    public static func parse(_ source: SourceText) -> ParsedCell {
        let parser = Parser(source)
        let statements = parser.parseCell()
        return ParsedCell(source: source, statements: statements, diagnostics: parser.diagnostics)
    }

    /// Parses a cell's text, placed at `firstLine` of `file`.
    public static func parse(_ text: String, file: String = "<cell>", firstLine: Int = 1, label: String? = nil) -> ParsedCell {
        parse(SourceText(text, file: file, firstLine: firstLine, label: label))
    }

    /// Every lexical and syntax error of a notebook's cells, in order (what `retort check`
    /// reports, and what `retort run` reports before running anything).
    public static func check(_ cells: [SourceText]) -> [Diagnostic] {
        cells.flatMap { parse($0).diagnostics }
    }

    /// True when `text` needs more lines before it can be parsed: an open bracket, an
    /// unterminated multi-line string or comment, or a trailing binary operator (the REPL
    /// keeps reading while this holds).
    public static func isIncomplete(_ text: String) -> Bool {
        Completeness.isIncomplete(text)
    }

    // MARK: Running

    /// Runs a parsed cell in the shared environment. A cell with syntax errors does not run
    /// (its diagnostics are returned). `timeout` (seconds) stops the cell like Ctrl-C does.
    public func run(_ cell: ParsedCell, timeout: Double? = nil) -> CellOutcome {
        if cell.hasErrors { return CellOutcome(result: nil, diagnostics: cell.diagnostics, wasCancelled: false) }
        let runtime = self.runtime
        return LargeStack.run { CellRun(runtime: runtime, cell: cell, timeout: timeout).execute() }
    }

    /// Parses and runs a cell's text.
    public func run(
        _ text: String, file: String = "<cell>", firstLine: Int = 1, label: String? = nil, timeout: Double? = nil
    ) -> CellOutcome {
        run(Interpreter.parse(SourceText(text, file: file, firstLine: firstLine, label: label)), timeout: timeout)
    }

    // MARK: The environment

    /// Defines a global (front-matter params, values injected by the host).
    public func define(_ name: String, _ value: Value, constant: Bool = true) {
        runtime.globals.define(runtime.globals.slot(for: name), value, constant: constant)
    }

    /// The value of a global, if it is defined.
    public func value(of name: String) -> Value? {
        guard let slot = runtime.globals.existingSlot(name), runtime.globals.isDefined[slot] else { return nil }
        return runtime.globals.values[slot]
    }

    /// The globals the cells (and `define`) made, in definition order (for `:vars`).
    public var variables: [(name: String, value: Value, isConstant: Bool)] {
        runtime.globals.defined
    }

    /// Reseeds the run's generator (as `seed(_:)` in a cell does).
    public func seed(_ seed: UInt64) {
        random.reseed(seed)
    }

    /// The `help(name)` text (nil name: the index by topic).
    public func help(_ name: String? = nil) -> String {
        Builtins.helpText(for: name.map(Value.string) ?? .none, runtime: runtime)
    }

    /// Tab completion: for `prefix` without a dot, names in scope (globals, registered names,
    /// keywords) starting with it; after a dot (`xs.ma`, `Double.p`), the members of that
    /// global's value or type, returned with the base (`xs.map`). Sorted, without duplicates.
    public func completions(prefix: String) -> [String] {
        Completion(runtime: runtime).complete(prefix)
    }
}

/// What running a cell gave.
public struct CellOutcome {
    /// The value of the cell's last statement when it is an expression whose value is not
    /// `nil` or `()`; shown after the printed output (use `resultDescription`).
    public var result: Value?
    /// The errors that stopped the cell (empty on success). Syntax errors when the cell
    /// could not run.
    public var diagnostics: [Diagnostic]
    /// True when the cell stopped because the host cancelled it or its timeout passed.
    public var wasCancelled: Bool

    /// True when the cell ran to its end.
    public var succeeded: Bool { diagnostics.isEmpty }
}
