/// Delimiters (`\left…\right`, `\big`) and environments (matrices, cases, aligned
/// equations) of the TeX parser.
extension TeXParser {
    /// A delimiter token after `\left`, `\right`, `\big`…; `.` is the invisible one.
    mutating func delimiter(style: MathOperatorStyle) -> MathNode {
        switch next() {
        case .character("."): return .row([])
        case .character(let c): return .op(String(c), style)
        case .command(let name):
            if let symbol = TeXSymbols.delimiters[name] { return .op(symbol, style) }
            return .unknown("\\" + name)
        default: return .row([])
        }
    }

    /// `\left( … \middle| … \right)`.
    mutating func leftRight() -> MathNode {
        var nodes = [delimiter(style: .stretchyFence)]
        nodes += sequence()
        while case .command("middle")? = peek {
            position += 1
            nodes.append(delimiter(style: .stretchyFence))
            nodes += sequence()
        }
        if case .command("right")? = peek {
            position += 1
            nodes.append(delimiter(style: .stretchyFence))
        }
        return .row(nodes)
    }

    /// `\begin{name} … \end{name}`: matrices, cases and aligned equations as a table.
    mutating func environment(_ name: String) -> MathNode {
        var alignments: [MathColumnAlignment] = []
        if name == "array", peek == .open {
            position += 1
            while let token = next(), token != .close {
                if case .character(let c) = token {
                    switch c {
                    case "l": alignments.append(.left)
                    case "r": alignments.append(.right)
                    case "c": alignments.append(.center)
                    default: break
                    }
                }
            }
        }
        var rows: [[MathNode]] = [[]]
        loop: while true {
            rows[rows.count - 1].append(Self.row(sequence()))
            switch next() {
            case .command("\\"), .command("cr"): rows.append([])
            case .end, nil: break loop
            default: continue
            }
        }
        if rows.last == [.row([])], rows.count > 1 { rows.removeLast() }
        let (open, close, defaultAlignments) = Self.frame(of: name)
        let table = MathNode.table(rows, alignments: alignments.isEmpty ? defaultAlignments : alignments)
        guard open != nil || close != nil else { return table }
        return .row([open.map { .op($0, .stretchyFence) } ?? .row([]), table, close.map { .op($0, .stretchyFence) } ?? .row([])])
    }

    /// The delimiters around an environment's table and its column alignments.
    private static func frame(of name: String) -> (String?, String?, [MathColumnAlignment]) {
        switch name {
        case "pmatrix": return ("(", ")", [])
        case "bmatrix": return ("[", "]", [])
        case "Bmatrix": return ("{", "}", [])
        case "vmatrix": return ("|", "|", [])
        case "Vmatrix": return ("‖", "‖", [])
        case "cases": return ("{", nil, [.left, .left])
        case "aligned", "align", "align*", "split", "eqnarray", "eqnarray*", "alignat", "alignedat":
            return (nil, nil, [.right, .left])
        default: return (nil, nil, [])
        }
    }
}
