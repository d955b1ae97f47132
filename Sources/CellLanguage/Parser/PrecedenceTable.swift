/// Binary operators and their precedence, one line per operator (as clox's `rules[]`),
/// following Swift's standard precedence groups from loosest to tightest.
enum PrecedenceTable {
    /// How operators of equal precedence group.
    enum Associativity {
        case left, right, none
    }

    /// A precedence level with its Swift group name (used in messages).
    struct Level {
        let precedence: Int
        let associativity: Associativity
        let group: String
    }

    static let ternary = Level(precedence: 10, associativity: .right, group: "TernaryPrecedence")
    static let disjunction = Level(precedence: 20, associativity: .left, group: "LogicalDisjunctionPrecedence")
    static let conjunction = Level(precedence: 30, associativity: .left, group: "LogicalConjunctionPrecedence")
    static let comparison = Level(precedence: 40, associativity: .none, group: "ComparisonPrecedence")
    static let nilCoalescing = Level(precedence: 50, associativity: .right, group: "NilCoalescingPrecedence")
    static let casting = Level(precedence: 60, associativity: .left, group: "CastingPrecedence")
    static let rangeFormation = Level(precedence: 70, associativity: .none, group: "RangeFormationPrecedence")
    static let addition = Level(precedence: 80, associativity: .left, group: "AdditionPrecedence")
    static let multiplication = Level(precedence: 90, associativity: .left, group: "MultiplicationPrecedence")

    /// The binary operators.
    static let binary: [String: Level] = [
        "||": disjunction,
        "&&": conjunction,
        "==": comparison, "!=": comparison, "~=": comparison, "<": comparison, "<=": comparison, ">": comparison, ">=": comparison,
        "??": nilCoalescing,
        "..<": rangeFormation, "...": rangeFormation,
        "+": addition, "-": addition, "|": addition, "^": addition,
        "*": multiplication, "/": multiplication, "%": multiplication, "&": multiplication,
    ]

    /// Compound assignment operators and the operator each applies.
    static let assignment: [String: String?] = [
        "=": nil, "+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%",
    ]

    /// Prefix operators.
    static let prefix: Set<String> = ["-", "+", "!"]
}
