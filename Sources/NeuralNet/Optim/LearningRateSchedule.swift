import Foundation

/// How the learning rate changes from epoch to epoch during `train`.
public enum LearningRateSchedule: Sendable, Equatable {
    /// The base rate throughout.
    case constant
    /// The rate is multiplied by `factor` after each (0-based) epoch listed in `after`, and the
    /// optimiser is rebuilt there (its momentum forgotten), as the reference evaluation does
    /// (`if ep in lr_schedule: lr *= 0.1; optimizer = SGD(...)`).
    case step(after: [Int], factor: Float)
    /// Cosine annealing from the base rate (epoch 0) toward `minimum` (reached after the last
    /// epoch): `minimum + (base − minimum)·(1 + cos(π·e/E))/2` for epoch e of E.
    case cosine(minimum: Float)

    /// The reference decay of DC/DSA/DM/MTT evaluation (METHODS §13) for an `epochs`-epoch
    /// protocol: ×0.1 after 0-based epoch ⌊epochs/2⌋ + 1, the optimiser rebuilt there. The
    /// reference then trains `epochs + 1` epochs in all.
    public static func referenceDecay(epochs: Int) -> LearningRateSchedule {
        .step(after: [epochs / 2 + 1], factor: 0.1)
    }

    /// The rate for 0-based epoch `epoch` of `epochs`, starting from `base`.
    public func rate(base: Float, epoch: Int, epochs: Int) -> Float {
        switch self {
        case .constant:
            return base
        case .step(let after, let factor):
            let decays = after.filter { $0 < epoch }.count
            return base * Float(pow(Double(factor), Double(decays)))
        case .cosine(let minimum):
            let progress = Double(epoch) / Double(max(epochs, 1))
            return minimum + (base - minimum) * Float((1 + cos(Double.pi * progress)) / 2)
        }
    }

    /// Whether the optimiser is rebuilt before 0-based epoch `epoch` (after a step decay).
    public func rebuildsOptimizer(before epoch: Int) -> Bool {
        if case .step(let after, _) = self { return after.contains(epoch - 1) }
        return false
    }
}
