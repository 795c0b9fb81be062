/// A label given in both scripts; `differs` lets a template show the second only when needed.
package struct ScriptPairView {
    package var traditional: String
    package var simplified: String
    /// Stored, not computed: Mustache reads properties by reflection.
    package var differs: Bool

    init(traditional: String, simplified: String) {
        self.traditional = traditional
        self.simplified = simplified
        differs = traditional != simplified
    }
}
