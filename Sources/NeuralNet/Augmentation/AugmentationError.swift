/// An error of an augmentation: an unknown strategy token, images that are not NCHW, a drawn
/// transform applied to a batch it does not fit. The message says what to do instead.
public struct AugmentationError: Error, CustomStringConvertible, Equatable {
    /// What went wrong and how to fix it.
    public let message: String

    /// An error with the given message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }

    /// Throws unless `shape` is a batch of images `[N, C, H, W]` with at least one pixel.
    static func checkImages(_ shape: [Int], op: String) throws {
        guard shape.count == 4, shape[1] >= 1, shape[2] >= 1, shape[3] >= 1 else {
            throw AugmentationError(
                "\(op): expected a batch of images [N, C, H, W] with C, H, W ≥ 1, got shape \(shape); "
                    + "reshape single images to [1, C, H, W]")
        }
    }
}
