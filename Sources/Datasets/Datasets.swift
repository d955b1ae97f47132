// Datasets: the IDX/Fashion-MNIST loader, labelled tensor sets, synthetic data and .npy I/O
// (DESIGN.md; METHODS.md §2).
