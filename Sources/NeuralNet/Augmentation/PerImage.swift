// Parameter lists of the augmentations: each holds one value per image of a batch, or a single
// value shared by the whole batch (DSA's siamese mode broadcasts sample 0, METHODS.md §3).

/// The common batch size of parameter lists that each hold one value per image or a single
/// shared value.
/// - Throws: when a list is empty or two per-image lists differ in length.
func sampleCount(_ counts: [Int], op: String) throws -> Int {
    guard counts.allSatisfy({ $0 >= 1 }) else {
        throw NeuralNetError("\(op): a parameter list is empty; give one value per image or one for the whole batch")
    }
    let perImage = Set(counts.filter { $0 != 1 })
    guard perImage.count <= 1 else {
        throw NeuralNetError("\(op): parameter lists of lengths \(counts) disagree; give each one value per image or a single value")
    }
    return perImage.first ?? 1
}

/// Element `i` of a list holding one value per image, or its single shared value.
@inline(__always)
func element<T>(_ list: [T], _ i: Int) -> T { list.count == 1 ? list[0] : list[i] }

/// Throws unless parameters for `count` images (1 meaning shared) fit a batch of `batch`.
func checkFits(_ count: Int, batch: Int, op: String) throws {
    guard count == 1 || count == batch else {
        throw NeuralNetError(
            "\(op): the parameters were drawn for \(count) images but the batch has \(batch); draw them for this batch "
                + "(or draw siamese parameters, which fit any batch)")
    }
}
