// CellLanguage: the lexer, parser, AST, interpreter, values and diagnostics of the cell
// language (LANGUAGE.md). It knows nothing of distillation; the Prelude binds the domain.
