import Foundation
import XCTest
@testable import Plotting

/// Text measured with the real DejaVu metrics Cairo uses for output.
func cairoMetrics() -> (String, Font) -> TextMetrics {
    let measurer = CairoTextMeasurer()
    return { measurer.measure($0, font: $1) }
}

/// The figure drawn into a recording backend with real font metrics.
func record(_ figure: Figure) -> RecordingBackend {
    let backend = RecordingBackend(measure: cairoMetrics())
    figure.draw(into: backend)
    return backend
}

/// The layout of `figure` with real font metrics.
func layout(_ figure: Figure) -> FigureLayout {
    LayoutEngine.layout(figure, backend: RecordingBackend(measure: cairoMetrics()))
}

/// Fails when a text leaves the figure or two unrotated texts overlap.
func assertLegible(_ figure: Figure, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let page = Rect(x: 0, y: 0, width: figure.width, height: figure.height)
    let texts = record(figure).commands.compactMap { c -> (String, Rect, Double)? in
        if case let .text(s, box, _, _, rotation) = c { return (s, box, rotation) }
        return nil
    }
    XCTAssertFalse(texts.isEmpty, "\(name): no text drawn", file: file, line: line)
    for (s, box, _) in texts {
        XCTAssertTrue(page.contains(box, tolerance: 0.01), "\(name): '\(s)' at \(box) is clipped by the page",
                      file: file, line: line)
    }
    let flat = texts.filter { $0.2 == 0 }
    for i in flat.indices {
        for j in flat.indices where j > i {
            let a = flat[i].1.inset(by: 0.3), b = flat[j].1.inset(by: 0.3)
            XCTAssertFalse(a.intersects(b), "\(name): '\(flat[i].0)' overlaps '\(flat[j].0)'", file: file, line: line)
        }
    }
}

/// The folder of this test file, for golden files.
let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
