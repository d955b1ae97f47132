/// Matches a call's argument labels to a function's parameters by Swift's rules: arguments
/// come in parameter order, each with the parameter's label (none for `_`); a parameter with
/// a default may be left out; a variadic parameter takes its labelled first argument and the
/// unlabelled ones after it. Mistakes get Swift's messages, naming the expected labels.
enum ArgumentMatcher {
    /// Where each parameter's value comes from.
    enum Source {
        case argument(Int)
        case variadic([Int])
        case defaultValue
    }

    /// A failed match: the message, and the argument it concerns (nil: the call as a whole).
    struct Failure: Error {
        let message: String
        let argument: Int?
    }

    /// Matches labels to parameters; arguments from `trailingFrom` on are trailing closures,
    /// which take the next parameter whatever its label (skipping defaulted parameters that
    /// are not of function type, as Swift's forward scan does).
    static func match(_ labels: [String?], _ parameters: [Parameter], trailingFrom: Int = Int.max) -> Result<[Source], Failure> {
        var sources: [Source] = []
        sources.reserveCapacity(parameters.count)
        var next = 0
        for parameter in parameters {
            if next >= trailingFrom && next < labels.count {
                if parameter.hasDefault && !acceptsFunction(parameter.type) {
                    sources.append(.defaultValue)
                    continue
                }
                sources.append(.argument(next))
                next += 1
                continue
            }
            if parameter.isVariadic {
                var taken: [Int] = []
                if next < labels.count && labels[next] == parameter.label {
                    taken.append(next)
                    next += 1
                    while next < labels.count && labels[next] == nil {
                        taken.append(next)
                        next += 1
                    }
                }
                sources.append(.variadic(taken))
            } else if next < labels.count && labels[next] == parameter.label {
                sources.append(.argument(next))
                next += 1
            } else if parameter.hasDefault {
                sources.append(.defaultValue)
            } else {
                return .failure(diagnose(labels, parameters))
            }
        }
        if next < labels.count { return .failure(diagnose(labels, parameters)) }
        return .success(sources)
    }

    private static func acceptsFunction(_ type: TypeSpec) -> Bool {
        switch type {
        case .function, .any: return true
        case .optional(let wrapped): return acceptsFunction(wrapped)
        default: return false
        }
    }

    /// Explains why `labels` do not fit `parameters`, as Swift would.
    static func diagnose(_ labels: [String?], _ parameters: [Parameter]) -> Failure {
        let expectedLabels = parameters.map(\.label)
        let have = list(labels)
        let expected = list(expectedLabels)
        let fixed = !parameters.contains { $0.isVariadic }
        if fixed && labels.count == parameters.count {
            let differing = labels.indices.filter { labels[$0] != expectedLabels[$0] }
            if differing.count == 1, let i = differing.first {
                switch (labels[i], expectedLabels[i]) {
                case (nil, let want?):
                    return Failure(message: "missing argument label '\(want):' in call", argument: i)
                case (let got?, nil):
                    return Failure(message: "extraneous argument label '\(got):' in call", argument: i)
                default:
                    return Failure(message: "incorrect argument label in call (have '\(have)', expected '\(expected)')", argument: i)
                }
            }
            return Failure(message: "incorrect argument labels in call (have '\(have)', expected '\(expected)')", argument: differing.first)
        }
        if labels.count < parameters.count {
            let prefix = Array(expectedLabels.prefix(labels.count))
            let differing = labels.indices.filter { labels[$0] != prefix[$0] }
            if differing.count == 1, let i = differing.first {
                switch (labels[i], prefix[i]) {
                case (nil, let want?):
                    return Failure(message: "missing argument label '\(want):' in call", argument: i)
                case (let got?, nil):
                    return Failure(message: "extraneous argument label '\(got):' in call", argument: i)
                default:
                    break
                }
            }
        }
        let known = Set(expectedLabels.compactMap { $0 })
        if let stray = labels.indices.first(where: { labels[$0].map { !known.contains($0) } ?? false }) {
            let message = labels.count <= parameters.count
                ? "incorrect argument label\(labels.count > 1 ? "s" : "") in call (have '\(have)', expected '\(expected)')"
                : "extra argument '\(labels[stray] ?? "_")' in call"
            return Failure(message: message, argument: stray)
        }
        var next = 0
        for (p, parameter) in parameters.enumerated() {
            if parameter.isVariadic {
                if next < labels.count && labels[next] == parameter.label {
                    next += 1
                    while next < labels.count && labels[next] == nil { next += 1 }
                }
            } else if next < labels.count && labels[next] == parameter.label {
                next += 1
            } else if !parameter.hasDefault {
                if let later = labels[next...].firstIndex(where: { $0 == parameter.label && $0 != nil }) {
                    let blocking = labels[next].map { "'\($0)'" } ?? "#\(next + 1)"
                    return Failure(message: "argument '\(parameter.label ?? "_")' must precede argument \(blocking)", argument: later)
                }
                let name = parameter.label.map { "'\($0)'" } ?? "#\(p + 1)"
                return Failure(message: "missing argument for parameter \(name) in call", argument: nil)
            }
        }
        let extra = next < labels.count ? next : labels.count - 1
        if let label = labels[extra] { return Failure(message: "extra argument '\(label)' in call", argument: extra) }
        return Failure(message: labels.count - next > 1 ? "extra arguments in call" : "extra argument in call", argument: extra)
    }

    /// `x:_:by:` — Swift's way of listing labels.
    static func list(_ labels: [String?]) -> String {
        labels.map { ($0 ?? "_") + ":" }.joined()
    }
}
