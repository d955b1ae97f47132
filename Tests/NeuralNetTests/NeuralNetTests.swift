// Tests of the NeuralNet module; one behaviour per test, named for it.
