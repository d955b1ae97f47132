import XCTest
@testable import Plotting

/// What each kind of series computes and draws.
final class SeriesTests: XCTestCase {
    func testHistogramCountsIncludeTheLastEdge() {
        XCTAssertEqual(Histogram.counts([0, 0.5, 1, 1.5, 2, 5], edges: [0, 1, 2], density: false), [2, 3])
        let density = Histogram.counts([0.25, 0.75, 1.5], edges: [0, 1, 2], density: true)
        XCTAssertEqual(zip(density, [1.0, 1.0]).map { $0 * $1 }.reduce(0, +), 1, accuracy: 1e-12)
    }

    func testHistogramEdgesSpanTheFiniteData() {
        let edges = Histogram.edges([3, .nan, 1, 2], count: 4, range: nil)
        XCTAssertEqual(edges, [1, 1.5, 2, 2.5, 3])
    }

    func testEveryMarkerShapeDrawsSomething() throws {
        let figure = try Figure()
        for shape in MarkerShape.allCases {
            try figure.axes().scatter(x: [1], y: [1], marker: shape)
        }
        let marks = record(figure).commands.filter {
            switch $0 {
            case let .fill(path, color): return color == Theme().cycle[0] || path.elements.count <= 5
            default: return false
            }
        }
        XCTAssertGreaterThanOrEqual(marks.count, 4, "four filled shapes")
    }

    func testSeriesTakeCycleColoursInOrder() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.line(y: [1, 2], label: "first")
        try ax.line(y: [2, 1], label: "second")
        let strokes = record(figure).commands.compactMap { c -> Color? in
            if case let .stroke(_, style) = c, style.width == Theme().lineWidth { return style.color }
            return nil
        }
        XCTAssertEqual(Array(strokes.prefix(2)), [ColorCycle.okabeIto[0], ColorCycle.okabeIto[1]])
    }

    func testGroupedBarsSitSideBySideFromZero() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.bars(categories: ["a", "b"], values: [[1, 2], [3, 4]], seriesLabels: ["x", "y"])
        let bars = ax.artists.compactMap { $0 as? BarArtist }
        XCTAssertEqual(bars.count, 2)
        XCTAssertEqual(bars[0].bars[0].right, bars[1].bars[0].left, accuracy: 1e-12)
        XCTAssertEqual(bars[0].bars[0].left, -0.4, accuracy: 1e-12)
        XCTAssertEqual(bars[1].bars[1].right, 1.4, accuracy: 1e-12)
        XCTAssertEqual(layout(figure).axes[0].y.scale.lower, 0, "bars start at a sticky zero")
    }

    func testImageScalingPerImageAndGlobal() throws {
        let batch = try ImageBatch(pixels: [0, 1, 2, 4], count: 2, channels: 1, height: 1, width: 2)
        let perImage = batch.rasters(scaling: .perImage, colormap: .grey)
        XCTAssertEqual(perImage[1].color(column: 0, row: 0), .black, "each image's minimum is black")
        let global = batch.rasters(scaling: .global, colormap: .grey)
        XCTAssertEqual(global[1].color(column: 0, row: 0).red, 0.5, accuracy: 0.003, "2 is half way in 0…4")
    }

    func testRGBImagesKeepTheirChannels() throws {
        let batch = try ImageBatch(pixels: [1, 0, 0], count: 1, channels: 3, height: 1, width: 1)
        let raster = batch.rasters(scaling: .fixed(lower: 0, upper: 1), colormap: .grey)
        XCTAssertEqual(raster[0].color(column: 0, row: 0), Color(red: 1, green: 0, blue: 0))
    }

    func testTextIsAnchoredAtItsDataPosition() throws {
        let figure = try Figure()
        let ax = figure.axes()
        ax.x.limits = 0...10
        ax.y.limits = 0...10
        ax.text("peak", x: 5, y: 5, alignment: (.left, .baseline))
        let frame = layout(figure).axes[0].frame
        let box = try XCTUnwrap(record(figure).texts.first { $0.string == "peak" }?.box)
        XCTAssertEqual(box.x, frame.center.x, accuracy: 1e-9)
        XCTAssertLessThan(box.y, frame.center.y)
        XCTAssertGreaterThan(box.maxY, frame.center.y)
    }

    func testReferenceLinesSpanTheFrame() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.line(x: [0, 10], y: [0, 10])
        ax.verticalLine(at: 3)
        ax.horizontalLine(at: 7, style: .dotted)
        let frame = layout(figure).axes[0].frame
        let dashed = record(figure).commands.compactMap { c -> Path? in
            if case let .stroke(path, style) = c, !style.dashes.isEmpty { return path }
            return nil
        }
        XCTAssertEqual(dashed.count, 2)
        let x = layout(figure).axes[0].transform.px(3), y = layout(figure).axes[0].transform.py(7)
        XCTAssertEqual(dashed[0].elements, [.move(Point(x, frame.y)), .line(Point(x, frame.maxY))])
        XCTAssertEqual(dashed[1].elements, [.move(Point(frame.x, y)), .line(Point(frame.maxX, y))])
    }

    func testViridisEndsAndBadColour() {
        XCTAssertEqual(Colormap.viridis.color(at: 0), Color(hex: 0x440154))
        XCTAssertEqual(Colormap.viridis.color(at: 1), Color(hex: 0xFDE725))
        XCTAssertEqual(Colormap.viridis.color(at: .nan), Colormap.viridis.bad)
    }

    func testHeatmapAnnotationsShrinkToFitTheirCells() throws {
        let figure = try Figure(width: 200, height: 200)
        try figure.axes().heatmap((0..<6).map { r in (0..<6).map { Double(r * $0) * 10.5 } }, annotate: true)
        let cell = layout(figure).axes[0].frame.width / 6
        let frame = layout(figure).axes[0].frame
        let values = record(figure).texts.filter { frame.contains($0.box.center) }
        XCTAssertEqual(values.count, 36)
        for (text, box) in values {
            XCTAssertLessThanOrEqual(box.width, cell, "'\(text)' is wider than its cell")
        }
    }

    func testHeatmapAnnotationsTooSmallToReadAreLeftOut() throws {
        let figure = try Figure(width: 200, height: 200)
        try figure.axes().heatmap((0..<40).map { r in (0..<40).map { Double(r * $0) * 1000.5 } }, annotate: true)
        let frame = layout(figure).axes[0].frame
        XCTAssertTrue(record(figure).texts.allSatisfy { !frame.contains($0.box.center) })
    }
}
