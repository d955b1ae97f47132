import TensorCore

/// Instance norm (the reference ConvNet's `instancenorm`) and batch norm forward and backward at
/// the three block sizes of a ConvNet-3 on a batch of 256 (128 channels at 32², 16², 8²), with
/// relu as the memory-bound yardstick: an instance norm reads x once and writes y once, as relu
/// does. "recorded" is the backward pass with `createGraph: true` (trajectory matching).
let normWorkload = Workload(
    name: "norm",
    summary: "instance/batch norm forward, backward and recorded backward on 256x128x{32,16,8}²; relu for reference"
) {
    Timing.header()
    var rng = BenchValues(seed: 11)
    for side in [32, 16, 8] {
        let shape = [256, 128, side, side]
        let x = rng.tensor(shape).requiringGrad(), g = rng.tensor(shape)
        let weight = rng.tensor([128]).requiringGrad(), bias = rng.tensor([128]).requiringGrad()
        let label = "\(side)x\(side)"
        Timing.report("relu \(label)", try Timing.median { _ = try x.detach().relu() })
        let y = try x.instanceNorm(weight: weight, bias: bias)
        Timing.report("instance norm forward \(label)", try Timing.median { _ = try x.detach().instanceNorm(weight: weight, bias: bias) })
        Timing.report("instance norm backward \(label)", try Timing.median { _ = try grad(of: y, wrt: [x, weight, bias], seed: g) })
        Timing.report(
            "instance norm backward, recorded \(label)",
            try Timing.median { _ = try grad(of: y, wrt: [x, weight, bias], seed: g, createGraph: true) })
        let yb = try x.batchNormTraining(weight: weight, bias: bias).output
        Timing.report("batch norm forward \(label)", try Timing.median { _ = try x.detach().batchNormTraining(weight: weight, bias: bias) })
        Timing.report("batch norm backward \(label)", try Timing.median { _ = try grad(of: yb, wrt: [x, weight, bias], seed: g) })
    }
}
