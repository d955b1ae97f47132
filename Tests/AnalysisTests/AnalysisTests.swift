// Tests of the Analysis module; one behaviour per test, named for it.
