import Mustache

/// A text value as the templates see it. Mustache asks a plain `String` value up to eight dynamic
/// questions before printing it (is it a template, a lambda, an optional, …), then prints it
/// through `String(describing:)`; this answers the second question and hands its text over, which
/// made rendering the thousands of entity and list pages of an archive markedly cheaper. It
/// behaves as the string would: it has no fields (a name looked up inside a section on it climbs
/// to the enclosing context), and the string transforms (`uppercased(name)`, …) apply to it.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    var renderText: String { text }

    var isNull: Bool { false }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }
}
