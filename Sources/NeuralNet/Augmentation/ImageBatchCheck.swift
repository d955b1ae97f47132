extension NeuralNetError {
    /// Throws unless `shape` is a batch of images `[N, C, H, W]` with at least one pixel; `op`
    /// names the augmentation in the message.
    static func checkImages(_ shape: [Int], op: String) throws {
        guard shape.count == 4, shape[1] >= 1, shape[2] >= 1, shape[3] >= 1 else {
            throw NeuralNetError(
                "\(op): expected a batch of images [N, C, H, W] with C, H, W ≥ 1, got shape \(shape); "
                    + "reshape single images to [1, C, H, W]")
        }
    }
}
