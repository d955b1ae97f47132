import TensorCore

/// A transformation of each training batch, applied before the forward pass: it takes the
/// images `[B, C, H, W]` and the training generator, and returns images of the same shape.
///
/// The seam for data augmentation during training and evaluation: the reference DSA protocol
/// passes per-sample differentiable siamese augmentation here (METHODS §3, §13); `nil` means
/// none (the DC protocol). The generator is the one that also orders the batches, so a seeded
/// run stays reproducible.
public typealias BatchAugmentation = (_ images: Tensor, _ generator: inout SeededGenerator) throws -> Tensor
