import XCTest
@testable import Plotting

/// Bad data never crashes a figure: it is skipped, counted in a warning, and the axes stay sensible.
final class BadDataTests: XCTestCase {
    /// Renders to every output and returns the layout of the first axes.
    private func render(_ figure: Figure, file: StaticString = #filePath, line: UInt = #line) throws -> AxesLayout {
        for format in OutputFormat.allCases {
            XCTAssertFalse(try figure.data(format).isEmpty, "\(format) is empty", file: file, line: line)
        }
        return layout(figure).axes[0]
    }

    func testNaNAndInfinitePointsAreSkippedAndCounted() throws {
        let figure = try Figure()
        try figure.axes().line(x: [0, 1, 2, 3, 4], y: [1, .nan, 2, .infinity, 3], label: "loss")
        XCTAssertEqual(figure.warnings, ["line 'loss': skipped 2 of 5 points with NaN or infinite values"])
        let l = try render(figure)
        XCTAssertLessThan(l.y.scale.lower, 1)
        XCTAssertGreaterThan(l.y.scale.upper, 3)
        XCTAssertLessThan(l.y.scale.upper, 4, "the infinite value must not stretch the axis")
    }

    func testNaNBreaksTheLine() throws {
        let figure = try Figure()
        try figure.axes().line(x: [0, 1, 2, 3, 4], y: [1, 2, .nan, 3, 4])
        let strokes = record(figure).commands.filter {
            if case let .stroke(path, style) = $0 { return style.width == Theme().lineWidth && path.elements.count == 2 }
            return false
        }
        XCTAssertEqual(strokes.count, 2, "two runs of two points each")
    }

    func testEmptySeriesGiveTheUnitRange() throws {
        let figure = try Figure()
        try figure.axes().line(x: [], y: [])
        try figure.axes().scatter(x: [], y: [])
        let l = try render(figure)
        XCTAssertEqual(l.x.scale.lower, 0)
        XCTAssertEqual(l.x.scale.upper, 1)
        XCTAssertGreaterThanOrEqual(l.x.major.count, 2)
        XCTAssertTrue(figure.warnings.isEmpty)
    }

    func testFigureWithoutSeriesStillRenders() throws {
        let l = try render(try Figure())
        XCTAssertGreaterThanOrEqual(l.y.major.count, 2)
    }

    func testSinglePointIsCentred() throws {
        let figure = try Figure()
        try figure.axes().scatter(x: [7], y: [-2])
        let l = try render(figure)
        XCTAssertEqual((l.x.scale.lower + l.x.scale.upper) / 2, 7, accuracy: 1e-9)
        XCTAssertEqual((l.y.scale.lower + l.y.scale.upper) / 2, -2, accuracy: 1e-9)
        XCTAssertGreaterThanOrEqual(l.x.major.count, 2)
    }

    func testConstantSeriesGetsAnAxisAroundIt() throws {
        let figure = try Figure()
        try figure.axes().line(y: [0.3, 0.3, 0.3])
        let l = try render(figure)
        XCTAssertLessThan(l.y.scale.lower, 0.3)
        XCTAssertGreaterThan(l.y.scale.upper, 0.3)
        XCTAssertTrue(l.y.major.allSatisfy { !$0.label.contains("0000") })
    }

    func testZeroWidthLimitsAreWidened() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.line(y: [1, 2])
        ax.x.limits = 5...5
        let l = try render(figure)
        XCTAssertLessThan(l.x.scale.lower, 5)
        XCTAssertGreaterThan(l.x.scale.upper, 5)
    }

    func testNonPositiveValuesOnALogAxisAreSkippedAndCounted() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.scatter(x: [1, 10, 100], y: [0, -1, 5], label: "runs")
        ax.y.scale = .log
        XCTAssertEqual(figure.warnings, ["scatter 'runs': skipped 2 of 3 points with NaN, infinite or non-positive (log axis) values"])
        let l = try render(figure)
        XCTAssertGreaterThan(l.y.scale.lower, 0)
        XCTAssertLessThan(l.y.scale.lower, 5)
    }

    func testAllNaNDataOnALogAxis() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.line(y: [.nan, .nan])
        ax.x.scale = .log
        ax.y.scale = .log
        let l = try render(figure)
        XCTAssertEqual(l.y.scale.lower, 1)
        XCTAssertEqual(l.y.scale.upper, 10)
    }

    func testBadValuesInOtherSeriesKinds() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.histogram([1, 2, .nan, 3, -.infinity], label: "h")
        try ax.heatmap([[1, .nan], [3, 4]])
        try ax.errorBars(x: [1, 2], y: [1, 2], yError: [.nan, 0.1])
        try ax.band(x: [0, 1, 2], lower: [0, .nan, 0], upper: [1, 1, 1])
        XCTAssertEqual(figure.warnings.count, 4, "\(figure.warnings)")
        _ = try render(figure)
    }

    func testEmptyHeatmapAndHistogram() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.heatmap([])
        try ax.histogram([])
        XCTAssertEqual(figure.warnings, ["heatmap: no cells to draw"])
        _ = try render(figure)
    }

    func testMismatchedLengthsThrowWithAUsefulMessage() throws {
        let ax = try Figure().axes()
        XCTAssertThrowsError(try ax.line(x: [1, 2], y: [1])) { error in
            XCTAssertEqual("\(error)", "line x has 2 values but 1 were expected; pass arrays of equal length")
        }
        XCTAssertThrowsError(try ax.scatter(x: [1], y: [1], sizes: [1, 2]))
        XCTAssertThrowsError(try ax.heatmap([[1, 2], [3]]))
        XCTAssertThrowsError(try ax.bars(categories: ["a"], values: [[1, 2]]))
        XCTAssertThrowsError(try ax.histogram([1], edges: [2, 1]))
        XCTAssertThrowsError(try ImageBatch(pixels: [0, 1], count: 1, channels: 1, height: 2, width: 2))
        XCTAssertThrowsError(try ImageBatch(pixels: [0], count: 1, channels: 2, height: 1, width: 1))
        XCTAssertThrowsError(try Figure(width: .nan))
        XCTAssertThrowsError(try Figure(rows: 0))
    }

    func testImpossibleResolutionsThrow() throws {
        let figure = try Figure()
        for dpi in [0, -5, .nan, 1e6] {
            figure.dpi = dpi
            XCTAssertThrowsError(try figure.data(.png), "dpi \(dpi)")
        }
    }

    func testDegenerateThemeSizesDoNotCrash() throws {
        var theme = Theme()
        theme.fontSize = 0
        theme.margin = -1
        let figure = try Figure(theme: theme)
        try figure.axes().line(y: [1, 2, 3], label: "x")
        _ = try figure.data(.png)
    }

    func testNegativeAndNaNMarkerSizesDrawNothingVisible() throws {
        let figure = try Figure()
        try figure.axes().scatter(x: [1, 2], y: [1, 2], sizes: [-3, .nan])
        _ = try render(figure)
    }
}
