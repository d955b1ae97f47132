"""PyTorch peer of `retort-bench conv`: the same convolutions, timed the same way (median of 5
runs after one warm-up, wall and process CPU time), on two threads.

Run: python3 Benchmarks/peers/conv.py   (needs `pip install torch`)
"""
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(2)
torch.manual_seed(7)


def median(body, runs=5, warmup=1):
    for _ in range(warmup):
        body()
    walls, cpus = [], []
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        body()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return sorted(walls)[runs // 2], sorted(cpus)[runs // 2]


def report(name, sample, flops):
    wall, cpu = sample
    print(f"{name:<44}{wall * 1e3:10.2f}{cpu * 1e3:10.2f}{flops / wall / 1e9:10.1f}{flops / cpu / 1e9:13.1f}")


def layer(title, n, c, h, o, k, padding):
    x = torch.rand(n, c, h, h) * 2 - 1
    w = torch.rand(o, c, k, k) * 2 - 1
    b = torch.rand(o) * 2 - 1
    out = (h + 2 * padding - k) + 1
    gy = torch.rand(n, o, out, out) * 2 - 1
    flops = 2.0 * n * o * out * out * c * k * k
    with torch.no_grad():
        report(f"{title}forward", median(lambda: F.conv2d(x, w, b, padding=padding)), flops)
        report(f"{title}input gradient",
               median(lambda: torch.nn.grad.conv2d_input(x.shape, w, gy, padding=padding)), flops)
        report(f"{title}weight gradient",
               median(lambda: torch.nn.grad.conv2d_weight(x, w.shape, gy, padding=padding)), flops)


print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {torch.backends.cpu.get_cpu_capability()}")
print(f"{'name':<44}   wall ms    cpu ms   GFLOP/s  GFLOP/cpu-s")
layer("", 256, 128, 14, 128, 3, 1)
layer("first layer 1->128, 28x28 pad 3: ", 256, 1, 28, 128, 3, 3)
