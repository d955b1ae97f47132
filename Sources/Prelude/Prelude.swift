// Prelude: the only place where the language meets the domain. A registry of named functions
// and types, each with a signature and a one-paragraph doc that help(name) prints.
