import XCTest
@testable import Plotting

/// Wilkinson's extended algorithm and the log scale's ticks.
final class TickTests: XCTestCase {
    private func ticks(_ lo: Double, _ hi: Double, _ m: Int = 6) -> [Double] {
        ExtendedTicks.search(lower: lo, upper: hi, target: m).values
    }

    /// Ticks lie inside the range, are evenly spaced by a nice step q × 10^k and number 2…m+3.
    private func assertNice(_ lo: Double, _ hi: Double, _ m: Int = 6, file: StaticString = #filePath, line: UInt = #line) {
        let t = ticks(lo, hi, m)
        guard t.count >= 2 else { return XCTFail("[\(lo), \(hi)] gave \(t)", file: file, line: line) }
        XCTAssertLessThanOrEqual(t.count, m + 3, "[\(lo), \(hi)] gave \(t)", file: file, line: line)
        let width = hi - lo
        for v in t {
            XCTAssertGreaterThanOrEqual(v, lo - 1e-9 * width, file: file, line: line)
            XCTAssertLessThanOrEqual(v, hi + 1e-9 * width, file: file, line: line)
        }
        let step = t[1] - t[0]
        for (a, b) in zip(t, t.dropFirst()) {
            XCTAssertEqual(b - a, step, accuracy: abs(step) * 1e-9, file: file, line: line)
        }
        let mantissa = step / pow(10, floor(log10(step)))
        XCTAssertTrue([1, 2, 2.5, 3, 4, 5, 6, 7.5, 8].contains { abs($0 - mantissa) < 1e-9 }, "step \(step) is not nice",
                      file: file, line: line)
        XCTAssertGreaterThanOrEqual(Double(t.count - 1) * step, 0.4 * width, "ticks cover too little of [\(lo), \(hi)]",
                                    file: file, line: line)
    }

    func testUnitRangeGetsTenthsOrFifths() {
        let t = ticks(0, 1, 6)
        XCTAssertEqual(t.first!, 0, accuracy: 1e-12)
        XCTAssertEqual(t.last!, 1, accuracy: 1e-12)
        XCTAssertEqual(t.count, 6)
    }

    func testHundredGetsStepsOfTwenty() {
        XCTAssertEqual(ticks(0, 100, 6), [0, 20, 40, 60, 80, 100])
    }

    func testRangeAcrossZeroIncludesZero() {
        XCTAssertTrue(ticks(-3.7, 11.2).contains(0))
        assertNice(-3.7, 11.2)
    }

    func testTinyRange() {
        assertNice(1.2e-9, 4.7e-9)
        assertNice(0, 3e-300)
    }

    func testHugeRange() {
        assertNice(0, 3.2e12)
        assertNice(-1e300, 1e300)
    }

    func testNegativeRange() {
        assertNice(-37, -3)
        XCTAssertTrue(ticks(-37, -3).allSatisfy { $0 < 0 })
    }

    func testNarrowRangeFarFromZero() {
        assertNice(1_000_000, 1_000_001)
        assertNice(0.998, 1.003)
    }

    func testFewTicksWhenFewAreWanted() {
        XCTAssertLessThanOrEqual(ticks(0, 1, 2).count, 3)
        XCTAssertEqual(ticks(0, 7, 2), [0, 5])
    }

    func testLogTicksOnDecadesWithMinorTicksBetween() {
        let scale = LogScale(lower: 1, upper: 1000)
        let major = scale.ticks(target: 6)
        XCTAssertEqual(major.map(\.value), [1, 10, 100, 1000])
        XCTAssertEqual(major.map(\.label), ["1", "10", "100", "1000"])
        let minor = scale.minorTicks(major: major)
        XCTAssertEqual(minor.count, 24)
        XCTAssertTrue(minor.contains(2) && minor.contains(900))
    }

    func testLogTicksOfSmallValuesUseSuperscripts() {
        let major = LogScale(lower: 3e-6, upper: 0.5).ticks(target: 8)
        XCTAssertEqual(major.map(\.label), ["10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹"])
    }

    func testManyDecadesAreThinned() {
        let major = LogScale(lower: 1e-20, upper: 1e20).ticks(target: 5)
        XCTAssertGreaterThanOrEqual(major.count, 2)
        XCTAssertLessThanOrEqual(major.count, 6)
        XCTAssertTrue(major.allSatisfy { abs(log10($0.value) - log10($0.value).rounded()) < 1e-9 })
    }

    func testLogRangeWithinOneDecadeStillGetsTwoLabels() {
        let major = LogScale(lower: 2, upper: 8).ticks(target: 5)
        XCTAssertGreaterThanOrEqual(major.count, 2)
        XCTAssertTrue(major.allSatisfy { $0.value >= 2 && $0.value <= 8 })
    }

    func testZeroWidthRangesBecomeSensible() {
        XCTAssertEqual(ScaleKind.linear.sensibleRange(0, 0).0, -1)
        XCTAssertEqual(ScaleKind.linear.sensibleRange(0, 0).1, 1)
        let (lo, hi) = ScaleKind.linear.sensibleRange(5, 5)
        XCTAssertEqual(lo, 4.5, accuracy: 1e-12)
        XCTAssertEqual(hi, 5.5, accuracy: 1e-12)
        let (a, b) = ScaleKind.log.sensibleRange(100, 100)
        XCTAssertTrue(a < 100 && b > 100)
        XCTAssertTrue(ScaleKind.log.sensibleRange(-1, 0) == (1, 10))
        XCTAssertTrue(ScaleKind.linear.sensibleRange(.nan, .infinity) == (0, 1))
    }

    func testPaddingStopsAtStickyZero() {
        let (lo, hi) = ScaleKind.linear.padded(0, 10, fraction: 0.05, sticky: [0])
        XCTAssertEqual(lo, 0)
        XCTAssertEqual(hi, 10.5, accuracy: 1e-12)
    }
}
