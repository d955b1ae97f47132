// Tests of the CellLanguage module; one behaviour per test, named for it.
