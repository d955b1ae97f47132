"""Peer of retort-bench's `kmeans` workload: scikit-learn KMeans with k = 128 on the first
6,000 Fashion-MNIST training images in their 128-dim PCA space (k-means++, Lloyd, 300
iterations, tol 1e-4, one initialisation; all cores). Prints the median of `--runs` fits, each
with its own seed, after one warm-up."""
import argparse

import numpy as np
from sklearn.cluster import KMeans

from analysis_data import projected_training, report, timed

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

x = projected_training(6000, 128)


def run(seed):
    return KMeans(n_clusters=128, init="k-means++", n_init=1, max_iter=300, tol=1e-4,
                  algorithm="lloyd", random_state=seed).fit(x)


run(0)
walls, cpus, fits = [], [], []
for seed in range(1, args.runs + 1):
    wall, cpu, fit = timed(lambda: run(seed))
    walls.append(wall)
    cpus.append(cpu)
    fits.append(fit)
report("kmeans 6000 x 128, k = 128", walls, cpus)
print(f"  iterations {sorted(f.n_iter_ for f in fits)}, median inertia {float(np.median([f.inertia_ for f in fits])):.1f}")
