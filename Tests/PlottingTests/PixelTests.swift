import XCTest
@testable import Plotting

/// Rendered pixels land where the layout says: read back from the Cairo image surface.
final class PixelTests: XCTestCase {
    private let red = Color(hex: 0xFF0000)

    /// A figure with one square marker at data (2, 3) on fixed 0…4 × 0…6 axes.
    private func onePoint(size: Double = 10) throws -> Figure {
        let figure = try Figure(width: 200, height: 160)
        let ax = figure.axes()
        try ax.scatter(x: [2], y: [3], color: red, size: size, marker: .square)
        ax.x.limits = 0...4
        ax.y.limits = 0...6
        ax.grid = false
        return figure
    }

    /// The pixel (column, row) of figure point `p` at `dpi`.
    private func pixel(_ p: Point, figure: Figure, dpi: Double) -> (Int, Int) {
        let s = dpi / 72
        return (Int((p.x * s).rounded(.down)), Int(((figure.height - p.y) * s).rounded(.down)))
    }

    func testScatterPointLandsOnTheRightPixel() throws {
        let figure = try onePoint()
        let frame = layout(figure).axes[0].frame
        let centre = Point(frame.x + frame.width / 2, frame.y + frame.height / 2)
        for dpi in [72.0, 144, 200] {
            let image = try figure.raster(dpi: dpi)
            let (c, r) = pixel(centre, figure: figure, dpi: dpi)
            XCTAssertEqual(image.color(column: c, row: r), red.withAlpha(1), "dpi \(dpi): marker centre")
            let half = Int((10 * 0.886 / 2 * dpi / 72).rounded(.down)) - 1
            XCTAssertEqual(image.color(column: c + half, row: r - half), red, "dpi \(dpi): inside the square")
            let away = Int((10 * dpi / 72).rounded(.up))
            XCTAssertEqual(image.color(column: c + away, row: r), .white, "dpi \(dpi): background beside the marker")
        }
    }

    func testMarkerSizeIsInPoints() throws {
        let figure = try onePoint(size: 20)
        let frame = layout(figure).axes[0].frame
        let (c, r) = pixel(frame.center, figure: figure, dpi: 144)
        let image = try figure.raster(dpi: 144)
        let redColumns = (0..<image.width).filter { image.color(column: $0, row: r) == red }
        XCTAssertEqual(Double(redColumns.count), 20 * 0.886 * 2, accuracy: 2, "side of 17.7 points at 2 pixels per point")
        XCTAssertTrue(redColumns.contains(c))
    }

    func testFrameIsDrawnAtTheLayoutPosition() throws {
        let figure = try onePoint()
        let frame = layout(figure).axes[0].frame
        let image = try figure.raster(dpi: 144)
        let (left, _) = pixel(Point(frame.x, 0), figure: figure, dpi: 144)
        let (_, row) = pixel(Point(0, frame.center.y + 20), figure: figure, dpi: 144)
        let ink = image.color(column: left, row: row)
        XCTAssertLessThan(ink.red + ink.green + ink.blue, 1.5, "the left spine is dark at x = \(frame.x) pt")
        XCTAssertEqual(image.color(column: left + 6, row: row), .white)
    }

    func testImageGridPixelsAreSquareAndScaled() throws {
        let figure = try Figure(width: 100, height: 100)
        let ax = figure.axes()
        try ax.imageGrid(try ImageBatch(pixels: [0, 1, 1, 0], count: 1, channels: 1, height: 2, width: 2),
                         columns: 1, gap: 0)
        let frame = layout(figure).axes[0].frame
        XCTAssertEqual(frame.width, frame.height, accuracy: 1e-6)
        let image = try figure.raster(dpi: 72)
        let quarter = frame.width / 4
        let (c0, r0) = pixel(Point(frame.x + quarter, frame.maxY - quarter), figure: figure, dpi: 72)
        let (c1, _) = pixel(Point(frame.maxX - quarter, 0), figure: figure, dpi: 72)
        XCTAssertEqual(image.color(column: c0, row: r0), .black, "top-left pixel 0 is black")
        XCTAssertEqual(image.color(column: c1, row: r0), .white, "top-right pixel 1 is white")
    }
}
