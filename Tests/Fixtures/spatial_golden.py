"""Golden values for TensorCore's resize and grid-sampling tests (Tests/TensorCoreTests/Ops/
ResizeTests.swift and GridSampleTests.swift), computed with PyTorch's defaults.

Run: python3 Tests/Fixtures/spatial_golden.py   (needs `pip install torch`)
It prints Swift array literals to paste into the tests. Inputs are small ramps, so the Swift
side rebuilds them without a fixture file.
"""
import math

import torch
import torch.nn.functional as F


def ramp(*shape):
    n = math.prod(shape)
    return (torch.arange(n, dtype=torch.float64) * 0.37 % 1.9 - 0.6).reshape(shape)


def show(name, t):
    values = ", ".join(f"{v:.6f}" for v in t.flatten().tolist())
    print(f"    static let {name}: [Double] = [{values}]")


x = ramp(1, 2, 3, 5)
show("nearestUp", F.interpolate(x, size=(4, 7)))
show("nearestDown", F.interpolate(x, size=(2, 3)))
show("bilinearUp", F.interpolate(x, size=(4, 7), mode="bilinear", align_corners=False))
show("bilinearDown", F.interpolate(x, size=(2, 3), mode="bilinear", align_corners=False))

angle = math.radians(15.0)
theta = torch.tensor(
    [[[math.cos(angle), -math.sin(angle), 0.1], [math.sin(angle), math.cos(angle), -0.05]],
     [[1.15, 0.0, 0.0], [0.0, 0.87, 0.0]]], dtype=torch.float64)
grid = F.affine_grid(theta, [2, 2, 3, 4], align_corners=False)
show("affineGrid", grid)
images = ramp(2, 2, 3, 4)
show("gridSample", F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False))
