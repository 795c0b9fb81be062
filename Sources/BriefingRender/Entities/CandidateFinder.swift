import BriefingCore
import Foundation

/// Finds names that articles gloss in parentheses, such as `盧比歐（Marco Rubio）` or
/// `「四方安全對話」（Quad）`, as candidates for the gazetteer. Candidates that share an English
/// gloss or the same script-folded name are one candidate; names already in the gazetteer are left out.
public struct CandidateFinder {
    public struct Candidate: Sendable, Hashable {
        public var english: String
        public var forms: [String]
        public var kind: Entity.Kind
        public var sources: [String]
    }

    /// Words that end a title or a clause just before a name: the name starts after them.
    static let boundaries = ["國務卿", "国务卿", "總統", "总统", "總理", "总理", "首相", "部長", "部长", "主席", "議員", "议员",
                             "大使", "外長", "外长", "顧問", "顾问", "發言人", "发言人", "司長", "司长", "領袖", "领袖", "長官", "长官",
                             "院長", "院长", "大臣", "防長", "防长", "行長", "行长", "代表", "前任", "新任", "副總統", "副总统",
                             "會晤", "会晤", "會見", "会见", "訪問", "访问", "通話", "通话", "表示", "指出", "認為", "认为",
                             "宣布", "強調", "强调", "呼籲", "呼吁", "訪美", "访美", "隨", "随"]
    static let stopCharacters: Set<Character> = ["的", "與", "与", "和", "及", "、", "，", "在", "對", "对", "將", "将", "由", "於",
                                                 "于", "被", "為", "为", "是", "同", "向", "把", "以", "而", "即", "和"]

    let gazetteer: Gazetteer
    let fold: (String) -> [Character]

    public init(gazetteer: Gazetteer, fold: @escaping (String) -> [Character]) {
        self.gazetteer = gazetteer
        self.fold = fold
    }

    public func candidates(in documents: [MarkdownDocument]) -> [Candidate] {
        var known = Set<String>()
        for entity in gazetteer.entities {
            for name in entity.allNames { known.insert(String(fold(name))) }
        }
        var byKey: [String: Candidate] = [:]
        var keyOfForm: [String: String] = [:]
        for document in documents {
            for (name, gloss, quoted) in glossedNames(in: document.body) {
                let folded = String(fold(name)), english = String(fold(gloss))
                guard !known.contains(folded), !known.contains(english) else { continue }
                let key = keyOfForm[folded] ?? keyOfForm[english] ?? english
                var candidate = byKey[key] ?? Candidate(english: gloss, forms: [], kind: Self.kind(gloss: gloss, quoted: quoted), sources: [])
                if !candidate.forms.contains(name) { candidate.forms.append(name) }
                if !candidate.sources.contains(document.sourcePath) { candidate.sources.append(document.sourcePath) }
                byKey[key] = candidate
                keyOfForm[folded] = key
                keyOfForm[english] = key
            }
        }
        return byKey.values.sorted { ($0.kind.rawValue, $0.english) < ($1.kind.rawValue, $1.english) }
    }

    /// `(name, gloss, quoted)` for every `NAME（Latin gloss）` in the text.
    func glossedNames(in text: String) -> [(String, String, Bool)] {
        let characters = Array(text)
        var found: [(String, String, Bool)] = []
        for (index, character) in characters.enumerated() where character == "（" || character == "(" {
            guard let close = characters[(index + 1)...].prefix(80).firstIndex(where: { $0 == "）" || $0 == ")" }) else { continue }
            let gloss = String(characters[(index + 1)..<close]).trimmingSpaces()
            guard gloss.filter(\.isLetter).count >= 2, !gloss.contains(where: CharacterClass.isCJK),
                  gloss.first?.isUppercase == true, !gloss.contains("http") else { continue }
            if let name = quotedName(characters, before: index) {
                found.append((name, gloss, true))
            } else if let name = bareName(characters, before: index) {
                found.append((name, gloss, false))
            }
        }
        return found
    }

    private func quotedName(_ characters: [Character], before index: Int) -> String? {
        guard index > 0, "」”》』".contains(characters[index - 1]) else { return nil }
        let openers: [Character: Character] = ["」": "「", "”": "“", "》": "《", "』": "『"]
        let opener = openers[characters[index - 1]]!
        guard let open = characters[..<(index - 1)].lastIndex(of: opener), index - 1 - open <= 20 else { return nil }
        let name = String(characters[(open + 1)..<(index - 1)])
        return name.count >= 2 ? name : nil
    }

    private func bareName(_ characters: [Character], before index: Int) -> String? {
        var start = index
        while start > 0, CharacterClass.isIdeograph(characters[start - 1]) || characters[start - 1] == "·"
                || (characters[start - 1] == "-" && start > 1 && CharacterClass.isIdeograph(characters[start - 2])),
              !Self.stopCharacters.contains(characters[start - 1]), index - start < 14 {
            start -= 1
        }
        var name = String(characters[start..<index])
        for boundary in Self.boundaries {
            if let range = name.range(of: boundary, options: .backwards) { name = String(name[range.upperBound...]) }
        }
        let plain = name.filter { $0 != "·" && $0 != "-" }
        let limit = plain.count == name.count ? 8 : 12
        return plain.count >= 2 && plain.count <= limit ? name : nil
    }

    static func kind(gloss: String, quoted: Bool) -> Entity.Kind {
        let words = gloss.split(separator: " ")
        if gloss.range(of: "\\b(Act|Treaty|Agreement|Strategy|Law)\\b", options: .regularExpression) != nil { return .document }
        if quoted || gloss == gloss.uppercased() || words.count > 3 { return .organisation }
        return .person
    }
}
