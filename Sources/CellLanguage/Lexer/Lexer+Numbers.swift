/// Number literals: `42`, `1_000`, `0x1F`, `0b101`, `0o17`, `0.5`, `1e-3`, `2.5E+10`.
/// `2.` is an error (write `2.0`); `1..<5` and `3.description` lex as an integer followed
/// by an operator or a member.
extension Scanner {
    func lexNumber() {
        let start = position
        if peek() == "0", let base = peek(1).flatMap(Scanner.radix) {
            position += 2
            let digitsStart = position
            while let c = peek(), c == "_" || Scanner.digitValue(c, radix: base) != nil { position += 1 }
            finishInteger(start: start, digits: digitsStart, radix: base)
            return
        }
        while let c = peek(), c == "_" || ("0"..."9").contains(c) { position += 1 }
        var isFloat = false
        if peek() == ".", let next = peek(1) {
            if ("0"..."9").contains(next) {
                isFloat = true
                position += 1
                while let c = peek(), c == "_" || ("0"..."9").contains(c) { position += 1 }
            } else if next != "." && !isIdentifierStart(next) {
                position += 1
                error("'\(source.slice(start..<position))' is not a valid floating-point literal; write '\(source.slice(start..<position))0'", start, position)
                emit(.error, from: start)
                return
            }
        } else if peek() == "." {
            position += 1
            error("'\(source.slice(start..<position))' is not a valid floating-point literal; write '\(source.slice(start..<position))0'", start, position)
            emit(.error, from: start)
            return
        }
        if let e = peek(), e == "e" || e == "E" {
            isFloat = true
            position += 1
            if let sign = peek(), sign == "+" || sign == "-" { position += 1 }
            let exponentStart = position
            while let c = peek(), ("0"..."9").contains(c) { position += 1 }
            if position == exponentStart {
                error("expected a digit in the exponent of a floating-point literal", start, position)
                emit(.error, from: start)
                return
            }
        }
        if rejectTrailingLetters(start: start) { return }
        if isFloat {
            let text = source.slice(start..<position).replacingOccurrences("_", "")
            if let value = Double(text) {
                emit(.float, from: start, literal: .float(value))
            } else {
                error("'\(text)' is not a valid floating-point literal", start, position)
                emit(.error, from: start)
            }
        } else {
            finishInteger(start: start, digits: start, radix: 10)
        }
    }

    /// `12abc`: Swift's "'a' is not a valid digit in integer literal".
    private func rejectTrailingLetters(start: Int) -> Bool {
        guard let c = peek(), isIdentifierContinue(c) else { return false }
        while isIdentifierContinue(peek()) { position += 1 }
        error("'\(c)' is not a valid digit in a number literal", start, position)
        emit(.error, from: start)
        return true
    }

    private func finishInteger(start: Int, digits: Int, radix: Int) {
        if rejectTrailingLetters(start: start) { return }
        var value: UInt64 = 0
        var overflow = false
        var count = 0
        for c in scalars[digits..<position] where c != "_" {
            guard let d = Scanner.digitValue(c, radix: radix) else { continue }
            count += 1
            let (m, o1) = value.multipliedReportingOverflow(by: UInt64(radix))
            let (a, o2) = m.addingReportingOverflow(UInt64(d))
            overflow = overflow || o1 || o2
            value = a
        }
        if count == 0 {
            error("expected a digit after '\(source.slice(start..<digits))'", start, position)
            emit(.error, from: start)
        } else if overflow || value > UInt64(Int.max) + 1 {
            error("integer literal overflows Int", start, position)
            emit(.error, from: start)
        } else {
            emit(.integer, from: start, literal: .integer(value))
        }
    }

    static func radix(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "x": return 16
        case "b": return 2
        case "o": return 8
        default: return nil
        }
    }

    static func digitValue(_ c: Unicode.Scalar, radix: Int) -> Int? {
        let v: Int
        switch c {
        case "0"..."9": v = Int(c.value) - 48
        case "a"..."f": v = Int(c.value) - 87
        case "A"..."F": v = Int(c.value) - 55
        default: return nil
        }
        return v < radix ? v : nil
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
