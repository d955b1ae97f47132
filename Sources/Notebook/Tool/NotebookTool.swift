import CellLanguage
import Foundation

/// What `retort run`, `render` and `check` do, independent of argument parsing (so tests can
/// call it): read the notebook, report problems and syntax errors before running anything,
/// run, print, write the report, and give LANGUAGE.md's exit status — 0 when every cell ran
/// (or failed as expected), 1 when a cell failed, 2 when the notebook could not be read or
/// has syntax errors (or a `--param` cannot be used).
public struct NotebookTool {
    /// Where output goes.
    public let console: Console
    /// The names cells see besides their own.
    public let registry: NativeRegistry

    /// A tool writing to `console`, running cells against `registry`.
    public init(console: Console, registry: NativeRegistry) {
        self.console = console
        self.registry = registry
    }

    /// `retort run`: prints each cell's output and result to stdout (unless `quiet`), or
    /// with `json` the one JSON document; diagnostics to stderr.
    public func run(path: String, options: NotebookRunOptions, json: Bool, quiet: Bool) -> Int32 {
        switch execute(path: path, options: options, json: json, quiet: quiet) {
        case .finished(let run): return run.exitStatus
        case .stopped(let status): return status
        }
    }

    /// `retort render`: runs as `run` does, then writes the HTML report to `output` (default:
    /// the notebook's path with `.html`), even when a cell failed.
    public func render(path: String, to output: String?, options: NotebookRunOptions, json: Bool, quiet: Bool) -> Int32 {
        guard case .finished(let run) = execute(path: path, options: options, json: json, quiet: quiet) else {
            return 2
        }
        let destination = output ?? Self.reportPath(for: path)
        do {
            try HTMLReport(run: run).write(to: destination)
        } catch {
            console.err("retort: error: \(error)\n")
            return 2
        }
        if !quiet { console.err("retort: wrote \(destination)\n") }
        return run.exitStatus
    }

    /// `retort check`: reads each notebook and parses every cell, running nothing; prints
    /// every problem to stderr and `path: ok (N cells)` to stdout for each clean notebook.
    public func check(paths: [String]) -> Int32 {
        var status: Int32 = 0
        for path in paths {
            guard let document = load(path) else {
                status = 2
                continue
            }
            let errors = NotebookRunner(document: document, registry: registry).syntaxErrors
            if errors.isEmpty {
                console.out("\(path): ok (\(document.cells.count) \(document.cells.count == 1 ? "cell" : "cells"))\n")
            } else {
                report(errors.flatMap(\.diagnostics))
                status = 2
            }
        }
        return status
    }

    /// The report path next to a notebook: `Notebooks/demo.md` → `Notebooks/demo.html`.
    public static func reportPath(for notebook: String) -> String {
        let url = URL(fileURLWithPath: notebook)
        let stem = url.deletingPathExtension().lastPathComponent
        let directory = (notebook as NSString).deletingLastPathComponent
        return directory.isEmpty ? stem + ".html" : (directory as NSString).appendingPathComponent(stem + ".html")
    }

    // MARK: Steps

    private enum Execution {
        case finished(RunResult)
        case stopped(Int32)
    }

    private func execute(path: String, options: NotebookRunOptions, json: Bool, quiet: Bool) -> Execution {
        guard let document = load(path) else { return .stopped(2) }
        let display = ProgressDisplay.automatic(for: console, quiet: quiet)
        let runner = NotebookRunner(document: document, options: options, registry: registry, display: display)
        let syntaxErrors = runner.syntaxErrors
        guard syntaxErrors.isEmpty else {
            report(syntaxErrors.flatMap(\.diagnostics))
            if json {
                console.out(RunJSON.document(notebook: path, seed: runner.seed,
                                             syntaxErrors: syntaxErrors.map { ($0.cell, $0.diagnostics[0]) }))
            }
            return .stopped(2)
        }
        let streaming = !json && !quiet
        do {
            let run = try runner.run(
                onOutput: { cell, text in if streaming, cell.options.output { console.out(text) } },
                onCell: { record in
                    if streaming, record.cell.options.output, let result = record.result { console.out(result + "\n") }
                    if record.status == .failed { report(record.errors) }
                })
            if json { console.out(RunJSON.document(for: run)) }
            return .finished(run)
        } catch {
            console.err("retort: error: \(error)\n")
            return .stopped(2)
        }
    }

    /// Reads a notebook, reporting why not when it cannot be.
    private func load(_ path: String) -> NotebookDocument? {
        do {
            return try NotebookDocument.load(path: path)
        } catch let error as NotebookLoadError {
            report(error.diagnostics)
        } catch {
            console.err("retort: error: \(error)\n")
        }
        return nil
    }

    private func report(_ diagnostics: [Diagnostic]) {
        console.err(DiagnosticRenderer(colored: console.errIsTerminal).render(diagnostics))
    }
}
