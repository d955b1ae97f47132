"""The Fashion-MNIST inputs of the ConvNet workloads, chosen exactly as
Benchmarks/retort-bench/BenchData.swift chooses them: training images scaled to [0, 1] and
normalised with mean 0.2861 and std 0.3530 (METHODS.md §2), as float32 [N, 1, 28, 28]."""
import gzip
import os

import numpy as np

DIRECTORY = os.environ.get("RETORT_DATA", "/usr/share/datasets/fashion-mnist")
MEAN, STD = 0.2861, 0.3530


def _read(name, offset):
    path = os.path.join(DIRECTORY, name)
    if os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz", "rb") as f:
            return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)
    with open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def training_split():
    """The raw training pixels [60000, 784] (uint8) and labels [60000]."""
    return _read("train-images-idx3-ubyte", 16).reshape(-1, 784), _read("train-labels-idx1-ubyte", 8).astype(np.int64)


def _images(pixels):
    table = ((np.arange(256, dtype=np.float32) / 255 - np.float32(MEAN)) / np.float32(STD)).astype(np.float32)
    return table[pixels].reshape(-1, 1, 28, 28)


def first_batch(count):
    """The first `count` training images and their labels."""
    pixels, labels = training_split()
    return _images(pixels[:count]), labels[:count].copy()


def per_class(count, skip=0):
    """For each class 0...9 in turn, its training images `skip..<skip+count` (in file order):
    images [10 * count, 1, 28, 28] sorted by class, and the labels."""
    pixels, labels = training_split()
    rows = np.concatenate([np.flatnonzero(labels == c)[skip:skip + count] for c in range(10)])
    return _images(pixels[rows]), labels[rows].copy()
