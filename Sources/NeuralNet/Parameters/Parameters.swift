import TensorCore

/// The parameters of a model: an ordered list of named tensors ("conv0.weight", "conv0.bias",
/// …, "classifier.bias"), in the order the model declares them (PyTorch's `named_parameters()`
/// order for the reference networks).
///
/// A model is a function of its parameters (`model(x, parameters)`), so a `Parameters` value is
/// everything that changes in training except batch-norm running statistics (`ModelState`).
/// Tensors keep their autodiff nodes: parameters computed from other parameters (an unrolled
/// SGD step, `unflattening` a vector) stay differentiable. A value type; copies share storage
/// until written.
public struct Parameters {
    /// The names, in order; unique.
    public let names: [String]
    /// The tensors, `tensors[i]` named `names[i]`.
    public let tensors: [Tensor]
    private let positions: [String: Int]

    /// Parameters from `(name, tensor)` pairs, kept in the given order.
    /// - Throws: when a name appears twice.
    public init(_ pairs: [(String, Tensor)]) throws {
        var positions: [String: Int] = [:]
        for (i, (name, _)) in pairs.enumerated() {
            guard positions.updateValue(i, forKey: name) == nil else {
                throw NeuralNetError("Parameters: the name \"\(name)\" appears twice; every parameter needs its own name")
            }
        }
        self.names = pairs.map(\.0)
        self.tensors = pairs.map(\.1)
        self.positions = positions
    }

    /// The same names with new tensors; the caller guarantees one tensor per name.
    private init(names: [String], tensors: [Tensor], positions: [String: Int]) {
        self.names = names
        self.tensors = tensors
        self.positions = positions
    }

    /// No parameters.
    public static let empty = Parameters(names: [], tensors: [], positions: [:])

    /// The number of named tensors.
    public var tensorCount: Int { tensors.count }

    /// The total number of scalar parameters (PyTorch's `sum(p.numel() for p in parameters())`).
    public var count: Int { tensors.reduce(0) { $0 + $1.count } }

    /// The shape of each tensor, in order.
    public var shapes: [[Int]] { tensors.map(\.shape) }

    /// Whether a tensor of this name exists.
    public func contains(_ name: String) -> Bool { positions[name] != nil }

