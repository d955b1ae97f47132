"""Peer of retort-bench's `tsne` workload: t-SNE of the first 5,000 Fashion-MNIST training
images after PCA to 50 dimensions, with openTSNE and scikit-learn at Retort's settings:
perplexity 30, 1000 iterations of which 250 with early exaggeration 12, momentum 0.5 then 0.8,
Barnes-Hut with theta 0.5, PCA initialisation, 2 threads, and learning rate max(N/12, 200) in
openTSNE's gradient convention (scikit-learn's gradient carries a factor 4, so it gets 4x).

Prints, per library, the wall time of the fit, the final KL divergence it reports (a Barnes-Hut
estimate), the KL divergence recomputed with Z summed over all pairs for openTSNE's P, and the
trustworthiness (k = 10, scikit-learn) against the 50-dim input. `--retort file` evaluates a
Retort embedding (raw float32 [5000, 2], see TSNEWorkload.swift) under openTSNE's P too."""
import argparse

import numpy as np
import openTSNE
import sklearn
from sklearn.manifold import TSNE, trustworthiness

from analysis_data import projected_training, report, timed

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=1)
parser.add_argument("--only", choices=["opentsne", "sklearn", "both"], default="both")
parser.add_argument("--neighbors", default="exact", help="openTSNE's neighbour search: exact (as Retort) or auto (Annoy)")
parser.add_argument("--retort", help="a Retort embedding to evaluate under openTSNE's P")
args = parser.parse_args()

x = projected_training(5000, 50)
n = x.shape[0]
rate = max(n / 12, 200)


def exact_kl(P, y):
    """KL(P||Q) with Z over all pairs: sum p log p - sum p log w + log Z."""
    P = P.tocoo()
    y = y.astype(np.float64)
    z = 0.0
    for start in range(0, n, 500):
        d2 = ((y[start:start + 500, None, :] - y[None, :, :]) ** 2).sum(-1)
        w = 1.0 / (1.0 + d2)
        w[np.arange(w.shape[0]), np.arange(start, start + w.shape[0])] = 0
        z += w.sum()
    d2 = ((y[P.row] - y[P.col]) ** 2).sum(-1)
    p = P.data / P.data.sum()
    return float((p * np.log(p)).sum() + (p * np.log1p(d2)).sum() + np.log(z))


def run_opentsne():
    return openTSNE.TSNE(
        n_components=2, perplexity=30, learning_rate=rate, early_exaggeration=12, early_exaggeration_iter=250,
        n_iter=750, initial_momentum=0.5, final_momentum=0.8, theta=0.5, negative_gradient_method="bh",
        initialization="pca", neighbors=args.neighbors, max_step_norm=None, n_jobs=2, random_state=0).fit(x)


def run_sklearn():
    return TSNE(
        n_components=2, perplexity=30, early_exaggeration=12, learning_rate=4 * rate, max_iter=1000,
        n_iter_without_progress=1000, min_grad_norm=0, init="pca", method="barnes_hut", angle=0.5,
        n_jobs=2, random_state=0)


P_open = None
if args.only in ("opentsne", "both"):
    walls, cpus = [], []
    for _ in range(args.runs):
        wall, cpu, embedding = timed(run_opentsne)
        walls.append(wall)
        cpus.append(cpu)
    P_open = embedding.affinities.P
    report(f"tsne openTSNE {openTSNE.__version__} (neighbors {args.neighbors})", walls, cpus)
    y = np.asarray(embedding)
    print(f"  KL {embedding.kl_divergence:.4f} (BH estimate)  {exact_kl(P_open, y):.4f} (exact Z)  "
          f"trustworthiness(10) {trustworthiness(x, y, n_neighbors=10):.4f}", flush=True)

if args.only in ("sklearn", "both"):
    walls, cpus = [], []
    for _ in range(args.runs):
        model = run_sklearn()
        wall, cpu, y = timed(lambda: model.fit_transform(x))
        walls.append(wall)
        cpus.append(cpu)
    report(f"tsne scikit-learn {sklearn.__version__}", walls, cpus)
    print(f"  KL {model.kl_divergence_:.4f} (BH estimate)  trustworthiness(10) {trustworthiness(x, y, n_neighbors=10):.4f}",
          flush=True)

if args.retort:
    y = np.fromfile(args.retort, dtype=np.float32).reshape(n, 2)
    line = f"retort embedding: trustworthiness(10) {trustworthiness(x, y, n_neighbors=10):.4f}"
    if P_open is not None:
        line += f"  KL under openTSNE's P {exact_kl(P_open, y):.4f}"
    print(line)
