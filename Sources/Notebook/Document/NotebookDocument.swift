import Foundation

/// A notebook file split into front matter, prose and cells, the way CommonMark reads it.
///
/// Cells are found by cmark-gfm itself, so every fence CommonMark accepts works: backticks or
/// tildes, a closing fence longer than the opening one, fences indented by up to three
/// spaces, an unclosed fence that runs to the end of the file. Only top-level fenced blocks
/// are cells; a fenced block inside a list or a quote is shown, not run.
public struct NotebookDocument: Sendable {
    /// The path the notebook was read from, as given (diagnostics start with it).
    public let path: String
    /// The file name without its extension: the notebook's folder under `Figures/`.
    public let name: String
    /// The file's lines, without line terminators (line `n` is `lines[n - 1]`).
    public let lines: [String]
    /// The front matter (empty when the file has none).
    public let frontMatter: FrontMatter
    /// Prose and cells in file order.
    public let blocks: [NotebookBlock]

    /// The runnable cells in file order (`cells[i].index == i`).
    public var cells: [Cell] {
        blocks.compactMap { if case .cell(let cell) = $0 { return cell } else { return nil } }
    }

    /// The title: the front matter's, else the text of the first level-1 heading, else the name.
    public let title: String

    /// The Markdown that cmark-gfm parses: the file with its front matter lines blanked, so
    /// that line numbers stay those of the file.
    let markdownText: String

    /// Reads and splits the notebook at `path`.
    /// - Throws: `NotebookReadError` when the file cannot be read as UTF-8 text;
    ///   `NotebookLoadError` listing every problem in the front matter and cell options.
    public static func load(path: String) throws -> NotebookDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NotebookReadError(path: path, reason: Self.reason(for: error, path: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NotebookReadError(path: path, reason: "it is not UTF-8 text")
        }
        return try NotebookDocument(text: text, path: path)
    }

    /// Splits notebook `text`; `path` names it in diagnostics and gives `name`.
    /// - Throws: `NotebookLoadError` listing every problem in the front matter and options.
    public init(text: String, path: String) throws {
        self.path = path
        self.name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let split = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailingReturn }
        self.lines = (split.last == "" ? split.dropLast() : split[...]).map(String.init)
        do {
            self.frontMatter = try FrontMatter.parse(lines: lines.map { Substring($0) })
        } catch let problem as NotebookProblem {
            throw NotebookLoadError(path: path, problems: [problem], lines: lines)
        }
        self.markdownText = (Array(repeating: "", count: frontMatter.endLine) + lines.dropFirst(frontMatter.endLine))
            .joined(separator: "\n") + "\n"
        let tree = MarkdownTree(markdownText)
        var problems: [NotebookProblem] = []
        self.blocks = Self.blocks(tree.topLevelBlocks, lines: lines, proseStart: frontMatter.endLine + 1,
                                  problems: &problems)
        if !problems.isEmpty { throw NotebookLoadError(path: path, problems: problems, lines: lines) }
        let heading = tree.topLevelBlocks.first { $0.kind == .heading(level: 1) }
        self.title = frontMatter.title ?? heading.map(tree.plainText(of:)) ?? name
    }

    private static func blocks(_ markdownBlocks: [MarkdownTree.Block], lines: [String], proseStart: Int,
                               problems: inout [NotebookProblem]) -> [NotebookBlock] {
        var blocks: [NotebookBlock] = []
        var proseStart = proseStart
        func closeProse(before line: Int) {
            if let prose = Self.prose(lines: lines, from: proseStart, to: line - 1) { blocks.append(.prose(prose)) }
        }
        for block in markdownBlocks {
            guard case .fencedCode(let info) = block.kind,
                  let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first,
                  Cell.languages.contains(String(language)) else { continue }
            closeProse(before: block.startLine)
            let cell = Self.cell(block, language: String(language), index: blocks.count { $0.isCell },
                                 lines: lines, problems: &problems)
            blocks.append(.cell(cell))
            proseStart = block.endLine + 1
        }
        closeProse(before: lines.count + 1)
        return blocks
    }

    private static func cell(_ block: MarkdownTree.Block, language: String, index: Int, lines: [String],
                             problems: inout [NotebookProblem]) -> Cell {
        var codeLines = block.literal.split(separator: "\n", omittingEmptySubsequences: false)
        if codeLines.last == "" { codeLines.removeLast() }
        let firstLine = block.startLine + 1
        let rawLines = lines[min(firstLine - 1, lines.count)..<min(firstLine - 1 + codeLines.count, lines.count)]
        let parsed = CellOptions.parse(lines: rawLines.map { Substring($0) }, firstLine: firstLine)
        problems += parsed.problems
        return Cell(index: index, language: language, fenceLine: block.startLine,
                    firstCodeLine: firstLine + parsed.count,
                    code: codeLines.dropFirst(parsed.count).map { $0 + "\n" }.joined(),
                    source: rawLines.dropFirst(parsed.count).map { $0 + "\n" }.joined(),
                    options: parsed.options)
    }

    private static func prose(lines: [String], from start: Int, to end: Int) -> Prose? {
        var first = max(start, 1), last = min(end, lines.count)
        while first <= last, lines[first - 1].allSatisfy(\.isWhitespace) { first += 1 }
        while last >= first, lines[last - 1].allSatisfy(\.isWhitespace) { last -= 1 }
        guard first <= last else { return nil }
        return Prose(lines: first...last, markdown: lines[(first - 1)...(last - 1)].joined(separator: "\n") + "\n")
    }

    private static func reason(for error: Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return "no such file; check the path"
        }
        if isDirectory.boolValue { return "it is a directory; give the path of a .md file" }
        return "it cannot be read (\((error as NSError).localizedDescription)); check its permissions"
    }
}

/// A notebook file that cannot be read at all.
public struct NotebookReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as given.
    public let path: String
    /// Why it cannot be read, and what to do.
    public let reason: String

    /// `cannot read 'path': reason`.
    public var description: String { "cannot read '\(path)': \(reason)" }
}

extension NotebookBlock {
    var isCell: Bool { if case .cell = self { return true } else { return false } }
}

extension Substring {
    /// The line without a trailing carriage return (files with CRLF line ends).
    var trimmingTrailingReturn: Substring { last == "\r" ? dropLast() : self }
}
