import Foundation

/// Finds TeX math in Markdown and swaps it for placeholders, so that Markdown does not read
/// `_` and `*` inside formulas as emphasis; the placeholders become MathML after rendering.
///
/// Rules (pandoc's): `$$…$$` is displayed math and may span lines; `$…$` is inline math when
/// the opening `$` is followed by a non-space and the closing `$` is preceded by a non-space
/// and not followed by a digit (so "$5 and $10" is not math). Neither crosses a blank line.
/// `\$` is a literal dollar. Code is left alone: code blocks (by their lines, from
/// cmark-gfm) and inline code spans.
struct MathSpans {
    /// One formula found: its TeX source and whether it is displayed.
    struct Formula: Equatable {
        /// The TeX between the dollars, trimmed.
        let source: String
        /// True for `$$…$$`.
        let display: Bool
    }

    /// The Markdown with each formula replaced by `placeholder(i)`.
    let markdown: String
    /// The formulas, in order (`formulas[i]` replaced `placeholder(i)`).
    let formulas: [Formula]

    /// The placeholder for formula `index`: letters and digits only, which Markdown leaves as
    /// they are, ending in a letter so that `…1X` and `…10X` cannot be confused.
    static func placeholder(_ index: Int) -> String { "RETORTMATH\(index)X" }

    /// Scans `markdown`; lines in `codeLines` (1-based, from cmark-gfm's code blocks) are
    /// copied untouched.
    init(_ markdown: String, codeLines: [ClosedRange<Int>]) {
        var output = ""
        var formulas: [Formula] = []
        let characters = Array(markdown)
        var lineStarts = [0]
        for (i, c) in characters.enumerated() where c == "\n" { lineStarts.append(i + 1) }
        let codeLineSet = Set(codeLines.flatMap { Array($0) })
        var i = 0
        var line = 1
        while i < characters.count {
            let c = characters[i]
            if i == lineStarts[line - 1], codeLineSet.contains(line) {
                let end = line < lineStarts.count ? lineStarts[line] : characters.count
                output += String(characters[i..<end])
                i = end
                line += 1
                continue
            }
            switch c {
            case "\n":
                line += 1
                output.append(c)
                i += 1
            case "\\" where i + 1 < characters.count:
                output.append(c)
                output.append(characters[i + 1])
                if characters[i + 1] == "\n" { line += 1 }
                i += 2
            case "`":
                let run = Self.run(of: "`", in: characters, at: i)
                if let close = Self.closingCodeSpan(characters, from: i + run, length: run) {
                    let span = characters[i..<close]
                    output += String(span)
                    line += span.count { $0 == "\n" }
                    i = close
                } else {
                    output += String(repeating: "`", count: run)
                    i += run
                }
            case "$":
                if let (formula, end) = Self.formula(characters, at: i) {
                    output += Self.placeholder(formulas.count)
                    formulas.append(formula)
                    line += characters[i..<end].count { $0 == "\n" }
                    i = end
                } else {
                    output.append(c)
                    i += 1
                }
            default:
                output.append(c)
                i += 1
            }
        }
        self.markdown = output
        self.formulas = formulas
    }

    private static func run(of character: Character, in characters: [Character], at start: Int) -> Int {
        var end = start
        while end < characters.count, characters[end] == character { end += 1 }
        return end - start
    }

    /// The index just past the backtick run of exactly `length` that closes a code span.
    private static func closingCodeSpan(_ characters: [Character], from start: Int, length: Int) -> Int? {
        var i = start
        while i < characters.count {
            if characters[i] == "`" {
                let run = run(of: "`", in: characters, at: i)
                if run == length { return i + run }
                i += run
            } else if characters[i] == "\n", isBlankLineAfter(characters, i) {
                return nil
            } else {
                i += 1
            }
        }
        return nil
    }

    /// The formula opening at `start` (a `$`) and the index just past it, or nil when the
    /// dollar opens nothing.
    private static func formula(_ characters: [Character], at start: Int) -> (Formula, Int)? {
        let display = start + 1 < characters.count && characters[start + 1] == "$"
        let open = display ? 2 : 1
        var i = start + open
        guard i < characters.count else { return nil }
        if !display, characters[i].isWhitespace { return nil }
        while i < characters.count {
            let c = characters[i]
            if c == "\\" {
                i += 2
                continue
            }
            if c == "\n", isBlankLineAfter(characters, i) { return nil }
            if c == "$" {
                if display {
                    guard i + 1 < characters.count, characters[i + 1] == "$" else { return nil }
                    let source = String(characters[(start + 2)..<i]).trimmingCharacters(in: .whitespacesAndNewlines)
                    return source.isEmpty ? nil : (Formula(source: source, display: true), i + 2)
                }
                let closesHere = !characters[i - 1].isWhitespace
                    && !(i + 1 < characters.count && characters[i + 1].isNumber)
                if closesHere {
                    return (Formula(source: String(characters[(start + 1)..<i]), display: false), i + 1)
                }
                return nil
            }
            i += 1
        }
        return nil
    }

    /// True when the line after the newline at `index` is blank (a paragraph break).
    private static func isBlankLineAfter(_ characters: [Character], _ index: Int) -> Bool {
        var i = index + 1
        while i < characters.count, characters[i] == " " || characters[i] == "\t" { i += 1 }
        return i >= characters.count || characters[i] == "\n"
    }
}
