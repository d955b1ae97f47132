import Foundation
import CellLanguage

/// The HTML of one cell in the report: its code (highlighted, unless `echo: false`), then
/// its printed output, result, figures and progress summary (unless `output: false`), then
/// its error in a box (always).
enum CellHTML {
    /// The cell's `<section>`, or the empty string when there is nothing to show.
    static func html(_ record: CellRecord) -> String {
        let cell = record.cell
        let options = cell.options
        var sections: [String] = []
        if options.echo {
            sections.append("<pre class=\"cell-code\"><code>\(SwiftHighlighter.html(cell.code))</code></pre>")
        }
        if options.output {
            sections += outputSections(record)
        }
        if !record.errors.isEmpty {
            let head = record.status == .failedAsExpected ? "Expected error" : "Error"
            sections.append("<div class=\"cell-error\"><div class=\"error-head\">\(head)</div>"
                + "<pre>\(HTML.escape(DiagnosticRenderer().render(record.errors)))</pre></div>")
        }
        if record.status == .notRun {
            sections.append("<div class=\"cell-section cell-note\">Not run: an earlier cell failed.</div>")
        }
        guard !sections.isEmpty else { return "" }
        let classes = ["cell", statusClass(record.status)].compactMap { $0 }.joined(separator: " ")
        return "<section class=\"\(classes)\" id=\"\(anchor(cell))\">" + head(record) + sections.joined() + "</section>\n"
    }

    /// The cell's anchor: `cell-<label>` or `cell-<index>`.
    static func anchor(_ cell: Cell) -> String {
        "cell-" + (cell.label.map(Slug.make) ?? String(cell.index))
    }

    private static func head(_ record: CellRecord) -> String {
        let cell = record.cell
        let name = "[\(cell.index)]" + (cell.label.map { " " + HTML.escape($0) } ?? "")
        let time = record.status == .notRun ? "" : Self.time(record.seconds)
        return "<div class=\"cell-head\"><span class=\"cell-name\">\(name)</span><span class=\"cell-time\">\(time)</span></div>"
    }

    private static func outputSections(_ record: CellRecord) -> [String] {
        var sections: [String] = []
        if !record.output.isEmpty {
            sections.append("<div class=\"cell-section cell-output\"><pre>\(HTML.escape(record.output))</pre></div>")
        }
        if let result = record.result {
            sections.append("<div class=\"cell-section cell-result\"><span class=\"mark\">Result</span>"
                + "<pre>\(HTML.escape(result))</pre></div>")
        }
        for figure in record.figures {
            let image = FigureEmbedding.image(path: figure.displayPath, alt: figure.displayPath)
                ?? "<span class=\"cell-note\">figure file missing</span>"
            sections.append("<div class=\"cell-section\"><figure class=\"cell-figure\">\(image)"
                + "<figcaption>\(HTML.escape(figure.displayPath))</figcaption></figure></div>")
        }
        if let progress = record.lastProgress {
            sections.append("<div class=\"cell-section cell-progress\">\(progressSummary(progress))</div>")
        }
        return sections
    }

    /// The final progress report as a small bar and a line: `distilling 500/500 · loss 0.123`.
    static func progressSummary(_ event: ProgressEvent) -> String {
        var text = ""
        if let fraction = event.fraction {
            text += "<span class=\"bar\"><i style=\"width: \(Int((fraction * 100).rounded()))%\"></i></span>"
        }
        var parts = [HTML.escape(event.message)]
        parts[0] += event.total.map { " \(event.step)/\($0)" } ?? " \(event.step)"
        parts += event.metrics.map { "\(HTML.escape($0.name)) \(ProgressText.number($0.value))" }
        return text + parts.joined(separator: " · ")
    }

    private static func statusClass(_ status: CellRecord.Status) -> String? {
        switch status {
        case .succeeded: return nil
        case .failed: return "failed"
        case .failedAsExpected: return "expected-error"
        case .notRun: return "not-run"
        }
    }

    /// Seconds as people read them: `< 1 ms`, `4 ms`, `0.12 s`, `12.3 s`, `2 min 5 s`.
    static func time(_ seconds: Double) -> String {
        if seconds < 0.0005 { return "< 1 ms" }
        if seconds < 0.1 { return "\(Int((seconds * 1000).rounded())) ms" }
        if seconds < 10 { return String(format: "%.2f s", seconds) }
        if seconds < 120 { return String(format: "%.1f s", seconds) }
        return "\(Int(seconds) / 60) min \(Int(seconds) % 60) s"
    }
}
