// Tick and value labels. Goals: never show binary noise (0.30000000000000004 is "0.3"); give
// all labels of one axis the same number of decimals; switch to ×10ⁿ notation for very large
// or very small magnitudes; use the typographic minus sign (U+2212), as matplotlib does.
import Foundation

enum NumberFormat {
    /// The Unicode minus sign used in every label.
    static let minus = "\u{2212}"

    /// Labels for tick values of a linear axis, all with the fewest decimals that show every
    /// value exactly to 6 significant digits of its step.
    static func labels(_ values: [Double]) -> [String] {
        let finite = values.filter(\.isFinite)
        let largest = finite.map(abs).max() ?? 0
        if largest >= 1e5 || (largest > 0 && largest < 1e-3) {
            return values.map(scientific)
        }
        let decimals = decimalsNeeded(finite)
        return values.map { fixed($0, decimals: decimals) }
    }

    /// The fewest decimals (0…12) at which every value is within a millionth of a unit in the
    /// last place of a whole number.
    static func decimalsNeeded(_ values: [Double]) -> Int {
        for d in 0...12 {
            let factor = pow(10, Double(d))
            if values.allSatisfy({ v in
                let scaled = v * factor
                return abs(scaled - scaled.rounded()) <= 1e-6
            }) { return d }
        }
        return 12
    }

    /// `v` with exactly `decimals` digits after the point; "−0" is written "0".
    static func fixed(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "∞" : "\(minus)∞") }
        var text = String(format: "%.\(decimals)f", v)
        if text.hasPrefix("-") {
            text.removeFirst()
            if text.allSatisfy({ $0 == "0" || $0 == "." }) { return text }
            text = minus + text
        }
        return text
    }

    /// `v` as mantissa×10ⁿ with a short mantissa ("2.5×10⁻⁴"); a mantissa of 1 is left out ("10⁶").
    static func scientific(_ v: Double) -> String {
        guard v.isFinite, v != 0 else { return v == 0 ? "0" : fixed(v, decimals: 0) }
        var exponent = Int(floor(log10(abs(v))))
        var mantissa = v / pow(10, Double(exponent))
        let rounded = (mantissa * 1e4).rounded() / 1e4
        if abs(rounded) >= 10 {
            exponent += 1
            mantissa = rounded / 10
        } else {
            mantissa = rounded
        }
        let power = "10" + superscript(exponent)
        if abs(mantissa) == 1 { return (mantissa < 0 ? minus : "") + power }
        return fixed(mantissa, decimals: decimalsNeeded([mantissa])) + "×" + power
    }

    /// A power of ten as a label: "0.01", "1", "1000" when `plain` (use it only when every label
    /// of the axis lies within 10⁻³…10⁴), otherwise "10ⁿ".
    static func powerOfTen(_ exponent: Int, plain: Bool) -> String {
        if plain { return fixed(pow(10, Double(exponent)), decimals: max(0, -exponent)) }
        return "10" + superscript(exponent)
    }

    /// A value in general text (colour bars, annotations): up to `digits` significant digits,
    /// without trailing zeros.
    static func general(_ v: Double, digits: Int = 4) -> String {
        guard v.isFinite else { return fixed(v, decimals: 0) }
        if v == 0 { return "0" }
        let magnitude = abs(v)
        if magnitude >= 1e6 || magnitude < 1e-4 { return scientific(v) }
        let decimals = max(0, digits - 1 - Int(floor(log10(magnitude))))
        var text = fixed(v, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// An integer in Unicode superscript digits, e.g. −12 → "⁻¹²".
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(String(abs(n)).map { digits[Int(String($0))!] })
        return (n < 0 ? "⁻" : "") + body
    }
}
