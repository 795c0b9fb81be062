import BriefingCore

/// Metadata as the reflow rules find it, before it becomes `ArticleMetadata`.
struct MetadataDraft: Sendable {
    var title: String?
    /// A date the text states (a signature's), as `YYYY-MM-DD`.
    var date: String?
    var subtitle: String?
    var authors: [String] = []
    var affiliations: [String] = []
    /// Affiliations printed with numbers (`1.北京…`), and each author's number, when the by-line has them.
    var numberedAffiliations: [Int: String] = [:]
    var authorAffiliationNumbers: [Int?] = []
    var publication: String?
    var issue: String?
    var publisher: String?
    var abstract: String?
    var keywords: [String] = []
    var tags: [String] = []
    var imageCaption: String?
    var imageCredit: String?
    var funding: String?
    var english = EnglishMetadata()

    func metadata(slug: String, script: Script) -> ArticleMetadata {
        let people = authors.enumerated().map { offset, name in
            Author(name: name, affiliation: affiliation(forAuthorAt: offset))
        }
        return ArticleMetadata(
            title: title ?? slug, subtitle: subtitle, slug: slug, script: script, authors: people,
            source: Source(publication: publication, issue: issue, publisher: publisher), date: date,
            abstract: abstract, keywords: keywords, tags: tags, imageCaption: imageCaption,
            imageCredit: imageCredit, funding: funding, english: english)
    }

    /// By number when the affiliations are numbered; else one line per author in order, or a
    /// single line shared by all authors.
    private func affiliation(forAuthorAt index: Int) -> String? {
        if !numberedAffiliations.isEmpty {
            if index < authorAffiliationNumbers.count, let number = authorAffiliationNumbers[index] {
                return numberedAffiliations[number]
            }
            return numberedAffiliations.count == 1 ? numberedAffiliations.values.first : nil
        }
        if affiliations.count == authors.count { return affiliations[index] }
        return affiliations.count == 1 ? affiliations[0] : nil
    }
}
