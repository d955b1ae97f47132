// Tests of the Plotting module; one behaviour per test, named for it.
