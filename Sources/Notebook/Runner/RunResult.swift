import Foundation

/// The record of running a whole notebook.
public struct RunResult: Sendable {
    /// The notebook that ran.
    public let document: NotebookDocument
    /// The seed the run's generator started from (front matter, or `--seed`).
    public let seed: UInt64
    /// The parameter values the cells saw, in front-matter order.
    public let params: [(name: String, value: ParamValue)]
    /// One record per cell, in order (cells after a stopping failure are `notRun`).
    public var records: [CellRecord]
    /// When the run started.
    public let started: Date
    /// Wall-clock seconds for the whole run.
    public var seconds: Double

    /// True when every cell that ran succeeded or failed as expected and none was skipped.
    public var ok: Bool {
        records.allSatisfy { $0.status == .succeeded || $0.status == .failedAsExpected }
    }

    /// The process exit status LANGUAGE.md gives a run: 0 when `ok`, else 1.
    public var exitStatus: Int32 { ok ? 0 : 1 }
}
