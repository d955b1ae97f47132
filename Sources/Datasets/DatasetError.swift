/// An error raised when data cannot be found, read, written or handled as asked.
///
/// The message names the file or operation involved and says what to do, for example
/// `no Fashion-MNIST files in /usr/share/datasets/fashion-mnist; run
/// `apt-get install dataset-fashion-mnist` or set RETORT_DATA`.
public struct DatasetError: Error, CustomStringConvertible, Equatable {
    /// The full human-readable message.
    public let message: String

    /// An error carrying `message` as it is.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
