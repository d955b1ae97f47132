#!/usr/bin/env python3
"""NumPy's side of the .npy interchange test (NumPyInteropTests.swift).

usage: check_npy.py DIR

Checks the files the Swift test wrote in DIR, then writes files for the Swift test to read.
Written by Swift (checked here):
  from_swift.npy                float32 (2, 3, 4) = arange(24) * 0.5 - 3
  from_swift_set/images.npy     float32 (6, 1, 2, 2) = arange(24) / 8
  from_swift_set/labels.npy     int64 [0, 0, 1, 1, 2, 2]
Written here (checked by Swift):
  from_numpy_f8.npy             float64 (3, 5) = arange(15) / 4
  from_numpy_i8.npy             int64 [-3, 0, 2**40]
  from_numpy_u1.npy             uint8 [[0, 1], [254, 255]]
  from_numpy_fortran.npy        float32 (2, 3) ones, Fortran order
  from_numpy_set/images.npy     float32 (4, 1, 2, 2) = arange(16) - 8
  from_numpy_set/labels.npy     int64 [3, 1, 0, 2]
Exits with status 1 and a message on stderr when a check fails.
"""
import os
import sys

import numpy as np


def expect(condition, message):
    if not condition:
        sys.stderr.write("check_npy.py: " + message + "\n")
        sys.exit(1)


def check_array(path, dtype, expected):
    array = np.load(path)
    expect(array.dtype == np.dtype(dtype), f"{path}: dtype {array.dtype}, expected {dtype}")
    expect(array.shape == expected.shape, f"{path}: shape {array.shape}, expected {expected.shape}")
    expect(array.flags["C_CONTIGUOUS"], f"{path}: not in C order")
    expect(np.array_equal(array, expected), f"{path}: values differ from {expected.ravel()[:8]}...")


def main():
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    d = sys.argv[1]

    check_array(os.path.join(d, "from_swift.npy"), "<f4",
                (np.arange(24, dtype=np.float32) * 0.5 - 3).reshape(2, 3, 4))
    check_array(os.path.join(d, "from_swift_set", "images.npy"), "<f4",
                (np.arange(24, dtype=np.float32) / 8).reshape(6, 1, 2, 2))
    check_array(os.path.join(d, "from_swift_set", "labels.npy"), "<i8", np.array([0, 0, 1, 1, 2, 2]))

    np.save(os.path.join(d, "from_numpy_f8.npy"), (np.arange(15, dtype=np.float64) / 4).reshape(3, 5))
    np.save(os.path.join(d, "from_numpy_i8.npy"), np.array([-3, 0, 2**40], dtype=np.int64))
    np.save(os.path.join(d, "from_numpy_u1.npy"), np.array([[0, 1], [254, 255]], dtype=np.uint8))
    np.save(os.path.join(d, "from_numpy_fortran.npy"), np.asfortranarray(np.ones((2, 3), dtype=np.float32)))
    os.makedirs(os.path.join(d, "from_numpy_set"), exist_ok=True)
    np.save(os.path.join(d, "from_numpy_set", "images.npy"),
            (np.arange(16, dtype=np.float32) - 8).reshape(4, 1, 2, 2))
    np.save(os.path.join(d, "from_numpy_set", "labels.npy"), np.array([3, 1, 0, 2], dtype=np.int64))


if __name__ == "__main__":
    main()
