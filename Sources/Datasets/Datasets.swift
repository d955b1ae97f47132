// Datasets: where the data of every notebook comes from and how it is handed around
// (DESIGN.md "Data"; METHODS.md §2).
//
// - `FashionMNIST/`: the IDX files of Debian's `dataset-fashion-mnist`, normalised as the
//   reference code does.
// - `Sets/`: `LabeledSet`, the labelled tensor set used for real and synthetic data alike:
//   per-class access, balanced seeded subsets, selection, concatenation, shuffled batches.
// - `Synthetic/`: Gaussian mixtures for quick tests.
// - `IO/`: gzip (the only door to zlib), IDX parsing, NumPy `.npy` files and atomic writes.
// - `Random/`: the sampling helpers behind subsets, batches and mixtures.
