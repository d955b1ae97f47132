import Foundation

/// The HTML report of a run (`retort render`): one self-contained file — styles, figures and
/// math inlined, no JavaScript, no network — with the prose rendered by cmark-gfm (tables,
/// strikethrough, autolinks, footnotes), TeX math as MathML, each cell's code highlighted with
/// its output, result, figures and error under it, a table of contents, and a footer with the
/// seed, the Retort version, the run time and the machine's thread count.
public struct HTMLReport {
    /// The run to report.
    public let run: RunResult
    /// The Retort version shown in the footer.
    public var version: String
    /// The thread count shown in the footer (the machine's by default).
    public var threads: Int

    /// A report of `run`.
    public init(run: RunResult, version: String = RetortVersion.current,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.run = run
        self.version = version
        self.threads = threads
    }

    /// The complete HTML document.
    public var html: String {
        let document = run.document
        let body = ReportBody(document: document, cellHTML: run.records.map(CellHTML.html))
        let toc = body.headings.filter { $0.level <= 3 && !($0.level == 1 && body.headings.count { $0.level == 1 } == 1) }
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Retort \(HTML.escape(version))">
            <title>\(HTML.escape(document.title))</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>
            <div class="layout">

            """
        if !toc.isEmpty {
            page += "<nav class=\"toc\"><p class=\"toc-title\">Contents</p><ol>"
            for heading in toc {
                page += "<li class=\"toc-\(max(2, heading.level))\"><a href=\"#\(heading.anchor)\">\(heading.html)</a></li>"
            }
            page += "</ol></nav>\n"
        }
        page += "<main>\n" + titledBody(body) + footer + "</main>\n</div>\n</body>\n</html>\n"
        return page
    }

    /// Writes the report to `path` atomically (temporary file in the same directory, then
    /// rename), creating the directory if needed.
    /// - Throws: `AtomicFileError` when it cannot be written.
    public func write(to path: String) throws {
        try AtomicFile.write(html, to: path)
    }

    /// The body under a title: the front matter's title, unless the notebook opens with its own
    /// level-1 heading, followed by the parameters' values.
    private func titledBody(_ body: ReportBody) -> String {
        let params = run.params.isEmpty ? "" : "<p class=\"params\">" + run.params.map {
            "<span>\(HTML.escape($0.name)) = \(HTML.escape($0.value.description))</span>"
        }.joined() + "</p>\n"
        if body.headings.first?.level == 1, let end = body.html.range(of: "</h1>\n") {
            return String(body.html[..<end.upperBound]) + params + String(body.html[end.upperBound...])
        }
        guard let title = run.document.frontMatter.title else { return params + body.html }
        return "<header class=\"title-block\"><h1>\(HTML.escape(title))</h1>\n\(params)</header>\n" + body.html
    }

    private var footer: String {
        let failed = run.records.count { $0.status == .failed }
        let count = run.records.count
        let status = run.ok
            ? "<span class=\"status-ok\">\(count == 0 ? "no cells" : count == 1 ? "the cell ran" : "all \(count) cells ran")</span>"
            : "<span class=\"status-failed\">\(failed) of \(count) \(count == 1 ? "cell" : "cells") failed</span>"
        let date = ISO8601DateFormatter.string(from: run.started, timeZone: TimeZone(identifier: "UTC")!,
                                               formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime])
        return "<footer class=\"report-footer\">" + [
            status,
            "<span>seed <strong>\(run.seed)</strong></span>",
            "<span>Retort <strong>\(HTML.escape(version))</strong></span>",
            "<span>ran \(date.replacingOccurrences(of: "T", with: " ")) UTC in <strong>\(CellHTML.time(run.seconds))</strong></span>",
            "<span><strong>\(threads)</strong> \(threads == 1 ? "thread" : "threads")</span>",
        ].joined() + "</footer>\n"
    }
}

/// The version of Retort, shown in reports and by `retort --version`.
public enum RetortVersion {
    /// The current version.
    public static let current = "0.1.0"
}
