// Tests of the Prelude module; one behaviour per test, named for it.
