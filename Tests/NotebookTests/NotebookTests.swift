// Tests of the Notebook module; one behaviour per test, named for it.
