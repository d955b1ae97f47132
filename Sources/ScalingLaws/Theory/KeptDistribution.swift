/// What both saddle-point systems integrate against: the kept examples' margin along the probe,
/// with density 2φ(u)/f on the kept half-interval [0, γ) (hard) or [γ, ∞) (easy), and the
/// quadrature rules that integrate it.
struct KeptDistribution: Sendable {
    /// α_prune.
    let alpha: Double
    /// The kept fraction f.
    let fraction: Double
    /// The kept interval of |p| (of u = |t| for a perfect probe).
    let lower: Double, upper: Double
    let panel: GaussLegendre
    let tail: GaussLaguerre

    init(_ problem: PruningProblem, options: TheoryOptions) throws {
        alpha = problem.alphaPrune
        fraction = problem.fraction
        (lower, upper) = problem.keptInterval
        (panel, tail) = try options.rules()
    }

    /// The factor 2/f that turns ∫φ over the kept half-interval into an expectation.
    var density: Double { 2 / fraction }

    /// A Gaussian-weighted rule over the kept interval, split at `breakpoints`.
    func rule(breakpoints: [Double], maxPanelWidth: Double = 1) throws -> GaussianWeightedRule {
        try GaussianWeightedRule(from: lower, to: upper, breakpoints: breakpoints, panel: panel, tail: tail,
                                 maxPanelWidth: maxPanelWidth)
    }

    /// A Gaussian-weighted rule over any interval, with the same orders.
    func rule(from lo: Double, to hi: Double, breakpoints: [Double]) throws -> GaussianWeightedRule {
        try GaussianWeightedRule(from: lo, to: hi, breakpoints: breakpoints, panel: panel, tail: tail)
    }
}
