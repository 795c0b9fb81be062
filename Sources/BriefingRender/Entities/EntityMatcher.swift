/// Finds gazetteer names in running text, whichever script or regional form is used.
///
/// Names and text are folded the same way (Traditional to Simplified character by character,
/// Latin to lower case, middle dots unified), so `盧比歐`, `卢比欧` and a Simplified alias all
/// match each other. At each position the longest name wins. Latin names only match whole words.
/// Single characters are never names, so compounds such as `美日` or `川石` match nothing.
///
/// The names are compiled once into a trie over numbered folded characters. Text made only of
/// scalars that are characters on their own (nearly all Chinese and English prose) is read as
/// UTF-8 with every scalar's code looked up in a table; any other text is folded character by
/// character first. Both give the same matches.
public struct EntityMatcher: Sendable {
    public struct Match: Sendable, Hashable {
        /// Character offsets into the searched text.
        public var range: Range<Int>
        public var entityID: String
    }

    /// A match located in the text's UTF-8 too, with the bytes of some characters either side.
    struct Located {
        var characters: Range<Int>
        var bytes: Range<Int>
        var context: Range<Int>
        var entityID: String
    }

    private let alphabet: NameAlphabet
    private let trie: NameTrie
    /// Trie values index this; value 0, the empty id, is a `not_in` phrase, which hides the names inside it.
    private let entityIDs: [String]
    private let fold: @Sendable (String) -> [Character]

    public init(gazetteer: Gazetteer, fold: @escaping @Sendable (String) -> [Character]) {
        var alphabet = NameAlphabet()
        var keys: [(key: [UInt32], value: Int32)] = []
        var entityIDs = [""]
        for entity in gazetteer.entities {
            for phrase in entity.notIn where phrase.count >= 2 {
                keys.append((fold(phrase).map { alphabet.number(of: $0) }, 0))
            }
        }
        for entity in gazetteer.entities {
            entityIDs.append(entity.id)
            for name in entity.allNames where name.count >= 2 {
                keys.append((fold(name).map { alphabet.number(of: $0) }, Int32(entityIDs.count - 1)))
            }
        }
        // `not_in` phrases come first and the first value of a key stays: a phrase that is also a name is no mention.
        trie = NameTrie(keys: keys, alphabetSize: alphabet.count)
        alphabet.tabulate(fold: fold)
        self.alphabet = alphabet
        self.entityIDs = entityIDs
        self.fold = fold
    }

    public var isEmpty: Bool { trie.isEmpty }

    /// The text folded as names are matched.
    public func folded(_ text: String) -> String { String(fold(text)) }

    public func matches(in text: String) -> [Match] {
        locate(in: text, context: 0).map { Match(range: $0.characters, entityID: $0.entityID) }
    }

    /// The matches in `text`, each with its UTF-8 range and that of up to `context` characters either side.
    func locate(in text: String, context: Int) -> [Located] {
        guard !trie.isEmpty else { return [] }
        var text = text
        let byteCount = text.utf8.count
        // One buffer: a code per character, then the byte offset of each character and of the end.
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * byteCount + 1) { buffer in
            let codes = UnsafeMutableBufferPointer(rebasing: buffer[0..<byteCount])
            let offsets = UnsafeMutableBufferPointer(rebasing: buffer[byteCount...])
            let count = readScalars(&text, codes, offsets) ?? readCharacters(text, codes, offsets)
            offsets[count] = UInt32(byteCount)
            return search(codes, count: count).map { found in
                Located(characters: found.range, bytes: Int(offsets[found.range.lowerBound])..<Int(offsets[found.range.upperBound]),
                        context: Int(offsets[max(0, found.range.lowerBound - context)])..<Int(offsets[min(count, found.range.upperBound + context)]),
                        entityID: entityIDs[Int(found.value)])
            }
        }
    }

    /// Reads text made only of stand-alone scalars, one character per scalar; nil for any other text.
    private func readScalars(_ text: inout String, _ codes: UnsafeMutableBufferPointer<UInt32>,
                             _ offsets: UnsafeMutableBufferPointer<UInt32>) -> Int? {
        text.withUTF8 { bytes in
            var position = 0, count = 0
            while position < bytes.count {
                let (scalar, length) = bytes.utf8Scalar(at: position)
                guard length < 4 else { return nil }
                let code = alphabet.code(ofScalar: scalar)
                if code == NameAlphabet.joining { return nil }
                codes[count] = code
                offsets[count] = UInt32(position)
                count += 1
                position += length
            }
            return count
        }
    }

    /// Reads any text character by character, folding it as a whole.
    private func readCharacters(_ text: String, _ codes: UnsafeMutableBufferPointer<UInt32>,
                                _ offsets: UnsafeMutableBufferPointer<UInt32>) -> Int {
        var position = 0, count = 0
        for (character, folded) in zip(text, fold(text)) {
            codes[count] = alphabet.code(of: folded)
            offsets[count] = UInt32(position)
            count += 1
            position += character.utf8.count
        }
        return count
    }

    /// Leftmost, then longest, matches of names (or hiding phrases) that are whole words where Latin.
    private func search(_ codes: UnsafeMutableBufferPointer<UInt32>, count: Int) -> [(range: Range<Int>, value: Int32)] {
        @inline(__always) func isWord(_ index: Int) -> Bool { codes[index] & 1 == 1 }
        var found: [(range: Range<Int>, value: Int32)] = []
        var start = 0
        while start < count {
            var node = trie.start(codes[start] >> 1)
            // A Latin name must not continue a Latin word on either side (`Quad` is not in `Quadrant`).
            if node == NameTrie.none || (isWord(start) && start > 0 && isWord(start - 1)) {
                start += 1
                continue
            }
            var best: (end: Int, value: Int32)?
            var end = start + 1
            while true {
                let value = trie.value(node)
                if value != NameTrie.none, end == count || !isWord(end - 1) || !isWord(end) { best = (end, value) }
                guard end < count else { break }
                node = trie.child(of: node, codes[end] >> 1)
                if node == NameTrie.none { break }
                end += 1
            }
            if let best {
                if best.value != 0 { found.append((start..<best.end, best.value)) }
                start = best.end
            } else {
                start += 1
            }
        }
        return found
    }
}
