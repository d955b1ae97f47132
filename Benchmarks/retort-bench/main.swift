// retort-bench: the benchmark workloads, timed side by side with the peers in Benchmarks/peers/.
print("retort-bench: no workloads yet")
