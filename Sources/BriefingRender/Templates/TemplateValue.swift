/// Turns a typed view model into the dictionaries and arrays swift-mustache reads fastest.
///
/// The library finds a struct's fields with a new `Mirror` at every lookup, and walks up the
/// context stack with a mirror per level on every miss: about a tenth of a whole build went there.
/// Reflecting each value once, up front, gives the same lookups at hash cost. The shape follows the
/// library's reading of a mirror exactly: a nil optional field is absent (so a lookup climbs to the
/// enclosing context, as it does for a nil field), a present one is unwrapped, arrays stay arrays.
enum TemplateValue {
    static func flattened(_ value: Any) -> Any {
        switch value {
        case let text as String:
            return TemplateText(text: text)
        case is Int, is Bool, is Double, is Substring, is TemplateText:
            return value
        case let fast as TemplateFields:
            return fast.templateFields.mapValues(flattened)
        case let array as [Any]:
            return array.map(flattened)
        case let dictionary as [String: Any]:
            return dictionary.mapValues(flattened)
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return value }
            return flattened(wrapped)
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label, let present = unwrapped(child.value) else { continue }
                fields[label] = flattened(present)
            }
            return fields
        default:
            return value
        }
    }

    /// The reflective path alone, for tests that check a hand-written `TemplateFields`.
    static func reflected(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        var fields: [String: Any] = [:]
        for child in mirror.children {
            guard let label = child.label, let present = unwrapped(child.value) else { continue }
            fields[label] = flattened(present)
        }
        return fields
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        guard let wrapped = mirror.children.first?.value else { return nil }
        return unwrapped(wrapped)
    }
}

/// A view model that hands its fields over without reflection: for the few types a page holds
/// hundreds of. `TemplateValue.flattened` flattens the values it hands over. A test compares each
/// with the reflective path, so a new field cannot be missed.
package protocol TemplateFields {
    var templateFields: [String: Any] { get }
}

extension ScriptPairView: TemplateFields {
    package var templateFields: [String: Any] { ["traditional": traditional, "simplified": simplified, "differs": differs] }
}
