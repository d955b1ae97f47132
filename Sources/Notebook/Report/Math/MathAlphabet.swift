/// The Unicode mathematical alphabets that `\mathbb`, `\mathcal`, `\mathbf`, `\mathfrak` and
/// `\boldsymbol` select. MathML Core has no `mathvariant` other than `normal`, so styled
/// letters must be these characters themselves (U+1D400 block, with the older letter-like
/// symbols filling its holes: ℝ, ℕ, ℒ, …).
enum MathAlphabet: String, CaseIterable {
    case doubleStruck = "mathbb"
    case script = "mathcal"
    case bold = "mathbf"
    case fraktur = "mathfrak"
    case boldItalic = "boldsymbol"
    case sansSerif = "mathsf"

    /// The alphabet named by a TeX command (`"mathbb"`), also `\bm` and `\mathscr`.
    init?(command: String) {
        switch command {
        case "bm": self = .boldItalic
        case "mathscr": self = .script
        default: self.init(rawValue: command)
        }
    }

    /// `text` with each Latin letter and digit replaced by this alphabet's character;
    /// other characters are kept.
    func map(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let special = holes[scalar] {
                out += special
                continue
            }
            let value = scalar.value
            var code: UInt32?
            if (65...90).contains(value) { code = upperStart + value - 65 }
            else if (97...122).contains(value) { code = lowerStart + value - 97 }
            else if (48...57).contains(value) { code = digitStart.map { $0 + value - 48 } }
            if let code, let mapped = Unicode.Scalar(code) {
                out.unicodeScalars.append(mapped)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private var upperStart: UInt32 {
        switch self {
        case .doubleStruck: return 0x1D538
        case .script: return 0x1D49C
        case .bold: return 0x1D400
        case .fraktur: return 0x1D504
        case .boldItalic: return 0x1D468
        case .sansSerif: return 0x1D5A0
        }
    }

    private var lowerStart: UInt32 {
        switch self {
        case .doubleStruck: return 0x1D552
        case .script: return 0x1D4B6
        case .bold: return 0x1D41A
        case .fraktur: return 0x1D51E
        case .boldItalic: return 0x1D482
        case .sansSerif: return 0x1D5BA
        }
    }

    private var digitStart: UInt32? {
        switch self {
        case .doubleStruck: return 0x1D7D8
        case .bold, .boldItalic: return 0x1D7CE
        case .sansSerif: return 0x1D7E2
        case .script, .fraktur: return nil
        }
    }

    /// Letters that predate the block and live elsewhere in Unicode.
    private var holes: [Unicode.Scalar: String] {
        switch self {
        case .doubleStruck:
            return ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
        case .script:
            return ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                    "e": "ℯ", "g": "ℊ", "o": "ℴ"]
        case .fraktur:
            return ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
        case .bold, .boldItalic, .sansSerif:
            return [:]
        }
    }
}
