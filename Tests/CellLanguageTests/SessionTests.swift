import CellLanguage
import XCTest

/// The interpreter as a notebook runner and a REPL use it: shared environment across cells,
/// transactional cells, results, cancellation, timeouts, completion and incomplete input.
final class SessionTests: XCTestCase {
    func testCellsShareOneEnvironment() {
        let session = Session()
        session.run("let base = 10\nfunc scale(_ x: Int) -> Int { x * base }")
        XCTAssertEqual(session.run("print(scale(3))").output, "30\n")
    }

    func testTheCellResultIsTheValueOfItsLastExpression() {
        let session = Session()
        XCTAssertEqual(session.run("let x = 2\nx * 21").result, "42")
        XCTAssertEqual(session.run("\"text\"").result, "\"text\"")
        XCTAssertEqual(session.run("Int(\"5\")").result, "5")
        XCTAssertNil(session.run("Int(\"x\")").result)
        XCTAssertNil(session.run("print(1)").result)
        XCTAssertNil(session.run("let y = 3").result)
    }

    func testAFailingCellLeavesTheEnvironmentAsItWas() {
        let session = Session()
        session.run("var total = 1\nvar xs = [1]")
        let failed = session.run("total = 99\nxs.append(2)\nlet fresh = 5\nprint(1 / 0)")
        XCTAssertEqual(failed.errors.first?.message, "division by zero")
        XCTAssertEqual(session.run("print(total, xs)").output, "1 [1]\n")
        XCTAssertEqual(session.run("print(fresh)").errors.first?.message, "cannot find 'fresh' in scope")
    }

    func testAFunctionMayUseAGlobalThatALaterCellDefines() {
        let session = Session()
        session.run("func describe() -> String { \"limit \\(limit)\" }")
        XCTAssertEqual(session.run("print(describe())").errors.first?.message, "cannot find 'limit' in scope")
        session.run("let limit = 3")
        XCTAssertEqual(session.run("print(describe())").output, "limit 3\n")
    }

    func testHostCancellationStopsALoopAndRollsBack() {
        let session = Session()
        session.run("var n = 0")
        session.host.isCancelled = true
        let outcome = session.interpreter.run("while true { n += 1 }")
        XCTAssertTrue(outcome.wasCancelled)
        XCTAssertEqual(outcome.diagnostics.first?.message, "interrupted")
        session.host.isCancelled = false
        XCTAssertEqual(session.run("print(n)").output, "0\n")
    }

    func testATimeoutStopsTheCell() {
        let session = Session()
        let outcome = session.interpreter.run("var i = 0\nwhile true { i += 1 }", timeout: 0.2)
        XCTAssertTrue(outcome.wasCancelled)
        XCTAssertEqual(outcome.diagnostics.first?.message, "cell timed out after 0.2 seconds")
    }

    func testDeepRecursionIsAnErrorNotACrash() {
        let result = Session().run("func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)")
        XCTAssertEqual(
            result.errors.first?.message,
            "stack overflow: more than 10000 nested calls (is a recursion missing its base case?)")
        let stack = result.errors.first?.callStack ?? []
        XCTAssertEqual(stack.count, 41)
        XCTAssertEqual(stack.first?.name, "cell")
        XCTAssertEqual(stack.map(\.skippedCount).filter { $0 > 0 }, [9961])
    }

    func testParamsAreConstantsInScope() {
        let session = Session()
        session.interpreter.define("ipc", .int(10))
        XCTAssertEqual(session.run("print(ipc * 2)").output, "20\n")
        XCTAssertEqual(session.run("ipc = 3").errors.first?.message, "cannot assign to value: 'ipc' is a 'let' constant")
        XCTAssertEqual(session.interpreter.variables.map(\.name), ["ipc"])
    }

    func testTheSeedMakesRandomNumbersReproducible() {
        let a = Session(seed: 7), b = Session(seed: 7), c = Session(seed: 8)
        let code = "print((0..<5).map { _ in random(in: 0..<1000) })"
        XCTAssertEqual(a.run(code).output, b.run(code).output)
        XCTAssertNotEqual(a.run(code).output, c.run(code).output)
    }

    func testIncompleteInputKeepsTheReplReading() {
        XCTAssertTrue(Interpreter.isIncomplete("func f() {"))
        XCTAssertTrue(Interpreter.isIncomplete("let xs = [1,\n2"))
        XCTAssertTrue(Interpreter.isIncomplete("let x = 1 +"))
        XCTAssertTrue(Interpreter.isIncomplete("let s = \"\"\"\nabc"))
        XCTAssertFalse(Interpreter.isIncomplete("let x = y!"))
        XCTAssertFalse(Interpreter.isIncomplete("func f() { }"))
        XCTAssertFalse(Interpreter.isIncomplete("let s = \"abc"))
    }

    func testCompletionOffersNamesAndMembers() {
        let session = Session()
        session.run("let values = [1, 2]\nlet valid = true")
        XCTAssertEqual(session.interpreter.completions(prefix: "val"), ["valid", "values"])
        XCTAssertEqual(session.interpreter.completions(prefix: "values.so"), ["values.sorted"])
        XCTAssertEqual(session.interpreter.completions(prefix: "Double.p"), ["Double.pi"])
        XCTAssertTrue(session.interpreter.completions(prefix: "pri").contains("print"))
    }
}
