"""Peer of retort-bench's `interpreter_loop`: CPython adding 10 million integers in a loop,
the same cell at the top level (globals, as a Jupyter cell runs it; the first line), and the
same loop inside a function (fast locals; the second line, for reference). Each is compiled
once and run --runs times after --warmup; prints the medians."""
import argparse
import platform
import time

CELL = """
total = 0
for i in range(10_000_000):
    total += i
"""


def in_function():
    total = 0
    for i in range(10_000_000):
        total += i
    return total


def median(body, runs, warmup):
    for _ in range(warmup):
        body()
    times = []
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()
    code = compile(CELL, "<cell>", "exec")

    def cell():
        scope = {}
        exec(code, scope)
        assert scope["total"] == 49_999_995_000_000

    name = f"interpreter_loop (CPython {platform.python_version()})"
    print(f"{name:<44}{median(cell, args.runs, args.warmup) * 1e3:10.2f} ms", flush=True)
    print(f"{'  same loop in a function':<44}{median(in_function, args.runs, args.warmup) * 1e3:10.2f} ms", flush=True)


if __name__ == "__main__":
    main()
