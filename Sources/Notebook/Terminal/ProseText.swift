/// A notebook's Markdown between cells, rendered plainly for a terminal (step mode): headings
/// without their `#` marks, in bold; code blocks indented and dimmed; everything else as
/// written (Markdown reads well as text), with blank lines between blocks.
enum ProseText {
    /// The terminal text of `prose`, ending in a newline.
    static func render(_ prose: Prose, style: TerminalStyle) -> String {
        let lines = prose.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let tree = MarkdownTree(prose.markdown)
        var blocks: [String] = []
        for block in tree.topLevelBlocks {
            let span = lines[max(0, block.startLine - 1)..<min(lines.count, block.endLine)]
            switch block.kind {
            case .heading:
                blocks.append(style.bold(tree.plainText(of: block)))
            case .fencedCode, .indentedCode:
                let code = block.literal.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                blocks.append(code.map { style.dim("    " + $0) }.joined(separator: "\n"))
            case .other:
                blocks.append(span.joined(separator: "\n"))
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
