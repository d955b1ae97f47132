// ScalingLaws: the perceptron theory of data pruning (Sorscher et al. 2022) as the SDC paper
// adapts it to dataset distillation, and its teacher-student simulation (METHODS.md §15).
//
// Plain Swift in Double; it imports nothing but Foundation and Dispatch.
//
// - Theory/      `PerceptronTheory.solve(PruningProblem)`: the max-margin student's (R, S, κ) and
//                test error ε = arccos(R)/π from the saddle-point equations, for a perfect
//                (θ = 0) or imperfect probe, keeping easy or hard examples. `ClassicalMaxMargin`
//                is the unpruned classical curve in an independent form, used as a check.
// - Simulation/  `PerceptronSimulation.run`: teacher perceptron, Gaussian inputs, a probe at exact
//                angle θ, pruning by |p|, an exact hard-margin SVM (`MaxMarginSolver`), repeats on
//                all cores with progress and cancellation, seeded by `Xoshiro256StarStar`.
// - Sweeps/      `TheorySweep` (curves, hard − easy map, crossovers) and `SimulationSweep` (theory
//                against simulation): the data of the SDC paper's Figure 4 over a `SweepGrid`.
// - Numerics/    Gaussian functions, Gauss–Legendre and Gauss–Laguerre rules, Brent, damped Newton,
//                Nelder–Mead, small dense and updatable Cholesky solves.
//
// α: `PruningProblem` stores α_prune (kept examples per dimension, the SDC paper's α_syn) and
// derives α_tot = α_prune / f; sweeps say which one their grid holds (`AlphaMeasure`).
