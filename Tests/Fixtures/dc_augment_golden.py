"""Golden values for DC's non-differentiable augmentation rotation
(Tests/NeuralNetTests/Augmentation/DCAugmentationTests.swift): the reference's `rotatefun`
(scipy.ndimage.rotate with reshape, then the centre window) with bilinear interpolation
(order=1, which Retort uses in place of scipy's default cubic splines).

Run: python3 Tests/Fixtures/dc_augment_golden.py   (needs numpy and scipy)
It prints Swift array literals to paste into the test. The input is a small ramp, so the
Swift side rebuilds it without a fixture file.
"""
import numpy as np
from scipy.ndimage import rotate


def ramp(*shape):
    n = int(np.prod(shape))
    return (np.arange(n, dtype=np.float64) * 0.37 % 1.9 - 0.6).reshape(shape)


def rotatefun(image, angle, cval):
    out = rotate(image, angle=angle, axes=(-2, -1), cval=cval, order=1)
    r = int((out.shape[-2] - image.shape[-2]) / 2)
    c = int((out.shape[-1] - image.shape[-1]) / 2)
    return out[:, r:r + image.shape[-2], c:c + image.shape[-1]]


x = ramp(2, 7, 6)
for name, angle in [("rotated30", 30), ("rotatedMinus17", -17)]:
    values = ", ".join(f"{v:.6f}" for v in rotatefun(x, angle, 0.25).flatten().tolist())
    print(f"    static let {name}: [Double] = [{values}]")
