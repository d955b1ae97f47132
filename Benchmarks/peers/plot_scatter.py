"""Peer of retort-bench's `plot_scatter`: matplotlib (Agg) drawing a 10,000-point scatter with
random colours (three of the Okabe-Ito palette) and sizes (2 to 6 points across), alpha 0.6,
on a 6.4 x 4.8 inch figure saved as a 200 dpi PNG (1280 x 960) into memory, data generation
included. Prints the median of --runs runs after --warmup."""
import argparse
import io
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

COLORS = np.array(["#0072B2", "#E69F00", "#009E73"])


def scatter(seed):
    g = np.random.default_rng(seed)
    x, y = g.standard_normal(10_000), g.standard_normal(10_000)
    colors = COLORS[g.integers(0, 3, 10_000)]
    diameters = 2 + 4 * g.random(10_000)
    fig, ax = plt.subplots(figsize=(6.4, 4.8), layout="constrained")
    ax.scatter(x, y, s=diameters ** 2, c=colors, alpha=0.6, label="points")
    ax.legend()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=200)
    plt.close(fig)
    return buffer.getbuffer().nbytes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()
    for seed in range(args.warmup):
        scatter(seed)
    times, size = [], 0
    for seed in range(max(1, args.runs)):
        start = time.perf_counter()
        size = scatter(seed)
        times.append(time.perf_counter() - start)
    name = f"plot_scatter (matplotlib {matplotlib.__version__})"
    print(f"{name:<44}{sorted(times)[len(times) // 2] * 1e3:10.2f} ms", flush=True)
    print(f"  PNG of {size} bytes")


if __name__ == "__main__":
    main()