    /// The tensor named `name`.
    /// - Throws: when there is none; the message lists a few names that exist.
    public func tensor(named name: String) throws -> Tensor {
        guard let i = positions[name] else {
            let known = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", …" : "")
            throw NeuralNetError(
                "Parameters: no tensor named \"\(name)\" (have \(known)); were these parameters made by this model's initialParameters?")
        }
        return tensors[i]
    }

    /// `(name, tensor)` pairs in order.
    public var pairs: [(String, Tensor)] { Array(Swift.zip(names, tensors)) }

    /// New parameters with `transform` applied to every tensor (the names and order kept).
    /// - Throws: whatever `transform` throws.
    public func map(_ transform: (String, Tensor) throws -> Tensor) rethrows -> Parameters {
        var out: [Tensor] = []
        out.reserveCapacity(tensors.count)
        for (name, t) in Swift.zip(names, tensors) { out.append(try transform(name, t)) }
        return Parameters(names: names, tensors: out, positions: positions)
    }

    /// New parameters combining this list and `other` tensor by tensor (as an update `p − lr·g`).
    /// - Throws: when the two lists do not have the same names in the same order, or
    ///   `combine` throws.
    public func zip(_ other: Parameters, _ combine: (Tensor, Tensor) throws -> Tensor) throws -> Parameters {
        try checkSameLayout(other, op: "zip")
        var out: [Tensor] = []
        out.reserveCapacity(tensors.count)
        for (a, b) in Swift.zip(tensors, other.tensors) { out.append(try combine(a, b)) }
        return Parameters(names: names, tensors: out, positions: positions)
    }

    /// The same names with `newTensors` in their place (for gradients returned by `grad`, which
    /// come in the order of `tensors`).
    /// - Throws: when the count or a shape differs.
    public func replacing(with newTensors: [Tensor]) throws -> Parameters {
        guard newTensors.count == tensors.count else {
            throw NeuralNetError("Parameters.replacing: \(newTensors.count) tensors given for \(tensors.count) parameters")
        }
        for (i, (old, new)) in Swift.zip(tensors, newTensors).enumerated() where old.shape != new.shape {
            throw NeuralNetError(
                "Parameters.replacing: tensor \(i) (\(names[i])) has shape \(new.shape), the parameter \(old.shape)")
        }
        return Parameters(names: names, tensors: newTensors, positions: positions)
    }

    /// The same list with the tensor named `name` replaced by `tensor` (for running
    /// statistics and for editing one parameter).
    /// - Throws: when there is no such name or the shape differs.
    public func replacing(_ name: String, with tensor: Tensor) throws -> Parameters {
        let old = try self.tensor(named: name)
        guard old.shape == tensor.shape else {
            throw NeuralNetError("Parameters.replacing: \(name) has shape \(old.shape), the new tensor \(tensor.shape)")
        }
        var out = tensors
        out[positions[name]!] = tensor
        return Parameters(names: names, tensors: out, positions: positions)
    }

    /// Every tensor as a fresh leaf of the autodiff graph, so gradients can be taken with
    /// respect to the parameters (no copy of the values).
    public func requiringGrad() -> Parameters {
        Parameters(names: names, tensors: tensors.map { $0.requiringGrad() }, positions: positions)
    }

    /// Every tensor cut off from the autodiff graph (the values kept).
    public func detached() -> Parameters {
        Parameters(names: names, tensors: tensors.map { $0.detach() }, positions: positions)
    }

    /// Throws unless `other` has the same names in the same order and the same shapes.
    func checkSameLayout(_ other: Parameters, op: String) throws {
        guard names == other.names else {
            throw NeuralNetError(
                "Parameters.\(op): the two lists differ in names or order (\(names.count) vs \(other.names.count) tensors); "
                    + "combine parameters of the same model")
        }
        for (i, (a, b)) in Swift.zip(tensors, other.tensors).enumerated() where a.shape != b.shape {
            throw NeuralNetError("Parameters.\(op): \(names[i]) has shape \(a.shape) in one list and \(b.shape) in the other")
        }
    }
}

extension Parameters {
    /// All parameters as one vector `[count]`, tensors in order, each in row-major order (as
    /// MTT's `ReparamModule` flattens a network). Differentiable: one reshape per tensor and one
    /// concatenation.
    /// - Throws: only on internal shape errors.
    public func flattened() throws -> Tensor {
        guard !tensors.isEmpty else { return Tensor.zeros([0]) }
        return try Tensor.concat(tensors.map { try $0.reshape([-1]) }, axis: 0)
    }

    /// Parameters of this list's names and shapes cut from `vector` (the inverse of
    /// `flattened()`). Differentiable with respect to `vector`: one slice and reshape per tensor.
    /// - Throws: when `vector` is not `[count]`.
    public func unflattening(_ vector: Tensor) throws -> Parameters {
        guard vector.shape == [count] else {
            throw NeuralNetError(
                "Parameters.unflattening: the vector has shape \(vector.shape) but these parameters need [\(count)]")
        }
        var offset = 0
        var out: [Tensor] = []
        out.reserveCapacity(tensors.count)
        for t in tensors {
            out.append(try vector.slice(axis: 0, offset..<(offset + t.count)).reshape(t.shape))
            offset += t.count
        }
        return Parameters(names: names, tensors: out, positions: positions)
    }
}

extension Parameters: CustomStringConvertible {
    /// One line per tensor: name and shape, then the total count.
    public var description: String {
        let lines = Swift.zip(names, tensors).map { "  \($0): \($1.shape)" }
        return "Parameters(\(count) values in \(tensorCount) tensors)\n" + lines.joined(separator: "\n")
    }
}
