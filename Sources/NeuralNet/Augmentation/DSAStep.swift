import Foundation
import TensorCore

/// One DSA operation with its drawn parameters: a concrete, repeatable transform of a batch of
/// normalised images `[N, C, H, W]` (METHODS.md §3, the reference's `rand_*` functions with
/// their random draws made explicit).
///
/// Every list holds one value per image of the batch, or a single value applied to every image
/// (siamese parameters, which fit batches of any size). Every step is linear in the images
/// given its parameters, so its output is differentiable in the images to any order.
public enum DSAStep: Sendable, Equatable {
    /// Brightness, saturation and contrast in that order (`rand_brightness`, `rand_saturation`,
    /// `rand_contrast`): `x + b`, then `(x − m_c)·s + m_c` with `m_c` the mean over channels at
    /// each pixel (skipped for one channel, where it is exactly the identity), then
    /// `(x − m)·c + m` with `m` the mean of each image over C, H, W.
    case color(brightness: [Float], saturation: [Float], contrast: [Float])
    /// An integer translation (`rand_crop`): `out[i, j] = x[i + rows, j + columns]`, zero where
    /// that pixel is outside the image (zero is the dataset mean in normalised space).
    case crop(rows: [Int], columns: [Int])
    /// A zeroed rectangle (`rand_cutout`) centred at `(rows[n], columns[n])`: rows
    /// `rows[n] − height/2 ..< rows[n] − height/2 + height` and likewise columns (integer
    /// halves), clamped to the image.
    case cutout(rows: [Int], columns: [Int], height: Int, width: Int)
    /// A horizontal flip of the images marked true (`rand_flip`: width reversed).
    case flip([Bool])
    /// An anisotropic scale (`rand_scale`): the affine map `[[sx, 0, 0], [0, sy, 0]]` from output
    /// to input coordinates, sampled bilinearly with zero padding, align_corners=False.
    case scale(x: [Float], y: [Float])
    /// A rotation by the given angles in radians (`rand_rotate`): the affine map
    /// `[[cos θ, −sin θ, 0], [sin θ, cos θ, 0]]`, sampled as `scale` is.
    case rotate(radians: [Float])

    /// The token of the strategy string this step implements.
    public var operation: DSAOperation {
        switch self {
        case .color: .color
        case .crop: .crop
        case .cutout: .cutout
        case .flip: .flip
        case .scale: .scale
        case .rotate: .rotate
        }
    }

    /// How many images the parameters describe: 1 when shared by the whole batch.
    /// - Throws: when a list is empty or two lists hold different numbers of per-image values.
    public func sampleCount() throws -> Int {
        let op = "DSA \(operation.rawValue)"
        switch self {
        case .color(let b, let s, let c): return try NeuralNet.sampleCount([b.count, s.count, c.count], op: op)
        case .crop(let r, let c): return try NeuralNet.sampleCount([r.count, c.count], op: op)
        case .cutout(let r, let c, _, _): return try NeuralNet.sampleCount([r.count, c.count], op: op)
        case .flip(let f): return try NeuralNet.sampleCount([f.count], op: op)
        case .scale(let x, let y): return try NeuralNet.sampleCount([x.count, y.count], op: op)
        case .rotate(let a): return try NeuralNet.sampleCount([a.count], op: op)
        }
    }

    /// This step applied to `images` `[N, C, H, W]`; differentiable in the images.
    ///
    /// Cost: color a few elementwise passes; crop, flip and cutout one pass and one graph node
    /// each (direct kernels, no sampling); scale and rotate one bilinear sampling.
    /// - Throws: when the images are not NCHW, or the parameters were drawn for another batch
    ///   size (per-image lists must have N values).
    public func apply(to images: Tensor) throws -> Tensor {
        let op = "DSA \(operation.rawValue)"
        try NeuralNetError.checkImages(images.shape, op: op)
        try checkFits(try sampleCount(), batch: images.shape[0], op: op)
        switch self {
        case .color(let b, let s, let c):
            return try images.colorJittered(brightness: b, saturation: s, contrast: c)
        case .crop(let rows, let columns):
            return try images.shiftedPixels(PixelShift(rows: rows, columns: columns, mirrored: [false]))
        case .cutout(let rows, let columns, let height, let width):
            return try images.cutOut(rows: rows, columns: columns, height: height, width: width)
        case .flip(let flipped):
            return try images.shiftedPixels(PixelShift(rows: [0], columns: [0], mirrored: flipped))
        case .scale(let x, let y):
            return try images.affineWarped(Self.scaleMatrices(x: x, y: y))
        case .rotate(let angles):
            return try images.affineWarped(Self.rotationMatrices(angles))
        }
    }

    /// `[[sx, 0, 0], [0, sy, 0]]` per image, row-major.
    static func scaleMatrices(x: [Float], y: [Float]) -> [[Float]] {
        (0..<Swift.max(x.count, y.count)).map { [element(x, $0), 0, 0, 0, element(y, $0), 0] }
    }

    /// `[[cos θ, −sin θ, 0], [sin θ, cos θ, 0]]` per image, row-major.
    static func rotationMatrices(_ angles: [Float]) -> [[Float]] {
        angles.map { [cos($0), -sin($0), 0, sin($0), cos($0), 0] }
    }
}
