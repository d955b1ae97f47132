// TeX math → MathML, for the formulas of the method notebooks, with no JavaScript.
// Goals, in order: (1) never fail — unknown commands show as their source in a red box;
// (2) cover what papers write: fractions, scripts, Greek, big operators with limits, roots,
// font alphabets, \text, \left…\right, accents, norms, named functions, matrices and cases;
// (3) follow TeX's conventions (italic single letters, upright names and capitals,
// limits under \sum in display style and beside it inline).

/// Parses TeX math source into a `MathNode` tree.
struct TeXParser {
    let tokens: [TeXToken]
    var position = 0

    /// A parser over `source` (the text between the dollars).
    init(_ source: String) {
        tokens = TeXTokenizer.tokens(source)
    }

    /// The whole formula.
    mutating func parse() -> MathNode {
        var nodes = sequence()
        while let stray = next() {
            if let source = Self.strayDescription(stray) { nodes.append(.unknown(source)) }
            nodes += sequence()
        }
        return Self.row(nodes)
    }

    // MARK: Sequences

    /// Atoms with their scripts until a token that ends a sequence (`}`, `&`, `\\`, `\end`,
    /// `\right`, `\middle`) or the end of the source; the ending token is not consumed.
    mutating func sequence() -> [MathNode] {
        var nodes: [MathNode] = []
        while let token = peek, !Self.endsSequence(token) {
            guard let (atom, kind) = atom() else { continue }
            let node = scripts(on: atom, limits: kind == .limitsOperator)
            nodes.append(node)
            if kind == .function, !startsWithFence(peek) { nodes.append(.space(0.1667)) }
        }
        return nodes
    }

    private static func endsSequence(_ token: TeXToken) -> Bool {
        switch token {
        case .close, .ampersand, .end: return true
        case .command(let name): return name == "\\" || name == "right" || name == "middle" || name == "cr"
        default: return false
        }
    }

    private func startsWithFence(_ token: TeXToken?) -> Bool {
        switch token {
        case .character("("), .character("["), .superscript, .subscript, .prime, nil: return true
        case .command(let name): return name == "left" || TeXSymbols.bigSizes[name] != nil
        default: return false
        }
    }

    // MARK: Atoms

    private enum AtomKind { case ordinary, function, limitsOperator }

    /// One atom, or nil when the token produced nothing (a style command, a stray `&`).
    private mutating func atom() -> (MathNode, AtomKind)? {
        guard let token = next() else { return nil }
        switch token {
        case .open:
            let body = sequence()
            if peek == .close { position += 1 }
            return (Self.row(body), .ordinary)
        case .close, .ampersand, .end:
            return nil
        case .superscript, .subscript:
            position -= 1
            return (.row([]), .ordinary)
        case .prime:
            return (.op("′", .plain), .ordinary)
        case .character(let c):
            return (character(c), .ordinary)
        case .begin(let name):
            return (environment(name), .ordinary)
        case .textArgument(let command, let raw):
            return textArgument(command, raw)
        case .command(let name):
            return command(name)
        }
    }

    private mutating func character(_ c: Character) -> MathNode {
        if c.isNumber, c.isASCII {
            var digits = String(c)
            while case .character(let d)? = peek, d.isASCII, d.isNumber || (d == "." && nextIsDigit(after: 1)) {
                digits.append(d)
                position += 1
            }
            return .number(digits)
        }
        if c.isLetter { return .identifier(String(c), upright: false) }
        if "()[]|".contains(c) { return .op(String(c), .fixedFence) }
        if c == "/" { return .op("/", MathOperatorStyle(spacing: 0)) }
        if TeXSymbols.operatorCharacters.contains(c) { return .op(TeXSymbols.display(c), .plain) }
        return c.isSymbol || c.isPunctuation ? .op(String(c), .plain) : .identifier(String(c), upright: false)
    }

    private func nextIsDigit(after offset: Int) -> Bool {
        guard position + offset < tokens.count, case .character(let d) = tokens[position + offset] else { return false }
        return d.isASCII && d.isNumber
    }

