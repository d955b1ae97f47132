/// An n-dimensional array of `Float` values: contiguous, row-major, with value semantics.
///
/// Storage is a Swift array, so copies are cheap until one side is written (copy-on-write).
/// A tensor that takes part in differentiation carries a node of the autodiff graph; every
/// operation on it records one node, never one per element (see `Autodiff/`).
/// Images are NCHW: `[batch, channels, height, width]`.
public struct Tensor {
    /// The size of each axis; `[]` for a scalar.
    public internal(set) var shape: [Int]
    /// The values in row-major order; `scalars.count == Shape.count(shape)`.
    public internal(set) var scalars: [Float]
    /// The autodiff node that produced this value, or nil when it is a constant.
    var node: GradNode?

    /// A tensor of the given shape holding `scalars` in row-major order.
    /// - Throws: when `scalars.count` does not equal the product of `shape`, or a size is negative.
    public init(shape: [Int], scalars: [Float]) throws {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError("Tensor(shape:scalars:): shape \(shape) has a negative size")
        }
        guard scalars.count == Shape.count(shape) else {
            throw TensorError(
                "Tensor(shape:scalars:): shape \(shape) needs \(Shape.count(shape)) values, got \(scalars.count)")
        }
        self.shape = shape
        self.scalars = scalars
        self.node = nil
    }

    /// Builds a tensor whose invariants the caller has already checked.
    @usableFromInline
    init(unchecked shape: [Int], scalars: [Float]) {
        self.shape = shape
        self.scalars = scalars
        self.node = nil
    }

    /// A rank-0 tensor holding one value.
    public init(_ value: Float) {
        self.init(unchecked: [], scalars: [value])
    }

    /// A rank-1 tensor of the given values.
    public init(_ values: [Float]) {
        self.init(unchecked: [values.count], scalars: values)
    }

    /// The number of axes.
    public var rank: Int { shape.count }

    /// The number of elements.
    public var count: Int { scalars.count }

    /// The single value of a tensor with one element.
    /// - Throws: when the tensor has more or fewer than one element.
    public func item() throws -> Float {
        guard scalars.count == 1 else {
            throw TensorError("item(): the tensor has shape \(shape), not a single element")
        }
        return scalars[0]
    }

    /// Whether gradients flow to or through this tensor.
    public var requiresGrad: Bool { node != nil }

    /// This value as a leaf of the autodiff graph: gradients can be taken with respect to it.
    public func requiringGrad() -> Tensor {
        var leaf = Tensor(unchecked: shape, scalars: scalars)
        leaf.node = GradNode(leafOfShape: shape)
        return leaf
    }

    /// The same values, cut off from the autodiff graph (as PyTorch's `detach()`).
    public func detach() -> Tensor {
        Tensor(unchecked: shape, scalars: scalars)
    }

    /// Direct read access to the values for kernels; no copy.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try scalars.withUnsafeBufferPointer(body)
    }
}

extension Tensor {
    /// A tensor of zeros.
    public static func zeros(_ shape: [Int]) -> Tensor {
        Tensor(unchecked: shape, scalars: [Float](repeating: 0, count: Shape.count(shape)))
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int]) -> Tensor {
        Tensor(unchecked: shape, scalars: [Float](repeating: 1, count: Shape.count(shape)))
    }

    /// A tensor filled with one value.
    public static func full(_ shape: [Int], _ value: Float) -> Tensor {
        Tensor(unchecked: shape, scalars: [Float](repeating: value, count: Shape.count(shape)))
    }

    /// A new constant tensor of `shape` whose values a kernel writes into an uninitialised buffer.
    /// The kernel must write every element.
    @inlinable
    public static func build(
        _ shape: [Int], _ kernel: (UnsafeMutableBufferPointer<Float>) throws -> Void
    ) rethrows -> Tensor {
        let n = Shape.count(shape)
        let values = try [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            try kernel(buffer)
            initialized = n
        }
        return Tensor(unchecked: shape, scalars: values)
    }
}

extension Tensor: CustomStringConvertible {
    /// A short summary: the shape and up to eight leading values.
    public var description: String {
        let head = scalars.prefix(8).map { String($0) }.joined(separator: ", ")
        let more = scalars.count > 8 ? ", …" : ""
        return "Tensor(shape: \(shape), [\(head)\(more)])"
    }
}
