import Foundation

/// The order parameters of the max-margin student that solve the saddle-point equations.
public struct TheorySolution: Sendable, Codable, Equatable {
    /// The problem solved.
    public let problem: PruningProblem
    /// R = Ĵ·T̂: the student's overlap with the teacher.
    public let overlap: Double
    /// S = Ĵ·Ĵ_p: the student's overlap with the probe (equal to R for a perfect probe).
    public let probeOverlap: Double
    /// κ: the student's margin, in units where fields are N(0, 1) (the SVM's 1/‖w‖).
    public let margin: Double
    /// The largest |residual| of the equations at the solution.
    public let residual: Double

    /// ε = arccos(R)/π: the probability that student and teacher disagree on a fresh input.
    public var testError: Double { acos(min(1, max(-1, overlap))) / .pi }

    /// The student's angle to the teacher, arccos R, in radians (π·ε).
    var angle: Double { acos(min(1, max(-1, overlap))) }
}
