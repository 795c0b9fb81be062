/// Escapes text for XML and HTML element content and attribute values (control characters,
/// which XML 1.0 forbids, are dropped).
package enum XMLText {
    package static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if scalar.value < 0x20, scalar != "\t", scalar != "\n" { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
