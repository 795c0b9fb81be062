import BriefingCore

extension SearchIndexBuilder {
    /// FNV-1a over the token's UTF-8 bytes; `search-core.js` computes the same.
    static func hash(_ token: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in token.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// The entry file's JSON: counts, the compressed length of every document's fragment (in
    /// document order, so the browser knows where each lies in its block), the fold map, and per
    /// mentioned entity its id followed by every folded name (two characters or more) a query may use for it.
    func entry(documentCount: Int, shardCount: Int, tailCount: Int, chunkSize: Int, fragmentLengths: [Int], vocabulary: [String],
               entities: [Entity], mentioned: Set<String>) -> String {
        var names: [(String, [String])] = []
        for entity in entities where mentioned.contains(entity.id) {
            var forms = Set(entity.allNames.map { String(tokenizer.normalise($0)) })
            if entity.kind == .person, let surname = entity.english.split(separator: " ").last, surname.count >= 3 {
                forms.insert(String(tokenizer.normalise(String(surname))))
            }
            let kept = forms.filter { $0.count >= 2 }.sorted()
            if !kept.isEmpty { names.append((entity.id, kept)) }
        }
        names.sort { $0.0 < $1.0 }
        let folded = foldMap(vocabulary: Set(vocabulary.flatMap { Array($0) }))
        return "{\"version\":4,\"documents\":\(documentCount),\"shards\":\(shardCount),\"tails\":\(tailCount),"
            + "\"chunk\":\(chunkSize),\"fragments\":[\(fragmentLengths.map(String.init).joined(separator: ","))],"
            + "\"fold\":\(JSONText.string(folded)),"
            + "\"entities\":\(JSONText.array(names.map { JSONText.array(([$0.0] + $0.1).map(JSONText.string)) }))}"
    }

    /// Pairs `TraditionalSimplified` for every character whose folded form occurs in the index, so
    /// the browser folds a query exactly as the index was folded, with no converter of its own.
    func foldMap(vocabulary: Set<Character>) -> String {
        var pairs = ""
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                let folded = foldCharacter(character)
                if folded != character, vocabulary.contains(folded) {
                    pairs.append(character)
                    pairs.append(folded)
                }
            }
        }
        return pairs
    }
}
