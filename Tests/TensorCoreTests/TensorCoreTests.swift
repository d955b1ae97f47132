// Tests of the TensorCore module; one behaviour per test, named for it.