    private mutating func command(_ name: String) -> (MathNode, AtomKind)? {
        if let symbol = TeXSymbols.greek[name] {
            return (.identifier(symbol, upright: name.first!.isUppercase), .ordinary)
        }
        if let symbol = TeXSymbols.letters[name] { return (.identifier(symbol, upright: false), .ordinary) }
        if let symbol = TeXSymbols.operators[name] { return (.op(symbol, .plain), .ordinary) }
        if let symbol = TeXSymbols.delimiters[name] { return (.op(symbol, .fixedFence), .ordinary) }
        if let symbol = TeXSymbols.largeOperators[name] {
            return (.op(symbol, MathOperatorStyle(movableLimits: true, largeOperator: true)), .limitsOperator)
        }
        if let symbol = TeXSymbols.integrals[name] {
            return (.op(symbol, MathOperatorStyle(largeOperator: true)), .ordinary)
        }
        if name == "arg", case .command(let following)? = peek, following == "min" || following == "max" {
            position += 1
            return (Self.limitOperator("arg " + following), .limitsOperator)
        }
        if TeXSymbols.limitFunctions.contains(name) {
            let text = name.hasPrefix("arg") ? "arg " + name.dropFirst(3) : name
            return (Self.limitOperator(text), .limitsOperator)
        }
        if TeXSymbols.functions.contains(name) { return (.identifier(name, upright: true), .function) }
        if let width = TeXSymbols.spaces[name] { return (.space(width), .ordinary) }
        if let alphabet = MathAlphabet(command: name) {
            return (Self.styled(argument(), alphabet), .ordinary)
        }
        if let accent = TeXSymbols.accents[name] {
            let base = argument()
            if name == "overbrace" { return (.accent(base, mark: accent.mark, over: true, stretchy: true), .limitsOperator) }
            return (.accent(base, mark: accent.mark, over: true, stretchy: accent.stretchy), .ordinary)
        }
        if let mark = TeXSymbols.underAccents[name] {
            return (.accent(argument(), mark: mark, over: false, stretchy: true),
                    name == "underbrace" ? .limitsOperator : .ordinary)
        }
        if let size = TeXSymbols.bigSizes[name] {
            return (delimiter(style: MathOperatorStyle(stretchy: true, size: size)), .ordinary)
        }
        return structure(name)
    }

    /// Commands that build structure from arguments.
    private mutating func structure(_ name: String) -> (MathNode, AtomKind)? {
        switch name {
        case "frac", "cfrac":
            return (.fraction(argument(), argument(), bar: true), .ordinary)
        case "dfrac", "tfrac":
            return (.style(.fraction(argument(), argument(), bar: true), displayStyle: name == "dfrac"), .ordinary)
        case "binom", "dbinom", "tbinom":
            let fraction = MathNode.fraction(argument(), argument(), bar: false)
            return (.row([.op("(", .stretchyFence), fraction, .op(")", .stretchyFence)]), .ordinary)
        case "sqrt":
            let index = optionalArgument()
            return (.root(argument(), index: index), .ordinary)
        case "overset", "stackrel":
            let over = argument()
            return (.scripts(argument(), sub: nil, sup: over, limits: true), .ordinary)
        case "underset":
            let under = argument()
            return (.scripts(argument(), sub: under, sup: nil, limits: true), .ordinary)
        case "left":
            return (leftRight(), .ordinary)
        case "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "nonumber", "notag", "\\", "cr":
            return nil
        case "{", "}", "_", "%", "$", "#", "&":
            return (.op(name, name == "{" || name == "}" ? .fixedFence : .plain), .ordinary)
        default:
            return (.unknown("\\" + name), .ordinary)
        }
    }

    private static func limitOperator(_ text: String) -> MathNode {
        .op(text, MathOperatorStyle(movableLimits: true, form: "prefix"))
    }

