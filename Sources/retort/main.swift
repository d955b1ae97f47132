// The retort command line: run, render, check, step, repl (LANGUAGE.md).
print("retort: the command line is not built yet")
