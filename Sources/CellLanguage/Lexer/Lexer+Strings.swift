/// String literals: `"…"` with escapes (`\n \t \r \0 \" \' \\ \u{1F600}`), interpolation
/// `\(expr)` (nesting), and multi-line `"""` literals whose closing delimiter's indentation
/// is removed from every line, as in Swift.
extension Scanner {
    func lexString() {
        let start = position
        let multiline = peek(1) == "\"" && peek(2) == "\""
        position += multiline ? 3 : 1
        emit(.stringStart, from: start)
        var indent: [Unicode.Scalar] = []
        if multiline {
            let afterDelimiter = position
            while let c = peek(), c == " " || c == "\t" { position += 1 }
            guard peek() == "\n" || peek() == "\r" else {
                position = afterDelimiter
                error("multi-line string literal content must begin on a new line", start, start + 3)
                return
            }
            indent = closingIndentation()
            skipNewline()
            skipIndentation(indent)
            if position > start + 3 { emit(.stringText, from: start + 3, literal: .text("")) }
        }
        var segment = position
        var cooked = ""
        func flush() {
            if position > segment { emit(.stringText, from: segment, literal: .text(cooked)) }
            cooked = ""
        }
        while let c = peek() {
            if !multiline && c == "\"" {
                flush()
                let end = position
                position += 1
                emit(.stringEnd, from: end)
                return
            }
            if multiline && (c == "\n" || c == "\r") && closesOnNextLine() {
                skipNewline()
                while let d = peek(), d == " " || d == "\t" { position += 1 }
                flush()
                let end = position
                position += 3
                emit(.stringEnd, from: end)
                return
            }
            if multiline && c == "\"" && peek(1) == "\"" && peek(2) == "\"" {
                flush()
                let end = position
                position += 3
                emit(.stringEnd, from: end)
                return
            }
            if !multiline && (c == "\n" || c == "\r") { break }
            if c == "\\" && peek(1) == "(" {
                flush()
                let open = position
                position += 2
                emit(.interpolationStart, from: open)
                guard interpolationDepth < Lexer.maximumInterpolationDepth else {
                    error("string interpolations are nested too deeply", open, open + 2)
                    skipToEndOfLine()
                    return
                }
                interpolationDepth += 1
                let closed = lexCode(untilInterpolationEnd: true)
                interpolationDepth -= 1
                if !closed {
                    error("unterminated string interpolation; add ')'", open, open + 2)
                    return
                }
                segment = position
                continue
            }
            if c == "\\" {
                if let scalar = lexEscape() { cooked.unicodeScalars.append(scalar) }
                continue
            }
            if c == "\n" || c == "\r" {
                skipNewline()
                cooked.append("\n")
                skipIndentation(indent)
                continue
            }
            cooked.unicodeScalars.append(c)
            position += 1
        }
        flush()
        error(multiline ? "unterminated multi-line string literal" : "unterminated string literal", start, start + (multiline ? 3 : 1))
    }

    private func skipNewline() {
        if peek() == "\r" { position += 1 }
        if peek() == "\n" { position += 1 }
    }

    private func skipToEndOfLine() {
        while let c = peek(), c != "\n", c != "\r" { position += 1 }
    }

    private func skipIndentation(_ indent: [Unicode.Scalar]) {
        for s in indent {
            guard peek() == s else { return }
            position += 1
        }
    }

    /// The whitespace before the closing `"""` of a multi-line literal (found by scanning
    /// ahead for the first line that holds only whitespace and `"""`).
    private func closingIndentation() -> [Unicode.Scalar] {
        var i = position
        while i < scalars.count {
            if scalars[i] == "\n" {
                var j = i + 1
                while j < scalars.count && (scalars[j] == " " || scalars[j] == "\t") { j += 1 }
                if j + 2 < scalars.count && scalars[j] == "\"" && scalars[j + 1] == "\"" && scalars[j + 2] == "\"" {
                    return Array(scalars[(i + 1)..<j])
                }
            }
            i += 1
        }
        return []
    }

    /// True when the line after the newline at `position` is only whitespace and `"""`.
    private func closesOnNextLine() -> Bool {
        var j = position + (peek() == "\r" && peek(1) == "\n" ? 2 : 1)
        while j < scalars.count && (scalars[j] == " " || scalars[j] == "\t") { j += 1 }
        return j + 2 < scalars.count && scalars[j] == "\"" && scalars[j + 1] == "\"" && scalars[j + 2] == "\""
    }

    /// Reads one escape sequence at `position` (a backslash) and returns the scalar it
    /// stands for, or nil after reporting an invalid escape.
    private func lexEscape() -> Unicode.Scalar? {
        let start = position
        position += 1
        guard let c = peek() else {
            error("invalid escape sequence in literal", start, position)
            return nil
        }
        position += 1
        switch c {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "0": return "\0"
        case "\"": return "\""
        case "'": return "'"
        case "\\": return "\\"
        case "u":
            guard peek() == "{" else {
                error("expected '{' in \\u{…} escape sequence", start, position)
                return nil
            }
            position += 1
            var value: UInt32 = 0
            var digits = 0
            while let d = peek(), let v = Scanner.digitValue(d, radix: 16) {
                if digits < 8 { value = value * 16 + UInt32(v) }
                digits += 1
                position += 1
            }
            guard peek() == "}", digits >= 1, digits <= 8 else {
                error("\\u{…} escape sequence expects between 1 and 8 hex digits", start, position)
                return nil
            }
            position += 1
            guard let scalar = Unicode.Scalar(value) else {
                error("invalid unicode scalar in \\u{…}", start, position)
                return nil
            }
            return scalar
        default:
            error("invalid escape sequence in literal", start, position)
            return nil
        }
    }
}
