/// How `train` trains a network: epochs, batches, the optimiser and its schedule.
public struct TrainingSettings: Sendable, Equatable {
    /// Passes over the training set.
    public var epochs: Int
    /// Samples per mini-batch; the last batch of an epoch may be smaller (no drop-last).
    public var batchSize: Int
    /// The base learning rate.
    public var learningRate: Float
    /// How the learning rate changes between epochs.
    public var schedule: LearningRateSchedule
    /// The optimiser (SGD with momentum and weight decay, or Adam).
    public var optimizer: OptimizerKind

    /// Settings with the reference evaluation's defaults for everything not given: batch 256,
    /// learning rate 0.01, SGD with momentum 0.9 and weight decay 5e-4, constant rate.
    public init(
        epochs: Int, batchSize: Int = 256, learningRate: Float = 0.01, schedule: LearningRateSchedule = .constant,
        optimizer: OptimizerKind = .sgd(momentum: 0.9, weightDecay: 5e-4)
    ) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.schedule = schedule
        self.optimizer = optimizer
    }

    /// Throws unless the settings can train (at least one epoch, a positive batch size, a
    /// finite non-negative learning rate).
    func validate() throws {
        guard epochs >= 1, batchSize >= 1, learningRate.isFinite, learningRate >= 0 else {
            throw NeuralNetError(
                "training settings: need epochs ≥ 1, batch size ≥ 1 and a finite learning rate ≥ 0 "
                    + "(got \(epochs), \(batchSize), \(learningRate))")
        }
    }
}

/// What one epoch of training measured.
public struct EpochRecord: Sendable, Equatable {
    /// The mean cross-entropy over the epoch's samples (each batch's loss weighted by its size).
    public let loss: Double
    /// The fraction of the epoch's (augmented) samples classified correctly while training.
    public let accuracy: Double
    /// The learning rate used.
    public let learningRate: Float
    /// Wall-clock seconds.
    public let seconds: Double
}

/// A trained network: its parameters, its batch-norm state and one record per epoch.
public struct TrainingResult {
    /// The parameters after the last step (constants).
    public let parameters: Parameters
    /// The running statistics after the last step (empty without batch norm).
    public let state: ModelState
    /// The loss and accuracy of every epoch, in order.
    public let history: [EpochRecord]
}
