// Tests of the Datasets module; one behaviour per test, named for it.
