/// A node of a formula as MathML Core understands it (what Chromium, Firefox and Safari draw
/// without JavaScript). Built by `TeXParser`, written out by `mathML`.
indirect enum MathNode: Equatable {
    /// An identifier (`<mi>`): a variable, a function name; `upright` for multi-letter names
    /// and `\mathrm`.
    case identifier(String, upright: Bool)
    /// A number (`<mn>`).
    case number(String)
    /// An operator or fence (`<mo>`), with its attributes.
    case op(String, MathOperatorStyle)
    /// Text inside a formula (`<mtext>`), as `\text{…}` gives.
    case text(String)
    /// A horizontal space (`<mspace>`) of `width` ems (negative for `\!`).
    case space(Double)
    /// A group (`<mrow>`).
    case row([MathNode])
    /// A fraction (`<mfrac>`); `bar: false` for binomials.
    case fraction(MathNode, MathNode, bar: Bool)
    /// A root (`<msqrt>` or `<mroot>` with an index).
    case root(MathNode, index: MathNode?)
    /// Scripts on a base: beside it (`<msub>`, `<msup>`, `<msubsup>`) or, with `limits`,
    /// under and over it (`<munder>`, `<mover>`, `<munderover>`).
    case scripts(MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
    /// An accent over (`<mover accent>`) or a mark under (`<munder accentunder>`) a base.
    case accent(MathNode, mark: String, over: Bool, stretchy: Bool)
    /// A table (`<mtable>`): rows of cells, with each column's alignment.
    case table([[MathNode]], alignments: [MathColumnAlignment])
    /// A style change (`<mstyle displaystyle>`), as `\dfrac` and `\tfrac` give.
    case style(MathNode, displayStyle: Bool)
    /// Something the converter does not know, shown as its source in a red box.
    case unknown(String)

    /// The node as MathML markup (without the enclosing `<math>`).
    var mathML: String {
        switch self {
        case .identifier(let name, let upright):
            let variant = upright && name.count == 1 ? " mathvariant=\"normal\"" : ""
            return "<mi\(variant)>\(HTML.escape(name))</mi>"
        case .number(let digits):
            return "<mn>\(HTML.escape(digits))</mn>"
        case .op(let symbol, let style):
            return "<mo\(style.attributes)>\(HTML.escape(symbol))</mo>"
        case .text(let text):
            return "<mtext>\(HTML.escape(text))</mtext>"
        case .space(let width):
            return "<mspace width=\"\(MathNode.ems(width))\"></mspace>"
        case .row(let children):
            return "<mrow>" + children.map(\.mathML).joined() + "</mrow>"
        case .fraction(let numerator, let denominator, let bar):
            let thickness = bar ? "" : " linethickness=\"0\""
            return "<mfrac\(thickness)>\(numerator.mathML)\(denominator.mathML)</mfrac>"
        case .root(let radicand, let index):
            guard let index else { return "<msqrt>\(radicand.mathML)</msqrt>" }
            return "<mroot>\(radicand.mathML)\(index.mathML)</mroot>"
        case .scripts(let base, let sub, let sup, let limits):
            let names = limits ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup")
            switch (sub, sup) {
            case (let sub?, let sup?): return "<\(names.2)>\(base.mathML)\(sub.mathML)\(sup.mathML)</\(names.2)>"
            case (let sub?, nil): return "<\(names.0)>\(base.mathML)\(sub.mathML)</\(names.0)>"
            case (nil, let sup?): return "<\(names.1)>\(base.mathML)\(sup.mathML)</\(names.1)>"
            case (nil, nil): return base.mathML
            }
        case .accent(let base, let mark, let over, let stretchy):
            let markup = "<mo stretchy=\"\(stretchy)\">\(HTML.escape(mark))</mo>"
            return over
                ? "<mover accent=\"true\">\(base.mathML)\(markup)</mover>"
                : "<munder accentunder=\"true\">\(base.mathML)\(markup)</munder>"
        case .table(let rows, let alignments):
            return "<mtable>" + rows.map { cells in
                "<mtr>" + cells.enumerated().map { column, cell in
                    let alignment = alignments.isEmpty ? .center : alignments[column % alignments.count]
                    return "<mtd\(alignment.attributes)>\(cell.mathML)</mtd>"
                }.joined() + "</mtr>"
            }.joined() + "</mtable>"
        case .style(let body, let displayStyle):
            return "<mstyle displaystyle=\"\(displayStyle)\">\(body.mathML)</mstyle>"
        case .unknown(let source):
            return "<merror><mtext>\(HTML.escape(source))</mtext></merror>"
        }
    }

    private static func ems(_ width: Double) -> String {
        let rounded = (width * 10_000).rounded() / 10_000
        return "\(rounded)em"
    }
}

/// The attributes of an operator: how it stretches, whether its limits move, its spacing.
struct MathOperatorStyle: Equatable {
    /// Stretch to the height of what it encloses (`\left(`), or not; nil for the default.
    var stretchy: Bool?
    /// Limits go under and over in display style, beside it inline (`\sum`, `\lim`).
    var movableLimits = false
    /// A large operator drawn bigger in display style (`\sum`, `\int`).
    var largeOperator = false
    /// A fixed size in ems, for `\big(` and friends.
    var size: Double?
    /// `prefix`, `infix` or `postfix` when the default guess would be wrong.
    var form: String?
    /// Spacing around the operator in ems when it must not be the dictionary's.
    var spacing: Double?

    /// An operator with the dictionary's defaults.
    static let plain = MathOperatorStyle()
    /// A delimiter that stretches (`\left(`, `\right)`).
    static let stretchyFence = MathOperatorStyle(stretchy: true)
    /// A delimiter that does not stretch (a bare `(`).
    static let fixedFence = MathOperatorStyle(stretchy: false)

    var attributes: String {
        var out = ""
        if let stretchy { out += " stretchy=\"\(stretchy)\"" }
        if movableLimits { out += " movablelimits=\"true\"" }
        if largeOperator { out += " largeop=\"true\"" }
        if let size { out += " symmetric=\"true\" minsize=\"\(size)em\" maxsize=\"\(size)em\"" }
        if let form { out += " form=\"\(form)\"" }
        if let spacing { out += " lspace=\"\(spacing)em\" rspace=\"\(spacing)em\"" }
        return out
    }
}

/// How a table column's cells align (`cases` and `aligned` align left and right).
enum MathColumnAlignment: Equatable {
    case left, center, right

    var attributes: String {
        switch self {
        case .left: return " style=\"text-align: left; padding-left: 0; padding-right: 1em\""
        case .center: return ""
        case .right: return " style=\"text-align: right; padding-right: 0; padding-left: 0\""
        }
    }
}
