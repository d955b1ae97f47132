// The one door to cmark-gfm: parsing Markdown into a tree, reading the blocks the notebook
// needs (fenced code blocks with their lines, headings), splicing rendered HTML into the
// tree, and rendering HTML with the GitHub extensions. Nothing else in Retort sees C.
import CMarkGFM
import Foundation

/// A CommonMark + GFM document tree owned by Swift; freed when the value goes away.
///
/// Line numbers are the ones cmark-gfm reports: 1-based lines of the text that was parsed.
/// Not thread-safe: use one tree from one thread.
final class MarkdownTree {
    /// The kinds of top-level block the notebook distinguishes.
    enum BlockKind: Equatable {
        /// A fenced code block (```` ``` ```` or `~~~`), with its whole info string.
        case fencedCode(info: String)
        /// An indented (four-space) code block.
        case indentedCode
        /// A heading of level 1–6.
        case heading(level: Int)
        /// Any other block (paragraph, list, quote, table, HTML, thematic break, …).
        case other
    }

    /// One top-level block: what it is and where it sits in the parsed text.
    struct Block {
        /// The kind of block.
        let kind: BlockKind
        /// First line of the block (for a fenced block, the opening fence), 1-based.
        let startLine: Int
        /// Last line of the block (for a closed fenced block, the closing fence), 1-based.
        let endLine: Int
        /// The literal content of a code block (each line ending in "\n"); empty otherwise.
        let literal: String
        fileprivate let node: OpaquePointer
    }

    /// Options for the GFM extensions every Retort document uses.
    private static let parseOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    private let parser: OpaquePointer
    private let root: OpaquePointer

    /// Parses `text` as CommonMark with the GFM extensions (tables, strikethrough, autolinks,
    /// footnotes). Parsing never fails: every text is some Markdown document.
    init(_ text: String) {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(Self.parseOptions)!
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        text.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress!, buffer.count - 1)
        }
        self.parser = parser
        self.root = cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The document's top-level blocks in order.
    var topLevelBlocks: [Block] {
        var blocks: [Block] = []
        var node = cmark_node_first_child(root)
        while let current = node {
            blocks.append(Self.block(current))
            node = cmark_node_next(current)
        }
        return blocks
    }

    /// The line ranges of every code block in the document, at any depth (inside lists and
    /// quotes too), as inclusive 1-based line ranges.
    var allCodeBlockLines: [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)
            if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK {
                let start = Int(cmark_node_get_start_line(node))
                ranges.append(start...max(start, Int(cmark_node_get_end_line(node))))
            }
        }
        return ranges
    }

    /// The HTML of a block's inline content (a heading's text with its emphasis and code).
    func renderInlineHTML(of block: Block) -> String {
        var html = ""
        var child = cmark_node_first_child(block.node)
        while let current = child {
            html += render(current)
            child = cmark_node_next(current)
        }
        return html
    }

    /// The plain text of a block's inline content (text and code spans, markup dropped).
    func plainText(of block: Block) -> String {
        var text = ""
        let iterator = cmark_iter_new(block.node)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// Replaces `block` in the tree by raw HTML that the renderer copies verbatim.
    /// `block` must not be used afterwards.
    func replace(_ block: Block, withHTML opening: String, closing: String = "") {
        let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        cmark_node_set_on_enter(custom, opening)
        cmark_node_set_on_exit(custom, closing)
        if case .heading = block.kind {
            while let child = cmark_node_first_child(block.node) {
                cmark_node_unlink(child)
                cmark_node_append_child(custom, child)
            }
        }
        cmark_node_replace(block.node, custom)
        cmark_node_free(block.node)
    }

    /// Renders the whole document as HTML (raw HTML passes through, GFM's tag filter applies).
    func renderHTML() -> String {
        render(root)
    }

    private func render(_ node: OpaquePointer) -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let html = cmark_render_html(node, Self.parseOptions, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private static func block(_ node: OpaquePointer) -> Block {
        let start = Int(cmark_node_get_start_line(node))
        let end = max(start, Int(cmark_node_get_end_line(node)))
        let type = cmark_node_get_type(node)
        var kind = BlockKind.other
        var literal = ""
        if type == CMARK_NODE_CODE_BLOCK {
            literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            var length: Int32 = 0, offset: Int32 = 0, character: CChar = 0
            if cmark_node_get_fenced(node, &length, &offset, &character) != 0 {
                kind = .fencedCode(info: cmark_node_get_fence_info(node).map { String(cString: $0) } ?? "")
            } else {
                kind = .indentedCode
            }
        } else if type == CMARK_NODE_HEADING {
            kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        }
        return Block(kind: kind, startLine: start, endLine: end, literal: literal, node: node)
    }
}
