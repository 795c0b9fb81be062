import CXXHash

/// A 128-bit content hash for cache keys and the seals at the end of cache files: XXH3-128 from
/// libxxhash, fed as the parts come. XXH3 is a well-tested, well-known hash (SMHasher clean, far
/// faster than a cryptographic one, and a rebuild hashes every seed and archive page), where a
/// home-made mixer's collision behaviour was anyone's guess. Not cryptographic: the cache only
/// needs different inputs to give different keys in practice. The digest does not depend on the
/// machine, so a key is the same everywhere.
///
/// A value type: a copy hashes on from where the original was (the state is copied on write).
public struct ContentHash: Sendable {
    private var state: State

    public init() {
        state = State()
    }

    /// Adds a text and a separator byte no UTF-8 text holds, so ["ab", "c"] and ["a", "bc"] differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: UnsafeRawBufferPointer($0)) }
        var separator: UInt8 = 0xFF
        withUnsafeBytes(of: &separator) { add(buffer: $0) }
    }

    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { add(buffer: UnsafeRawBufferPointer($0)) }
        if done == nil {
            let copied = Array(bytes)
            copied.withUnsafeBytes { add(buffer: $0) }
        }
    }

    private mutating func add(buffer: UnsafeRawBufferPointer) {
        guard buffer.count > 0 else { return }
        if !isKnownUniquelyReferenced(&state) { state = state.copy() }
        _ = XXH3_128bits_update(state.pointer, buffer.baseAddress, buffer.count)
    }

    /// The 32 hex digits of the digest: XXH128's canonical form (high half first).
    public var hex: String {
        let digest = XXH3_128bits_digest(state.pointer)
        return Self.pad(digest.high64) + Self.pad(digest.low64)
    }

    /// The 16 bytes of the digest in the same canonical order (high half first, big-endian).
    public var bytes: [UInt8] {
        let digest = XXH3_128bits_digest(state.pointer)
        var result: [UInt8] = []
        result.reserveCapacity(16)
        for half in [digest.high64, digest.low64] { withUnsafeBytes(of: half.bigEndian) { result.append(contentsOf: $0) } }
        return result
    }

    public static func of(_ parts: [String]) -> String {
        var hash = ContentHash()
        for part in parts { hash.add(part) }
        return hash.hex
    }

    /// The hash of `bytes` at once (no separator), as `add(bytes:)` then `hex` gives.
    public static func of(bytes: some Sequence<UInt8>) -> String {
        var hash = ContentHash()
        hash.add(bytes: bytes)
        return hash.hex
    }

    /// The version of libxxhash in use, for the build's identity.
    public static var libraryVersion: String { String(XXH_versionNumber()) }

    private static func pad(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The library's streaming state, freed with its owner. Unchecked: a C handle, written only
    /// through a `ContentHash` that holds it alone (`add` copies a shared state first), and read
    /// by the digest without changing it.
    private final class State: @unchecked Sendable {
        let pointer: OpaquePointer

        init() {
            pointer = XXH3_createState()
            XXH3_128bits_reset(pointer)
        }

        private init(copying other: State) {
            pointer = XXH3_createState()
            XXH3_copyState(pointer, other.pointer)
        }

        func copy() -> State { State(copying: self) }

        deinit { XXH3_freeState(pointer) }
    }
}
