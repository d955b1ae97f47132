import TensorCore

/// conv2d forward and backward on a 256x128x14x14 batch, 128 output channels, 3x3, padding 1
/// (the middle of a ConvNet on 28x28 images), in both threading modes, with sgemm at the same
/// GEMM shape for reference and the 1-channel first layer (the direct kernels).
let convWorkload = Workload(
    name: "conv",
    summary: "conv2d 256x128x14x14 -> 128, 3x3 pad 1: forward, input and weight gradient; sgemm reference"
) {
    Timing.header()
    var rng = BenchValues(seed: 7)
    try middleLayer(&rng)
    try firstLayer(&rng)
    sgemmReference(&rng)
}

/// The workload's main case, with the batch split across workers (BLAS single-threaded) and
/// with one worker and BLAS threads.
private func middleLayer(_ rng: inout BenchValues) throws {
    let (n, c, h, w, o, k) = (256, 128, 14, 14, 128, 3)
    let x = rng.tensor([n, c, h, w]), weight = rng.tensor([o, c, k, k]), bias = rng.tensor([o])
    let gy = rng.tensor([n, o, h, w])
    // One multiply-add per output value and kernel tap.
    let flops = 2.0 * Double(n * o * h * w * c * k * k)
    let saved = Workers.count
    defer { Workers.count = saved }
    for workers in [2, 1] {
        Workers.count = workers
        let mode = workers == 1 ? "BLAS threads" : "\(workers) workers"
        Timing.report("forward (\(mode))", try Timing.median { _ = try x.conv2d(weight, bias: bias, padding: 1) }, flops: flops)
        Timing.report("input gradient (\(mode))", try Timing.median { _ = try gy.convTranspose2d(weight, padding: 1) }, flops: flops)
        Timing.report(
            "weight gradient (\(mode))",
            try Timing.median { _ = try x.conv2dWeightGradient(outputGradient: gy, kernelHeight: k, kernelWidth: k, padding: 1) },
            flops: flops)
    }
}

/// The first layer of the reference ConvNet on Fashion-MNIST: 1 channel, 28x28 padded by 3 to
/// 32x32, 128 output channels (K = 9: the direct kernels, not im2col + sgemm).
private func firstLayer(_ rng: inout BenchValues) throws {
    let (n, o, k) = (256, 128, 3)
    let x = rng.tensor([n, 1, 28, 28]), weight = rng.tensor([o, 1, k, k]), bias = rng.tensor([o])
    let gy = rng.tensor([n, o, 32, 32])
    let flops = 2.0 * Double(n * o * 32 * 32 * k * k)
    Timing.report("first layer 1->128, 28x28 pad 3: forward", try Timing.median { _ = try x.conv2d(weight, bias: bias, padding: 3) }, flops: flops)
    Timing.report("first layer: input gradient", try Timing.median { _ = try gy.convTranspose2d(weight, padding: 3) }, flops: flops)
    Timing.report(
        "first layer: weight gradient",
        try Timing.median { _ = try x.conv2dWeightGradient(outputGradient: gy, kernelHeight: k, kernelWidth: k, padding: 3) },
        flops: flops)
}

/// sgemm at the forward pass's per-image shape `[O, C*k*k] x [C*k*k, H*W]` (and 8 images wide),
/// eight products per run, with one and two BLAS threads.
private func sgemmReference(_ rng: inout BenchValues) {
    let (m, columns, inner) = (128, 196, 1152)
    let a = rng.tensor([m, inner]), b = rng.tensor([inner, columns * 8])
    var out = [Float](repeating: 0, count: m * columns * 8)
    let saved = BLAS.threads
    defer { BLAS.threads = saved }
    for threads in [1, 2] {
        BLAS.threads = threads
        for n in [columns, columns * 8] {
            let sample = Timing.median(runs: 9) {
                a.withUnsafeBufferPointer { ap in
                    b.withUnsafeBufferPointer { bp in
                        out.withUnsafeMutableBufferPointer { cp in
                            for _ in 0..<8 {
                                BLAS.sgemm(
                                    m: m, n: n, k: inner, a: ap.baseAddress!, lda: inner, b: bp.baseAddress!, ldb: n,
                                    c: cp.baseAddress!, ldc: n)
                            }
                        }
                    }
                }
            }
            Timing.report("sgemm \(m)x\(n)x\(inner) x8 (\(threads) thread\(threads == 1 ? "" : "s"))", sample, flops: 16.0 * Double(m * n * inner))
        }
    }
}
