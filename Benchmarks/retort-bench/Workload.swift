/// One named benchmark: `retort-bench <name>` runs it and prints its timings.
struct Workload {
    /// The command-line name.
    let name: String
    /// One line shown by `retort-bench --list`.
    let summary: String
    /// Runs the workload and prints one line per measurement.
    let run: () throws -> Void
}
