import RenjaModel
import Yams

/// The plan spec's text turned into a node tree, with the syntax problems Yams finds
/// moved to the positions a user needs (a tab in the indentation, the second of two equal keys).
struct YAMLSource {
    /// The path printed in diagnostics.
    var file: String
    var text: String

    /// The composed tree, or `nil` with the reason (an empty file, a syntax error).
    func compose() -> (tree: SpecTree?, diagnostics: [Diagnostic]) {
        let budget = AliasExpansionBudget()
        let tree: SpecTree?
        do {
            switch YAMLComposer.compose(text) {
            // Over the budget, Yams composes it again for `firstNodeOverBudget(in:)`: that is
            // the "billion laughs", whose position and message are pinned.
            case .composed(let composed, let size) where budget.allows(size):
                tree = composed
            case .tooDeep(let position):
                return (nil, [.error(
                    "lists and mappings nest more than \(YAMLComposer.maximumNesting) levels deep here; a plan spec needs fewer than ten",
                    at: location(line: position.line, column: position.column))])
            case .composed, .deferred:
                guard let yamsRoot = try Yams.compose(yaml: text) else {
                    tree = nil
                    break
                }
                if let node = budget.firstNodeOverBudget(in: yamsRoot) {
                    let mark = node.mark
                    return (nil, [.error(
                        "with its aliases (*name) expanded, the plan spec has more than \(budget.maximumCharacters >> 20) MiB of text "
                            + "or \(budget.maximumNodes) values; repeat less through aliases",
                        at: location(line: mark?.line ?? 1, column: mark?.column ?? 1))])
                }
                var builder = SpecTreeBuilder()
                let root = builder.add(yamsRoot)
                tree = builder.tree(root: root)
            }
        } catch let error as YamlError {
            // libyaml reports a tab in the indentation as "found character that cannot start
            // any token", at a place that seldom looks related: name the tab instead.
            let tabs = indentationTabs()
            if !tabs.isEmpty { return (nil, tabs) }
            return (nil, [diagnostic(for: error)])
        } catch {
            return (nil, [.error("cannot read YAML: \(error)", at: location(line: 1, column: 1))])
        }
        guard let tree, !isEmptyDocument(tree) else {
            return (nil, [.error("the plan spec is empty", at: location(line: 1, column: 1))])
        }
        return (tree, [])
    }

    private func isEmptyDocument(_ tree: SpecTree) -> Bool {
        tree.root.isPlain && tree.text(of: tree.root)?.isEmpty == true
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let while_ = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return .error("YAML syntax: \(problem)\(while_)" + Self.indentationHint(for: problem, blockAt: context?.mark.line),
                          at: location(line: mark.line, column: mark.column))
        case let .reader(problem, offset, value, _):
            let position = offset.map(lineAndColumn(ofUTF8Offset:)) ?? (line: 1, column: 1)
            let character = value >= 0 ? " (U+\(String(value, radix: 16, uppercase: true)))" : ""
            return .error("YAML: \(problem)\(character)", at: location(line: position.line, column: position.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKey(duplicates.first ?? "", firstAt: context.mark)
        default:
            return .error("cannot read YAML: \(error)", at: location(line: 1, column: 1))
        }
    }

    /// libyaml's words for a line indented unlike the block mapping or list around it: it
    /// expected the next key, or the next `- ` item, at the block's column.
    private static let indentationProblems: Set = ["did not find expected key", "did not find expected '-' indicator"]

    /// What to look at when libyaml names one of `indentationProblems`: the line against the
    /// line where the block began, which libyaml names (`blockLine`); an empty string for
    /// other problems.
    private static func indentationHint(for problem: String, blockAt blockLine: Int?) -> String {
        guard indentationProblems.contains(problem) else { return "" }
        return "; check this line's indentation" + (blockLine.map { " against line \($0)" } ?? "")
    }

    /// Yams rejects a mapping with two equal keys at the first one; the user needs the second.
    /// It is the next `key:` at the same column below the first (or on its line, in a flow
    /// mapping `{2019: 1, 2019: 2}`).
    private func duplicateKey(_ key: String, firstAt first: Mark) -> Diagnostic {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let message = "duplicate key '\(key)' (first at line \(first.line))"
        for lineIndex in (first.line - 1)..<lines.count {
            let scalars = Array(lines[lineIndex].unicodeScalars)
            let candidates = lineIndex == first.line - 1 ? Array(first.column..<max(first.column, scalars.count)) : [first.column - 1]
            if let start = candidates.first(where: { startsKey(key, in: scalars, at: $0) }) {
                return .error(message, at: location(line: lineIndex + 1, column: start + 1))
            }
        }
        return .error(message, at: location(line: first.line, column: first.column))
    }

    /// Whether `key` followed by `:` (optionally quoted, optionally after spaces) starts at `start`.
    private func startsKey(_ key: String, in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start < scalars.count else { return false }
        if start > 0, !" {,\t".unicodeScalars.contains(scalars[start - 1]) { return false }
        var index = start
        var quote: Unicode.Scalar?
        if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
            quote = scalars[index]
            index += 1
        }
        for scalar in key.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        if let quote {
            guard index < scalars.count, scalars[index] == quote else { return false }
            index += 1
        }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index < scalars.count && scalars[index] == ":"
    }

    /// One error per line whose indentation holds a tab.
    private func indentationTabs() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (column, scalar) in line.unicodeScalars.enumerated() {
                if scalar == "\t" {
                    diagnostics.append(.error("a tab in the indentation; YAML indents with spaces only",
                                              at: location(line: lineIndex + 1, column: column + 1)))
                }
                if scalar != " " && scalar != "\t" { break }
            }
        }
        return diagnostics
    }

    private func lineAndColumn(ofUTF8Offset offset: Int) -> (line: Int, column: Int) {
        var position = TextPosition()
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            position.advance(past: scalar)
        }
        return (position.line, position.column)
    }
}
