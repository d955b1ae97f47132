import CellLanguage
import XCTest

/// Figures in cells: the Figure/Axes API, the one-call figures, options given as symbols, and
/// figures reaching the host.
final class PlottingBindingTests: XCTestCase {
    func testAFigureBuiltFromAxesIsACellResultWithItsName() {
        let session = PreludeSession()
        let result = session.run("""
            let figure = Figure(width: 400, height: 300, rows: 1, columns: 2, title: "Two panels", name: "panels")
            let left = figure.axes(row: 0, column: 0)
            left.line(x: [1, 2, 3], y: [1, 4, 9], label: "squares", color: .orange, style: .dashed, marker: .circle)
            left.xScale = .log
            left.yLimits = 0...10
            left.title = "left"
            let right = figure.axes(column: 1)
            right.scatter(x: Tensor([1, 2, 3, 4]), y: [1, 2, 1, 2], groups: [0, 1, 0, 1], groupNames: ["a", "b"])
            right.errorBars(x: [1, 2], y: [1, 2], yError: [0.1, 0.2], label: "sim")
            right.legend = .upperLeft
            print(left.xScale, left.yLimits!, right.legend, figure.name!)
            figure
            """)
        XCTAssertEqual(result.output, ".log 0.0...10.0 .upperLeft panels\n")
        XCTAssertEqual(result.result, "Figure 400×300 pt, 1×2 axes, 4 series")
    }

    func testOneCallFiguresTakeTheAxesParametersAndFigureLabels() {
        let session = PreludeSession()
        XCTAssertEqual(session.run("plot([3, 2, 1], title: \"decay\", xLabel: \"step\")").result, "Figure 460×320 pt, 1×1 axes, 1 series")
        XCTAssertEqual(session.run("plot(x: [1, 2], y: [3, 4], label: \"a\")").result, "Figure 460×320 pt, 1×1 axes, 1 series")
        XCTAssertEqual(session.run("histogram(Tensor.normal([100]), bins: 10)").result, "Figure 460×320 pt, 1×1 axes, 1 series")
        XCTAssertEqual(session.run("heatmap([[1, 2], [3, 4]], rowLabels: [\"a\", \"b\"], annotate: true)").result,
                       "Figure 460×320 pt, 1×1 axes, 2 series")
        XCTAssertEqual(session.run("imageGrid(Tensor.uniform([6, 1, 4, 4]), columns: 3)").result, "Figure 460×320 pt, 1×1 axes, 1 series")
        XCTAssertEqual(session.run("bars(categories: [\"x\", \"y\"], values: [1, 2])").result, "Figure 460×320 pt, 1×1 axes, 1 series")
    }

    func testShowSendsAFigureToTheHostAndFiguresWriteTheirFiles() throws {
        let session = PreludeSession()
        session.run("let f = plot([1, 2], name: \"shown\")\nshow(f)")
        XCTAssertEqual(session.host.figures.first?.figureName, "shown")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prelude-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = try session.host.figures[0].writeFiles(toDirectory: directory, stem: "shown")
        XCTAssertEqual(paths.map { ($0 as NSString).lastPathComponent }, ["shown.png", "shown.svg"])
        XCTAssertTrue(paths.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    }

    func testUnknownOptionsListTheChoices() {
        let session = PreludeSession()
        XCTAssertEqual(session.failure("plot([1, 2], color: .teal)")?.message,
                       "unknown colour .teal; use one of .blue, .orange, .green, .red, .pink, .sky, .yellow, .black, .grey, .lightGrey, .white or a hex string such as \"#0072B2\"")
        XCTAssertEqual(session.failure("plot([1, 2], style: .wavy)")?.message,
                       "unknown line style .wavy; use one of .solid, .dashed, .dotted, .dashDot, .none")
        XCTAssertEqual(session.failure("plot(x: [1, 2], y: [1])")?.message.contains("length"), true)
        XCTAssertEqual(session.failure("Figure(rows: 2).axes(row: 2)")?.message, "axes(row: 2, column: 0) is outside the 2×1 grid")
    }
}
