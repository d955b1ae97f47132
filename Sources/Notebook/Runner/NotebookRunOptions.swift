/// How to run a notebook: the command-line overrides of LANGUAGE.md.
public struct NotebookRunOptions: Sendable, Equatable {
    /// The seed of the run's generator; nil to use the front matter's (default 0).
    public var seed: UInt64?
    /// `NAME=VALUE` parameter overrides, in the order given.
    public var params: [String]
    /// Run every cell even after one fails.
    public var keepGoing: Bool
    /// The root directory of figures; a notebook's go to `<root>/<notebook-name>/`.
    public var figuresRoot: String

    /// Options with the defaults of `retort run`.
    public init(seed: UInt64? = nil, params: [String] = [], keepGoing: Bool = false, figuresRoot: String = "Figures") {
        self.seed = seed
        self.params = params
        self.keepGoing = keepGoing
        self.figuresRoot = figuresRoot
    }
}
