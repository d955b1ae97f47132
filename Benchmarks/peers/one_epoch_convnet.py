"""PyTorch peer of the accuracy experiment `convnet-full-data-1-epoch`: the reference ConvNet-3
(width 128, instance norm, ReLU, average pooling; PyTorch default initialisation) trained for
one epoch on the 60,000 Fashion-MNIST training images (normalised with mean 0.2861, std 0.3530),
SGD lr 0.01, momentum 0.9, no weight decay, batch 256, shuffled; then tested on the 10,000
test images. Prints progress, then one JSON line {"accuracy": …, "seconds": …} (accuracy in
[0, 1]) that the experiment runner reads.

Usage: python3 Benchmarks/peers/one_epoch_convnet.py [--seed N] [--threads T] [--data DIR]
"""
import argparse
import gzip
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_models import named  # noqa: E402


def read_idx(path, offset):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def load(directory, prefix):
    images = read_idx(os.path.join(directory, f"{prefix}-images-idx3-ubyte.gz"), 16).reshape(-1, 1, 28, 28)
    labels = read_idx(os.path.join(directory, f"{prefix}-labels-idx1-ubyte.gz"), 8)
    x = (torch.from_numpy(images.astype(np.float32)) / 255 - 0.2861) / 0.3530
    return x, torch.from_numpy(labels.astype(np.int64))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--data", default=os.environ.get("RETORT_DATA", "/usr/share/datasets/fashion-mnist"))
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)

    x_train, y_train = load(args.data, "train")
    x_test, y_test = load(args.data, "t10k")
    model = named("ConvNet", 1, 10, 28)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=0)
    start = time.time()
    model.train()
    order = torch.randperm(len(y_train))
    for step, begin in enumerate(range(0, len(order), 256)):
        index = order[begin:begin + 256]
        loss = F.cross_entropy(model(x_train[index]), y_train[index])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % 50 == 0:
            print(f"step {step}: loss {loss.item():.4f}", flush=True)
    model.eval()
    correct = 0
    with torch.no_grad():
        for begin in range(0, len(y_test), 500):
            correct += (model(x_test[begin:begin + 500]).argmax(1) == y_test[begin:begin + 500]).sum().item()
    print(json.dumps({"accuracy": correct / len(y_test), "seconds": time.time() - start}))


if __name__ == "__main__":
    main()
