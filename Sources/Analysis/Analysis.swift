// Analysis: the measurements the notebooks make on data and on distilled sets (DESIGN.md;
// METHODS.md §14). Every function takes `[samples, features]` tensors and throws a
// `TensorError` that says what to change on bad input.
//
// - Decomposition/  `PCA`: top-k components, explained variance, transform (sgemm + LAPACK).
// - Neighbors/      `NearestNeighbors.search` / `searchWithin`: exact k-NN by blocked sgemm.
// - Clustering/     `KMeans.fit` (k-means++ and Lloyd, scikit-learn's rules), `predict`,
//                   `representatives` (DREAM's sample nearest each centre).
// - Embedding/      `TSNE.embed`: exact and Barnes–Hut t-SNE with progress and cancellation.
// - Metrics/        `MMD` (Gaussian kernel), `Coverage` (SelMatch, easy/hard split),
//                   `Trustworthiness.score` (scikit-learn's definition).
// - Support/        validated feature matrices and sgemm distance tiles shared by the above.
//
// Work is split across `Workers` (single-threaded BLAS per worker); every result is
// deterministic for a given input, seed and worker count.
