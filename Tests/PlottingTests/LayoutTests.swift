import PlotGallery
import XCTest
@testable import Plotting

/// Margins, tick thinning and legend placement: nothing clipped, nothing overlapping.
final class LayoutTests: XCTestCase {
    func testGalleryFiguresHaveNoClippedOrOverlappingText() throws {
        let data = GalleryData()
        for (name, build) in GalleryFigures.all { assertLegible(try build(data), name) }
    }

    func testLongLabelsAndHugeNumbersAreNotClipped() throws {
        let figure = try Figure(width: 300, height: 220)
        let ax = figure.axes()
        try ax.line(x: [0, 1e12, 2.5e12], y: [-123456.789, 0.001, 98765.4321], label: "a rather long legend label")
        ax.x.label = "a long horizontal axis label that needs room"
        ax.y.label = "a long vertical axis label"
        ax.title = "A title wider than the axes frame of this small figure"
        assertLegible(figure, "huge numbers")
    }

    func testNarrowAxisThinsTicksInsteadOfOverlapping() throws {
        let figure = try Figure(width: 90, height: 300)
        try figure.axes().line(x: [0.000123, 0.987654], y: [1, 2])
        assertLegible(figure, "narrow")
        let xTicks = layout(figure).axes[0].x.major
        XCTAssertGreaterThanOrEqual(xTicks.count, 1)
        XCTAssertLessThanOrEqual(xTicks.count, 3)
    }

    func testCategoryLabelsRotateRatherThanOverlap() throws {
        let figure = try Figure(width: 260, height: 200)
        try figure.axes().bars(categories: GalleryData.classNames, values: [Array(repeating: 1, count: 10)])
        let plan = layout(figure).axes[0].x
        XCTAssertEqual(plan.major.count, 10, "category labels are never dropped when rotation suffices")
        XCTAssertGreaterThan(plan.rotation, 0)
        assertLegible(figure, "categories")
    }

    func testTicksAreNicerWithMoreRoom() throws {
        let small = try Figure(width: 120, height: 120), large = try Figure(width: 900, height: 600)
        for f in [small, large] { try f.axes().line(x: [0, 100], y: [0, 100]) }
        XCTAssertLessThan(layout(small).axes[0].x.major.count, layout(large).axes[0].x.major.count)
    }

    func testSharedAxesAlignFramesAndHideInnerLabels() throws {
        let figure = try GalleryFigures.training(GalleryData())
        let l = layout(figure).axes
        XCTAssertEqual(l[0].frame.x, l[2].frame.x, accuracy: 1e-9)
        XCTAssertEqual(l[2].frame.y, l[3].frame.y, accuracy: 1e-9)
        XCTAssertEqual(l[0].frame.width, l[1].frame.width, accuracy: 1e-9)
        XCTAssertFalse(l[0].x.showLabels)
        XCTAssertTrue(l[2].x.showLabels)
        XCTAssertFalse(l[1].y.showLabels)
        XCTAssertEqual(l[0].y.scale.lower, l[3].y.scale.lower)
        XCTAssertEqual(l[0].x.scale.upper, l[3].x.scale.upper)
    }

    func testEqualAspectGivesSquareDataUnits() throws {
        let figure = try Figure(width: 400, height: 200)
        let ax = figure.axes()
        try ax.scatter(x: [0, 10], y: [0, 10])
        ax.aspect = .equal
        let l = layout(figure).axes[0]
        let xUnit = l.frame.width / (l.x.scale.upper - l.x.scale.lower)
        let yUnit = l.frame.height / (l.y.scale.upper - l.y.scale.lower)
        XCTAssertEqual(xUnit, yUnit, accuracy: 1e-6)
    }

    func testLegendAvoidsTheData() throws {
        let data = GalleryData()
        for (name, build) in GalleryFigures.all {
            for l in layout(try build(data)).axes {
                guard let legend = l.legend else { continue }
                var obstacles = Obstacles()
                for artist in l.axes.artists { obstacles.add(artist.obstacles(l.transform)) }
                XCTAssertEqual(obstacles.cost(of: legend.box), 0, "\(name): legend covers data")
            }
        }
    }

    func testLegendGoesToTheEmptiestCorner() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.line(x: [0, 1, 2, 3], y: [3, 2, 1, 0.5], label: "falling")
        let legend = try XCTUnwrap(layout(figure).axes[0].legend)
        let frame = layout(figure).axes[0].frame
        XCTAssertGreaterThan(legend.box.center.x, frame.center.x, "upper right is free for a falling line")
        XCTAssertGreaterThan(legend.box.center.y, frame.center.y)
    }

    func testLegendMovesOutsideWhenEveryCornerIsTaken() throws {
        let figure = try Figure()
        let ax = figure.axes()
        let grid = (0..<400).map { Double($0) }
        try ax.scatter(x: grid.map { $0.truncatingRemainder(dividingBy: 20) }, y: grid.map { ($0 / 20).rounded(.down) },
                       label: "everywhere")
        let l = layout(figure).axes[0]
        XCTAssertTrue(l.legendIsOutside)
        assertLegible(figure, "outside legend")
    }

    func testLongLegendsAreSplitIntoColumnsThatFitThePage() throws {
        let figure = try Figure(width: 460, height: 200)
        let ax = figure.axes()
        for k in 0..<30 { try ax.line(y: [Double(k), Double(k) + 1], label: "series \(k)") }
        let legend = try XCTUnwrap(layout(figure).axes[0].legend)
        XCTAssertGreaterThan(legend.size.width, 2 * legend.columnWidth)
        assertLegible(figure, "long legend")
    }

    func testNarrowLogAxisOverManyDecadesStaysLegible() throws {
        let figure = try Figure(width: 120, height: 120)
        let ax = figure.axes()
        try ax.line(x: [1e-10, 1e10], y: [1e-10, 1e10])
        ax.x.scale = .log
        ax.y.scale = .log
        assertLegible(figure, "log decades")
        XCTAssertGreaterThanOrEqual(layout(figure).axes[0].x.major.count, 2)
    }

    func testExplicitLegendPlacementIsObeyed() throws {
        let figure = try Figure()
        let ax = figure.axes()
        try ax.line(y: [1, 2, 3], label: "rising")
        ax.legend = .lowerLeft
        let l = layout(figure).axes[0]
        let legend = try XCTUnwrap(l.legend)
        XCTAssertEqual(legend.box.x, l.frame.x + LegendLayout.inset, accuracy: 1e-9)
        XCTAssertEqual(legend.box.y, l.frame.y + LegendLayout.inset, accuracy: 1e-9)
    }

    func testHeatmapReservesRoomForItsColorBar() throws {
        let figure = try GalleryFigures.confusion(GalleryData())
        let l = layout(figure).axes[0]
        let bar = try XCTUnwrap(l.colorBar)
        XCTAssertGreaterThan(bar.rect.x, l.frame.maxX)
        XCTAssertLessThanOrEqual(bar.extent.maxX, figure.width)
        XCTAssertGreaterThanOrEqual(bar.plan.major.count, 3)
    }
}
