import XCTest
@testable import Plotting

/// Tick and value labels.
final class NumberFormatTests: XCTestCase {
    func testBinaryNoiseIsNeverShown() {
        XCTAssertEqual(NumberFormat.labels([0.1, 0.2, 0.1 + 0.2]), ["0.1", "0.2", "0.3"])
        XCTAssertEqual(NumberFormat.general(0.1 + 0.2), "0.3")
    }

    func testLabelsShareDecimals() {
        XCTAssertEqual(NumberFormat.labels([0, 0.25, 0.5]), ["0.00", "0.25", "0.50"])
        XCTAssertEqual(NumberFormat.labels([0, 20, 40]), ["0", "20", "40"])
    }

    func testNegativeNumbersUseTheMinusSign() {
        XCTAssertEqual(NumberFormat.labels([-2, 0, 2]), ["\u{2212}2", "0", "2"])
        XCTAssertEqual(NumberFormat.fixed(-0.0001, decimals: 2), "0.00")
    }

    func testLargeAndSmallMagnitudesUsePowersOfTen() {
        XCTAssertEqual(NumberFormat.labels([0, 1e12, 2e12]), ["0", "10¹²", "2×10¹²"])
        XCTAssertEqual(NumberFormat.labels([2.5e-5, 5e-5]), ["2.5×10⁻⁵", "5×10⁻⁵"])
        XCTAssertEqual(NumberFormat.scientific(-3e-7), "\u{2212}3×10⁻⁷")
    }

    func testGeneralValuesTrimTrailingZeros() {
        XCTAssertEqual(NumberFormat.general(1.5), "1.5")
        XCTAssertEqual(NumberFormat.general(1234.5678), "1235")
        XCTAssertEqual(NumberFormat.general(0.000123), "0.000123")
        XCTAssertEqual(NumberFormat.general(.nan), "NaN")
    }

    func testSuperscripts() {
        XCTAssertEqual(NumberFormat.superscript(-12), "⁻¹²")
        XCTAssertEqual(NumberFormat.superscript(0), "⁰")
    }
}
