import Foundation

/// Numbers distinct search tokens in the order they are first seen, finding them by their UTF-8
/// bytes. A `[String: Int]` did the same, but `String` hashes and compares non-ASCII text through
/// its normal form, which made adding each article's thousands of CJK tokens, serially on the
/// building thread, a large part of an incremental build.
///
/// Tokens are told apart exactly as `String` tells them apart (canonical equivalence): a token
/// whose bytes are plainly NFC (ASCII, kana, ideographs and hangul syllables: in practice every
/// token the tokenizer makes) is its own key; any other is keyed by its NFC form. An id gives back
/// the spelling it was first seen in, and ids sort by key bytes as their tokens sort as strings.
struct TokenTable {
    /// Every key's bytes, one after another; key `id` lies in `keyEnds[id]..<keyEnds[id + 1]`.
    private var keys: [UInt8] = []
    private var keyEnds: [Int] = [0]
    /// The first spelling of a token whose key is not its own bytes.
    private var spellings: [Int: String] = [:]
    /// Open addressing, linear probing, at most half full; the count is a power of two.
    private var slots = [Slot](repeating: Slot(), count: 1_024)

    private struct Slot {
        /// The key's first eight bytes, little-endian and zero-padded: all of most keys, so most
        /// lookups never read `keys`.
        var prefix: UInt64 = 0
        var length: UInt32 = 0
        /// The token's id plus one; zero marks an empty slot.
        var idPlusOne: UInt32 = 0
    }

    var count: Int { keyEnds.count - 1 }

    /// The id of the token with these UTF-8 bytes, numbering it `count` if it is new.
    mutating func id(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
        if Self.isPlainlyNFC(utf8) { return id(ofKey: utf8, spelling: nil) }
        let token = String(decoding: utf8, as: UTF8.self)
        // NFC, the normal form `String` compares and hashes by (Foundation's public API for it;
        // the standard library's own is underscored).
        return Array(token.precomposedStringWithCanonicalMapping.utf8).withUnsafeBufferPointer { id(ofKey: $0, spelling: token) }
    }

    /// The token as first seen.
    func token(_ id: Int) -> String {
        spellings[id] ?? String(decoding: key(id), as: UTF8.self)
    }

    /// The bytes token `id` is keyed by: its UTF-8 when it was seen in normal form.
    func key(_ id: Int) -> ArraySlice<UInt8> { keys[keyEnds[id]..<keyEnds[id + 1]] }

    /// Whether every token was first seen as its key's bytes, so that a table seeded with the keys
    /// gives back the same spellings.
    var spellsEveryTokenAsItsKey: Bool { spellings.isEmpty }

    /// Every token as first seen, by id.
    var tokens: [String] { (0..<count).map(token) }

    /// Every id, its tokens in `String` order (which orders by normal form, as the keys are).
    func idsInTokenOrder() -> [Int] {
        keys.withUnsafeBufferPointer { keys in
            (0..<count).sorted { a, b in
                let lengthA = keyEnds[a + 1] - keyEnds[a], lengthB = keyEnds[b + 1] - keyEnds[b]
                let order = memcmp(keys.baseAddress! + keyEnds[a], keys.baseAddress! + keyEnds[b], min(lengthA, lengthB))
                return order != 0 ? order < 0 : lengthA < lengthB
            }
        }
    }

    private mutating func id(ofKey key: UnsafeBufferPointer<UInt8>, spelling: String?) -> Int {
        let prefix = Self.prefix(of: key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key, prefix: prefix)) & mask
        while slots[slot].idPlusOne != 0 {
            let candidate = slots[slot]
            if candidate.prefix == prefix, candidate.length == key.count,
               key.count <= 8 || keys[(keyEnds[Int(candidate.idPlusOne) - 1] + 8)...].starts(with: key[8...]) {
                return Int(candidate.idPlusOne) - 1
            }
            slot = (slot + 1) & mask
        }
        let id = count
        keys.append(contentsOf: key)
        keyEnds.append(keys.count)
        if let spelling, !spelling.utf8.elementsEqual(key) { spellings[id] = spelling }
        slots[slot] = Slot(prefix: prefix, length: UInt32(key.count), idPlusOne: UInt32(id + 1))
        if count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        var grown = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = grown.count - 1
        keys.withUnsafeBufferPointer { keys in
            for id in 0..<count {
                let key = UnsafeBufferPointer(rebasing: keys[keyEnds[id]..<keyEnds[id + 1]])
                let prefix = Self.prefix(of: key)
                var slot = Int(truncatingIfNeeded: Self.hash(key, prefix: prefix)) & mask
                while grown[slot].idPlusOne != 0 { slot = (slot + 1) & mask }
                grown[slot] = Slot(prefix: prefix, length: UInt32(key.count), idPlusOne: UInt32(id + 1))
            }
        }
        slots = grown
    }

    /// Whether every scalar is one NFC keeps whatever surrounds it (quick check Yes, combining
    /// class 0), so the bytes are already their own normal form.
    static func isPlainlyNFC(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard lead & 0xF0 == 0xE0, index + 2 < utf8.count else { return false }
            let scalar = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
            switch scalar {
            case 0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: index += 3
            default: return false
            }
        }
        return true
    }

    private static func prefix(of key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        chunk(key, from: 0)
    }

    /// Up to eight bytes from `offset`, little-endian, zero-padded.
    private static func chunk(_ key: UnsafeBufferPointer<UInt8>, from offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in offset..<min(offset + 8, key.count) { value |= UInt64(key[index]) << (8 * UInt64(index - offset)) }
        return value
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt64 {
        var hash = mixed(UInt64(key.count) ^ mixed(prefix))
        var offset = 8
        while offset < key.count {
            hash = mixed(hash ^ chunk(key, from: offset))
            offset += 8
        }
        return hash
    }

    /// A 64-bit finaliser: every input bit changes about half the output bits, low ones included.
    private static func mixed(_ value: UInt64) -> UInt64 {
        var value = value &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 32
        value = value &* 0xD6E8_FEB8_6659_FD93
        value ^= value >> 32
        return value
    }
}
