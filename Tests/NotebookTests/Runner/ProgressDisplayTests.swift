import CellLanguage
import XCTest
@testable import Notebook

/// Progress goes to stderr as a bar on a terminal, a line every few seconds in logs, and
/// nowhere when quiet.
final class ProgressDisplayTests: XCTestCase {
    private final class Clock { var now = 0.0 }
    private let cell = Cell(index: 2, language: "swift", fenceLine: 1, firstCodeLine: 3, code: "", source: "",
                            options: CellOptions(label: "train"))

    private func display(_ mode: ProgressDisplay.Mode, clock: Clock) -> (ProgressDisplay, () -> String) {
        var written = ""
        let display = ProgressDisplay(mode: mode, write: { written += $0 }, clock: { clock.now })
        return (display, { written })
    }

    func testLinesModeWritesAtMostOneLinePerInterval() {
        let clock = Clock()
        let (display, written) = display(.lines(interval: 5), clock: clock)
        display.begin(cell)
        for step in 1...100 {
            clock.now = Double(step) * 0.1
            display.report(ProgressEvent(step: step, total: 100, message: "epoch", metrics: [.init("loss", 0.53125)]))
        }
        display.end()
        XCTAssertEqual(written(), """
            retort: [2] train epoch 50/100 (50%) · loss 0.5312 · 5 s left
            retort: [2] train epoch 100/100 (100%) · loss 0.5312

            """)
    }

    func testBarModeDrawsInPlaceAndErasesAtTheEnd() {
        let clock = Clock()
        let (display, written) = display(.bar, clock: clock)
        display.begin(cell)
        clock.now = 1
        display.report(ProgressEvent(step: 1, total: 4, message: "distilling"))
        display.end()
        let text = written()
        XCTAssertTrue(text.hasPrefix("\r\u{1B}[2K[2] train ██████░░░░░░░░░░░░░░░░░░ distilling 1/4 (25%)"), text)
        XCTAssertTrue(text.hasSuffix("\r\u{1B}[2K"))
    }

    func testSilentModeWritesNothing() {
        let clock = Clock()
        let (display, written) = display(.silent, clock: clock)
        display.begin(cell)
        clock.now = 100
        display.report(ProgressEvent(step: 1, total: 2, message: "x"))
        display.end()
        XCTAssertEqual(written(), "")
    }

    func testTheReportKeepsOnlyTheLastEvent() throws {
        let registry = NativeRegistry.standard()
        registry.define("work", parameters: [], topic: "Test", doc: "Reports progress.") { _, context in
            for step in 1...3 { context.progress(step: step, total: 3, message: "working", metrics: [.init("acc", 0.25 * Double(step))]) }
            return .void
        }
        let document = try NotebookDocument(text: "```swift\nwork()\n```\n", path: "n.md")
        let record = try NotebookRunner(document: document, registry: registry).run().records[0]
        XCTAssertEqual(record.output, "", "progress never appears in the output")
        XCTAssertEqual(record.lastProgress, ProgressEvent(step: 3, total: 3, message: "working", metrics: [.init("acc", 0.75)]))
    }
}
