"""The driver of `make bench`: runs each workload of retort-bench and its peer (PyTorch,
scikit-learn, openTSNE, CPython, matplotlib) alternately, A B A B ..., each run in its own
process so peak memory is per workload; prints the medians, the ratio peer/Retort and both peak
RSS, and writes Benchmarks/results/latest.json (rewritten after every workload, so a long run
leaves its results as it goes). The run that latest.json held before is kept in
Benchmarks/results/runs/, and the README's table of runs compares the ranking of them all.

    python3 Benchmarks/bench.py [--rounds N] [--only name,name] [--bin DIR] [--python PATH]
    python3 Benchmarks/bench.py --readme     # README's Performance section from latest.json
    python3 Benchmarks/bench.py --merge a.json b.json   # parallel partial runs into latest.json
    python3 Benchmarks/bench.py --compare              # the ranking of every kept run and latest.json

BENCH_ROUNDS and BENCH_ONLY in the environment set --rounds and --only (the Makefile's knobs).
A process's first result line (see RETORT_LINE, PEER_LINE) is its time.
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = os.path.join(HERE, "peers")
RESULTS = os.path.join(HERE, "results", "latest.json")
# Earlier runs of `make bench`, one JSON file each, named by start time and commit (2026-11-23T1213-44e4ea7.json).
RUNS = os.path.join(HERE, "results", "runs")
README = os.path.join(ROOT, "README.md")
# Result lines: retort-bench's `Timing.report` (name, wall ms, CPU ms, and with a flop count
# GFLOP/s per wall and per CPU second) and the peers' `name  <wall> ms`.
RETORT_LINE = re.compile(r"\s(\d+\.\d+)\s+(\d+\.\d+)(?:\s+(\d+\.\d+)\s+(\d+\.\d+))?\s*$")
PEER_LINE = re.compile(r"\s(\d+\.\d+) ms\s*$")


class Peer:
    """One row of the table: the peer's script and arguments, its library, the row's name."""

    def __init__(self, row, script, label, *arguments):
        self.row, self.script, self.label, self.arguments = row, script, label, list(arguments)


class Workload:
    """A retort-bench workload and its peers (usually one; t-SNE has two), run alternately
    Retort, peer, peer, ... each round; `runs` and `warmup` go to every process."""

    def __init__(self, retort, note, peers, runs=1, warmup=1, images=None, limit=None):
        self.retort, self.note, self.peers = retort, note, peers
        self.runs, self.warmup, self.images, self.limit = runs, warmup, images, limit


def conv(name, note, runs, images=None, limit=None):
    return Workload(name, note, [Peer(name, "convnet_peer.py", "torch", name)], runs=runs, images=images, limit=limit)


# Fast workloads first, so a long run shows results early.
WORKLOADS = [
    conv("convnet_forward", "ConvNet-3 forward, batch 256", 5, images=256, limit="forward"),
    conv("convnet_train_step", "ConvNet-3 training step (SGD momentum), batch 256", 3, images=256, limit="training step"),
    Workload("interpreter_loop", "10M integer additions in a cell loop", [Peer("interpreter_loop", "interpreter_loop.py", "CPython")],
             runs=3, warmup=0),
    Workload("plot_scatter", "10,000-point scatter to PNG", [Peer("plot_scatter", "plot_scatter.py", "matplotlib")], runs=5),
    Workload("kmeans", "k-means k = 128 on 6,000 x 128", [Peer("kmeans", "kmeans_peer.py", "sklearn")], runs=3),
    Workload("knn", "1-NN of 10,000 among 60,000 in 128 dims", [Peer("knn", "knn_peer.py", "sklearn")], runs=3),
    conv("dm_iteration", "DM iteration, IPC 10 (10 x 256 real + 10 synthetic)", 1, limit="forward"),
    Workload("tsne", "t-SNE 5,000 x 50, 1000 iterations, Barnes-Hut",
             [Peer("tsne_opentsne", "tsne_peer.py", "openTSNE", "--only", "opentsne"),
              Peer("tsne_sklearn", "tsne_peer.py", "sklearn", "--only", "sklearn")], runs=1, warmup=0),
    conv("gm_iteration", "DC gradient-matching iteration, IPC 10, second order", 1, limit="training step"),
    conv("mtt_iteration", "MTT iteration: 20 unrolled steps on 100 images", 1, limit="training step"),
]
# Options the Python peers take: the analysis peers warm up on their own and take only --runs.
PEER_TAKES_WARMUP = {"convnet_peer.py", "interpreter_loop.py", "plot_scatter.py"}


def run(command):
    """Runs `command`; returns (seconds, (GFLOP/s, GFLOP per CPU second) or None, peak RSS in
    MiB, output).
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
            retort_rates = match.re is RETORT_LINE and match.group(3)
            gflops = (float(match.group(3)), float(match.group(4))) if retort_rates else None
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
    # Only changes to what is measured count, not to results or documentation.
    code = ["Sources", "Package.swift", "Benchmarks", ":!Benchmarks/results", ":!Benchmarks/accuracy"]
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", *code], capture_output=True,
                           text=True, cwd=ROOT).stdout.strip()
    return head + ("+changes" if dirty else "")


