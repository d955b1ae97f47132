"""PyTorch peer of retort-bench's ConvNet workloads 1-5 (Benchmarks/retort-bench/ConvNet*.swift):
the reference ConvNet-3 (width 128, instance norm, ReLU, average pooling) on Fashion-MNIST,
CPU, two threads, doing exactly what the Retort side does:

  convnet_forward     logits of the first 256 training images, no autograd
  convnet_train_step  cross-entropy, backward, SGD (lr 0.01, momentum 0.9, weight decay 5e-4)
  dm_iteration        distribution matching at 10 images per class: a fresh network; per class
                      embed 256 real (no autograd) and 10 synthetic images; loss = sum over
                      classes of |mean real - mean synthetic|^2; gradient to the synthetic images
  gm_iteration        gradient matching at 10 images per class: per class, parameter gradients
                      of cross-entropy on 256 real (detached) and 10 synthetic images (graph
                      kept); DC's layer-wise distance (1 - cos per output channel, 1-D tensors
                      skipped); gradient of the summed distance to the synthetic images
  mtt_iteration       trajectory matching: 20 unrolled SGD steps on 100 synthetic images from
                      given parameters with a learnable learning rate; |theta_20 - target|^2 /
                      |theta_0 - target|^2; gradient to the images and to the learning rate

Real images per class are the first 256 of the class; synthetic ones the next 10 (init 'real').
Prints one line per workload, `name  <ms> ms`: the median of --runs timed runs after --warmup
warm-up runs of the whole workload (a distillation run's steady state), as the Retort side does.

    python3 Benchmarks/peers/convnet_peer.py dm_iteration --runs 3
"""
import argparse
import os
import sys
import time

import torch
import torch.nn.functional as F
from torch.func import functional_call

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fashion_batches import first_batch, per_class  # noqa: E402
from reference_models import ConvNet  # noqa: E402

IPC, REAL_PER_CLASS, CLASSES, UNROLLED_STEPS = 10, 256, 10, 20


def convnet(seed):
    """A ConvNet-3 on [1, 28, 28] with PyTorch's default initialisation, seeded."""
    torch.manual_seed(seed)
    return ConvNet(1, CLASSES)


def convnet_forward():
    model = convnet(1)
    x = torch.from_numpy(first_batch(256)[0])

    def run():
        with torch.no_grad():
            model(x)
    return run


def convnet_train_step():
    model = convnet(1)
    images, labels = first_batch(256)
    x, y = torch.from_numpy(images), torch.from_numpy(labels)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)

    def run():
        optimizer.zero_grad()
        F.cross_entropy(model(x), y).backward()
        optimizer.step()
    return run


def matching_data():
    """Real images [10 * 256, 1, 28, 28] and synthetic ones [10 * 10, 1, 28, 28] (a leaf
    requiring grad), both sorted by class."""
    real = torch.from_numpy(per_class(REAL_PER_CLASS)[0])
    synthetic = torch.from_numpy(per_class(IPC, skip=REAL_PER_CLASS)[0]).requires_grad_(True)
    return real, synthetic


def dm_iteration():
    real, synthetic = matching_data()
    seeds = iter(range(100, 10_000))

    def run():
        net = convnet(next(seeds))
        for p in net.parameters():
            p.requires_grad_(False)
        loss = 0
        for c in range(CLASSES):
            with torch.no_grad():
                mean_real = net.embed(real[c * REAL_PER_CLASS:(c + 1) * REAL_PER_CLASS]).mean(0)
            mean_synthetic = net.embed(synthetic[c * IPC:(c + 1) * IPC]).mean(0)
            loss = loss + ((mean_real - mean_synthetic) ** 2).sum()
        torch.autograd.grad(loss, synthetic)
    return run


def distance_wb(gs, gr):
    """DC's layer-wise distance ('ours'): 1 - cos per output channel, 0 for 1-D tensors."""
    if gr.dim() == 1:
        return 0
    if gr.dim() == 4:
        gs, gr = gs.reshape(gs.shape[0], -1), gr.reshape(gr.shape[0], -1)
    return torch.sum(1 - torch.sum(gr * gs, dim=-1) / (gr.norm(dim=-1) * gs.norm(dim=-1) + 1e-6))


def gm_iteration():
    real, synthetic = matching_data()
    net = convnet(1)
    parameters = list(net.parameters())

    def run():
        loss = 0
        for c in range(CLASSES):
            x_real = real[c * REAL_PER_CLASS:(c + 1) * REAL_PER_CLASS]
            y_real = torch.full((REAL_PER_CLASS,), c, dtype=torch.long)
            g_real = [g.detach() for g in torch.autograd.grad(F.cross_entropy(net(x_real), y_real), parameters)]
            x_syn, y_syn = synthetic[c * IPC:(c + 1) * IPC], torch.full((IPC,), c, dtype=torch.long)
            g_syn = torch.autograd.grad(F.cross_entropy(net(x_syn), y_syn), parameters, create_graph=True)
            loss = loss + sum(distance_wb(s, r) for s, r in zip(g_syn, g_real))
        torch.autograd.grad(loss, synthetic)
    return run


def mtt_iteration():
    _, synthetic = matching_data()
    labels = torch.arange(CLASSES).repeat_interleave(IPC)
    net = convnet(1)
    names = [name for name, _ in net.named_parameters()]
    start = [p.detach().clone() for p in net.parameters()]
    target = [p.detach().clone() for p in convnet(2).parameters()]
    learning_rate = torch.tensor(0.01, requires_grad=True)

    def run():
        current = [p.clone().requires_grad_(True) for p in start]
        for _ in range(UNROLLED_STEPS):
            logits = functional_call(net, dict(zip(names, current)), (synthetic,))
            grads = torch.autograd.grad(F.cross_entropy(logits, labels), current, create_graph=True)
            current = [p - learning_rate * g for p, g in zip(current, grads)]
        distance = sum(((p - t) ** 2).sum() for p, t in zip(current, target))
        initial = sum(((p - t) ** 2).sum() for p, t in zip(start, target))
        torch.autograd.grad(distance / initial, [synthetic, learning_rate])
    return run


WORKLOADS = {f.__name__: f for f in [convnet_forward, convnet_train_step, dm_iteration, gm_iteration, mtt_iteration]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workload", choices=list(WORKLOADS))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    run = WORKLOADS[args.workload]()
    for _ in range(args.warmup):
        run()
    times = []
    for _ in range(max(1, args.runs)):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    seconds = sorted(times)[len(times) // 2]
    print(f"{args.workload + ' (pytorch ' + torch.__version__ + ')':<44}{seconds * 1e3:10.2f} ms", flush=True)


if __name__ == "__main__":
    main()
