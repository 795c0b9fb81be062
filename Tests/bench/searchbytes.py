"""What one search query downloads from our index, and an estimate of the same for Pagefind.

The query side of templates/search-core.js, re-implemented: NFKC, lower case, the index's
Traditional→Simplified fold map, gazetteer names as extra `@id` tokens, CJK character pairs
(a lone character alone) and Latin/digit words; shard = FNV-1a 32 of the token's UTF-8 mod shards.
"""

import gzip
import json
import statistics
import unicodedata
from pathlib import Path


def is_ideograph(char):
    cp = ord(char)
    return (0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or
            0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF)


def is_word(char):
    return unicodedata.category(char)[0] in "LN"


def make_folder(pairs):
    mapping = {pairs[i]: pairs[i + 1] for i in range(0, len(pairs) - 1, 2)}
    return lambda text: [mapping.get(c, c) for c in unicodedata.normalize("NFKC", text).lower()]


def tokens_of_folded(chars):
    tokens, run, run_is_cjk = [], [], False

    def flush():
        if not run:
            return
        if run_is_cjk:
            if len(run) == 1:
                tokens.append(run[0])
            tokens.extend(run[i] + run[i + 1] for i in range(len(run) - 1))
        else:
            tokens.append("".join(run))
        run.clear()

    for c in chars:
        cjk = is_ideograph(c)
        word = not cjk and is_word(c)
        if cjk or word:
            if run and cjk != run_is_cjk:
                flush()
            run_is_cjk = cjk
            run.append(c)
        else:
            flush()
    flush()
    return tokens


def whole_word(chars, start, end):
    def ascii_alnum(c):
        return c is not None and len(c) == 1 and c.isascii() and c.isalnum()

    def at(i):
        return chars[i] if 0 <= i < len(chars) else None

    if ascii_alnum(at(start)) and ascii_alnum(at(start - 1)):
        return False
    if ascii_alnum(at(end - 1)) and ascii_alnum(at(end)):
        return False
    return True


def query_tokens(query, fold, entity_keys):
    """The distinct tokens parseQuery + tokensOfTerms would look up."""
    tokens = []
    longest = max((len(k) for k in entity_keys), default=0)
    for part in query.split():
        chars = fold(part)
        text = []
        i = 0
        while i < len(chars):
            found = None
            for length in range(min(longest, len(chars) - i), 1, -1):
                candidate = "".join(chars[i:i + length])
                if candidate in entity_keys and whole_word(chars, i, i + length):
                    found = (length, entity_keys[candidate])
                    break
            if found:
                tokens += tokens_of_folded(text)
                text = []
                tokens += tokens_of_folded(chars[i:i + found[0]]) + ["@" + found[1]]
                i += found[0]
            else:
                text.append(chars[i])
                i += 1
        tokens += tokens_of_folded(text)
    return list(dict.fromkeys(tokens))


def fnv1a(token):
    h = 0x811C9DC5
    for byte in token.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def gzip_size(path):
    return len(gzip.compress(Path(path).read_bytes(), 6))


def query_costs(public, queries):
    """Per query: bytes fetched (raw and gzip), shards fetched, tokens found in their shards."""
    public = Path(public)
    search = public / "search"
    entry = search / "index.json"
    index = json.loads(entry.read_text(encoding="utf-8"))
    fold = make_folder(index.get("fold", ""))
    entity_keys = {key: ident for key, ident in index.get("entities", [])}
    chunks = sorted((search / "docs").glob("*.json"), key=lambda p: p.stat().st_size)
    fixed = [entry, chunks[-1], public / "assets" / "search.js", public / "assets" / "search-core.js"]
    results = []
    for query in queries:
        tokens = query_tokens(query, fold, entity_keys)
        shard_numbers = sorted({fnv1a(t) % index["shards"] for t in tokens})
        shard_files = [search / "shards" / f"{n}.json" for n in shard_numbers]
        loaded = {n: json.loads(f.read_text(encoding="utf-8")) for n, f in zip(shard_numbers, shard_files)}
        found = sum(1 for t in tokens if t in loaded[fnv1a(t) % index["shards"]])
        files = fixed + shard_files
        results.append({"query": query, "tokens": len(tokens), "found": found, "shards": len(shard_files),
                        "bytes": sum(f.stat().st_size for f in files), "gzip": sum(gzip_size(f) for f in files)})
    return results


def pagefind_estimate(bundle, fragments_shown=5):
    """The Pagefind JS API's fetches for a one-word query in the largest language: pagefind.js,
    its worker, the entry, the language's pf_meta and wasm, the median index chunk of that
    language and `fragments_shown` median fragments (Pagefind's UI shows five results at first)."""
    bundle = Path(bundle)
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        language, info = max(entry["languages"].items(), key=lambda item: item[1].get("page_count", 0))
        text_files = [bundle / "pagefind.js", bundle / "pagefind-worker.js", bundle / "pagefind-entry.json"]
        text_files = [p for p in text_files if p.exists()]
        wasm = bundle / f"wasm.{info.get('wasm') or 'unknown'}.pagefind"
        binary = [bundle / f"pagefind.{info['hash']}.pf_meta", wasm]
        prefix = info["hash"].rsplit("_", 1)[0] + "_"
        index = statistics.median(p.stat().st_size for p in (bundle / "index").glob(prefix + "*"))
        fragment = statistics.median(p.stat().st_size for p in (bundle / "fragment").glob(prefix + "*"))
        compressed = sum(p.stat().st_size for p in binary) + index + fragments_shown * fragment
        return {"bytes": int(sum(p.stat().st_size for p in text_files) + compressed),
                "gzip": int(sum(gzip_size(p) for p in text_files) + compressed), "language": language}
    except (OSError, KeyError, ValueError, statistics.StatisticsError):
        return None
