import NeuralNet
import TestSupport
import XCTest

/// Strategy strings: the reference's tokens joined by `_` (METHODS.md §3, "Strategy strings").
final class DSAStrategyTests: XCTestCase {
    func testTheReferenceStrategiesParseToTheirTokensInOrder() throws {
        XCTAssertEqual(try DSAStrategy("color_crop_cutout_flip_scale_rotate"), .reference)
        XCTAssertEqual(try DSAStrategy("color_crop_cutout_scale_rotate"), .digits)
        XCTAssertEqual(try DSAStrategy("color_crop_cutout").operations, [.color, .crop, .cutout])
        XCTAssertEqual(try DSAStrategy("rotate_crop_rotate").operations, [.rotate, .crop, .rotate])
    }

    func testNoneInAnyCaseIsTheEmptyStrategy() throws {
        XCTAssertEqual(try DSAStrategy("none"), DSAStrategy.none)
        XCTAssertEqual(try DSAStrategy("None").operations, [])
        XCTAssertEqual(DSAStrategy.none.description, "none")
    }

    func testTheDescriptionIsTheStrategyString() throws {
        for text in ["color_crop_cutout_flip_scale_rotate", "scale", "flip_color"] {
            XCTAssertEqual(try DSAStrategy(text).description, text)
        }
    }

    func testAnUnknownTokenIsNamedWithTheKnownOnes() {
        assertThrows(NeuralNetError.self, mentioning: ["'colour'", "color, crop, cutout, flip, scale, rotate", "color_colour"]) {
            try DSAStrategy("color_colour")
        }
        assertThrows(NeuralNetError.self, mentioning: ["'noise'", "DCAugmentation"]) { try DSAStrategy("crop_noise") }
        assertThrows(NeuralNetError.self, mentioning: ["'Crop'"]) { try DSAStrategy("Crop") }
    }

    func testEmptyStringsAndEmptyTokensAreErrors() {
        assertThrows(NeuralNetError.self, mentioning: ["empty", "'none'"]) { try DSAStrategy("") }
        assertThrows(NeuralNetError.self, mentioning: ["an empty token"]) { try DSAStrategy("color__crop") }
        assertThrows(NeuralNetError.self, mentioning: ["an empty token"]) { try DSAStrategy("flip_") }
    }
}
