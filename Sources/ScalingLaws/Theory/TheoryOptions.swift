/// Accuracy settings of the theory solvers.
///
/// The defaults give test errors accurate to ~1e-10 (checked against higher orders in the
/// tests); raise the orders only to check convergence.
public struct TheoryOptions: Sendable, Equatable {
    /// Gauss–Legendre points per panel (panels are at most one unit of the Gaussian wide and are
    /// split where the integrand bends).
    public var panelOrder: Int
    /// Gauss–Laguerre points for an infinite tail.
    public var tailOrder: Int
    /// Newton stops when every equation's residual is at most this.
    public var tolerance: Double

    /// Options with the given quadrature orders and Newton tolerance.
    public init(panelOrder: Int = 12, tailOrder: Int = 24, tolerance: Double = 1e-12) {
        self.panelOrder = panelOrder
        self.tailOrder = tailOrder
        self.tolerance = tolerance
    }

    /// The quadrature rules these options ask for.
    func rules() throws -> (panel: GaussLegendre, tail: GaussLaguerre) {
        (try GaussLegendre(order: panelOrder), try GaussLaguerre(order: tailOrder))
    }
}
