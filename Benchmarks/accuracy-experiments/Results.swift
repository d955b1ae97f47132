import Foundation
import NeuralNet
#if canImport(Glibc)
import Glibc
#endif

/// One run of an experiment as recorded in results.json.
struct RunRecord: Codable {
    /// 0-based run index (it fixes the seed).
    var index: Int
    /// Test accuracy in percent.
    var accuracy: Double
    /// Wall time of the run in seconds (training and testing).
    var seconds: Double
    /// The commit the run came from.
    var commit: String
}

/// One experiment in results.json: the issue's schema (`experiment`, `method`, `ipc`,
/// `settings`, `mean`, `std`, `runs`, `seconds`, `commit`) plus the reference it is compared
/// with and whether all its runs are done.
struct ExperimentRecord: Codable {
    var experiment: String
    var method: String
    var ipc: Int?
    var model: String
    var settings: [String: String]
    var reference: String?
    /// Mean test accuracy over the runs, percent.
    var mean: Double
    /// Population standard deviation over the runs, percent.
    var std: Double
    var runs: [RunRecord]
    /// Total wall time of the runs, seconds.
    var seconds: Double
    /// The commit(s) the runs came from, comma-separated when they differ.
    var commit: String
    /// The number of runs the experiment asks for; it is finished when `runs.count` reaches it.
    var plannedRuns: Int

    /// Recomputes the summary fields from `runs`.
    mutating func summarize() {
        let values = runs.map(\.accuracy)
        mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        std = values.isEmpty ? 0 : (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
        seconds = runs.reduce(0) { $0 + $1.seconds }
        var commits: [String] = []
        for run in runs where !commits.contains(run.commit) { commits.append(run.commit) }
        commit = commits.joined(separator: ",")
    }
}

/// results.json and RESULTS.md: read at start, rewritten (atomically) after every run. Several
/// runners (each with its own ACCURACY_ONLY) may share the files: a save re-reads them under an
/// exclusive lock and replaces only its own record.
struct ResultsStore {
    let jsonURL: URL
    let markdownURL: URL
    private(set) var records: [ExperimentRecord]

    /// The store in `directory`, with the records already there (none if no file yet).
    init(directory: URL) throws {
        jsonURL = directory.appendingPathComponent("results.json")
        markdownURL = directory.appendingPathComponent("RESULTS.md")
        records = try ResultsStore.read(jsonURL)
    }

    /// The records in `url`, or none when the file does not exist.
    private static func read(_ url: URL) throws -> [ExperimentRecord] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        return try JSONDecoder().decode([ExperimentRecord].self, from: data)
    }

    /// The record of `experiment`, if one exists.
    func record(named experiment: String) -> ExperimentRecord? {
        records.first { $0.experiment == experiment }
    }

    /// Inserts or replaces a record and writes both files, merging with what other runners
    /// wrote since (under an exclusive lock on `results.json.lock`).
    mutating func save(_ record: ExperimentRecord, order: [String]) throws {
        let lock = open(jsonURL.path + ".lock", O_CREAT | O_RDWR, 0o644)
        guard lock >= 0 else { throw NeuralNetError("cannot open \(jsonURL.path).lock to lock the results") }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        defer { flock(lock, LOCK_UN) }
        records = try ResultsStore.read(jsonURL)
        records.removeAll { $0.experiment == record.experiment }
        records.append(record)
        records.sort { (order.firstIndex(of: $0.experiment) ?? .max) < (order.firstIndex(of: $1.experiment) ?? .max) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(records).write(to: jsonURL, options: .atomic)
        try Data(markdown().utf8).write(to: markdownURL, options: .atomic)
    }

    /// The table of RESULTS.md.
    private func markdown() -> String {
        var lines = [
            "# Accuracy experiments (issue 5)", "",
            "Fashion-MNIST test accuracy (%), written by `make accuracy` (Benchmarks/accuracy-experiments);",
            "the raw runs and exact settings are in `results.json`. Std is the population standard",
            "deviation over runs, as the reference code reports it. Wall times are for this 2-core machine,",
            "shared with other work while these ran.", "",
            "| experiment | method | model | IPC | runs | mean ± std | per run | wall time | compare with | commit |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in records {
            let runs = r.runs.map { String(format: "%.2f", $0.accuracy) }.joined(separator: ", ")
            let done = r.runs.count >= r.plannedRuns ? "\(r.runs.count)" : "\(r.runs.count) of \(r.plannedRuns)"
            lines.append(
                "| \(r.experiment) | \(r.method) | \(r.model) | \(r.ipc.map(String.init) ?? "all") | \(done) | "
                    + String(format: "%.2f ± %.2f", r.mean, r.std) + " | \(runs) | " + String(format: "%.0f s", r.seconds)
                    + " | \(r.reference ?? "") | \(r.commit) |")
        }
        lines += ["", "Settings per experiment:", ""]
        for r in records {
            let settings = r.settings.keys.sorted().map { "\($0): \(r.settings[$0]!)" }.joined(separator: "; ")
            lines.append("- **\(r.experiment)**: \(settings)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
