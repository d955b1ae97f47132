// Notebook: a Markdown notebook read, run and reported.
//
//   Document/  NotebookDocument — cmark-gfm finds the cells (Markdown.swift is the only file
//              that sees C), FrontMatter (Yams: title, seed, typed params), CellOptions (`//|`).
//   Runner/    NotebookSession (one interpreter, cell by cell) driven top to bottom by
//              NotebookRunner; CellRecord/RunResult, RunJSON (`--json`), FigureStore,
//              ProgressDisplay (bar on a terminal, a line every 5 s in logs).
//   Report/    HTMLReport — prose through cmark-gfm with GFM extensions, TeX → MathML (Math/),
//              cells highlighted by the language's lexer, figures inlined, one atomic file.
//   Tool/      NotebookTool — what `retort run`, `render` and `check` do, with exit statuses.
