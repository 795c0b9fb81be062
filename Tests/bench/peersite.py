"""The peer pipeline's files: Markdown in, a batch file for the opencc CLI, a minimal Hugo site."""

import re
from pathlib import Path

SPLIT = "@@BRIEFING-BENCH-SPLIT@@"

CONFIG = """baseURL = "/"
languageCode = "zh"
title = "briefing bench"
hasCJKLanguage = true
disableKinds = ["RSS", "sitemap"]
[markup.goldmark.renderer]
  unsafe = false
"""

SINGLE = """<!DOCTYPE html>
<html lang="{{ if eq .Section "hant" }}zh-Hant{{ else }}zh-Hans{{ end }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>
{{ .Content }}
</main></body>
</html>
"""

LIST = """<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</body>
</html>
"""


class Document:
    def __init__(self, slug, script, text):
        self.slug, self.script, self.text, self.converted = slug, script, text, None

    @property
    def other(self):
        return "Hant" if self.script == "Hans" else "Hans"


def collect_markdown(articles):
    """Every `articles/<slug>/index.md` of a briefing build, with its script from the front matter."""
    documents = []
    for path in sorted(Path(articles).glob("*/index.md")):
        text = path.read_text(encoding="utf-8")
        match = re.search(r"^script: (Hans|Hant)$", text.split("\n---\n", 1)[0], re.MULTILINE)
        documents.append(Document(path.parent.name, match.group(1) if match else "Hans", text))
    return documents


def write_batch(documents, path):
    with open(path, "w", encoding="utf-8") as out:
        for document in documents:
            out.write(SPLIT + "\n" + document.text + ("" if document.text.endswith("\n") else "\n"))


def read_batch(documents, path):
    parts = Path(path).read_text(encoding="utf-8").split(SPLIT + "\n")[1:]
    if len(parts) != len(documents):
        raise RuntimeError(f"opencc output has {len(parts)} documents, expected {len(documents)}")
    for document, text in zip(documents, parts):
        document.converted = text


def write_site(site, documents):
    site = Path(site)
    (site / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (site / "config.toml").write_text(CONFIG, encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text(LIST, encoding="utf-8")
    (site / "layouts" / "index.html").write_text(LIST, encoding="utf-8")
    for script in ("Hans", "Hant"):
        folder = site / "content" / script.lower()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "_index.md").write_text(f"---\ntitle: {script}\n---\n", encoding="utf-8")
    for document in documents:
        (site / "content" / document.script.lower() / f"{document.slug}.md").write_text(document.text, encoding="utf-8")
        (site / "content" / document.other.lower() / f"{document.slug}.md").write_text(document.converted, encoding="utf-8")


def body(text):
    """The Markdown after the YAML front matter."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


def write_bodies(documents, path):
    """Every body in both scripts, one after another, for the cmark-gfm floor."""
    with open(path, "w", encoding="utf-8") as out:
        for document in documents:
            for text in (document.text, document.converted):
                if text is not None:
                    out.write(body(text) + "\n\n")
