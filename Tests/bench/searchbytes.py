"""What one search query downloads from our index, and an estimate of the same for Pagefind.

The query side of templates/search-core.js, re-implemented: NFKC, lower case, the index's
Traditional→Simplified fold map, gazetteer names as extra `@id` alternatives, CJK character pairs
(a lone character alone) and Latin/digit words; shard = FNV-1a 32 of the token's UTF-8 mod shards;
the binary shard format and the ranking, so the fragments of the first results shown are the ones
counted; then, for a query of several tokens, the tail records (in search/tails/N.bin, N = the same
hash mod tails) it completes its cut-short lists from in the background, and the fragments of the
complete ranking's first results. Tail records and fragments are separately compressed slices
fetched by Range request. Every index file is raw DEFLATE and counts at its stored size: that is
what a host that does not compress sends, and a host that does gains nothing on it.
"""

import gzip
import json
import statistics
import unicodedata
import zlib
from pathlib import Path

PAGE = 10  # results search.js shows at first


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


def query_terms(query, fold, entity_keys):
    """parseQuery: a list of terms, each a list of alternatives, each a list of tokens."""
    terms = []
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
                terms += [[[token]] for token in tokens_of_folded(text)]
                text = []
                terms.append([tokens_of_folded(chars[i:i + found[0]]), ["@" + found[1]]])
                i += found[0]
            else:
                text.append(chars[i])
                i += 1
        terms += [[[token]] for token in tokens_of_folded(text)]
    return terms


def query_tokens(query, fold, entity_keys):
    """The distinct tokens parseQuery + tokensOfTerms would look up."""
    return list(dict.fromkeys(t for term in query_terms(query, fold, entity_keys) for alt in term for t in alt))


class Reader:
    """Reads the varints and postings the Swift PostingsWriter writes."""

    def __init__(self, data):
        self.data, self.at = data, 0

    def varint(self):
        value, shift = 0, 0
        while True:
            byte = self.data[self.at]
            self.at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value

    def postings(self):
        count = self.varint()
        docs, doc = [], 0
        for _ in range(count):
            doc += self.varint()
            docs.append(doc)
        impacts = self.data[self.at:self.at + count]
        self.at += count
        return dict(zip(docs, impacts))


def decode_shard(data):
    """decodeShard: token → (df, {doc: impact}, (tail offset, tail length) or None)."""
    entries, read = {}, Reader(data)
    while read.at < len(data):
        length = read.varint()
        token = data[read.at:read.at + length].decode("utf-8")
        read.at += length
        df = read.varint()
        postings = read.postings()
        tail = (read.varint(), read.varint()) if df > len(postings) else None
        entries[token] = (df, postings, tail)
    return entries


def decode_postings(data):
    """decodePostings: a tail record, {doc: impact}."""
    return Reader(data).postings()


