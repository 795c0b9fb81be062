import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct GazetteerTests {
    @Test func readsEntriesWithBothScriptsAndOptionalFields() throws {
        let gazetteer = try Gazetteer.parse("""
            - id: marco-rubio
              type: person
              english: Marco Rubio
              names: {Hant: 盧比歐, Hans: 鲁比奥}
              aliases: [马尔科·鲁比奥]
              description: {Hant: 美國國務卿, Hans: 美国国务卿}
              wikipedia: Marco Rubio
            """, path: "seeds/entities.yml")
        let rubio = try #require(gazetteer.entity("marco-rubio"))
        #expect(rubio.names == [.traditional: "盧比歐", .simplified: "鲁比奥"])
        #expect(rubio.allNames == ["盧比歐", "鲁比奥", "马尔科·鲁比奥", "Marco Rubio"])
    }

    @Test func everyProblemIsReportedWithFileAndEntry() {
        #expect {
            try Gazetteer.parse("""
                - id: Bad Id
                  type: pope
                  english: X
                  names: {Hant: 甲乙}
                - id: ok
                  type: person
                  english: Y
                  names: {Hant: 丙丁, Hans: 丙丁}
                  aliases: [丙]
                - id: ok
                  type: person
                  english: Z
                  names: {Hant: 戊己, Hans: 戊己}
                """, path: "seeds/entities.yml")
        } throws: { error in
            let messages = (error as? DiagnosticError)?.diagnostics.map(\.description) ?? []
            return messages == [
                "seeds/entities.yml: entities: entry 1 (`Bad Id`): id must be lower-case letters, digits and hyphens, such as `marco-rubio`",
                "seeds/entities.yml: entities: entry 1 (`Bad Id`): `type` must be one of: person, organisation, place, country, event, document",
                "seeds/entities.yml: entities: entry 1 (`Bad Id`): `names` needs both `Hant:` and `Hans:`",
                "seeds/entities.yml: entities: entry 2 (`ok`): alias `丙` is a single character; it would match inside other words",
                "seeds/entities.yml: entities: entry 3 (`ok`): id is already used by entry 2; ids must be unique",
            ]
        }
    }
}
