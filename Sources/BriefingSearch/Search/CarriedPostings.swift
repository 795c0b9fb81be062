import BriefingCore

/// The postings one build leaves for the next — the snapshot `Accumulator.finish` returns and
/// takes back as `previous`: every token's postings as the accumulator held them, and the
/// identity the caller gave each document number. A rebuild takes over the postings of every
/// document whose identity it meets again rather than adding its thousands of tokens one at a
/// time — serial hash-table work that was the longest single step of a rebuild after one new
/// seed — and adds only new or changed documents. Renumbered to this build's order, the postings
/// are exactly what adding every document gives, so the index is byte-identical to a clean build's.
///
/// Opaque to the caller: bytes to keep and hand back, a sealed `ByteRecord`. What an identity
/// stands for, and whether a snapshot still belongs to the code reading it, is the caller's.
public struct CarriedPostings: Sendable {
    private static let magic = "BCP2"

    /// The identity of each carried document number.
    let documents: [String]
    /// Each token's key bytes (as `TokenTable` keys it), in token order.
    let tokens: [[UInt8]]
    /// Each token's postings, by carried document number; parallel to `tokens`.
    let lists: [PostingList]
    /// The first carried number of each identity: documents with the same identity have the same postings.
    let numbers: [String: UInt32]

    init(documents: [String], tokens: [[UInt8]], lists: [PostingList]) {
        precondition(tokens.count == lists.count, "one list per token")
        self.documents = documents
        self.tokens = tokens
        self.lists = lists
        var numbers: [String: UInt32] = [:]
        // An empty identity names nothing (a document added without one).
        for (number, key) in documents.enumerated().reversed() where !key.isEmpty { numbers[key] = UInt32(number) }
        self.numbers = numbers
    }

    /// Whether the postings of a document of this identity are carried, so its tokens are not needed.
    package func carries(_ identity: String) -> Bool { numbers[identity] != nil }

    /// Writes the bytes `CarriedPostings(decoding:)` reads back. Tokens are added one at a time,
    /// so the accumulator can let go of each list as it is written.
    struct Writer {
        private var writer = ByteRecordWriter(magic: CarriedPostings.magic)
        private var tokensLeft: Int

        /// `listBytes`: the lists' bytes in all, so the buffer is made once, not grown.
        init(documents: [String], tokenCount: Int, listBytes: Int) {
            writer.reserveCapacity(listBytes + 16 * tokenCount + 40 * documents.count + 1_024)
            writer.texts(documents)
            writer.number(tokenCount)
            tokensLeft = tokenCount
        }

        mutating func add(key: ArraySlice<UInt8>, postings list: PostingList) {
            precondition(tokensLeft > 0, "no more tokens than the count written")
            writer.blob(key)
            writer.number(list.count)
            writer.number(Int(list.lastDocument))
            writer.blob(list.bytes)
            tokensLeft -= 1
        }

        consuming func finish() -> [UInt8] {
            precondition(tokensLeft == 0, "as many tokens as the count written")
            return writer.sealedBytes()
        }
    }

    /// Nil unless `bytes` are a whole snapshot, unchanged since written.
    package init?(decoding bytes: [UInt8]) {
        do throws(ByteRecordReader.Damaged) {
            var reader = try ByteRecordReader(bytes, magic: Self.magic, sealed: true)
            let documents = try reader.texts()
            let tokenCount = try reader.count()
            var tokens: [[UInt8]] = []
            var lists: [PostingList] = []
            tokens.reserveCapacity(tokenCount)
            lists.reserveCapacity(tokenCount)
            for _ in 0..<tokenCount {
                let key = try reader.blob()
                let count = try reader.count()
                let last = try reader.number()
                let list = try reader.blob()
                guard !key.isEmpty, count > 0, last >= 0, last < documents.count, list.count >= 2 * count else { return nil }
                tokens.append(key)
                lists.append(PostingList(bytes: list, count: count, last: UInt32(last)))
            }
            try reader.finish()
            self.init(documents: documents, tokens: tokens, lists: lists)
        } catch {
            return nil
        }
    }

    /// Where each carried document went in this build: nowhere (gone, or changed), or one or more
    /// new numbers (documents with the same key share one carried copy).
    struct Destinations: Sendable {
        private let starts: [Int]
        private let targets: [UInt32]
        /// Every carried document went to at most one number, in the same order: renumbered, a
        /// list stays sorted.
        let keepOrder: Bool
        /// Every carried document kept its number: a list is taken over as it is.
        let keepNumbers: Bool
        /// When `keepOrder`: each carried document's new number, or `gone`.
        private let renumbering: [UInt32]
        static let gone = UInt32.max