    /// `\text{…}`, `\operatorname{…}`, `\mathrm{…}`: raw text made into text or upright names.
    private mutating func textArgument(_ command: String, _ raw: String) -> (MathNode, AtomKind) {
        switch command {
        case "operatorname", "operatorname*", "mathrm", "mathit":
            let plain = raw.replacingOccurrences(of: "\\,", with: " ").replacingOccurrences(of: "\\ ", with: " ")
            if plain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " }) {
                if command == "operatorname*" { return (Self.limitOperator(plain), .limitsOperator) }
                let name = plain.filter { $0 != " " || command != "mathrm" }
                if name.allSatisfy(\.isNumber) { return (.number(name), .ordinary) }
                return (.identifier(name, upright: command != "mathit"), command == "operatorname" ? .function : .ordinary)
            }
            var inner = TeXParser(raw)
            return (command == "mathit" ? inner.parse() : Self.upright(inner.parse()), .ordinary)
        default:
            return (.text(Self.textContent(raw)), .ordinary)
        }
    }

    /// The content of `\text{…}` with TeX's text escapes resolved.
    private static func textContent(_ raw: String) -> String {
        var out = ""
        var characters = raw.makeIterator()
        while let c = characters.next() {
            if c == "\\", let escaped = characters.next() {
                out.append(escaped == "," || escaped == " " ? " " : escaped)
            } else if c != "{" && c != "}" {
                out.append(c)
            }
        }
        out = out.replacingOccurrences(of: "~", with: "\u{00A0}")
        // Browsers trim spaces at the ends of <mtext>; TeX keeps them (`\text{if } x`).
        let leading = out.prefix(while: { $0 == " " }).count
        let trailing = out.reversed().prefix(while: { $0 == " " }).count
        guard leading + trailing > 0, leading < out.count else { return out }
        return String(repeating: "\u{00A0}", count: leading) + out.dropFirst(leading).dropLast(trailing)
            + String(repeating: "\u{00A0}", count: trailing)
    }

    // MARK: Arguments and scripts

    /// A command's argument: a braced group or a single atom (`\frac12` is ½).
    private mutating func argument() -> MathNode {
        if case .character(let c)? = peek, c.isNumber, c.isASCII {
            position += 1
            return .number(String(c))
        }
        guard peek != nil, let (node, _) = atom() else { return .row([]) }
        return node
    }

    /// `[…]` after `\sqrt`, when present.
    private mutating func optionalArgument() -> MathNode? {
        guard peek == .character("[") else { return nil }
        position += 1
        var nodes: [MathNode] = []
        while let token = peek, token != .character("]") {
            guard let (node, _) = atom() else { continue }
            nodes.append(node)
        }
        if peek == .character("]") { position += 1 }
        return Self.row(nodes)
    }

    /// Primes, `^…` and `_…` after an atom; `limits` puts them under and over.
    private mutating func scripts(on base: MathNode, limits: Bool) -> MathNode {
        var sub: MathNode?, sup: MathNode?
        var primes = ""
        var limits = limits
        loop: while let token = peek {
            switch token {
            case .prime:
                position += 1
                primes += "′"
            case .superscript:
                position += 1
                sup = argument()
            case .subscript:
                position += 1
                sub = argument()
            case .command("limits"):
                position += 1
                limits = true
            case .command("nolimits"):
                position += 1
                limits = false
            default:
                break loop
            }
        }
        if !primes.isEmpty {
            let mark = MathNode.op(primes, .plain)
            sup = sup.map { .row([mark, $0]) } ?? mark
        }
        guard sub != nil || sup != nil else { return base }
        return .scripts(base, sub: sub, sup: sup, limits: limits)
    }

    // MARK: Helpers

    var peek: TeXToken? { position < tokens.count ? tokens[position] : nil }

    mutating func next() -> TeXToken? {
        guard position < tokens.count else { return nil }
        position += 1
        return tokens[position - 1]
    }

    static func row(_ nodes: [MathNode]) -> MathNode {
        nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// The node with letters and digits drawn in `alphabet`.
    private static func styled(_ node: MathNode, _ alphabet: MathAlphabet) -> MathNode {
        switch node {
        case .identifier(let name, _): return .identifier(alphabet.map(name), upright: false)
        case .number(let digits): return .identifier(alphabet.map(digits), upright: false)
        case .row(let children): return .row(children.map { styled($0, alphabet) })
        case .scripts(let base, let sub, let sup, let limits):
            return .scripts(styled(base, alphabet), sub: sub, sup: sup, limits: limits)
        default: return node
        }
    }

    /// The node with single-letter identifiers upright (`\mathrm`).
    private static func upright(_ node: MathNode) -> MathNode {
        switch node {
        case .identifier(let name, _): return .identifier(name, upright: true)
        case .row(let children): return .row(children.map(upright))
        case .scripts(let base, let sub, let sup, let limits):
            return .scripts(upright(base), sub: sub, sup: sup, limits: limits)
        default: return node
        }
    }

    /// How a token that ends a sequence shows when nothing opened it; nil for the line
    /// break `\\` and the column separator `&`, which mean nothing outside a table.
    private static func strayDescription(_ token: TeXToken) -> String? {
        switch token {
        case .close: return "}"
        case .end(let name): return "\\end{\(name)}"
        case .command(let name) where name != "\\" && name != "cr": return "\\" + name
        default: return nil
        }
    }
}
