import TensorCore

/// The machine's limit for the ConvNet workloads: OpenBLAS `sgemm` on one and two threads at
/// exactly the products im2col gives for a batch of 256 images of the ConvNet-3 (see
/// `ConvNetCost`), chunked as Retort's convolution chunks them (about 2^20 floats of column
/// matrix per chunk). Reports, per thread count, the time of all of a batch's products and
/// their GFLOP/s: the forward set (one product per layer) and the training-step set (forward,
/// input gradients but the first layer's, weight gradients). No peer: the driver divides each
/// ConvNet workload's GFLOP/s by the two-thread figure.
let sgemmLimitWorkload = Workload(
    name: "sgemm_limit",
    summary: "machine limit: sgemm GFLOP/s (1 and 2 threads) at the ConvNet-3's im2col shapes, batch 256"
) {
    let batch = 256
    var products: (forward: [Product], train: [Product]) = ([], [])
    for (index, layer) in ConvNetCost.layers.enumerated() {
        let chunk = max(1, min(batch, (1 << 20) / (layer.patch * layer.plane)))
        let (calls, n) = ((batch + chunk - 1) / chunk, chunk * layer.plane)
        let forward = Product(m: 128, n: n, k: layer.patch, calls: calls)
        products.forward.append(forward)
        products.train.append(forward)
        if index > 0 { products.train.append(Product(transA: true, m: layer.patch, n: n, k: 128, calls: calls)) }
        products.train.append(Product(transB: true, m: 128, n: layer.patch, k: n, calls: calls))
    }
    var values = BenchValues(seed: 11)
    let saved = BLAS.threads
    defer { BLAS.threads = saved }
    for threads in [2, 1] {
        BLAS.threads = threads
        for (name, set) in [("forward", products.forward), ("training step", products.train)] {
            let flops = set.reduce(0) { $0 + $1.flops }
            let buffers = set.map { $0.buffers(&values) }
            defer { for buffer in buffers { buffer.c.deallocate() } }
            let sample = Timing.median(runs: 5) {
                for (product, buffer) in zip(set, buffers) { product.run(buffer) }
            }
            Timing.report("sgemm \(name) products, \(threads) thread\(threads == 1 ? "" : "s")", sample, flops: flops)
        }
    }
}

/// One matrix product `C[m, n] = op(A) op(B)` with inner size `k`, repeated `calls` times
/// (once per chunk of the batch).
private struct Product {
    var transA = false, transB = false
    let m: Int, n: Int, k: Int, calls: Int

    var flops: Double { 2 * Double(m * n * k * calls) }

    /// Operands with ordinary values, and the output.
    func buffers(_ values: inout BenchValues) -> (a: Tensor, b: Tensor, c: UnsafeMutablePointer<Float>) {
        let c = UnsafeMutablePointer<Float>.allocate(capacity: m * n)
        c.initialize(repeating: 0, count: m * n)
        return (values.tensor([m * k]), values.tensor([k * n]), c)
    }

    func run(_ operands: (a: Tensor, b: Tensor, c: UnsafeMutablePointer<Float>)) {
        operands.a.withUnsafeBufferPointer { a in
            operands.b.withUnsafeBufferPointer { b in
                for _ in 0..<calls {
                    BLAS.sgemm(
                        transA: transA, transB: transB, m: m, n: n, k: k, a: a.baseAddress!, lda: transA ? m : k,
                        b: b.baseAddress!, ldb: transB ? k : n, c: operands.c, ldc: n)
                }
            }
        }
    }
}
