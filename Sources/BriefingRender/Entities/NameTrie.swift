/// The gazetteer's folded names as a trie over alphabet numbers, flattened into arrays once built:
/// the root's children are indexed directly by number (it has one for most characters that start
/// a name); every other node keeps its few children sorted in a shared edge list.
struct NameTrie: Sendable {
    /// A node with no value, and a missing child.
    static let none: Int32 = -1

    private var rootChildren: [Int32]
    /// Node `n`'s children are `edgeNumbers[edgeStart[n]..<edgeStart[n + 1]]`, sorted, and their targets.
    private var edgeStart: [Int32]
    private var edgeNumbers: [UInt32]
    private var edgeTargets: [Int32]
    private var values: [Int32]

    /// Builds the trie from keys with their values; for a key given twice, the first value stays.
    init(keys: [(key: [UInt32], value: Int32)], alphabetSize: Int) {
        var children: [[UInt32: Int32]] = [[:]]
        var values: [Int32] = [Self.none]
        for (key, value) in keys where !key.isEmpty {
            var node = 0
            for number in key {
                if let next = children[node][number] {
                    node = Int(next)
                } else {
                    children.append([:])
                    values.append(Self.none)
                    children[node][number] = Int32(children.count - 1)
                    node = children.count - 1
                }
            }
            if values[node] == Self.none { values[node] = value }
        }
        rootChildren = [Int32](repeating: Self.none, count: alphabetSize)
        for (number, child) in children[0] { rootChildren[Int(number)] = child }
        edgeStart = [0]
        edgeNumbers = []
        edgeTargets = []
        for (node, edges) in children.enumerated() {
            if node > 0 {
                for (number, child) in edges.sorted(by: { $0.key < $1.key }) {
                    edgeNumbers.append(number)
                    edgeTargets.append(child)
                }
            }
            edgeStart.append(Int32(edgeNumbers.count))
        }
        self.values = values
    }

    var isEmpty: Bool { values.count == 1 }

    /// The value stored at `node`, or `none`.
    @inline(__always)
    func value(_ node: Int32) -> Int32 { values[Int(node)] }

    /// The node reached from the root by `number`, or `none`.
    @inline(__always)
    func start(_ number: UInt32) -> Int32 {
        Int(number) < rootChildren.count ? rootChildren[Int(number)] : Self.none
    }

    /// The node reached from `node` (not the root) by `number`, or `none`.
    @inline(__always)
    func child(of node: Int32, _ number: UInt32) -> Int32 {
        var index = Int(edgeStart[Int(node)])
        let end = Int(edgeStart[Int(node) + 1])
        while index < end {
            let found = edgeNumbers[index]
            if found == number { return edgeTargets[index] }
            if found > number { return Self.none }
            index += 1
        }
        return Self.none
    }
}
