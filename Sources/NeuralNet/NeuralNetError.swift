/// An error of the NeuralNet module: a bad configuration, a parameter list that does not fit
/// its model, an input of the wrong shape, an unknown augmentation strategy token, a drawn
/// transform applied to a batch it does not fit. The message says what to do instead.
public struct NeuralNetError: Error, CustomStringConvertible, Equatable {
    /// What went wrong and how to fix it.
    public let message: String

    /// An error with the given message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
