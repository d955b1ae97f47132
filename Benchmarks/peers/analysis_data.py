"""The inputs of the analysis workloads, built as Benchmarks/retort-bench/AnalysisData.swift
builds them: Fashion-MNIST images normalised with mean 0.2861 and std 0.3530 (Datasets'
constants), flattened to 784 values, projected by PCA (scikit-learn, float64, then float32)."""
import gzip
import os
import time

import numpy as np
from sklearn.decomposition import PCA

DIRECTORY = os.environ.get("RETORT_DATA", "/usr/share/datasets/fashion-mnist")
MEAN, STD = 0.2861, 0.3530


def flat_images(split, count=None):
    """The first `count` images of 'train' or 't10k' as float32 [count, 784]."""
    name = os.path.join(DIRECTORY, f"{split}-images-idx3-ubyte")
    opener = gzip.open if os.path.exists(name + ".gz") else open
    with opener(name + ".gz" if opener is gzip.open else name, "rb") as f:
        data = np.frombuffer(f.read(), dtype=np.uint8, offset=16).reshape(-1, 784)
    if count is not None:
        data = data[:count]
    return ((data.astype(np.float32) / 255.0 - MEAN) / STD).astype(np.float32)


def projected_training(count, dimensions):
    """The first `count` training images on their own top `dimensions` components."""
    x = flat_images("train", count)
    return PCA(n_components=dimensions, svd_solver="full").fit_transform(x.astype(np.float64)).astype(np.float32)


def projected_splits(dimensions):
    """All training images (points) and test images (queries) on the training set's components."""
    train = flat_images("train")
    pca = PCA(n_components=dimensions, svd_solver="full").fit(train.astype(np.float64))
    return (pca.transform(train).astype(np.float32), pca.transform(flat_images("t10k")).astype(np.float32))


def timed(body):
    """(wall seconds, CPU seconds of the process in all threads, result) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = body()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def report(name, walls, cpus):
    """One result line in retort-bench's format: name, median wall ms, median CPU ms."""
    print(f"{name:<44}{np.median(walls) * 1e3:10.2f}{np.median(cpus) * 1e3:10.2f}", flush=True)
