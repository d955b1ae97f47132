// CellLanguage: the lexer, parser, AST, interpreter, values and diagnostics of the cell
// language (LANGUAGE.md). It knows nothing of distillation; the Prelude binds the domain.
//
// A map of the folders, in the order a cell flows through them:
//   Source/       SourceText: a cell's text and its place (file, first line) in the notebook.
//   Lexer/        Lexer.tokenize (public, for highlighting) and the tokens the parser reads.
//   Parser/       recursive descent + PrecedenceTable; ParsedCell; incomplete-input check.
//   AST/          Expr and Stmt with source ranges.
//   Interpreter/  Compiler (names to slots, two passes for captures), Nodes/ (executable
//                 tree), Runtime (calls, cancellation), CellRun (transactions), Interpreter.
//   Values/       Value, TypeSpec, DictionaryValue, NativeObject, Swift-exact printing.
//   Registry/     NativeRegistry, NativeFunction, Parameter, Arguments, CallContext.
//   Builtins/     print, math, conversions, random, format, and built-in type members.
//   Diagnostics/  Diagnostic, DiagnosticRenderer, CellError, "did you mean" suggestions.
//   Host/         InterpreterHost and ProgressEvent: the interpreter owns no I/O.
//   Random/       RunGenerator (xoshiro256**, seeded through SplitMix64).
