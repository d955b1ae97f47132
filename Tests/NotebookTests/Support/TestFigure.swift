import CellLanguage
import Foundation
import Notebook
import XCTest

/// A figure for tests: writes a real 2×1-pixel PNG and a small SVG, as a plotting figure
/// writes its files, so the runner's naming, saving and the report's inlining are exercised
/// without the plotting module.
final class TestFigure: FigureObject {
    let figureName: String?
    init(name: String?) { figureName = name }

    var typeName: String { "Figure" }
    var summary: String { "Figure \(figureName ?? "unnamed")" }

    /// A 2×1 PNG (one red, one blue pixel).
    static let png = Data(base64Encoded:
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==")!

    func writeFiles(toDirectory directory: String, stem: String) throws -> [String] {
        let png = (directory as NSString).appendingPathComponent(stem + ".png")
        let svg = (directory as NSString).appendingPathComponent(stem + ".svg")
        try AtomicFile.write(Self.png, to: png)
        try AtomicFile.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"1\"/>", to: svg)
        return [png, svg]
    }

    /// The standard registry plus `sketch(_ name: String? = nil)`, which returns a figure,
    /// `display(_ figure:)`, which shows one, and `plot(_:title:)` (a real chart).
    static func registry() -> NativeRegistry {
        let registry = NativeRegistry.standard()
        registry.define("sketch", parameters: [Parameter(nil, name: "name", type: .any, default: Value.none, defaultText: "nil")],
                        topic: "Test", doc: "A test figure.") { arguments, _ in
            .native(TestFigure(name: arguments[0].unwrapped?.asString))
        }
        registry.define("display", parameters: [Parameter(nil, name: "figure")], topic: "Test",
                        doc: "Shows a figure.") { arguments, context in
            if case .native(let object) = arguments[0], let figure = object as? any FigureObject { context.show(figure) }
            return .void
        }
        PlotFigure.define(in: registry)
        return registry
    }
}

/// A directory under the system's temporary directory, removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("retort-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}
