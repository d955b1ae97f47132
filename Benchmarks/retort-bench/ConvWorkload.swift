import TensorCore

/// conv2d forward and backward on a 256x128x14x14 batch, 128 output channels, 3x3, padding 1
/// (the middle of a ConvNet on 28x28 images), with sgemm at the same GEMM shape for reference.
let convWorkload = Workload(
    name: "conv",
    summary: "conv2d 256x128x14x14 -> 128, 3x3 pad 1: forward, input and weight gradient; sgemm reference"
) {
    let (n, c, h, w, o, k) = (256, 128, 14, 14, 128, 3)
    var rng = BenchValues(seed: 7)
    let x = rng.tensor([n, c, h, w])
    let weight = rng.tensor([o, c, k, k])
    let bias = rng.tensor([o])
    let gy = rng.tensor([n, o, h, w])
    // One product per output value and kernel tap, two flops each.
    let flops = 2.0 * Double(n * o * h * w * c * k * k)

    for workers in [2, 1] {
        Workers.count = workers
        let mode = workers == 1 ? "BLAS threads" : "\(workers) workers"
        Timing.report("forward (\(mode))", seconds: try Timing.median { _ = try x.conv2d(weight, bias: bias, padding: 1) }, flops: flops)
        Timing.report("input gradient (\(mode))", seconds: try Timing.median { _ = try gy.convTranspose2d(weight, padding: 1) }, flops: flops)
        Timing.report(
            "weight gradient (\(mode))",
            seconds: try Timing.median { _ = try x.conv2dWeightGradient(outputGradient: gy, kernelHeight: k, kernelWidth: k, padding: 1) },
            flops: flops)
    }
    Workers.count = 2
    try firstLayer(&rng)

    // The forward pass's GEMM for one image: [O, C*k*k] x [C*k*k, H*W].
    let (m, nn, kk) = (o, h * w, c * k * k)
    let a = rng.tensor([m, kk]), b = rng.tensor([kk, nn * 8])
    var out = [Float](repeating: 0, count: m * nn * 8)
    let saved = BLAS.threads
    for threads in [1, 2] {
        BLAS.threads = threads
        for columns in [nn, nn * 8] {
            let seconds = Timing.median(runs: 9) {
                a.withUnsafeBufferPointer { ap in
                    b.withUnsafeBufferPointer { bp in
                        out.withUnsafeMutableBufferPointer { cp in
                            for _ in 0..<8 {
                                BLAS.sgemm(m: m, n: columns, k: kk, a: ap.baseAddress!, lda: kk, b: bp.baseAddress!, ldb: columns, c: cp.baseAddress!, ldc: columns)
                            }
                        }
                    }
                }
            }
            Timing.report("sgemm \(m)x\(columns)x\(kk) x8 (\(threads) thread\(threads == 1 ? "" : "s"))", seconds: seconds, flops: 16.0 * Double(m * columns * kk))
        }
    }
    BLAS.threads = saved
}

/// The first layer of the reference ConvNet on Fashion-MNIST: 1 channel, 28x28 padded by 3 to
/// 32x32, 128 output channels (K = 9: the direct kernel, not im2col + sgemm).
private func firstLayer(_ rng: inout BenchValues) throws {
    let (n, o, k) = (256, 128, 3)
    let x = rng.tensor([n, 1, 28, 28])
    let weight = rng.tensor([o, 1, k, k])
    let bias = rng.tensor([o])
    let gy = rng.tensor([n, o, 32, 32])
    let flops = 2.0 * Double(n * o * 32 * 32 * k * k)
    Timing.report("first layer 1->128 28x28 pad 3: forward", seconds: try Timing.median { _ = try x.conv2d(weight, bias: bias, padding: 3) }, flops: flops)
    Timing.report(
        "first layer: input gradient", seconds: try Timing.median { _ = try gy.convTranspose2d(weight, padding: 3) }, flops: flops)
    Timing.report(
        "first layer: weight gradient",
        seconds: try Timing.median { _ = try x.conv2dWeightGradient(outputGradient: gy, kernelHeight: k, kernelWidth: k, padding: 3) },
        flops: flops)
}
