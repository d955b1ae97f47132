"""Parameter counts of the reference networks in PyTorch, for images [1, 28, 28] and 10 classes
(and ConvNet on [3, 32, 32]). Prints one `name count` line per network; the committed copy of
this output is Tests/NeuralNetTests/Fixtures/parameter_counts.txt, which the Swift tests compare
Retort's counts with.

Usage: python3 Benchmarks/peers/param_counts.py > Tests/NeuralNetTests/Fixtures/parameter_counts.txt
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_models import named  # noqa: E402

NAMES = ["ConvNet"] + [f"ConvNetD{d}" for d in range(1, 5)] + [f"ConvNetW{w}" for w in [32, 64, 128, 256]] + [
    "ConvNetBN", "ConvNetLN", "ConvNetGN", "ConvNetNN", "ConvNetMP", "ConvNetNP", "ConvNetAS", "ConvNetAL",
    "ConvNetASwish", "ConvNetASwishBN", "ConvNetKIP", "MLP", "LeNet", "AlexNet", "AlexNetBN", "VGG11", "VGG11BN",
    "ResNet18", "ResNet18BN"]


def count(model):
    return sum(p.numel() for p in model.parameters())


print("# name input-shape parameters (PyTorch, Benchmarks/peers/param_counts.py)")
for name in NAMES:
    print(f"{name} 1x28x28 {count(named(name, 1, 10, 28))}")
print(f"ConvNet 3x32x32 {count(named('ConvNet', 3, 10, 32))}")
