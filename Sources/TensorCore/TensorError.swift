/// An error raised by a tensor operation given input it cannot work with.
///
/// The message names the operation and the shapes involved, and where it can, says what to do:
/// `add: shapes [2, 3] and [4] cannot be broadcast together (trailing axes must be equal or 1)`.
public struct TensorError: Error, CustomStringConvertible, Equatable {
    /// The full human-readable message.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    /// Two shapes that an operation needs to agree do not.
    public static func shapeMismatch(_ op: String, _ a: [Int], _ b: [Int], _ hint: String = "") -> TensorError {
        TensorError("\(op): shapes \(a) and \(b) do not match" + (hint.isEmpty ? "" : " (\(hint))"))
    }

    /// An axis outside `-rank..<rank`.
    public static func badAxis(_ op: String, _ axis: Int, shape: [Int]) -> TensorError {
        TensorError("\(op): axis \(axis) is out of range for a tensor of shape \(shape) (rank \(shape.count))")
    }

    /// A tensor of the wrong rank.
    public static func badRank(_ op: String, expected: String, shape: [Int]) -> TensorError {
        TensorError("\(op): expected a tensor of rank \(expected), got shape \(shape)")
    }
}
