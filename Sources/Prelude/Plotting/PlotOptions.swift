import CellLanguage
import Plotting

/// Plot options as cells write them — symbols (`.log`, `.dashed`, `.circle`, `.upperLeft`)
/// and colours (`.blue`, `"#0072B2"`) — turned into Plotting's types, with messages that list
/// the choices.
enum PlotOptions {
    /// The named colours: the Okabe–Ito palette (the default cycle) plus greys.
    static let colors: [(String, Color)] = [
        ("blue", Color(hex: 0x0072B2)), ("orange", Color(hex: 0xE69F00)), ("green", Color(hex: 0x009E73)),
        ("red", Color(hex: 0xD55E00)), ("pink", Color(hex: 0xCC79A7)), ("sky", Color(hex: 0x56B4E9)),
        ("yellow", Color(hex: 0xF0E442)), ("black", .black), ("grey", .grey), ("lightGrey", .lightGrey),
        ("white", .white),
    ]

    /// A colour from a symbol (`.blue`) or a hex string (`"#0072B2"`); nil for nil.
    static func color(_ value: Value) throws -> Color? {
        switch value.unwrapped {
        case nil: return nil
        case .symbol(let name)?:
            guard let color = colors.first(where: { $0.0 == name })?.1 else {
                throw CellError("unknown colour .\(name); use one of " + colors.map { "." + $0.0 }.joined(separator: ", ") + " or a hex string such as \"#0072B2\"")
            }
            return color
        case .string(let text)?:
            let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
            guard hex.count == 6, let rgb = UInt32(hex, radix: 16) else {
                throw CellError("colour \"\(text)\" is not a hex colour such as \"#0072B2\"")
            }
            return Color(hex: rgb)
        default:
            throw CellError("a colour is a symbol such as .blue or a hex string such as \"#0072B2\", not \(value.typeName)")
        }
    }

    /// One colour per class for `count` classes: Okabe–Ito up to 8, Tableau 10 beyond.
    static func classColors(_ count: Int) -> [Color] {
        let cycle = count <= 8 ? ColorCycle.okabeIto : ColorCycle.tab10
        return (0..<count).map { cycle[$0] }
    }

    /// A line style: `.solid`, `.dashed`, `.dotted`, `.dashDot`, `.none`.
    static func lineStyle(_ value: Value) throws -> LineStyle {
        try SymbolChoice.pick(value, "line style", default: .solid, [
            ("solid", .solid), ("dashed", .dashed), ("dotted", .dotted), ("dashDot", .dashDot), ("none", LineStyle.none),
        ])
    }

    /// A marker: `.circle`, `.square`, `.triangle`, `.diamond`, `.plus`, `.x`; nil for nil.
    static func marker(_ value: Value) throws -> MarkerShape? {
        guard value.unwrapped != nil else { return nil }
        return try SymbolChoice.pick(value, "marker", default: .circle, MarkerShape.allCases.map { ($0.rawValue, $0) })
    }

    /// An axis scale: `.linear` or `.log`.
    static func scale(_ value: Value) throws -> ScaleKind {
        try SymbolChoice.pick(value, "scale", default: .linear, [("linear", .linear), ("log", .log)])
    }

    /// A legend placement: `.best`, `.upperRight`, `.upperLeft`, `.lowerLeft`, `.lowerRight`,
    /// `.outsideRight`, `.hidden`.
    static func legend(_ value: Value) throws -> LegendPlacement {
        try SymbolChoice.pick(value, "legend placement", default: .best, legendChoices)
    }

    /// The symbol of a legend placement, for reading the property back.
    static func name(of legend: LegendPlacement) -> Value {
        .symbol(legendChoices.first { $0.1 == legend }?.0 ?? "best")
    }

    private static let legendChoices: [(String, LegendPlacement)] = [
        ("best", .best), ("upperRight", .upperRight), ("upperLeft", .upperLeft), ("lowerLeft", .lowerLeft),
        ("lowerRight", .lowerRight), ("outsideRight", .outsideRight), ("hidden", .hidden),
    ]

    /// A colour map: `.viridis`, `.grey`, `.greyInverted`.
    static func colormap(_ value: Value) throws -> Colormap {
        try SymbolChoice.pick(value, "colour map", default: .viridis, [("viridis", .viridis), ("grey", .grey), ("greyInverted", .greyInverted)])
    }

    /// The symbol of a scale, for reading a property back.
    static func name(of scale: ScaleKind) -> Value {
        .symbol(scale == .log ? "log" : "linear")
    }

    /// Axis limits from a closed range (`0...1`); nil for nil.
    static func limits(_ value: Value) throws -> ClosedRange<Double>? {
        guard let unwrapped = value.unwrapped else { return nil }
        guard case .range(let r) = unwrapped, r.isClosed, let a = r.lower.asDouble, let b = r.upper.asDouble, a < b else {
            throw CellError("axis limits are a closed range with lower < upper, such as 0...1, not \(value.typeName)")
        }
        return a...b
    }
}
