import CellLanguage

/// The interpreter's benchmark programs: a loop of 10 million integer additions (the
/// acceptance bound is 2 s), recursive calls, and closures over arrays.
private let programs: [(String, String)] = [
    ("loop: 10M integer additions", "var s = 0\nfor i in 0..<10_000_000 { s += i }"),
    ("recursion: fib(25), 242785 calls", "func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nlet f = fib(25)"),
    ("closures: map/filter/reduce, 1M elements", "let xs = Array(0..<1_000_000)\nlet r = xs.map { $0 * 2 }.filter { $0 % 3 == 0 }.reduce(0, +)"),
]

/// All three programs.
let interpreterWorkload = Workload(
    name: "interpreter",
    summary: "cell language: 10M-iteration integer loop, fib(25) by recursion, map/filter/reduce over 1M elements"
) { try runPrograms(programs) }

/// The loop alone, in its own process (workload 9: CPython's peer is Benchmarks/peers/interpreter_loop.py).
let interpreterLoopWorkload = Workload(
    name: "interpreter_loop",
    summary: "cell language: 10 million integer additions in a loop (vs CPython)"
) { try runPrograms(Array(programs.prefix(1))) }

/// Times each program in a fresh interpreter; throws the first diagnostic of a failing one.
private func runPrograms(_ programs: [(String, String)]) throws {
    Timing.header()
    for (name, code) in programs {
        let interpreter = Interpreter(host: SilentHost())
        let cell = Interpreter.parse(SourceText(code, file: "bench"))
        var failure: Diagnostic?
        let sample = Timing.median(runs: 3) {
            let outcome = interpreter.run(cell)
            failure = failure ?? outcome.diagnostics.first
        }
        if let failure { throw failure }
        Timing.report(name, sample)
    }
}

/// A host that discards output (the benchmark programs print nothing).
private final class SilentHost: InterpreterHost {
    var isCancelled: Bool { false }
    func write(_ text: String) {}
}
