import Foundation
import XCTest
@testable import Notebook

/// The report is one self-contained HTML file with every part of the run in it.
final class HTMLReportTests: XCTestCase {
    private func render(_ text: String, keepGoing: Bool = false) throws -> String {
        let directory = try temporaryDirectory(self)
        let document = try NotebookDocument(text: text, path: "Notebooks/demo.md")
        let run = try NotebookRunner(document: document,
                                     options: NotebookRunOptions(keepGoing: keepGoing, figuresRoot: directory),
                                     registry: TestFigure.registry()).run()
        return HTMLReport(run: run, version: "9.9.9", threads: 2).html
    }

    func testCodeIsHighlightedWithTheLexersCategories() throws {
        let html = try render("```swift\nlet x = \"a\" // note\n```\n")
        XCTAssertTrue(html.contains("<span class=\"tok-keyword\">let</span> <span class=\"tok-identifier\">x</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"tok-comment\">// note</span>"))
        XCTAssertTrue(html.contains("class=\"tok-string\""))
    }

    func testOutputResultAndErrorsAreEscaped() throws {
        let html = try render("```swift\nprint(\"<script>alert(1)</script> & more\")\n\"<b>\"\n```\n\n```swift\nlet y = <\n```\n",
                              keepGoing: true)
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
        XCTAssertTrue(html.contains("&quot;&lt;b&gt;&quot;"))
    }

    func testAFailingCellShowsAnErrorBoxWithTheDiagnostic() throws {
        let html = try render("# T\n\n```swift\nlet r = nope + 1\n```\n")
        XCTAssertTrue(html.contains("<div class=\"cell-error\"><div class=\"error-head\">Error</div>"))
        XCTAssertTrue(html.contains("Notebooks/demo.md:4:9: error: cannot find &#39;nope&#39; in scope")
                      || html.contains("Notebooks/demo.md:4:9: error: cannot find 'nope' in scope"), html)
        XCTAssertTrue(html.contains("class=\"cell failed\""))
    }

    func testAnExpectedErrorIsMarkedAsExpected() throws {
        let html = try render("```swift\n//| expect-error: true\nlet r = nope\n```\n")
        XCTAssertTrue(html.contains("class=\"cell expected-error\""))
        XCTAssertTrue(html.contains("Expected error"))
    }

    func testEchoFalseHidesTheCodeAndOutputFalseHidesTheOutput() throws {
        let html = try render("```swift\n//| echo: false\nprint(\"visible\")\n```\n\n```swift\n//| output: false\nprint(\"hidden\")\n```\n")
        XCTAssertTrue(html.contains("visible"))
        XCTAssertFalse(html.contains("tok-builtin\">print</span>(<span class=\"tok-string\">&quot;</span><span class=\"tok-string\">visible"))
        XCTAssertFalse(html.contains(">hidden\n<"))
    }

    func testFiguresAreInlinedAtHalfTheirPixelWidth() throws {
        let html = try render("```swift\n//| label: pic\nsketch()\n```\n")
        XCTAssertTrue(html.contains("<img src=\"data:image/png;base64,\(TestFigure.png.base64EncodedString())\""))
        XCTAssertTrue(html.contains("width=\"1\""))
    }

    func testMathBecomesMathMLAndCodeSpansStayCode() throws {
        let html = try render("Inline $a_1 * b_1$ and `$x$`.\n\n$$\\frac{1}{n}$$\n")
        XCTAssertTrue(html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><msub><mi>a</mi>"))
        XCTAssertTrue(html.contains("<code>$x$</code>"))
        XCTAssertTrue(html.contains("<div class=\"math-display\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
        XCTAssertFalse(html.contains("RETORTMATH"))
        XCTAssertFalse(html.contains("<em>"), "underscores and stars inside math are not emphasis")
    }

    func testGitHubExtensionsRender() throws {
        let html = try render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://example.com and a note[^1].\n\n[^1]: The note.\n")
        XCTAssertTrue(html.contains("<table>"))
        XCTAssertTrue(html.contains("<del>gone</del>"))
        XCTAssertTrue(html.contains("<a href=\"https://example.com\">https://example.com</a>"))
        XCTAssertTrue(html.contains("class=\"footnotes\""))
    }

    func testHeadingsGetAnchorsAndATableOfContents() throws {
        let html = try render("# Title\n\n## Step one\n\n### Detail $k$\n\n## Step one\n")
        XCTAssertTrue(html.contains("<h2 id=\"step-one\">"))
        XCTAssertTrue(html.contains("<h2 id=\"step-one-2\">"))
        XCTAssertTrue(html.contains("<h3 id=\"detail-k\">"))
        XCTAssertTrue(html.contains("<a href=\"#detail-k\">Detail <math"))
        XCTAssertTrue(html.contains("<nav class=\"toc\">"))
        XCTAssertTrue(html.contains("<a href=\"#step-one-2\">Step one</a>"))
    }

    func testFooterShowsSeedVersionRunTimeAndThreads() throws {
        let html = try render("---\nseed: 42\n---\n```swift\nprint(1)\n```\n")
        XCTAssertTrue(html.contains("seed <strong>42</strong>"))
        XCTAssertTrue(html.contains("Retort <strong>9.9.9</strong>"))
        XCTAssertTrue(html.contains("<strong>2</strong> threads"))
        XCTAssertTrue(html.contains(" UTC in <strong>"))
    }

    func testFrontMatterTitleAndParamsHeadTheReport() throws {
        let html = try render("---\ntitle: My <Notebook>\nparams:\n  ipc: 10\n---\nText\n")
        XCTAssertTrue(html.contains("<title>My &lt;Notebook&gt;</title>"))
        XCTAssertTrue(html.contains("<h1>My &lt;Notebook&gt;</h1>"))
        XCTAssertTrue(html.contains("<span>ipc = 10</span>"))
    }

    func testTheTitleIsNotRepeatedWhenTheNotebookHasItsOwnHeading() throws {
        let html = try render("---\ntitle: Tour\n---\n# Tour\n\nText\n")
        XCTAssertEqual(html.components(separatedBy: "<h1").count - 1, 1)
    }

    func testTheReportIsSelfContained() throws {
        let html = try render("# T\n\n```swift\nsketch()\n```\n")
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("src=\"http"))
    }

    /// Renders the language tour; with `RETORT_REPORT_PREVIEW=path` set (as `make
    /// report-preview` does) writes it there, with its figures beside it, for the screenshot.
    func testTheLanguageTourReportHasEveryPart() throws {
        let relative = "Tests/Fixtures/language-tour.md"
        let path = FileManager.default.fileExists(atPath: relative) ? relative
            : URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Fixtures/language-tour.md").path
        let preview = ProcessInfo.processInfo.environment["RETORT_REPORT_PREVIEW"]
        let figures = try preview.map { ($0 as NSString).deletingLastPathComponent + "/Figures" } ?? temporaryDirectory(self)
        let document = try NotebookDocument.load(path: path)
        let run = try NotebookRunner(document: document, options: NotebookRunOptions(figuresRoot: figures),
                                     registry: TestFigure.registry()).run()
        let report = HTMLReport(run: run)
        let html = report.html
        for part in ["tok-keyword", "<math", "cell-output\"><pre>", "cell-result\"><span class=\"mark\">Result",
                     "data:image/png;base64,", "Expected error", "<nav class=\"toc\">", "<table>", "class=\"report-footer\""] {
            XCTAssertTrue(html.contains(part), part)
        }
        if let preview { try report.write(to: preview) }
    }
}
