/// The body of a report: the notebook's Markdown rendered by cmark-gfm in one pass (so link
/// references and footnotes work across the whole notebook), with each cell's fenced block
/// replaced by the cell's HTML, headings given anchors, and TeX math — protected from
/// Markdown before parsing — replaced by MathML.
struct ReportBody {
    /// A heading, for the table of contents.
    struct Heading {
        /// 1–6.
        let level: Int
        /// Its anchor (`id`).
        let anchor: String
        /// Its content as HTML (emphasis, code and math kept).
        let html: String
    }

    /// The rendered body.
    let html: String
    /// The top-level headings in order.
    let headings: [Heading]

    /// Renders `document`, placing `cellHTML[i]` where cell `i` stands.
    init(document: NotebookDocument, cellHTML: [String]) {
        let codeLines = MarkdownTree(document.markdownText).allCodeBlockLines
        let math = MathSpans(document.markdownText, codeLines: codeLines)
        let tree = MarkdownTree(math.markdown)
        var anchors = UniqueNames()
        var headings: [Heading] = []
        var nextCell = 0
        for block in tree.topLevelBlocks {
            switch block.kind {
            case .fencedCode(let info) where Cell.languages.contains(Self.language(info)) && nextCell < cellHTML.count:
                tree.replace(block, withHTML: cellHTML[nextCell])
                nextCell += 1
            case .heading(let level):
                let text = Self.substitute(tree.plainText(of: block), math.formulas) { $0.source }
                let anchor = anchors.claim(Slug.make(text))
                let inner = Self.substitute(tree.renderInlineHTML(of: block), math.formulas) {
                    TeXToMathML.convert($0.source, display: false)
                }
                headings.append(Heading(level: level, anchor: anchor, html: inner))
                tree.replace(block, withHTML: "<h\(level) id=\"\(anchor)\">", closing: "</h\(level)>\n")
            default:
                continue
            }
        }
        var html = tree.renderHTML() + cellHTML[min(nextCell, cellHTML.count)...].joined()
        for (index, formula) in math.formulas.enumerated() where formula.display {
            let placeholder = MathSpans.placeholder(index)
            html = html.replacingOccurrences(
                of: "<p>\(placeholder)</p>",
                with: "<div class=\"math-display\">\(TeXToMathML.convert(formula.source, display: true))</div>")
        }
        self.html = Self.substitute(html, math.formulas) { TeXToMathML.convert($0.source, display: $0.display) }
        self.headings = headings
    }

    private static func language(_ info: String) -> String {
        String(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }

    /// `text` with every math placeholder replaced by `replacement(formula)`.
    private static func substitute(_ text: String, _ formulas: [MathSpans.Formula],
                                   _ replacement: (MathSpans.Formula) -> String) -> String {
        guard text.contains("RETORTMATH") else { return text }
        var result = text
        for (index, formula) in formulas.enumerated() {
            result = result.replacingOccurrences(of: MathSpans.placeholder(index), with: replacement(formula))
        }
        return result
    }
}
