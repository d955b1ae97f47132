/// A workload that cannot run or gave a wrong answer; the message says which and why.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
