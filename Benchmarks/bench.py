"""The driver of `make bench`: runs each workload of retort-bench and its peer (PyTorch,
scikit-learn, openTSNE, CPython, matplotlib) alternately, A B A B ..., each run in its own
process so peak memory is per workload; prints the medians, the ratio peer/Retort and both peak
RSS, and writes Benchmarks/results/latest.json (rewritten after every workload, so a long run
leaves its results as it goes).

    python3 Benchmarks/bench.py [--rounds N] [--only name,name] [--bin DIR] [--python PATH]
    python3 Benchmarks/bench.py --readme     # README's Performance section from latest.json

BENCH_ROUNDS and BENCH_ONLY in the environment set --rounds and --only (the Makefile's knobs).
A process's first result line (see RETORT_LINE, PEER_LINE) is its time.
"""
import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = os.path.join(HERE, "peers")
RESULTS = os.path.join(HERE, "results", "latest.json")
README = os.path.join(ROOT, "README.md")
# Result lines: retort-bench's `Timing.report` (name, wall ms, CPU ms, and with a flop count
# GFLOP/s per wall and per CPU second) and the peers' `name  <wall> ms`.
RETORT_LINE = re.compile(r"\s(\d+\.\d+)\s+(\d+\.\d+)(?:\s+(\d+\.\d+)\s+\d+\.\d+)?\s*$")
PEER_LINE = re.compile(r"\s(\d+\.\d+) ms\s*$")


class Workload:
    """One row of the table: Retort's command line and the peer's, with their options."""

    def __init__(self, name, retort, peer, peer_label, note, runs=1, warmup=1, images=None, limit=None):
        self.name, self.retort, self.peer, self.peer_label = name, retort, peer, peer_label
        self.note, self.runs, self.warmup, self.images, self.limit = note, runs, warmup, images, limit


def conv(name, note, runs, images=None, limit=None):
    return Workload(name, [name], ["convnet_peer.py", name], "torch", note, runs=runs, images=images, limit=limit)


WORKLOADS = [
    conv("convnet_forward", "ConvNet-3 forward, batch 256", 5, images=256, limit="forward"),
    conv("convnet_train_step", "ConvNet-3 training step (SGD momentum), batch 256", 3, images=256, limit="training step"),
    conv("dm_iteration", "DM iteration, IPC 10 (10 x 256 real + 10 synthetic)", 1, limit="forward"),
    conv("gm_iteration", "DC gradient-matching iteration, IPC 10, second order", 1, limit="training step"),
    conv("mtt_iteration", "MTT iteration: 20 unrolled steps on 100 images", 1, limit="training step"),
    Workload("tsne_opentsne", ["tsne"], ["tsne_peer.py", "--only", "opentsne"], "openTSNE",
             "t-SNE 5,000 x 50, 1000 iterations, Barnes-Hut", runs=1, warmup=0),
    Workload("tsne_sklearn", ["tsne"], ["tsne_peer.py", "--only", "sklearn"], "sklearn",
             "t-SNE 5,000 x 50, 1000 iterations, Barnes-Hut", runs=1, warmup=0),
    Workload("kmeans", ["kmeans"], ["kmeans_peer.py"], "sklearn", "k-means k = 128 on 6,000 x 128", runs=3),
    Workload("knn", ["knn"], ["knn_peer.py"], "sklearn", "1-NN of 10,000 among 60,000 in 128 dims", runs=3),
    Workload("interpreter_loop", ["interpreter"], ["interpreter_loop.py"], "CPython",
             "10M integer additions in a cell loop", runs=3, warmup=0),
    Workload("plot_scatter", ["plot_scatter"], ["plot_scatter.py"], "matplotlib",
             "10,000-point scatter to PNG", runs=5),
]
# Options the Python peers take: the analysis peers warm up on their own and take only --runs.
PEER_TAKES_WARMUP = {"convnet_peer.py", "interpreter_loop.py", "plot_scatter.py"}


