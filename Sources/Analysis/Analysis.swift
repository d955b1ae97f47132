// Analysis: PCA, k-means, t-SNE, nearest neighbours, MMD and coverage (DESIGN.md; METHODS.md §14).
