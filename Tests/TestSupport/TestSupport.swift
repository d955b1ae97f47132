// TestSupport: helpers shared by the test targets.
// - Reference: a naive Double n-d array to check forward values against.
// - Tolerance: explicit closeness bounds, with the presets and why they are what they are.
// - assertClose / assertThrowsTensorError / forEachSeed: assertions that forward file:line.
// - checkGradients / checkSecondOrderGradients: gradients against central finite differences.
// - RandomCases: seeded random tensors and broadcasting shape pairs.
