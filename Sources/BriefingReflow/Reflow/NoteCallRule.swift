import Foundation

/// Note calls and note bodies written out in words, as Taiwanese reports and some journals
/// print them: the call `（註 12）` or `（注12）` in the text, the body `註 12：…` or `注12、…` under
/// the notes heading. They are rewritten to the bracketed form the marker rules read (`[12]`).
enum NoteCallRule {
    private static let call = try! NSRegularExpression(pattern: "[（(]\\s*[註注]\\s*([0-9]{1,3})\\s*[）)]")
    private static let body = try! NSRegularExpression(pattern: "^[註注]\\s*([0-9]{1,3})\\s*[：:、.．]\\s*")

    /// The line with worded calls and a worded note start in bracketed form.
    static func normalized(_ text: String) -> String {
        // Runs on every line; most hold neither character.
        guard text.unicodeScalars.contains(where: { $0 == "註" || $0 == "注" }) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        var result = call.stringByReplacingMatches(in: text, range: range, withTemplate: "[$1]")
        let bodyRange = NSRange(result.startIndex..., in: result)
        result = body.stringByReplacingMatches(in: result, range: bodyRange, withTemplate: "[$1] ")
        return result
    }
}
