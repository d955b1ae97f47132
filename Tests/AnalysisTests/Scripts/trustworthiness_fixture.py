"""Expected values of TrustworthinessTests.testMatchesScikitLearnOnAFixedCase: scikit-learn's
trustworthiness of a fixed formula data set and a linear 2-D map of it (run with the venv of
Benchmarks/peers: Benchmarks/.venv/bin/python Tests/AnalysisTests/Scripts/trustworthiness_fixture.py)."""
import numpy as np
from sklearn.manifold import trustworthiness
i = np.arange(40)[:, None]; j = np.arange(5)[None, :]
x = (np.sin(0.37 * i * (j + 1)) + 0.1 * j).astype(np.float32)
y = np.stack([x[:, 0] + 0.3 * x[:, 2], x[:, 1] - 0.2 * x[:, 3]], axis=1).astype(np.float32)
for k in (1, 5, 10):
    print(k, repr(trustworthiness(x, y, n_neighbors=k)))
