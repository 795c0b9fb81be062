import BriefingCore
import Foundation

/// A built site held in memory for `briefing serve`: answers a request path with the file, its
/// content type and status, under the sub-path the site will be published at, with the site's own
/// `404.html` for missing pages. HTML pages get the live-reload script; nothing of it reaches `public/`.
public struct ServedSite: Sendable {
    public struct Response: Sendable, Equatable {
        public var status: Int
        public var contentType: String
        public var body: [UInt8]
        /// Set for a folder requested without its trailing slash.
        public var location: String?
        /// Set for a 206 answer to a Range request: `bytes FIRST-LAST/SIZE`.
        public var contentRange: String?
    }

    public static let livePath = "__briefing/"

    let files: [String: [UInt8]]
    /// The path the site is served under, always starting and ending with `/` (e.g. `/archive/`).
    public let basePath: String

    public init(files: [OutputFile], basePath: String) {
        self.files = Dictionary(files.map { ($0.relativePath, $0.contents) }, uniquingKeysWith: { _, last in last })
        var path = basePath.hasPrefix("/") ? basePath : "/" + basePath
        if !path.hasSuffix("/") { path += "/" }
        self.basePath = path
    }

    /// The base path of a `--base-url` (`https://example.org/archive/` → `/archive/`).
    public static func basePath(of baseURL: String?) -> String {
        guard let baseURL, let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    /// The answer to `requestPath`; with a `Range` header of one byte range (`bytes=A-B`, `bytes=A-`
    /// or `bytes=-N`), the slice as 206, as static hosts answer the search client's Range requests.
    /// Other range forms get the whole file, which the client also accepts.
    public func response(for requestPath: String, range: String?) -> Response {
        var whole = response(for: requestPath)
        guard whole.status == 200, let range, let (first, last) = Self.byteRange(range, size: whole.body.count) else { return whole }
        guard first <= last else {
            return Response(status: 416, contentType: "text/plain", body: [], contentRange: "bytes */\(whole.body.count)")
        }
        whole.contentRange = "bytes \(first)-\(last)/\(whole.body.count)"
        whole.body = Array(whole.body[first...last])
        whole.status = 206
        return whole
    }

    /// First and last byte of a single-range `Range` value for a body of `size` bytes (first > last
    /// when it cannot be satisfied); nil for what is not one byte range.
    static func byteRange(_ value: String, size: Int) -> (Int, Int)? {
        guard value.hasPrefix("bytes="), !value.contains(",") else { return nil }
        let bounds = value.dropFirst("bytes=".count).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard bounds.count == 2 else { return nil }
        let (start, end) = (bounds[0].trimmingCharacters(in: .whitespaces), bounds[1].trimmingCharacters(in: .whitespaces))
        switch (Int(start), Int(end)) {
        case let (first?, last?) where first >= 0 && last >= first: return (first, min(last, size - 1))
        case let (first?, nil) where end.isEmpty && first >= 0: return (first, size - 1)
        case let (nil, suffix?) where start.isEmpty && suffix > 0: return (max(0, size - suffix), size - 1)
        default: return nil
        }
    }

    public func response(for requestPath: String) -> Response {
        let path = (requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? requestPath)
        let decoded = path.removingPercentEncoding ?? path
        guard decoded.hasPrefix(basePath) || decoded + "/" == basePath else { return notFound() }
        if decoded + "/" == basePath { return Response(status: 301, contentType: "text/plain", body: [], location: basePath) }
        var relative = String(decoded.dropFirst(basePath.count))
        if relative.split(separator: "/").contains("..") { return notFound() }
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        if let body = files[relative] { return Response(status: 200, contentType: Self.contentType(of: relative), body: inject(body, relative)) }
        if files[relative + "/index.html"] != nil {
            return Response(status: 301, contentType: "text/plain", body: [], location: path + "/")
        }
        return notFound()
    }

    private func notFound() -> Response {
        let body = files["404.html"].map { inject($0, "404.html") } ?? Array("404 not found\n".utf8)
        return Response(status: 404, contentType: "text/html; charset=utf-8", body: body)
    }

    /// Adds the live-reload script before `</head>` of an HTML page.
    private func inject(_ body: [UInt8], _ path: String) -> [UInt8] {
        guard path.hasSuffix(".html") else { return body }
        let html = String(decoding: body, as: UTF8.self)
        let tag = "<script src=\"\(basePath)\(Self.livePath)live.js\" defer></script>\n"
        guard let head = html.range(of: "</head>") else { return body }
        return Array(html.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: tag).utf8)
    }

    public static func contentType(of path: String) -> String {
        let types = [
            "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
            "mjs": "text/javascript; charset=utf-8", "json": "application/json", "xml": "application/xml; charset=utf-8",
            "md": "text/markdown; charset=utf-8", "txt": "text/plain; charset=utf-8", "svg": "image/svg+xml",
            "png": "image/png", "jpg": "image/jpeg", "ico": "image/x-icon", "woff2": "font/woff2",
        ]
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return types[ext] ?? "application/octet-stream"
    }

    /// The browser side of live reload: waits for a new build, then reloads; shows build errors
    /// in an overlay. Styles are set through the DOM, so the site's CSP needs no exception.
    public static let liveScript = """
        // Injected by `briefing serve` only; never part of the published site.
        (() => {
          const base = new URL(".", document.currentScript.src);
          let version = null;
          let overlay = null;
          function show(message) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              Object.assign(overlay.style, { position: "fixed", inset: "0 0 auto 0", zIndex: 9999, background: "#7f1d1d",
                color: "#fff", font: "14px/1.5 ui-monospace, monospace", padding: "1rem 1.5rem", whiteSpace: "pre-wrap", maxHeight: "60vh", overflow: "auto" });
              document.body.append(overlay);
            }
            overlay.textContent = "briefing: the last build failed; showing the last good site\\n\\n" + message;
          }
          async function poll() {
            for (;;) {
              try {
                const response = await fetch(new URL(`wait?version=${version ?? ""}`, base), { cache: "no-store" });
                const state = await response.json();
                if (version !== null && state.version !== version) { location.reload(); return; }
                version = state.version;
                if (state.error) show(state.error); else if (overlay) { overlay.remove(); overlay = null; }
              } catch {
                await new Promise((resolve) => setTimeout(resolve, 1000));
              }
            }
          }
          poll();
        })();
        """
}
