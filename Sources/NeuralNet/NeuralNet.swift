// NeuralNet: layers, models as functions of their parameters, losses, optimisers,
// differentiable siamese augmentation and training (DESIGN.md; METHODS.md §1, §3, §13).
