import Foundation
import PlotGallery
import XCTest
@testable import Plotting

/// PNG, SVG and PDF: the same drawing, deterministic bytes, atomic files.
final class OutputTests: XCTestCase {
    private func sample() throws -> Figure {
        let figure = try Figure(width: 200, height: 150)
        try figure.axes().line(x: [1, 2, 3], y: [3, 1, 2], label: "a", marker: .diamond)
        try figure.axes().heatmap([[0, 1], [1, 0]])
        return figure
    }

    func testSameFigureGivesSameBytesInEveryFormat() throws {
        for format in OutputFormat.allCases {
            XCTAssertEqual(try sample().data(format), try sample().data(format), "\(format) differs between runs")
        }
    }

    func testSVGDoesNotDependOnWhatWasDrawnBefore() throws {
        let first = try sample().data(.svg)
        _ = try GalleryFigures.imageGrid(GalleryData()).data(.svg)
        XCTAssertEqual(try sample().data(.svg), first)
    }

    func testPDFHasAFixedCreationDate() throws {
        let pdf = try XCTUnwrap(String(data: try sample().data(.pdf), encoding: .isoLatin1))
        XCTAssertTrue(pdf.hasPrefix("%PDF-"))
        XCTAssertTrue(pdf.contains("20000101000000"), "creation date must be the fixed one")
    }

    func testDescriptionSummarisesTheFigure() throws {
        let figure = try Figure(width: 200, height: 150, rows: 1, columns: 2)
        try figure.axes().line(y: [1, .nan])
        XCTAssertEqual(figure.description, "Figure 200×150 pt, 1×2 axes, 1 series, 1 warning")
    }

    func testPNGHasTheFigureSizeAtItsDPI() throws {
        let figure = try sample()
        let png = try figure.data(.png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, Int((200 * figure.dpi / 72).rounded()))
        XCTAssertEqual(height, Int((150 * figure.dpi / 72).rounded()))
    }

    func testSVGIsSizedInPoints() throws {
        let svg = try XCTUnwrap(String(data: try sample().data(.svg), encoding: .utf8))
        XCTAssertTrue(svg.contains("width=\"200pt\" height=\"150pt\""))
    }

    func testWriteCreatesPNGAndSVGWithoutLeavingTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plotting-\(getpid())/nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let paths = try sample().write(to: folder.appendingPathComponent("curve").path)
        XCTAssertEqual(paths.map { URL(fileURLWithPath: $0).lastPathComponent }, ["curve.png", "curve.svg"])
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(listing, ["curve.png", "curve.svg"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: paths[1])), try sample().data(.svg))
    }

    func testWritingIntoAFileInsteadOfAFolderFailsClearly() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plotting-file-\(getpid())")
        XCTAssertTrue(FileManager.default.createFile(atPath: file.path, contents: Data()))
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertThrowsError(try sample().write(to: file.path + "/figure", formats: [.pdf])) { error in
            guard case PlotError.io = error else { return XCTFail("expected an I/O error, got \(error)") }
            XCTAssertTrue("\(error)".contains("figure.pdf"))
        }
    }
}
