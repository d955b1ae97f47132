/// Reverse-mode gradients of `output` with respect to each of `inputs`.
///
/// - Parameters:
///   - output: the value to differentiate; it must have one element unless `seed` is given.
///   - inputs: tensors that are part of the graph (made with `requiringGrad()` or computed from
///     such tensors).
///   - seed: the gradient with respect to `output` (PyTorch's `grad_outputs`); ones by default.
///   - createGraph: when true, the backward pass is itself recorded, so the returned gradients
///     can be differentiated again (gradient matching, unrolled training). When false, nothing
///     is recorded and the returned gradients are constants.
/// - Returns: one gradient per input, of the input's shape; zeros where the output does not
///   depend on the input.
/// - Throws: when an input is not part of any graph, or `output` is not a scalar and no seed is
///   given, or a backward rule fails.
public func grad(
    of output: Tensor, wrt inputs: [Tensor], seed: Tensor? = nil, createGraph: Bool = false
) throws -> [Tensor] {
    for (i, x) in inputs.enumerated() where x.node == nil {
        throw TensorError(
            "grad(of:wrt:): input \(i) (shape \(x.shape)) is not part of the autodiff graph; "
                + "make it with requiringGrad() before computing the output from it")
    }
    let initial: Tensor
    if let seed {
        guard seed.shape == output.shape else {
            throw TensorError.shapeMismatch("grad(of:wrt:seed:)", output.shape, seed.shape, "seed must have the output's shape")
        }
        initial = seed
    } else {
        guard output.count == 1 else {
            throw TensorError(
                "grad(of:wrt:): the output has shape \(output.shape); reduce it to one value (sum, mean) or pass a seed")
        }
        initial = Tensor.ones(output.shape)
    }
    guard let root = output.node else {
        return inputs.map { Tensor.zeros($0.shape) }
    }
    let targets = Set(inputs.compactMap { $0.node.map(ObjectIdentifier.init) })
    let order = GraphWalk.relevantNodesOutputFirst(from: root, reaching: targets)

    return try GradMode.with(recording: createGraph) {
        var grads: [ObjectIdentifier: Tensor] = [ObjectIdentifier(root): initial]
        for node in order.nodes {
            guard let rule = node.backward, let g = grads[ObjectIdentifier(node)] else { continue }
            if !targets.contains(ObjectIdentifier(node)) { grads[ObjectIdentifier(node)] = nil }
            let needed = node.parents.map { $0.map { order.isRelevant($0) } ?? false }
            let parentGrads = try rule(g, needed)
            for (parent, pg) in zip(node.parents, parentGrads) {
                guard let parent, let pg, order.isRelevant(parent) else { continue }
                guard pg.shape == parent.shape else {
                    throw TensorError(
                        "grad: a backward rule returned shape \(pg.shape) for an input of shape \(parent.shape)")
                }
                let key = ObjectIdentifier(parent)
                grads[key] = try grads[key].map { try Tensor.accumulate($0, pg) } ?? pg
            }
        }
        return inputs.map { x in grads[ObjectIdentifier(x.node!)] ?? Tensor.zeros(x.shape) }
    }
}

/// The part of a graph between an output and a set of target nodes, in reverse topological order.
struct GraphWalk {
    /// Nodes that lie on some path from the output to a target, output first.
    let nodes: [GradNode]
    private let relevant: Set<ObjectIdentifier>

    func isRelevant(_ node: GradNode) -> Bool { relevant.contains(ObjectIdentifier(node)) }

    /// Depth-first post-order walk without recursion (unrolled training makes deep graphs).
    static func relevantNodesOutputFirst(from root: GradNode, reaching targets: Set<ObjectIdentifier>) -> GraphWalk {
        var postOrder: [GradNode] = []
        var visited: Set<ObjectIdentifier> = []
        var relevant: Set<ObjectIdentifier> = []
        var stack: [(node: GradNode, nextParent: Int)] = [(root, 0)]
        visited.insert(ObjectIdentifier(root))
        while !stack.isEmpty {
            let (node, next) = stack[stack.count - 1]
            if next < node.parents.count {
                stack[stack.count - 1].nextParent += 1
                if let parent = node.parents[next], visited.insert(ObjectIdentifier(parent)).inserted {
                    stack.append((parent, 0))
                }
                continue
            }
            stack.removeLast()
            let id = ObjectIdentifier(node)
            if targets.contains(id) || node.parents.contains(where: { $0.map { relevant.contains(ObjectIdentifier($0)) } ?? false }) {
                relevant.insert(id)
                postOrder.append(node)
            }
        }
        return GraphWalk(nodes: postOrder.reversed(), relevant: relevant)
    }
}

extension Tensor {
    /// `a + b` for two gradients of the same shape; recorded only when recording is on.
    static func accumulate(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        var sum = a.detach()
        sum.scalars.withUnsafeMutableBufferPointer { s in
            b.scalars.withUnsafeBufferPointer { bb in
                for i in 0..<s.count { s[i] += bb[i] }
            }
        }
        return Tensor.recording(sum, inputs: [a, b]) { g, _ in [g, g] }
    }
}
