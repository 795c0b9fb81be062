import BriefingReflow
import BriefingScript
import Yams

extension CandidateFinder {
    /// Gazetteer entries for the candidates, ready to paste into `entities.yml`: names in both
    /// scripts (a Taiwan and a mainland form when the articles use both), the other forms as aliases.
    public static func yaml(for candidates: [Candidate], scripts: ScriptConverter) -> String {
        guard !candidates.isEmpty else { return "# no new glossed names found\n" }
        var output = ""
        var usedIDs = Set<String>()
        for candidate in candidates {
            let traditionalForm = candidate.forms.first { scripts.detectScript(of: $0) == .traditional }
            let simplifiedForm = candidate.forms.first { scripts.detectScript(of: $0) == .simplified }
            let first = candidate.forms[0]
            let hant = traditionalForm ?? scripts.convert(first, from: .simplified, to: .traditional)
            let hans = simplifiedForm ?? scripts.convert(first, from: .traditional, to: .simplified)
            let aliases = candidate.forms.filter { $0 != hant && $0 != hans }
            var id = ArticleConverter.slug(for: candidate.english)
            while usedIDs.contains(id) { id += "-2" }
            usedIDs.insert(id)
            var pairs: [(Node, Node)] = [
                (Node("id"), Node(id)), (Node("type"), Node(candidate.kind.rawValue)), (Node("english"), Node(candidate.english)),
                (Node("names"), Node.mapping(Node.Mapping([(Node("Hant"), Node(hant)), (Node("Hans"), Node(hans))], .implicit, .flow))),
            ]
            if !aliases.isEmpty { pairs.append((Node("aliases"), Node.sequence(Node.Sequence(aliases.map { Node($0) }, .implicit, .flow)))) }
            let entry = Node.sequence(Node.Sequence([Node.mapping(Node.Mapping(pairs))]))
            output += "# found in \(candidate.sources.joined(separator: ", ")); check the type and add a description\n"
            output += (try? Yams.serialize(node: entry, width: -1, allowUnicode: true)) ?? ""
        }
        return output
    }
}