def sgemm_limits(bench, rounds):
    """Median sgemm GFLOP/s per wall second and per CPU second, keyed by (products, threads,
    "wall" or "cpu"), for the forward and training-step products on one and two threads,
    from `retort-bench sgemm_limit` run `rounds` times."""
    values = {}
    for _ in range(rounds):
        output = subprocess.run([bench, "sgemm_limit", "--runs", "5"], capture_output=True, text=True, check=True).stdout
        for line in output.splitlines():
            match = re.match(r"sgemm (.+) products, (\d) threads?\s+\S+\s+\S+\s+(\S+)\s+(\S+)\s*$", line)
            if match:
                kind, threads = match.group(1), int(match.group(2))
                values.setdefault((kind, threads, "wall"), []).append(float(match.group(3)))
                values.setdefault((kind, threads, "cpu"), []).append(float(match.group(4)))
    return {key: statistics.median(v) for key, v in values.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS") or 5))
    parser.add_argument("--only", default=os.environ.get("BENCH_ONLY", ""))
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"), help="where retort-bench is")
    parser.add_argument("--python", default=os.path.join(HERE, ".venv", "bin", "python"), help="the peers' Python")
    parser.add_argument("--output", default=RESULTS, help="the JSON file to write (latest.json)")
    parser.add_argument("--readme", action="store_true", help="only rewrite README's Performance section")
    parser.add_argument("--merge", nargs="+", metavar="JSON", help="only combine runs written with --output (of one "
                        "commit, e.g. workloads run by parallel drivers) into --output")
    parser.add_argument("--compare", action="store_true", help="only print the ranking of every kept run (results/runs/) "
                        "and latest.json, workload by workload")
    args = parser.parse_args()
    if args.readme:
        write_readme()
        return
    if args.compare:
        print("\n".join(ranking_table(kept_runs())))
        return
    if args.merge:
        merge(args.merge, args.output)
        return
    bench = os.path.join(args.bin, "retort-bench")
    known = {line.split()[0] for line in subprocess.run([bench, "--list"], capture_output=True, text=True,
                                                         check=True).stdout.splitlines()[1:]}
    only = [name for name in args.only.split(",") if name]
    rows = {p.row for w in WORKLOADS for p in w.peers}
    unknown = [name for name in only if name not in rows]
    if unknown:
        sys.exit(f"bench: unknown workload(s) {', '.join(unknown)}; known: {', '.join(sorted(rows))}")
    selected = []
    for w in WORKLOADS:
        peers = [p for p in w.peers if not only or p.row in only]
        if peers:
            selected.append(Workload(w.retort, w.note, peers, w.runs, w.warmup, w.images, w.limit))

    if os.path.abspath(args.output) == RESULTS:
        archive(RESULTS)
    results = {"machine": machine_line(bench), "commit": commit(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "rounds": args.rounds, "workloads": []}
    limits = sgemm_limits(bench, min(args.rounds, 3)) if any(w.limit for w in selected) else {}
    if limits:
        results["machine"] += "; sgemm at the ConvNet's im2col shapes, 1/2 threads: " + ", ".join(
            f"{kind} {limits[(kind, 1, 'wall')]:.0f}/{limits[(kind, 2, 'wall')]:.0f} GFLOP/s "
            f"({limits[(kind, 1, 'cpu')]:.0f}/{limits[(kind, 2, 'cpu')]:.0f} per CPU second)"
            for kind in ["forward", "training step"])
    print(f"machine: {results['machine']}\ncommit:  {results['commit']}, {args.rounds} alternating rounds\n", flush=True)
    print(header(), flush=True)
    for w in selected:
        if w.retort not in known:
            print(f"{w.retort:<20} skipped: retort-bench has no workload '{w.retort}' yet", flush=True)
            continue
        retort_command = [bench, w.retort, "--runs", str(w.runs), "--warmup", str(w.warmup)]
        peer_commands = []
        for p in w.peers:
            command = [args.python, os.path.join(PEERS, p.script), *p.arguments, "--runs", str(w.runs)]
            peer_commands.append(command + (["--warmup", str(w.warmup)] if p.script in PEER_TAKES_WARMUP else []))
        measured = {"retort": [], **{p.row: [] for p in w.peers}}
        try:
            for _ in range(args.rounds):
                measured["retort"].append(run(retort_command))
                for p, command in zip(w.peers, peer_commands):
                    measured[p.row].append(run(command))
        except RuntimeError as error:
            print(f"{w.retort:<20} failed: {error}", flush=True)
            continue
        for p in w.peers:
            row = summarize(w, p.row, measured["retort"], measured[p.row], peer_version(args.python, p.label), limits)
            results["workloads"].append(row)
            print(format_row(row, measured["retort"], measured[p.row]), flush=True)
        os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
        with open(args.output + ".tmp", "w") as f:
            json.dump(results, f, indent=2)
            f.write("\n")
        os.replace(args.output + ".tmp", args.output)
    print(f"\nwrote {args.output}; `python3 Benchmarks/bench.py --readme` puts latest.json in README.md")


def summarize(w, name, retort, peer_runs, peer, limits):
    """One JSON row from the rounds of Retort and of one peer."""
    retort_s = statistics.median(m[0] for m in retort)
    peer_s = statistics.median(m[0] for m in peer_runs)
    notes = [w.note]
    if w.images:
        notes.append(f"images/s: Retort {w.images / retort_s:.0f}, peer {w.images / peer_s:.0f}")
    rates = [m[1] for m in retort if m[1] is not None]
    if rates and w.limit:
        wall, cpu = statistics.median(r[0] for r in rates), statistics.median(r[1] for r in rates)
        limit_wall, limit_cpu = limits[(w.limit, 2, "wall")], limits[(w.limit, 2, "cpu")]
        estimate = "" if w.images else ", flops estimated"
        notes.append(f"Retort {wall:.0f} GFLOP/s = {100 * wall / limit_wall:.0f}% of 2-thread sgemm at these shapes "
                     f"({limit_wall:.0f}); per CPU second {cpu:.0f} = {100 * cpu / limit_cpu:.0f}% ({limit_cpu:.0f}){estimate}")
    return {"name": name, "retort_s": round(retort_s, 4), "peer": peer, "peer_s": round(peer_s, 4),
            "ratio": round(peer_s / retort_s, 3),
            "retort_rss_mib": round(max(m[2] for m in retort), 1),
            "peer_rss_mib": round(max(m[2] for m in peer_runs), 1), "unit_note": "; ".join(notes)}


def header():
    return (f"{'workload':<20}{'Retort s':>10}{'peer s':>10}{'ratio':>8}{'Retort MiB':>12}{'peer MiB':>10}  peer\n"
            + "-" * 96)


def format_row(row, retort, peer_runs):
    rounds = " ".join(f"{r[0]:.3f}/{p[0]:.3f}" for r, p in zip(retort, peer_runs))
    return (f"{row['name']:<20}{row['retort_s']:>10.3f}{row['peer_s']:>10.3f}{row['ratio']:>8.2f}"
            f"{row['retort_rss_mib']:>12.0f}{row['peer_rss_mib']:>10.0f}  {row['peer']}\n"
            f"{'':<20}rounds (Retort/peer s): {rounds}\n{'':<20}{row['unit_note']}")


def merge(paths, output):
    """Writes the rows of several result files, in the table's order, into `output`. The
    files must come from one commit; the machine line is the first file's, the rounds the
    fewest of any file."""
    parts = []
    for path in paths:
        with open(path) as f:
            parts.append(json.load(f))
    commits = {part["commit"] for part in parts}
    if len(commits) != 1:
        sys.exit(f"bench: the runs come from different commits ({', '.join(sorted(commits))}); merge runs of one commit")
    order = [p.row for w in WORKLOADS for p in w.peers]
    rows = {row["name"]: row for part in parts for row in part["workloads"]}
    merged = {"machine": parts[0]["machine"], "commit": commits.pop(), "rounds": min(part["rounds"] for part in parts),
              "workloads": [rows[name] for name in order if name in rows]}
    with open(output, "w") as f:
        json.dump(merged, f, indent=2)
        f.write("\n")
    print(f"{output}: {len(merged['workloads'])} workloads from {len(paths)} runs of {merged['commit']}")


def archive(path):
    """Moves the run in `path` (if any) into results/runs/ (named by its start time and commit), so that a new
    run does not lose it and the README can compare rankings across runs."""
    if not os.path.exists(path):
        return
    with open(path) as f:
        run = json.load(f)
    date = run.get("date", time.strftime("%Y-%m-%d %H:%M", time.gmtime(os.path.getmtime(path))))
    stamp = date[:10] + "T" + date[11:16].replace(":", "")
    base = os.path.join(RUNS, f"{stamp}-{run['commit']}")
    target, suffix = base + ".json", 2
    while os.path.exists(target):
        target, suffix = f"{base}-{suffix}.json", suffix + 1
    os.makedirs(RUNS, exist_ok=True)
    shutil.move(path, target)
    print(f"kept the previous run as {os.path.relpath(target, ROOT)}")


def kept_runs():
    """(label, results) of every kept run, oldest first, then latest.json."""
    runs = []
    if os.path.isdir(RUNS):
        for name in sorted(os.listdir(RUNS)):
            if name.endswith(".json"):
                with open(os.path.join(RUNS, name)) as f:
                    runs.append((name[:-len(".json")], json.load(f)))
    if os.path.exists(RESULTS):
        with open(RESULTS) as f:
            runs.append(("latest", json.load(f)))
    return runs


def ranking_table(runs):
    """Markdown rows: each workload's ratio in every run, and whether every run ranks Retort
    and the peer the same way (ratio above 1 in all, or below 1 in all)."""
    order = [p.row for w in WORKLOADS for p in w.peers]
    ratios = [{row["name"]: row["ratio"] for row in run["workloads"]} for _, run in runs]
    heads = [f"latest (`{run['commit']}`)" if label == "latest" else label for label, run in runs]
    lines = ["| workload | " + " | ".join(heads) + " | same ranking |",
             "|---|" + "---:|" * len(runs) + "---|"]
    for name in order:
        values = [r.get(name) for r in ratios]
        measured = [v for v in values if v is not None]
        if not measured:
            continue
        same = all(v > 1 for v in measured) or all(v < 1 for v in measured)
        verdict = ("yes" if same else "**no**") if len(measured) > 1 else "one run only"
        if 1 < len(measured) < len(runs):
            verdict += f" ({len(measured)} runs)"
        cells = " | ".join("–" if v is None else f"{v:.2f}" for v in values)
        lines.append(f"| {name} | {cells} | {verdict} |")
    return lines


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
    runs = kept_runs()
    if len(runs) > 1:
        lines += ["", "Every kept run (`Benchmarks/results/runs/`, then latest.json), ratio peer / Retort; the same "
                  "ranking means Retort is ahead (or behind) in every run:", ""] + ranking_table(runs)
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
