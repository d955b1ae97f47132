import Foundation
import PlotGallery
import XCTest
@testable import Plotting

/// Two gallery figures must render to exactly the committed SVG files. After an intended
/// change, regenerate them with `RETORT_UPDATE_GOLDEN=1 swift test --filter GoldenSVGTests`
/// and look at the new figures before committing.
final class GoldenSVGTests: XCTestCase {
    private func check(_ name: String, _ build: (GalleryData) throws -> Figure,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let url = testsFolder.appendingPathComponent("Golden/\(name).svg")
        let svg = try build(GalleryData()).data(.svg)
        if ProcessInfo.processInfo.environment["RETORT_UPDATE_GOLDEN"] == "1" {
            try svg.write(to: url, options: .atomic)
            return
        }
        let golden = try Data(contentsOf: url)
        XCTAssertEqual(svg, golden, "\(name).svg differs from the golden file; if intended, regenerate with RETORT_UPDATE_GOLDEN=1",
                       file: file, line: line)
    }

    func testCoverageFigureMatchesGolden() throws { try check("2-coverage", GalleryFigures.coverage) }

    func testScalingLawFigureMatchesGolden() throws { try check("3-scaling-law", GalleryFigures.scalingLaw) }
}
