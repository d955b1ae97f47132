"""PyTorch peer of `retort-bench train`: the reference ConvNet-3 (width 128, instance norm) on a
batch of 256 images [1, 28, 28]: forward pass without autograd, and one SGD step (lr 0.01,
momentum 0.9, weight decay 5e-4); median of 5 timed runs after one warm-up, in images per wall
second and per CPU second of the process (all threads), as `retort-bench train` reports them.

Usage: python3 Benchmarks/peers/train_step.py [threads]   (default: 2)
"""
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_models import named  # noqa: E402

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
torch.manual_seed(0)
model = named("ConvNet", 1, 10, 28)
x = torch.rand(256, 1, 28, 28) * 2 - 1
y = torch.arange(256) % 10
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)


def median(body, runs=5):
    body()
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        body()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return sorted(walls)[runs // 2], sorted(cpus)[runs // 2]


def forward():
    with torch.no_grad():
        model(x)


def step():
    optimizer.zero_grad()
    torch.nn.functional.cross_entropy(model(x), y).backward()
    optimizer.step()


print(f"{'name':44s}   wall ms    cpu ms")
for name, body in [("forward (no graph)", forward), ("training step (forward, backward, SGD)", step)]:
    wall, cpu = median(body)
    print(f"{name:44s}{wall * 1e3:10.2f}{cpu * 1e3:10.2f}")
    print(f"{'':44s}{256 / wall:.0f} images/s (wall), {256 / cpu:.0f} images/cpu-s")