def run(command):
    """Runs `command`; returns (seconds, GFLOP/s or None, peak RSS in MiB, output).
    Raises RuntimeError with the output when it fails or prints no result line."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}:\n{output}")
    for line in output.splitlines():
        match = RETORT_LINE.search(line) or PEER_LINE.search(line)
        if match:
            gflops = float(match.group(3)) if match.re is RETORT_LINE and match.group(3) else None
            return float(match.group(1)) / 1e3, gflops, usage.ru_maxrss / 1024, output
    raise RuntimeError(f"{' '.join(command)} printed no result line:\n{output}")


def peer_version(python, label):
    modules = {"torch": "torch", "openTSNE": "openTSNE", "sklearn": "sklearn", "matplotlib": "matplotlib"}
    if label == "CPython":
        code = "import platform; print(platform.python_version())"
    else:
        code = f"import {modules[label]} as m; print(m.__version__)"
    try:
        version = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    except subprocess.CalledProcessError:
        version = "?"
    names = {"torch": "pytorch", "sklearn": "scikit-learn"}
    return f"{names.get(label, label)} {version}"


def machine_line(bench):
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    blas = subprocess.run([bench, "--machine"], capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()[0]
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; {blas}; load {load:.1f} at start"


def commit():
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True,
                           cwd=ROOT).stdout.strip()
    return head + ("+changes" if dirty else "")


def sgemm_limits(bench, rounds):
    """Median two-thread (and one-thread) sgemm GFLOP/s of the forward and training-step
    products, from `retort-bench sgemm_limit` run `rounds` times."""
    values = {}
    for _ in range(rounds):
        output = subprocess.run([bench, "sgemm_limit", "--runs", "5"], capture_output=True, text=True, check=True).stdout
        for line in output.splitlines():
            match = re.match(r"sgemm (.+) products, (\d) threads?\s+\S+\s+\S+\s+(\S+)\s+\S+\s*$", line)
            if match:
                values.setdefault((match.group(1), int(match.group(2))), []).append(float(match.group(3)))
    return {key: statistics.median(v) for key, v in values.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS") or 5))
    parser.add_argument("--only", default=os.environ.get("BENCH_ONLY", ""))
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"), help="where retort-bench is")
    parser.add_argument("--python", default=os.path.join(HERE, ".venv", "bin", "python"), help="the peers' Python")
    parser.add_argument("--readme", action="store_true", help="only rewrite README's Performance section")
    args = parser.parse_args()
    if args.readme:
        write_readme()
        return
    bench = os.path.join(args.bin, "retort-bench")
    known = {line.split()[0] for line in subprocess.run([bench, "--list"], capture_output=True, text=True,
                                                         check=True).stdout.splitlines()[1:]}
    only = [name for name in args.only.split(",") if name]
    unknown = [name for name in only if name not in {w.name for w in WORKLOADS}]
    if unknown:
        sys.exit(f"bench: unknown workload(s) {', '.join(unknown)}; known: {', '.join(w.name for w in WORKLOADS)}")
    selected = [w for w in WORKLOADS if not only or w.name in only]

    results = {"machine": machine_line(bench), "commit": commit(), "rounds": args.rounds, "workloads": []}
    limits = sgemm_limits(bench, min(args.rounds, 3)) if any(w.limit for w in selected) else {}
    if limits:
        results["machine"] += "; sgemm at the ConvNet's im2col shapes (1/2 threads): " + ", ".join(
            f"{kind} {limits[(kind, 1)]:.0f}/{limits[(kind, 2)]:.0f} GFLOP/s" for kind in ["forward", "training step"])
    print(f"machine: {results['machine']}\ncommit:  {results['commit']}, {args.rounds} alternating rounds\n", flush=True)
    print(header(), flush=True)
    for w in selected:
        if w.retort[0] not in known:
            print(f"{w.name:<20} skipped: retort-bench has no workload '{w.retort[0]}' yet", flush=True)
            continue
        retort_command = [bench, *w.retort, "--runs", str(w.runs), "--warmup", str(w.warmup)]
        peer_command = [args.python, os.path.join(PEERS, w.peer[0]), *w.peer[1:], "--runs", str(w.runs)]
        if w.peer[0] in PEER_TAKES_WARMUP:
            peer_command += ["--warmup", str(w.warmup)]
        measured = {"retort": [], "peer": []}
        try:
            for _ in range(args.rounds):
                measured["retort"].append(run(retort_command))
                measured["peer"].append(run(peer_command))
        except RuntimeError as error:
            print(f"{w.name:<20} failed: {error}", flush=True)
            continue
        row = summarize(w, measured, peer_version(args.python, w.peer_label), limits)
        results["workloads"].append(row)
        print(format_row(row, measured), flush=True)
        os.makedirs(os.path.dirname(RESULTS), exist_ok=True)
        with open(RESULTS + ".tmp", "w") as f:
            json.dump(results, f, indent=2)
            f.write("\n")
        os.replace(RESULTS + ".tmp", RESULTS)
    print(f"\nwrote {os.path.relpath(RESULTS, ROOT)}; `python3 Benchmarks/bench.py --readme` puts it in README.md")


def summarize(w, measured, peer, limits):
    retort_s = statistics.median(m[0] for m in measured["retort"])
    peer_s = statistics.median(m[0] for m in measured["peer"])
    notes = [w.note]
    if w.images:
        notes.append(f"images/s: Retort {w.images / retort_s:.0f}, peer {w.images / peer_s:.0f}")
    gflops = [m[1] for m in measured["retort"] if m[1] is not None]
    if gflops and w.limit:
        achieved = statistics.median(gflops)
        limit = limits[(w.limit, 2)]
        estimate = "" if w.images else " (flops estimated)"
        notes.append(f"Retort {achieved:.0f} GFLOP/s = {100 * achieved / limit:.0f}% of 2-thread sgemm "
                     f"at these shapes ({limit:.0f}){estimate}")
    return {"name": w.name, "retort_s": round(retort_s, 4), "peer": peer, "peer_s": round(peer_s, 4),
            "ratio": round(peer_s / retort_s, 3),
            "retort_rss_mib": round(max(m[2] for m in measured["retort"]), 1),
            "peer_rss_mib": round(max(m[2] for m in measured["peer"]), 1), "unit_note": "; ".join(notes)}


def header():
    return (f"{'workload':<20}{'Retort s':>10}{'peer s':>10}{'ratio':>8}{'Retort MiB':>12}{'peer MiB':>10}  peer\n"
            + "-" * 96)


def format_row(row, measured):
    rounds = " ".join(f"{r[0]:.3f}/{p[0]:.3f}" for r, p in zip(measured["retort"], measured["peer"]))
    return (f"{row['name']:<20}{row['retort_s']:>10.3f}{row['peer_s']:>10.3f}{row['ratio']:>8.2f}"
            f"{row['retort_rss_mib']:>12.0f}{row['peer_rss_mib']:>10.0f}  {row['peer']}\n"
            f"{'':<20}rounds (Retort/peer s): {rounds}\n{'':<20}{row['unit_note']}")


def write_readme():
    """Replaces the table between the Performance markers of README.md with latest.json's."""
    with open(RESULTS) as f:
        results = json.load(f)
    lines = [
        "<!-- bench:begin (generated by `python3 Benchmarks/bench.py --readme` from Benchmarks/results/latest.json) -->",
        f"Commit `{results['commit']}`, median of {results['rounds']} alternating rounds; ratio = peer time / "
        f"Retort time (above 1: Retort is faster). Machine: {results['machine']}.",
        "",
        "| workload | Retort | peer | peer time | ratio | peak MiB Retort / peer | notes |",
        "|---|---:|---|---:|---:|---:|---|",
    ]
    for w in results["workloads"]:
        lines.append(f"| {w['name']} | {w['retort_s']:.3f} s | {w['peer']} | {w['peer_s']:.3f} s | **{w['ratio']:.2f}** | "
                     f"{w['retort_rss_mib']:.0f} / {w['peer_rss_mib']:.0f} | {w['unit_note']} |")
    lines.append("<!-- bench:end -->")
    with open(README) as f:
        text = f.read()
    begin, end = text.find("<!-- bench:begin"), text.find("<!-- bench:end -->")
    if begin < 0 or end < 0:
        sys.exit("bench: README.md has no <!-- bench:begin --> ... <!-- bench:end --> markers in its Performance section")
    text = text[:begin] + "\n".join(lines) + text[end + len("<!-- bench:end -->"):]
    with open(README, "w") as f:
        f.write(text)
    print(f"README.md: Performance table from {results['commit']} ({len(results['workloads'])} workloads)")


if __name__ == "__main__":
    main()
