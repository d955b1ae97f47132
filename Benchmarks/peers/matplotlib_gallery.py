"""Draws Retort's Plotting gallery with matplotlib, from the same data and at the same sizes.

Run `make gallery` first: it writes Figures/gallery/data/gallery.json (the seeded synthetic
data) and Retort's figures. This script writes the matplotlib versions into
Figures/gallery/matplotlib/ so the two can be compared side by side (issue 4's acceptance).
Matplotlib is used as a careful user would: constrained layout, the same colours, 200 dpi PNG.

    pip install matplotlib && python3 Benchmarks/peers/matplotlib_gallery.py
"""
import json
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GALLERY = os.path.join(ROOT, "Figures", "gallery")
OUT = os.path.join(GALLERY, "matplotlib")
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"]


def darker(color, amount):
    r, g, b = matplotlib.colors.to_rgb(color)
    return (r * (1 - amount), g * (1 - amount), b * (1 - amount))


def figure(width_pt, height_pt, **kwargs):
    return plt.subplots(figsize=(width_pt / 72, height_pt / 72), layout="constrained", **kwargs)


def embedding(d):
    fig, ax = figure(460.8, 403.2)
    e = d["embedding"]
    for k, name in enumerate(e["classes"]):
        ax.scatter(e["realX"][k], e["realY"][k], s=3.5 ** 2, color=OKABE_ITO[k], alpha=0.45, label=name, linewidths=0)
    for k in range(len(e["classes"])):
        ax.scatter(e["keptX"][k], e["keptY"][k], s=6 ** 2, color=darker(OKABE_ITO[k], 0.45), marker="x")
        ax.scatter(e["syntheticX"][k], e["syntheticY"][k], s=11 ** 2, color=OKABE_ITO[k], edgecolors="white",
                   linewidths=1.2)
    ax.scatter([], [], s=11 ** 2, color="#7F7F7F", edgecolors="white", linewidths=1.2, label="synthetic")
    ax.scatter([], [], s=6 ** 2, color=darker("#7F7F7F", 0.45), marker="x", label="kept subset")
    ax.set(title="Real, synthetic and kept points (t-SNE)", xlabel="t-SNE 1", ylabel="t-SNE 2")
    ax.legend()
    return fig


def coverage(d):
    fig, ax = figure(460.8, 316.8)
    c = d["coverage"]
    ax.plot(c["ipc"], c["easy"], marker="o", color=OKABE_ITO[0], label="easy samples")
    ax.plot(c["ipc"], c["hard"], marker="s", color=OKABE_ITO[1], label="hard samples")
    ax.axhline(c["baseline"], linestyle="--", color="#5c5c5c", label="random selection")
    ax.set_xscale("log")
    ax.set(ylim=(0, 1), xlabel="images per class (IPC)", ylabel="coverage", title="Coverage of the training set")
    ax.legend()
    return fig


def scaling_law(d):
    fig, ax = figure(460.8, 345.6)
    s = d["scalingLaw"]
    for k, f in enumerate(s["f"]):
        ax.plot(s["alpha"], s["theory"][k], color=OKABE_ITO[k], label=f"f = {f}")
        ax.errorbar(s["simulationAlpha"], s["simulationMean"][k], yerr=s["simulationStd"][k], fmt="o",
                    color=OKABE_ITO[k], markersize=5, capsize=3)
    ax.errorbar([], [], yerr=[], fmt="o", color="#262626", markersize=5, label="simulation")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set(xlabel="α = P / N", ylabel="test error ε", title="Test error of the pruned perceptron")
    ax.legend()
    return fig


def image_grid(d):
    fig, axes = figure(460.8, 432, nrows=10, ncols=10)
    pixels = np.array(d["images"]["pixels"], dtype=np.float32).reshape(100, 28, 28)
    for k, ax in enumerate(axes.flat):
        ax.imshow(pixels[k], cmap="gray", vmin=0, vmax=1, interpolation="nearest")
        ax.set_xticks([])
        ax.set_yticks([])
        if k % 10 == 0:
            ax.set_ylabel(d["images"]["classes"][k // 10], rotation=0, ha="right", va="center")
        if k < 10:
            ax.set_title(str(k + 1))
    fig.suptitle("Synthetic images, 10 per class", fontweight="bold")
    return fig


def gradient_norms(d):
    fig, ax = figure(460.8, 316.8)
    g = d["gradientNorms"]
    ax.hist(g["easy"], bins=g["edges"], alpha=0.55, color=OKABE_ITO[0], label=f"easy (n = {len(g['easy'])})")
    ax.hist(g["hard"], bins=g["edges"], alpha=0.55, color=OKABE_ITO[1], label=f"hard (n = {len(g['hard'])})")
    ax.set(xlabel="gradient norm ‖∇ℓ‖", ylabel="number of samples", title="Gradient norms at initialisation")
    ax.legend()
    return fig


def confusion(d):
    fig, ax = figure(460.8, 417.6)
    m = np.array(d["confusion"]["matrix"])
    names = d["confusion"]["classes"]
    image = ax.imshow(m, cmap="viridis", vmin=0, vmax=1)
    for r in range(m.shape[0]):
        for c in range(m.shape[1]):
            ax.text(c, r, f"{m[r, c]:.2f}", ha="center", va="center", fontsize=8,
                    color="#262626" if m[r, c] > 0.5 else "white")
    ax.set_xticks(range(len(names)), names, rotation=45, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(names)), names)
    ax.set(xlabel="predicted class", ylabel="true class", title="Confusion matrix")
    fig.colorbar(image, ax=ax, label="fraction of true class")
    return fig


def training(d):
    fig, axes = figure(576, 432, nrows=2, ncols=2, sharex=True, sharey=True)
    t = d["training"]
    epochs = np.array(t["epochs"])
    for k, (ax, method) in enumerate(zip(axes.flat, t["methods"])):
        mean, std = np.array(t["mean"][k]), np.array(t["std"][k])
        ax.fill_between(epochs, mean - std, mean + std, color=OKABE_ITO[k], alpha=0.25, linewidth=0)
        ax.plot(epochs, mean, color=OKABE_ITO[k], label="mean ± std")
        ax.axhline(0.1, linestyle="--", color="#5c5c5c", label="chance")
        ax.set_title(method)
        if k // 2 == 1:
            ax.set_xlabel("epoch")
        if k % 2 == 0:
            ax.set_ylabel("accuracy")
        if k == 0:
            ax.legend()
    fig.suptitle("Test accuracy during distillation", fontweight="bold")
    return fig


FIGURES = [("1-embedding", embedding), ("2-coverage", coverage), ("3-scaling-law", scaling_law),
           ("4-image-grid", image_grid), ("5-gradient-norms", gradient_norms), ("6-confusion", confusion),
           ("7-training", training)]


def main():
    data_path = os.path.join(GALLERY, "data", "gallery.json")
    if not os.path.exists(data_path):
        sys.exit(f"{data_path} is missing; run `make gallery` first")
    with open(data_path) as f:
        data = json.load(f)
    os.makedirs(OUT, exist_ok=True)
    for name, draw in FIGURES:
        fig = draw(data)
        path = os.path.join(OUT, name + ".png")
        fig.savefig(path, dpi=200)
        plt.close(fig)
        print(path)


if __name__ == "__main__":
    main()
