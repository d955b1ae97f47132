// ScalingLaws: the perceptron theory of data pruning (Sorscher et al. 2022) as the SDC paper
// adapts it to dataset distillation, and its teacher-student simulation (METHODS.md §15).
