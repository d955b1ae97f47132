import CellLanguage
import Foundation

/// A `:` command typed at the REPL prompt.
enum ColonCommand: Equatable {
    /// `:help`: the commands and the index of what the language offers.
    case help
    /// `:help NAME`: the documentation of one name (as `help("NAME")` in a cell).
    case helpName(String)
    /// `:vars`: the names the cells and entries defined, with their values.
    case vars
    /// `:load FILE`: run a notebook's cells (`.md`) or a file of cell code.
    case load(String)
    /// `:quit`: leave Retort.
    case quit
    /// `:continue`: back to stepping (step mode).
    case resume
    /// Anything else.
    case unknown(String)
    /// `:load` without a file.
    case missingArgument(String)

    /// The commands, for `:help` and Tab completion.
    static let names = [":help", ":vars", ":load", ":quit", ":continue"]

    /// Reads a command line (`:help print`, `:q`). Commands may be abbreviated to a unique
    /// prefix.
    init(_ line: String) {
        let words = line.dropFirst().split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let name = words.first ?? ""
        let argument = words.count > 1 && !words[1].isEmpty ? words[1] : nil
        let matches = Self.names.filter { $0.dropFirst().hasPrefix(name) }
        guard !name.isEmpty, matches.count == 1, let command = matches.first else {
            self = .unknown(line)
            return
        }
        switch (command, argument) {
        case (":help", nil): self = .help
        case (":help", let name?): self = .helpName(name)
        case (":vars", _): self = .vars
        case (":load", let file?): self = .load(file)
        case (":load", nil): self = .missingArgument(":load FILE")
        case (":quit", _): self = .quit
        default: self = .resume
        }
    }

    /// What `:help` prints before the language's own index.
    static let summary = """
        Commands:
          :help           this text, and the index of what the language offers
          :help NAME      the documentation of NAME (a function, a type, a variable)
          :vars           the names defined so far, with their values
          :load FILE      run a notebook's cells (FILE.md) or a file of cell code
          :quit           leave (also Ctrl-D)
          :continue       back to stepping (step mode; an empty line does the same)
        An entry continues on the next line while a bracket is open. Tab completes names and,
        after a dot, members. Ctrl-C stops a running cell and leaves every variable as it was
        before the cell; at the prompt it clears the line.

        """
}

extension Repl {
    /// Carries out a command other than `:quit` and `:continue`.
    func perform(_ command: ColonCommand) {
        let interpreter = session.interpreter
        switch command {
        case .help:
            printer.output(ColonCommand.summary)
            printer.output(interpreter.help())
        case .helpName(let name):
            printer.output(interpreter.help(name))
        case .vars:
            showVariables()
        case .load(let path):
            load(path)
        case .missingArgument(let usage):
            printer.error("missing argument; use \(usage)")
        case .unknown(let line):
            printer.error("unknown command '\(line)'; the commands are \(ColonCommand.names.joined(separator: ", "))")
        case .quit, .resume:
            break
        }
        printer.endLine()
    }

    /// `:vars`: one line per name, `let n: Int = 10`, functions by their signature.
    private func showVariables() {
        let variables = session.interpreter.variables
        if variables.isEmpty {
            printer.note("no names defined yet")
            return
        }
        for (name, value, isConstant) in variables {
            if case .function = value {
                let signature = session.interpreter.help(name).split(separator: "\n").first.map(String.init)
                printer.line(signature ?? "func \(name)")
                continue
            }
            var shown = value.debugDescription
            if shown.count > 72 { shown = String(shown.prefix(69)) + "..." }
            printer.line("\(isConstant ? "let" : "var") \(name): \(value.typeName) = \(shown)")
        }
    }

    /// `:load FILE`: a notebook's cells run in order (stopping at the first that fails), or
    /// the whole file runs as one entry.
    private func load(_ path: String) {
        if path.hasSuffix(".md") {
            guard let document = TerminalTool.load(path, printer: printer) else { return }
            let ran = runCells(of: document, file: path)
            printer.note("loaded \(path): \(ran) of \(document.cells.count) cells ran")
            return
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "it cannot be read as UTF-8 text" : "no such file; check the path"
            printer.error("cannot read '\(path)': \(reason)")
            return
        }
        run(text, file: path)
    }
}