        /// `moves` in increasing new number.
        init(moves: [(carried: UInt32, new: UInt32)], carriedCount: Int) {
            var starts = [Int](repeating: 0, count: carriedCount + 1)
            for move in moves { starts[Int(move.carried) + 1] += 1 }
            for index in 0..<carriedCount { starts[index + 1] += starts[index] }
            var next = starts
            var targets = [UInt32](repeating: 0, count: moves.count)
            for move in moves {
                targets[next[Int(move.carried)]] = move.new
                next[Int(move.carried)] += 1
            }
            self.starts = starts
            self.targets = targets
            keepOrder = (0..<carriedCount).allSatisfy { starts[$0 + 1] - starts[$0] <= 1 } && zip(targets, targets.dropFirst()).allSatisfy { $0 < $1 }
            keepNumbers = moves.count == carriedCount && moves.allSatisfy { $0.carried == $0.new }
            var renumbering: [UInt32] = []
            if keepOrder {
                renumbering = [UInt32](repeating: Self.gone, count: carriedCount)
                for move in moves { renumbering[Int(move.carried)] = move.new }
            }
            self.renumbering = renumbering
        }

        /// When `keepOrder`: the carried document's new number, or `gone`.
        func newNumber(of carried: UInt32) -> UInt32 { renumbering[Int(carried)] }

        func targets(of carried: UInt32) -> ArraySlice<UInt32> {
            targets[starts[Int(carried)]..<starts[Int(carried) + 1]]
        }
    }

    /// A token's postings in this build: its carried postings renumbered, with those of the
    /// documents added afresh (`fresh`, already in this build's numbers; no document is in both).
    static func merged(carried: PostingList, fresh: PostingList, destinations: Destinations) -> PostingList {
        if carried.isEmpty { return fresh }
        if destinations.keepNumbers {
            // The fresh documents all come after the carried ones, which kept their numbers.
            var list = carried
            for posting in fresh { list.append(document: posting.document, value: posting.value) }
            return list
        }
        if destinations.keepOrder { return renumbered(carried, fresh: fresh, destinations: destinations) }
        var moved: [(document: UInt32, value: UInt64)] = []
        moved.reserveCapacity(carried.count)
        for posting in carried {
            for target in destinations.targets(of: posting.document) { moved.append((target, posting.value)) }
        }
        moved.sort { $0.document < $1.document }
        var list = PostingList()
        var freshPostings = fresh.makeIterator()
        var nextFresh = freshPostings.next()
        for posting in moved {
            while let waiting = nextFresh, waiting.document < posting.document {
                list.append(document: waiting.document, value: waiting.value)
                nextFresh = freshPostings.next()
            }
            list.append(document: posting.document, value: posting.value)
        }
        while let waiting = nextFresh {
            list.append(document: waiting.document, value: waiting.value)
            nextFresh = freshPostings.next()
        }
        return list
    }
}

extension CarriedPostings {
    /// `merged` when the carried documents kept their order, on the list's bytes: a posting whose
    /// gap from the one before is unchanged (most of them, as an archive grows) is copied as it
    /// is, with the runs of such postings copied at once; only the gaps around a document gone,
    /// added or moved are written anew. Decoding and encoding every posting of every list took a
    /// second of CPU at 10,000 articles.
    static func renumbered(_ carried: PostingList, fresh: PostingList, destinations: Destinations) -> PostingList {
        let input = carried.bytes
        var output = PostingsWriter()
        output.reserveCapacity(input.count + 16)
        var freshPostings = fresh.makeIterator()
        var nextFresh = freshPostings.next()
        var count = 0
        var previous: UInt32 = 0 // the last document written
        var oldDocument: UInt32 = 0
        var copyFrom = 0 // the first byte of the unchanged run not yet copied
        func put(_ document: UInt32, _ value: UInt64) {
            output.varint(UInt64(document - (count == 0 ? 0 : previous)))
            output.varint(value)
            previous = document
            count += 1
        }
        input.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                let start = offset
                let gap = PostingList.varint(in: bytes, at: &offset)
                let valueStart = offset
                while bytes[offset] >= 0x80 { offset += 1 }
                offset += 1
                oldDocument += UInt32(gap)
                let document = destinations.newNumber(of: oldDocument)
                guard document != Destinations.gone else {
                    output.append(bytes[copyFrom..<start])
                    copyFrom = offset
                    continue
                }
                var insertedFresh = false
                while let waiting = nextFresh, waiting.document < document {
                    if !insertedFresh {
                        output.append(bytes[copyFrom..<start])
                        insertedFresh = true
                    }
                    put(waiting.document, waiting.value)
                    nextFresh = freshPostings.next()
                }
                let newGap = UInt64(document - (count == 0 ? 0 : previous))
                if newGap == gap, !insertedFresh {
                    // Unchanged: left in the run to copy.
                } else {
                    if !insertedFresh { output.append(bytes[copyFrom..<start]) }
                    output.varint(newGap)
                    output.append(bytes[valueStart..<offset])
                }
                if newGap != gap || insertedFresh { copyFrom = offset }
                previous = document
                count += 1
            }
            output.append(bytes[copyFrom..<bytes.count])
        }
        while let waiting = nextFresh {
            put(waiting.document, waiting.value)
            nextFresh = freshPostings.next()
        }
        return PostingList(bytes: output.bytes, count: count, last: previous)
    }
}
