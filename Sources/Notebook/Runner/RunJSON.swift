import CellLanguage

/// The one JSON document `retort run --json` prints (LANGUAGE.md), with exactly its fields in
/// its order:
///
/// ```json
/// {"notebook": "…", "seed": 0, "ok": true, "cells": [
///   {"index": 0, "line": 12, "label": "init", "output": "…", "result": "…",
///    "figures": ["Figures/demo/loss.png"], "error": null, "seconds": 0.12}]}
/// ```
/// `line` is the line of the cell's opening fence; `error` is `{"message", "line", "column"}`
/// with the line in the notebook file. Cells that did not run are left out.
public enum RunJSON {
    /// The document for a finished run.
    public static func document(for run: RunResult) -> String {
        let cells = run.records.filter { $0.status != .notRun }.map { record in
            cell(record.cell, output: record.output, result: record.result,
                 figures: record.figures.map(\.displayPath), error: record.error, seconds: record.seconds)
        }
        return wrap(notebook: run.document.path, seed: run.seed, ok: run.ok, cells: cells)
    }

    /// The document for a notebook that did not run because of syntax errors: `ok` is false
    /// and `cells` lists each cell with an error (its first), with no output.
    public static func document(notebook: String, seed: UInt64, syntaxErrors: [(cell: Cell, error: Diagnostic)]) -> String {
        let cells = syntaxErrors.map { cell($0.cell, output: "", result: nil, figures: [], error: $0.error, seconds: 0) }
        return wrap(notebook: notebook, seed: seed, ok: false, cells: cells)
    }

    private static func wrap(notebook: String, seed: UInt64, ok: Bool, cells: [String]) -> String {
        "{" + [
            "\"notebook\": " + JSONText.string(notebook),
            "\"seed\": \(seed)",
            "\"ok\": \(ok)",
            "\"cells\": " + (cells.isEmpty ? "[]" : "[\n  " + cells.joined(separator: ",\n  ") + "]"),
        ].joined(separator: ", ") + "}\n"
    }

    private static func cell(_ cell: Cell, output: String, result: String?, figures: [String], error: Diagnostic?,
                             seconds: Double) -> String {
        JSONText.object([
            ("index", String(cell.index)),
            ("line", String(cell.fenceLine)),
            ("label", JSONText.optionalString(cell.label)),
            ("output", JSONText.string(output)),
            ("result", JSONText.optionalString(result)),
            ("figures", JSONText.array(figures.map(JSONText.string))),
            ("error", error.map(Self.error) ?? "null"),
            ("seconds", JSONText.number((seconds * 1e6).rounded() / 1e6)),
        ])
    }

    private static func error(_ diagnostic: Diagnostic) -> String {
        JSONText.object([
            ("message", JSONText.string(diagnostic.message)),
            ("line", String(diagnostic.location.line)),
            ("column", String(diagnostic.location.column)),
        ])
    }
}
