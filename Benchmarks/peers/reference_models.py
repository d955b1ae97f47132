"""The reference networks of DC's networks.py (METHODS.md §1), rebuilt in PyTorch for the peer
scripts: ConvNet (width, depth, norm, activation, pooling), MLP, LeNet, AlexNet(BN), VGG11(BN),
ResNet18(BN). Written from the specification, layer for layer, so parameter counts and layer
orders can be compared with Retort's `Network.named`.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


def norm_layer(kind, c, h, w):
    if kind == "instancenorm":
        return nn.GroupNorm(c, c, affine=True)
    if kind == "batchnorm":
        return nn.BatchNorm2d(c)
    if kind == "layernorm":
        return nn.LayerNorm([c, h, w], elementwise_affine=True)
    if kind == "groupnorm":
        return nn.GroupNorm(4, c, affine=True)
    if kind == "none":
        return None
    raise ValueError(kind)


class Swish(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(x)


def activation(kind):
    return {"relu": nn.ReLU(), "sigmoid": nn.Sigmoid(), "leakyrelu": nn.LeakyReLU(0.01), "swish": Swish()}[kind]


class ConvNet(nn.Module):
    def __init__(self, channel, classes, width=128, depth=3, act="relu", norm="instancenorm", pooling="avgpooling", size=28):
        super().__init__()
        layers, c, s = [], channel, size
        for d in range(depth):
            pad = 3 if channel == 1 and d == 0 else 1
            layers.append(nn.Conv2d(c, width, 3, padding=pad))
            s = s + 2 * pad - 2
            c = width
            n = norm_layer(norm, c, s, s)
            if n is not None:
                layers.append(n)
            layers.append(activation(act))
            if pooling != "none":
                layers.append(nn.AvgPool2d(2, 2) if pooling == "avgpooling" else nn.MaxPool2d(2, 2))
                s //= 2
        self.features = nn.Sequential(*layers)
        self.classifier = nn.Linear(c * s * s, classes)

    def embed(self, x):
        return self.features(x).flatten(1)

    def forward(self, x):
        return self.classifier(self.embed(x))


class MLP(nn.Module):
    def __init__(self, channel, classes, size=28):
        super().__init__()
        self.fc_1 = nn.Linear(channel * size * size, 128)
        self.fc_2 = nn.Linear(128, 128)
        self.fc_3 = nn.Linear(128, classes)

    def forward(self, x):
        x = F.relu(self.fc_1(x.flatten(1)))
        return self.fc_3(F.relu(self.fc_2(x)))


class LeNet(nn.Module):
    def __init__(self, channel, classes):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(channel, 6, 5, padding=2 if channel == 1 else 0), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2, 2))
        self.fc_1 = nn.Linear(400, 120)
        self.fc_2 = nn.Linear(120, 84)
        self.fc_3 = nn.Linear(84, classes)

    def forward(self, x):
        x = self.features(x).flatten(1)
        return self.fc_3(F.relu(self.fc_2(F.relu(self.fc_1(x)))))


class AlexNet(nn.Module):
    def __init__(self, channel, classes, bn=False):
        super().__init__()
        specs = [(channel, 128, 5, 4 if channel == 1 else 2, True), (128, 192, 5, 2, True), (192, 256, 3, 1, False),
                 (256, 192, 3, 1, False), (192, 192, 3, 1, True)]
        layers = []
        for cin, cout, k, p, pool in specs:
            layers.append(nn.Conv2d(cin, cout, k, padding=p))
            if bn:
                layers.append(nn.BatchNorm2d(cout))
            layers.append(nn.ReLU())
            if pool:
                layers.append(nn.MaxPool2d(2, 2))
        self.features = nn.Sequential(*layers)
        self.fc = nn.Linear(192 * 4 * 4, classes)

    def forward(self, x):
        return self.fc(self.features(x).flatten(1))


class VGG11(nn.Module):
    def __init__(self, channel, classes, norm="instancenorm"):
        super().__init__()
        layers, c = [], channel
        for i, x in enumerate([64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"]):
            if x == "M":
                layers.append(nn.MaxPool2d(2, 2))
            else:
                layers += [nn.Conv2d(c, x, 3, padding=3 if channel == 1 and i == 0 else 1),
                           nn.GroupNorm(x, x, affine=True) if norm == "instancenorm" else nn.BatchNorm2d(x), nn.ReLU()]
                c = x
        self.features = nn.Sequential(*layers)
        self.classifier = nn.Linear(512, classes)

    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))


class BasicBlock(nn.Module):
    def __init__(self, cin, planes, stride, norm):
        super().__init__()
        mk = (lambda c: nn.GroupNorm(c, c, affine=True)) if norm == "instancenorm" else nn.BatchNorm2d
        self.conv1 = nn.Conv2d(cin, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = mk(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn2 = mk(planes)
        self.shortcut = nn.Sequential()
        if stride != 1 or cin != planes:
            self.shortcut = nn.Sequential(nn.Conv2d(cin, planes, 1, stride=stride, bias=False), mk(planes))

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        return F.relu(self.bn2(self.conv2(out)) + self.shortcut(x))


class ResNet18(nn.Module):
    def __init__(self, channel, classes, norm="instancenorm"):
        super().__init__()
        self.conv1 = nn.Conv2d(channel, 64, 3, padding=1, bias=False)
        self.bn1 = nn.GroupNorm(64, 64, affine=True) if norm == "instancenorm" else nn.BatchNorm2d(64)
        blocks, c = [], 64
        for planes, stride in [(64, 1), (128, 2), (256, 2), (512, 2)]:
            for s in [stride, 1]:
                blocks.append(BasicBlock(c, planes, s, norm))
                c = planes
        self.layers = nn.Sequential(*blocks)
        self.classifier = nn.Linear(512, classes)

    def forward(self, x):
        out = self.layers(F.relu(self.bn1(self.conv1(x))))
        return self.classifier(F.avg_pool2d(out, 4).flatten(1))


def named(name, channel=1, classes=10, size=28):
    """The network of DC's `get_network(name, ...)` for images [channel, size, size]."""
    simple = {
        "MLP": lambda: MLP(channel, classes, size), "LeNet": lambda: LeNet(channel, classes),
        "AlexNet": lambda: AlexNet(channel, classes), "AlexNetBN": lambda: AlexNet(channel, classes, bn=True),
        "VGG11": lambda: VGG11(channel, classes), "VGG11BN": lambda: VGG11(channel, classes, "batchnorm"),
        "ResNet18": lambda: ResNet18(channel, classes), "ResNet18BN": lambda: ResNet18(channel, classes, "batchnorm"),
    }
    if name in simple:
        return simple[name]()
    options = dict(width=128, depth=3, act="relu", norm="instancenorm", pooling="avgpooling")
    suffix = name[len("ConvNet"):]
    variants = {"": {}, "BN": {"norm": "batchnorm"}, "LN": {"norm": "layernorm"}, "GN": {"norm": "groupnorm"},
                "NN": {"norm": "none"}, "MP": {"pooling": "maxpooling"}, "NP": {"pooling": "none"},
                "AS": {"act": "sigmoid"}, "AL": {"act": "leakyrelu"}, "ASwish": {"act": "swish"},
                "ASwishBN": {"act": "swish", "norm": "batchnorm"}, "KIP": {"width": 1024, "norm": "none"}}
    variants.update({f"D{d}": {"depth": d} for d in range(1, 9)})
    variants.update({f"W{w}": {"width": w} for w in [32, 64, 128, 256]})
    if not name.startswith("ConvNet") or suffix not in variants:
        raise ValueError(f"unknown network {name}")
    options.update(variants[suffix])
    return ConvNet(channel, classes, size=size, **options)