def fragment_locations(lengths, chunk):
    """fragmentLocator: doc → (block, offset, length) of its separately compressed fragment."""
    locations, offset = [], 0
    for doc, length in enumerate(lengths):
        if doc % chunk == 0:
            offset = 0
        locations.append((doc // chunk, offset, length))
        offset += length
    return locations


def rank(terms, postings_of):
    """rank(): every term must match (else any term), summed best-alternative impacts."""
    per_term = []
    for term in terms:
        scores = {}
        for alternative in term:
            lists = [postings_of(t) for t in alternative]
            if any(not lst for lst in lists):
                continue
            for doc, impact in lists[0].items():
                others = [lst.get(doc) for lst in lists[1:]]
                if None not in others:
                    scores[doc] = max(scores.get(doc, 0), impact + sum(others))
        per_term.append(scores)

    def combine(require_all):
        totals, counts = {}, {}
        for scores in per_term:
            for doc, score in scores.items():
                totals[doc] = totals.get(doc, 0) + score
                counts[doc] = counts.get(doc, 0) + 1
        found = [(-counts[d], -s, d) for d, s in totals.items() if not require_all or counts[d] == len(per_term)]
        return [d for _, _, d in sorted(found)]

    return (combine(True) or combine(False)) if per_term else []


def match_count(terms, tokens, entries, ranked):
    """matchCount: exact once no list is cut short or for one token, else a lower bound."""
    if not any(entries[t] and entries[t][0] > len(entries[t][1]) for t in tokens):
        return {"count": len(ranked), "exact": True}
    if len(tokens) == 1:
        return {"count": entries[tokens[0]][0], "exact": True}
    singles = [entries[a[0]][0] for a in terms[0] if len(a) == 1 and entries[a[0]]] if len(terms) == 1 else []
    return {"count": max([len(ranked)] + singles), "exact": False}


def inflate(path):
    return zlib.decompress(Path(path).read_bytes(), -15)


def inflate_slice(path, offset, length):
    """One record of a sliced file, as a Range request fetches it."""
    with open(path, "rb") as file:
        file.seek(offset)
        return zlib.decompress(file.read(length), -15)


def fnv1a(token):
    h = 0x811C9DC5
    for byte in token.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def gzip_size(path):
    return len(gzip.compress(Path(path).read_bytes(), 6))


def query_costs(public, queries):
    """Per query, fetched cold (nothing cached) and later (index entry and client code cached), as
    search.js fetches from a host that serves Range requests: the shards of its tokens, the
    fragment records of its first ten results, then — for a query of several tokens — the tail
    records of its cut-short lists and the fragments of the completed ranking's first ten. `bytes`
    (cold) and `later` count all of it; `first` is what the first page waits for; `gzip` is `bytes`
    with the JavaScript gzipped by the host (index files are compressed already); `requests` counts
    the fetches after the entry; `no_range` is `later` from a host that ignores Range and sends
    whole tail files and fragment blocks. Also the complete match `count` and whether it is exact."""
    public = Path(public)
    search = public / "search"
    entry = search / "index.bin"
    index = json.loads(inflate(entry).decode("utf-8"))
    fold = make_folder(index.get("fold", ""))
    entity_keys = {name: ident for ident, *names in index.get("entities", []) for name in names}
    locations = fragment_locations(index["fragments"], index["chunk"])
    code = [public / "assets" / "search.js", public / "assets" / "search-core.js"]
    fixed_bytes = entry.stat().st_size + sum(f.stat().st_size for f in code)
    fixed_gzip = entry.stat().st_size + sum(gzip_size(f) for f in code)
    results = []
    for query in queries:
        terms = query_terms(query, fold, entity_keys)
        tokens = list(dict.fromkeys(t for term in terms for alt in term for t in alt))
        shard_files = sorted({search / "shards" / f"{fnv1a(t) % index['shards']}.bin" for t in tokens})
        loaded = {f: decode_shard(inflate(f)) for f in shard_files}
        entries = {t: loaded[search / "shards" / f"{fnv1a(t) % index['shards']}.bin"].get(t) for t in tokens}

        def postings_of(token):
            return entries[token][1] if entries[token] else {}

        ranked = rank(terms, postings_of)
        shown = set(ranked[:PAGE])
        first = sum(f.stat().st_size for f in shard_files) + sum(locations[d][2] for d in shown)
        # tailsNeeded: several tokens complete every cut-short list once the first page is shown.
        wanted = [t for t in tokens if entries[t] and entries[t][2]] if len(tokens) > 1 else []
        tail_files = {search / "tails" / f"{fnv1a(t) % index['tails']}.bin" for t in wanted}
        tail_bytes = 0
        for t in wanted:
            df, head, (offset, length) = entries[t]
            tail = decode_postings(inflate_slice(search / "tails" / f"{fnv1a(t) % index['tails']}.bin", offset, length))
            entries[t] = (df, {**head, **tail}, None)
            tail_bytes += length
        completed = rank(terms, postings_of) if wanted else ranked
        extra = set(completed[:PAGE]) - shown
        later = first + tail_bytes + sum(locations[d][2] for d in extra)
        blocks = {search / "docs" / f"{locations[d][0]}.bin" for d in shown | extra}
        no_range = (sum(f.stat().st_size for f in shard_files) + sum(f.stat().st_size for f in blocks)
                    + sum(f.stat().st_size for f in tail_files))
        results.append({"query": query, "tokens": len(tokens), "found": sum(1 for t in tokens if postings_of(t)),
                        "shards": len(shard_files), "results": len(ranked), "tails": len(wanted),
                        "requests": len(shard_files) + len(shown | extra) + len(wanted),
                        **match_count(terms, tokens, entries, completed),
                        "first": first, "bytes": fixed_bytes + later, "gzip": fixed_gzip + later, "later": later,
                        "no_range": no_range})
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
