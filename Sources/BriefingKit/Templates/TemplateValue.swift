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
protocol TemplateFields {
    var templateFields: [String: Any] { get }
}

extension AlignedRowView: TemplateFields {
    var templateFields: [String: Any] { ["kind": kind, "traditional": traditional, "simplified": simplified] }
}

extension ScriptPairView: TemplateFields {
    var templateFields: [String: Any] { ["traditional": traditional, "simplified": simplified, "differs": differs] }
}

extension ArticleListItemView: TemplateFields {
    var templateFields: [String: Any] {
        var fields: [String: Any] = ["title": title, "convertedTitle": convertedTitle, "convertedLang": convertedLang,
                                     "url": url, "authors": authors, "lang": lang]
        if let source { fields["source"] = source }
        if let date { fields["date"] = date }
        return fields
    }
}

extension EntityArticleView: TemplateFields {
    var templateFields: [String: Any] { ["title": title, "url": url, "lang": lang, "count": count, "contexts": contexts] }
}

extension EntityIndexItemView: TemplateFields {
    var templateFields: [String: Any] {
        ["traditionalName": traditionalName, "simplifiedName": simplifiedName, "namesDiffer": namesDiffer,
         "english": english, "url": url, "count": count]
    }
}

extension RelatedEntityView: TemplateFields {
    var templateFields: [String: Any] {
        ["traditionalName": traditionalName, "simplifiedName": simplifiedName, "namesDiffer": namesDiffer, "english": english, "url": url]
    }
}

extension TermLinkView: TemplateFields {
    var templateFields: [String: Any] { ["name": name, "url": url, "count": count, "lang": lang] }
}

extension EntityPageView: TemplateFields {
    /// Thousands of these at archive scale, each with a pager: reflecting them was a tenth of the entity pages' cost.
    var templateFields: [String: Any] {
        var fields: [String: Any] = [
            "id": id, "traditionalName": traditionalName, "simplifiedName": simplifiedName, "namesDiffer": namesDiffer,
            "english": english, "kind": kind, "aliases": aliases,
            "hasAliases": hasAliases, "articles": articles,
            "related": related, "hasRelated": hasRelated, "entitiesURL": entitiesURL, "root": root,
        ]
        if let traditionalDescription { fields["traditionalDescription"] = traditionalDescription }
        if let simplifiedDescription { fields["simplifiedDescription"] = simplifiedDescription }
        if let wikipediaURL { fields["wikipediaURL"] = wikipediaURL }
        if let start { fields["start"] = start }
        if let total { fields["total"] = total }
        if let pager { fields["pager"] = pager }
        return fields
    }
}
