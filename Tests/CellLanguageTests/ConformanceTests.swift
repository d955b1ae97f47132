import CellLanguage
import Foundation
import XCTest

/// Runs every `Conformance/*.swift-cell` file, whose expectations sit next to the code (as
/// craftinginterpreters' `test/**/*.lox`):
///
/// - `// expect: text` — the next line the cells print;
/// - `// expect result: text` — the cell's result (`resultDescription`);
/// - `// expect runtime error: message` — the cell stops with this error; when the comment
///   ends a line of code, the error must be reported on that line;
/// - `// expect syntax error: message` — the cell does not parse, with this error on that line;
/// - a line `// cell` starts a new cell (cells share one environment, as in a notebook).
final class ConformanceTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")

    func testEveryConformanceFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".swift-cell") }.sorted()
        XCTAssertGreaterThan(files.count, 10, "conformance files are missing")
        for file in files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            check(file: file, text: text)
        }
    }

    struct Expectations {
        var output: [String] = []
        var result: String?
        var runtimeError: (message: String, line: Int?)?
        var syntaxErrors: [(message: String, line: Int)] = []
    }

    private func check(file: String, text: String) {
        let session = Session(seed: 0)
        let lines = text.components(separatedBy: "\n")
        var cells: [(firstLine: Int, lines: [String])] = [(1, [])]
        for (i, line) in lines.enumerated() {
            if line.trimmingCharacters(in: .whitespaces) == "// cell" {
                cells.append((i + 2, []))
            } else {
                cells[cells.count - 1].lines.append(line)
            }
        }
        for cell in cells {
            var expected = Expectations()
            for (offset, line) in cell.lines.enumerated() {
                let lineNumber = cell.firstLine + offset
                let isStandalone = line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                if let text = Self.after("// expect: ", in: line) { expected.output.append(text) }
                if let text = Self.after("// expect result: ", in: line) { expected.result = text }
                if let text = Self.after("// expect runtime error: ", in: line) {
                    expected.runtimeError = (text, isStandalone ? nil : lineNumber)
                }
                if let text = Self.after("// expect syntax error: ", in: line) { expected.syntaxErrors.append((text, lineNumber)) }
            }
            let code = cell.lines.joined(separator: "\n")
            let parsed = Interpreter.parse(SourceText(code, file: file, firstLine: cell.firstLine))
            if !expected.syntaxErrors.isEmpty || parsed.hasErrors {
                let got = parsed.diagnostics.map { "\($0.location.line): \($0.message)" }
                let want = expected.syntaxErrors.map { "\($0.line): \($0.message)" }
                XCTAssertEqual(got, want, "\(file): syntax errors of the cell at line \(cell.firstLine)")
                continue
            }
            session.host.output = ""
            let outcome = session.interpreter.run(parsed)
            let printed = session.host.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let outputLines = printed.last == "" ? Array(printed.dropLast()) : printed
            XCTAssertEqual(outputLines, expected.output, "\(file): output of the cell at line \(cell.firstLine)")
            XCTAssertEqual(outcome.result?.resultDescription, expected.result, "\(file): result of the cell at line \(cell.firstLine)")
            if let (message, line) = expected.runtimeError {
                XCTAssertEqual(outcome.diagnostics.first?.message, message, "\(file): error of the cell at line \(cell.firstLine)")
                if let line { XCTAssertEqual(outcome.diagnostics.first?.location.line, line, "\(file): line of '\(message)'") }
            } else {
                XCTAssertEqual(outcome.diagnostics.map(\.description), [], "\(file): unexpected error in the cell at line \(cell.firstLine)")
            }
        }
    }

    static func after(_ marker: String, in line: String) -> String? {
        guard let range = line.range(of: marker) else { return nil }
        return String(line[range.upperBound...])
    }
}
