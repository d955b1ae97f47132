import CellLanguage
import Foundation
import XCTest

/// Seeded random inputs — token soup and mutated conformance programs — must never crash
/// the lexer, the parser or the interpreter, and the lexer must always cover its input.
/// (The libFuzzer target explores far more; this keeps the property in the everyday tests.)
final class RobustnessTests: XCTestCase {
    static let vocabulary = [
        "let", "var", "func", "if", "else", "for", "in", "while", "return", "guard", "switch", "case", "default", "{", "}",
        "(", ")", "[", "]", ",", ":", ";", "\n", " ", ".", "..<", "...", "+", "-", "*", "/", "%", "=", "==", "+=", "?", "!",
        "??", "->", "&&", "||", "x", "y", "f", "xs", "$0", "0", "1", "2.5", "1e3", "\"s\"", "\"\\(x)\"", "\"\"\"\n",
        "/*", "*/", "//", ".train", "nil", "true", "_", "print", "Int", "[Int]", "in", "@", "#", "\\", "2.", "0x",
    ]

    func testRandomTokenSoupNeverCrashesTheFrontEnd() {
        var generator = SplitMix64(seed: 20_240_601)
        for _ in 0..<3000 {
            let count = Int.random(in: 1...40, using: &generator)
            let text = (0..<count).map { _ in Self.vocabulary.randomElement(using: &generator) ?? "" }.joined()
            XCTAssertEqual(Lexer.tokenize(text).map(\.text).joined(), text)
            _ = Interpreter.parse(SourceText(text))
            _ = Interpreter.isIncomplete(text)
        }
    }

    func testMutatedProgramsNeverCrashTheInterpreter() throws {
        let folder = ConformanceTests.folder
        let programs = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".swift-cell") }
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        var generator = SplitMix64(seed: 7)
        let session = Session()
        for round in 0..<400 {
            guard var scalars = programs.randomElement(using: &generator).map({ Array($0.unicodeScalars) }), scalars.count > 2 else {
                continue
            }
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let a = Int.random(in: 0..<scalars.count, using: &generator)
                let b = min(scalars.count, a + Int.random(in: 1...12, using: &generator))
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: scalars.removeSubrange(a..<b)
                case 1: scalars.insert(contentsOf: scalars[a..<b], at: Int.random(in: 0...scalars.count, using: &generator))
                default: scalars.swapAt(a, Int.random(in: 0..<scalars.count, using: &generator))
                }
                if scalars.isEmpty { break }
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            let program = String(text)
            XCTAssertEqual(Lexer.tokenize(program).map(\.text).joined(), program, "round \(round)")
            _ = session.interpreter.run(program, file: "mutant.md", timeout: 0.05)
        }
    }
}
