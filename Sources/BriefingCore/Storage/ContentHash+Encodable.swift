extension ContentHash {
    /// Adds a value through its `Encodable` conformance: every stored field, in declaration
    /// order, each marked with its key and kind, so a cache key made from a step's inputs takes in
    /// a field added later without anyone listing it. Dictionaries are taken in the order of their
    /// keys, never in their iteration order (which changes from one process to the next).
    public mutating func add(encodable value: some Encodable) {
        let sink = HashSink(self)
        // The hashing encoder throws nothing of its own; a value whose `encode(to:)` throws is
        // marked as such, so it cannot collide with a value that encodes.
        do { try HashingEncoder(sink).encode(value) } catch { sink.add(tag: "!") }
        self = sink.hash
    }

    /// The hash of a value's `Encodable` fields, as `add(encodable:)` takes them.
    public static func of(encodable value: some Encodable) -> String {
        var hash = ContentHash()
        hash.add(encodable: value)
        return hash.hex
    }
}

/// Where the encoder's containers write: one hash for the whole value.
private final class HashSink {
    var hash: ContentHash

    init(_ hash: ContentHash) { self.hash = hash }

    /// A one-byte kind before each piece, so a text "[" and the start of a list differ.
    func add(tag: Unicode.Scalar) { hash.add(String(tag)) }

    func add(tag: Unicode.Scalar, _ text: String) {
        add(tag: tag)
        hash.add(text)
    }
}

/// Dictionaries hash as their entries sorted by key: `Dictionary.encode(to:)` writes them in
/// iteration order, which Swift seeds per process.
private protocol SortedForHashing {
    func encodeSorted(to encoder: HashingEncoder) throws
}

extension Dictionary: SortedForHashing where Key: Encodable, Value: Encodable {
    fileprivate func encodeSorted(to encoder: HashingEncoder) throws {
        let sink = encoder.sink
        sink.add(tag: "{", String(count))
        for (key, value) in map({ (key: ContentHash.of(encodable: $0.key), value: $0.value) }).sorted(by: { $0.key < $1.key }) {
            sink.add(tag: "k", key)
            try encoder.encode(value)
        }
        sink.add(tag: "}")
    }
}

/// Sets hash as their elements sorted by their own hashes: a set's order, too, changes per process.
private protocol SortedSetForHashing {
    func encodeSorted(to encoder: HashingEncoder) throws
}

extension Set: SortedSetForHashing where Element: Encodable {
    fileprivate func encodeSorted(to encoder: HashingEncoder) throws {
        encoder.sink.add(tag: "{", String(count))
        for element in map({ ContentHash.of(encodable: $0) }).sorted() { encoder.sink.add(tag: "e", element) }
        encoder.sink.add(tag: "}")
    }
}

private struct HashingEncoder: Encoder {
    let sink: HashSink
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ sink: HashSink) { self.sink = sink }

    func encode(_ value: some Encodable) throws {
        if let dictionary = value as? any SortedForHashing {
            try dictionary.encodeSorted(to: self)
            return
        }
        if let set = value as? any SortedSetForHashing {
            try set.encodeSorted(to: self)
            return
        }
        // A list's length goes first, and every value is bracketed: containers have no end of
        // their own, and synthesized coding leaves nil optionals out, so without the brackets
        // `{a: {x: 1, b: nil}, b: 2}` and `{a: {x: 1, b: 2}, b: nil}` would hash alike.
        if let collection = value as? any Collection { sink.add(tag: "#", String(collection.count)) }
        sink.add(tag: "<")
        try value.encode(to: self)
        sink.add(tag: ">")
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.add(tag: "(")
        return KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.add(tag: "[")
        return Unkeyed(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    /// Every scalar the containers see, as text with its kind.
    func scalar(_ value: some LosslessStringConvertible, tag: Unicode.Scalar) { sink.add(tag: tag, String(value)) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: HashingEncoder
        var codingPath: [any CodingKey] { [] }

        private func key(_ key: Key) { encoder.sink.add(tag: "k", key.stringValue) }

        mutating func encodeNil(forKey key: Key) throws { self.key(key); encoder.sink.add(tag: "0") }
        mutating func encode(_ value: Bool, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "b") }
        mutating func encode(_ value: String, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "s") }
        mutating func encode(_ value: Double, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "d") }
        mutating func encode(_ value: Float, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "d") }
        mutating func encode(_ value: Int, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: Int8, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: Int16, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: Int32, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: Int64, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: UInt, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { self.key(key); encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws { self.key(key); try encoder.encode(value) }

        mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type, forKey key: Key) -> KeyedEncodingContainer<Nested> {
            self.key(key)
            return encoder.container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            self.key(key)
            return encoder.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder.sink.add(tag: "^"); return encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { self.key(key); encoder.sink.add(tag: "^"); return encoder }
    }

    /// The items of a list, each with its kind.
    struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: HashingEncoder
        var codingPath: [any CodingKey] { [] }
        var count = 0

        mutating func encodeNil() throws { count += 1; encoder.sink.add(tag: "0") }
        mutating func encode(_ value: Bool) throws { count += 1; encoder.scalar(value, tag: "b") }
        mutating func encode(_ value: String) throws { count += 1; encoder.scalar(value, tag: "s") }
        mutating func encode(_ value: Double) throws { count += 1; encoder.scalar(value, tag: "d") }
        mutating func encode(_ value: Int) throws { count += 1; encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: some Encodable) throws { count += 1; try encoder.encode(value) }

        mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type) -> KeyedEncodingContainer<Nested> {
            count += 1
            return encoder.container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            count += 1
            return encoder.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { count += 1; encoder.sink.add(tag: "^"); return encoder }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: HashingEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { encoder.sink.add(tag: "0") }
        mutating func encode(_ value: Bool) throws { encoder.scalar(value, tag: "b") }
        mutating func encode(_ value: String) throws { encoder.scalar(value, tag: "s") }
        mutating func encode(_ value: Double) throws { encoder.scalar(value, tag: "d") }
        mutating func encode(_ value: Float) throws { encoder.scalar(value, tag: "d") }
        mutating func encode(_ value: Int) throws { encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: Int8) throws { encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: Int16) throws { encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: Int32) throws { encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: Int64) throws { encoder.scalar(value, tag: "i") }
        mutating func encode(_ value: UInt) throws { encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: UInt8) throws { encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: UInt16) throws { encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: UInt32) throws { encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: UInt64) throws { encoder.scalar(value, tag: "u") }
        mutating func encode(_ value: some Encodable) throws { try encoder.encode(value) }
    }
}
