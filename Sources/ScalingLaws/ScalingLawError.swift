/// An error raised by the scaling-law theory, its numerics or its simulation.
///
/// The message names what failed and, where it can, says what to do:
/// `fraction f = 1.3 is outside (0, 1]; pass the kept fraction of the data, e.g. 0.4`.
public struct ScalingLawError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What kind of failure this is, so callers can react without parsing the message.
    public enum Kind: String, Sendable {
        /// A parameter is outside its domain (α ≤ 0, f ∉ (0, 1], θ ∉ [0°, 90°), d < 2, …).
        case invalidParameter
        /// The equations have no solution in the admissible region (e.g. no sign change to bracket).
        case noSolution
        /// An iterative method ran out of iterations before meeting its tolerance.
        case noConvergence
        /// The caller's cancellation check returned true.
        case cancelled
    }

    /// The kind of failure.
    public let kind: Kind
    /// The full human-readable message.
    public let message: String

    /// An error of the given kind and message.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// A parameter outside its domain.
    static func invalid(_ message: String) -> ScalingLawError { ScalingLawError(.invalidParameter, message) }

    /// The work was cancelled by the caller.
    static let cancelled = ScalingLawError(.cancelled, "cancelled by the caller; partial results were discarded")
}
