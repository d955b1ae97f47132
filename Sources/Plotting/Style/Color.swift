import Foundation

/// An sRGB colour with straight (not premultiplied) alpha; every component in [0, 1].
public struct Color: Equatable, Hashable, Sendable {
    /// Red, green, blue and opacity, each in [0, 1].
    public var red, green, blue, alpha: Double

    /// A colour from components in [0, 1]; values outside are clamped.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        func clamp(_ v: Double) -> Double { v.isNaN ? 0 : min(1, max(0, v)) }
        self.red = clamp(red)
        self.green = clamp(green)
        self.blue = clamp(blue)
        self.alpha = clamp(alpha)
    }

    /// A colour from a 24-bit `0xRRGGBB` value, e.g. `Color(hex: 0x0072B2)`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    /// The same colour with opacity `alpha` in [0, 1].
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// A darker shade: each channel mixed towards black by `amount` in [0, 1] (0.35 reads as
    /// "the same hue, clearly darker").
    public func darker(_ amount: Double = 0.35) -> Color {
        Color(red: red * (1 - amount), green: green * (1 - amount), blue: blue * (1 - amount), alpha: alpha)
    }

    /// A lighter tint: each channel mixed towards white by `amount` in [0, 1].
    public func lighter(_ amount: Double = 0.35) -> Color {
        Color(red: red + (1 - red) * amount, green: green + (1 - green) * amount,
              blue: blue + (1 - blue) * amount, alpha: alpha)
    }

    /// Relative luminance (WCAG), used to choose black or white text on a coloured cell.
    var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Opaque black.
    public static let black = Color(hex: 0x000000)
    /// Opaque white.
    public static let white = Color(hex: 0xFFFFFF)
    /// Dark grey used for text and axis lines in the light theme.
    public static let darkGrey = Color(hex: 0x262626)
    /// Middle grey for baselines and reference lines.
    public static let grey = Color(hex: 0x7F7F7F)
    /// Light grey for grid lines and legend frames.
    public static let lightGrey = Color(hex: 0xD9D9D9)
    /// Fully transparent.
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)
}

/// A repeating list of colours given to series that do not choose their own.
public struct ColorCycle: Sendable {
    /// The colours, used in order and then repeated.
    public var colors: [Color]

    /// A cycle over `colors` (at least one).
    public init(_ colors: [Color]) {
        self.colors = colors.isEmpty ? ColorCycle.okabeIto.colors : colors
    }

    /// The `index`-th colour, wrapping around.
    public subscript(index: Int) -> Color { colors[((index % colors.count) + colors.count) % colors.count] }

    /// Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour
    /// vision deficiency. Ordered so the first colours have strong contrast on white (yellow last).
    public static let okabeIto = ColorCycle([
        Color(hex: 0x0072B2), Color(hex: 0xE69F00), Color(hex: 0x009E73), Color(hex: 0xD55E00),
        Color(hex: 0xCC79A7), Color(hex: 0x56B4E9), Color(hex: 0x000000), Color(hex: 0xF0E442),
    ])

    /// Tableau 10, matplotlib's default cycle.
    public static let tab10 = ColorCycle([
        Color(hex: 0x1F77B4), Color(hex: 0xFF7F0E), Color(hex: 0x2CA02C), Color(hex: 0xD62728),
        Color(hex: 0x9467BD), Color(hex: 0x8C564B), Color(hex: 0xE377C2), Color(hex: 0x7F7F7F),
        Color(hex: 0xBCBD22), Color(hex: 0x17BECF),
    ])
}
