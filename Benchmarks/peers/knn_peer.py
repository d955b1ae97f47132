"""Peer of retort-bench's `knn` workload: the nearest neighbour of each of the 10,000
Fashion-MNIST test images among the 60,000 training images in their 128-dim PCA space, with
scikit-learn's NearestNeighbors (algorithm "auto", which is brute force at 128 dims) on all
cores. Times fit + kneighbors; prints the median of `--runs` runs after one warm-up."""
import argparse

import numpy as np
from sklearn.neighbors import NearestNeighbors

from analysis_data import projected_splits, report, timed

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

points, queries = projected_splits(128)


def run():
    return NearestNeighbors(n_neighbors=1, n_jobs=-1).fit(points).kneighbors(queries)


run()
walls, cpus = [], []
for _ in range(args.runs):
    wall, cpu, result = timed(run)
    walls.append(wall)
    cpus.append(cpu)
report("knn 10000 x 60000 x 128, k = 1", walls, cpus)
print(f"  mean nearest distance {float(np.mean(result[0])):.4f}")
