import ArgumentParser
import BriefingBuild
import BriefingCore
import BriefingRender
import BriefingScript
import FlyingFox
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the site on 127.0.0.1, rebuild when seeds or templates change, and reload open pages.",
        discussion: "Example: briefing serve --port 1313 --base-url http://localhost:1313/archive/")

    @Option(help: "Folder of seeds and entities.yml.") var seeds = "seeds"
    @Option(help: "Folder of Mustache templates, site.yml and assets.") var templates = "templates"
    @Option(help: "Port on 127.0.0.1.") var port: UInt16 = 1313
    @Option(help: "URL the site will be published under (overrides `base_url` in site.yml); its path is the path served here.") var baseURL: String?
    @Option(help: "Incremental-build cache folder.") var cache = ".briefing-cache"
    @Option(help: "Seconds between checks of the watched folders.") var interval: Double = 0.3

    func run() async throws {
        let scripts: ScriptConverter
        let served: String?
        do throws(DiagnosticError) {
            scripts = try ScriptConverter()
            // The path served under is the base URL's, the flag's or else site.yml's, as `build` reads it.
            let settings = try SiteSettings.read(from: TemplateSet.read(folder: templates))
            served = baseURL ?? settings.baseURL
        } catch {
            Terminal.fail(error)
        }
        let state = LiveSite(basePath: ServedSite.basePath(of: served))
        let builder = SiteRebuilder(seeds: seeds, templates: templates, baseURL: baseURL, scripts: scripts,
                                    cache: ArticleCache(folder: cache, codeIdentity: BuildIdentity.current(dataFiles: scripts.dataFiles).hex))
        // Watching starts before the first build, so an edit made while it runs is seen.
        let watcher = FolderWatcher(folders: [seeds, templates])
        await state.publish(builder.build())
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        let live = state.basePath + ServedSite.livePath
        await server.appendRoute(HTTPRoute("GET \(live)live.js")) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: Data(ServedSite.liveScript.utf8))
        }
        await server.appendRoute(HTTPRoute("GET \(live)wait")) { request in
            let known = request.query["version"].flatMap(Int.init)
            let status = await state.wait(changingFrom: known, timeout: 25)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"],
                                body: Data(status.utf8))
        }
        await server.appendRoute("GET *") { request in
            let response = await state.site.response(for: request.target.path(), range: request.headers[HTTPHeader("Range")])
            var headers: HTTPHeaders = [.contentType: response.contentType, .init("Cache-Control"): "no-store", .init("Accept-Ranges"): "bytes"]
            if let location = response.location { headers[.location] = location }
            if let range = response.contentRange { headers[.init("Content-Range")] = range }
            return HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: ""), headers: headers, body: Data(response.body))
        }
        Task {
            while true {
                try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
                if watcher.changed() { await state.publish(builder.build()) }
            }
        }
        Terminal.say("serving \(seeds)/ on http://127.0.0.1:\(port)\(state.basePath) — watching \(seeds)/ and \(templates)/; Ctrl-C stops")
        try await server.run()
    }
}
