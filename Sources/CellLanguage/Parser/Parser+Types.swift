/// Types in Swift's syntax: `Int`, `[Double]`, `[String: Int]`, `Int?`, `(Int, String)`,
/// `(Int) -> Int`, `Array<Int>`, `Dictionary<String, Int>`, `Optional<Int>`; attributes such
/// as `@escaping` are accepted and ignored.
extension Parser {
    func parseType() throws -> TypeSpec {
        try nested {
            while current.kind == .keyword && current.text.hasPrefix("@") { advance() }
            var type = try parseTypeBase()
            while current.kind == .operator && !current.spaceBefore && ["?", "!", "??"].contains(current.text) {
                let token = advance()
                type = token.text == "??" ? .optional(.optional(type)) : .optional(type)
            }
            return type
        }
    }

    private func parseTypeBase() throws -> TypeSpec {
        let token = current
        if token.kind == .punctuation && token.text == "[" {
            advance()
            return try within(insensitive: true) {
                let element = try parseType()
                if match(.punctuation, ":") {
                    let value = try parseType()
                    try expect("]", "expected ']' in dictionary type")
                    return .dictionary(element, value)
                }
                try expect("]", "expected ']' in array type")
                return .array(element)
            }
        }
        if token.kind == .punctuation && token.text == "(" {
            advance()
            var labels: [String?] = []
            let elements: [TypeSpec] = try within(insensitive: true) {
                var elements: [TypeSpec] = []
                while !checkPunctuation(")") {
                    if (current.kind == .identifier || current.kind == .keyword), peek().kind == .punctuation, peek().text == ":" {
                        labels.append(advance().text)
                        advance()
                    } else {
                        labels.append(nil)
                    }
                    elements.append(try parseType())
                    if !match(.punctuation, ",") && !checkPunctuation(")") {
                        fail("expected ',' or ')' in type", at: current.range)
                        throw Abort()
                    }
                }
                advance()
                return elements
            }
            if checkKeyword("throws") { advance() }
            if checkOperator("->") {
                advance()
                return .function(elements, try parseType())
            }
            if elements.count == 1 { return elements[0] }
            return labels.contains { $0 != nil } ? .labeledTuple(elements, labels: labels) : .tuple(elements)
        }
        guard token.kind == .identifier else {
            fail("expected type", at: token.range)
            throw Abort()
        }
        advance()
        var arguments: [TypeSpec] = []
        if current.kind == .operator && current.text == "<" && !current.spaceBefore {
            advance()
            while true {
                arguments.append(try parseType())
                if match(.punctuation, ",") { continue }
                guard current.kind == .operator && current.text == ">" else {
                    fail("expected '>' to complete generic argument list", at: current.range)
                    throw Abort()
                }
                advance()
                break
            }
        }
        switch (token.text, arguments.count) {
        case ("Any", 0): return .any
        case ("Array", 1): return .array(arguments[0])
        case ("Dictionary", 2): return .dictionary(arguments[0], arguments[1])
        case ("Optional", 1): return .optional(arguments[0])
        case ("Void", 0): return .tuple([])
        default: return .named(token.text, arguments: arguments)
        }
    }
}
