/// The TeX commands the converter knows, by kind. Each maps a command name (without the
/// backslash) to the Unicode character MathML shows.
enum TeXSymbols {
    /// Greek letters: identifiers. Capitals are upright, as in TeX.
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ",
        "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ",
        "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Other letter-like symbols: identifiers.
    static let letters: [String: String] = [
        "infty": "∞", "partial": "∂", "nabla": "∇", "ell": "ℓ", "hbar": "ℏ", "emptyset": "∅",
        "varnothing": "∅", "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ", "top": "⊤", "bot": "⊥",
        "imath": "ı", "jmath": "ȷ",
    ]

    /// Binary operators, relations, arrows and punctuation: operators.
    static let operators: [String: String] = [
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈",
        "sim": "∼", "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫",
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆",
        "circ": "∘", "bullet": "∙", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "setminus": "∖",
        "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
        "supseteq": "⊇", "cup": "∪", "cap": "∩", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
        "neg": "¬", "lnot": "¬", "forall": "∀", "exists": "∃", "perp": "⊥", "parallel": "∥",
        "mid": "∣", "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←",
        "leftrightarrow": "↔", "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔",
        "implies": "⟹", "iff": "⟺", "mapsto": "↦", "uparrow": "↑", "downarrow": "↓",
        "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "colon": ":",
        "prime": "′", "dagger": "†", "triangleq": "≜", "coloneqq": "≔", "sqcup": "⊔",
        "lhd": "⊲", "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰",
    ]

    /// Delimiters, usable bare or after `\left`, `\right`, `\big`, ….
    static let delimiters: [String: String] = [
        "langle": "⟨", "rangle": "⟩", "lvert": "|", "rvert": "|", "vert": "|", "lVert": "‖",
        "rVert": "‖", "Vert": "‖", "|": "‖", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]",
    ]

    /// Large operators whose limits go under and over in display style.
    static let largeOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁",
        "bigotimes": "⨂", "bigvee": "⋁", "bigwedge": "⋀",
    ]

    /// Integrals: large, with limits beside them as TeX places them.
    static let integrals: [String: String] = [
        "int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮",
    ]

    /// Named functions written upright (`\log x`); limits beside them.
    static let functions: Set<String> = [
        "log", "ln", "exp", "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh",
        "arcsin", "arccos", "arctan", "arg", "deg", "det", "dim", "gcd", "hom", "ker", "lg", "Pr",
        "tr", "Tr", "rank", "diag", "sgn", "softmax", "erf",
    ]

    /// Named operators whose limits go under in display style (`\max_{i}`).
    static let limitFunctions: Set<String> = [
        "lim", "liminf", "limsup", "max", "min", "sup", "inf", "argmin", "argmax",
    ]

    /// Accents over their argument: the mark and whether it stretches to the argument's width.
    static let accents: [String: (mark: String, stretchy: Bool)] = [
        "hat": ("^", false), "widehat": ("^", true), "bar": ("¯", false), "overline": ("¯", true),
        "tilde": ("~", false), "widetilde": ("~", true), "vec": ("→", false),
        "overrightarrow": ("→", true), "dot": ("˙", false), "ddot": ("¨", false),
        "check": ("ˇ", false), "breve": ("˘", false), "acute": ("´", false), "grave": ("`", false),
        "overbrace": ("⏞", true),
    ]

    /// Marks under their argument.
    static let underAccents: [String: String] = ["underline": "_", "underbrace": "⏟"]

    /// Spaces in ems.
    static let spaces: [String: Double] = [
        ",": 0.1667, "thinspace": 0.1667, ":": 0.2222, ">": 0.2222, "medspace": 0.2222,
        ";": 0.2778, "thickspace": 0.2778, "!": -0.1667, "negthinspace": -0.1667, " ": 0.25,
        "quad": 1, "qquad": 2, "enspace": 0.5,
    ]

    /// Sizes of `\big`-style delimiters in ems.
    static let bigSizes: [String: Double] = [
        "big": 1.2, "bigl": 1.2, "bigr": 1.2, "bigm": 1.2, "Big": 1.8, "Bigl": 1.8, "Bigr": 1.8,
        "bigg": 2.4, "biggl": 2.4, "biggr": 2.4, "Bigg": 3.0, "Biggl": 3.0, "Biggr": 3.0,
    ]

    /// Characters that are operators when written as themselves.
    static let operatorCharacters: Set<Character> = [
        "+", "-", "=", "<", ">", "(", ")", "[", "]", ",", ";", ":", "!", "/", "|", "*", ".", "?",
        "@", "~",
    ]

    /// The character an operator character is drawn as (`-` is the minus sign, `*` the
    /// asterisk operator).
    static func display(_ character: Character) -> String {
        switch character {
        case "-": return "−"
        case "*": return "∗"
        default: return String(character)
        }
    }
}
