// Query folding, tokenising and ranking for the static search index.
// Pure functions shared by the page (search.js) and the Node tests; they mirror the Swift
// SearchTokenizer and SearchIndexBuilder exactly: NFKC, lower case, Traditional→Simplified
// fold from the map shipped in index.json, CJK character pairs, Latin words, FNV-1a shards.

export function makeFolder(pairs) {
  const map = new Map();
  const chars = Array.from(pairs || "");
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  return (text) => Array.from(String(text).normalize("NFKC").toLowerCase(), (c) => map.get(c) ?? c);
}

export function isIdeograph(char) {
  const cp = char.codePointAt(0);
  return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff);
}

const WORD = /[\p{L}\p{N}]/u;

/** Tokens of already-folded characters: CJK pairs (a lone character alone), Latin/digit words. */
export function tokensOfFolded(chars) {
  const tokens = [];
  let run = [];
  let runIsCJK = false;
  const flush = () => {
    if (run.length === 0) return;
    if (runIsCJK) {
      if (run.length === 1) tokens.push(run[0]);
      for (let i = 0; i + 1 < run.length; i++) tokens.push(run[i] + run[i + 1]);
    } else {
      tokens.push(run.join(""));
    }
    run = [];
  };
  for (const c of chars) {
    const cjk = isIdeograph(c);
    const word = !cjk && WORD.test(c);
    if (cjk || word) {
      if (run.length > 0 && cjk !== runIsCJK) flush();
      runIsCJK = cjk;
      run.push(c);
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

export function tokens(text, fold) {
  return tokensOfFolded(fold(text));
}

/** FNV-1a over the token's UTF-8 bytes, as SearchIndexBuilder.hash. */
export function hash(token) {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(token)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function shardOf(token, shardCount) {
  return hash(token) % shardCount;
}

/**
 * Terms of a query. Each term is matched if any of its alternatives is (an alternative is a
 * list of tokens that must all be present). A name in the gazetteer adds the entity token
 * `@id` as an alternative, so 特朗普 also finds 川普 and "Rubio" finds 盧比歐.
 */
export function parseQuery(query, fold, entityKeys) {
  const terms = [];
  const keys = entityKeys || new Map();
  const longest = Math.max(0, ...Array.from(keys.keys(), (k) => Array.from(k).length));
  for (const part of String(query).split(/\s+/).filter(Boolean)) {
    const chars = fold(part);
    let text = [];
    const flushText = () => {
      for (const token of tokensOfFolded(text)) terms.push({ label: token, alternatives: [[token]] });
      text = [];
    };
    let i = 0;
    while (i < chars.length) {
      let found = null;
      for (let length = Math.min(longest, chars.length - i); length >= 2 && !found; length--) {
        const candidate = chars.slice(i, i + length).join("");
        if (keys.has(candidate) && wholeWord(chars, i, i + length)) found = { length, id: keys.get(candidate), text: candidate };
      }
      if (found) {
        flushText();
        const literal = tokensOfFolded(chars.slice(i, i + found.length));
        terms.push({ label: found.text, alternatives: [literal, ["@" + found.id]] });
        i += found.length;
      } else {
        text.push(chars[i]);
        i += 1;
      }
    }
    flushText();
  }
  return terms;
}

function wholeWord(chars, start, end) {
  const ascii = (c) => c !== undefined && /[a-z0-9]/.test(c);
  if (ascii(chars[start]) && ascii(chars[start - 1])) return false;
  if (ascii(chars[end - 1]) && ascii(chars[end])) return false;
  return true;
}

export function tokensOfTerms(terms) {
  return [...new Set(terms.flatMap((term) => term.alternatives.flat()))];
}

/** Inflates a raw-DEFLATE file (how every index file is stored) to its bytes. */
export async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const utf8 = new TextDecoder();

/** Reads the unsigned LEB128 varints and postings the Swift PostingsWriter writes. */
function reader(bytes) {
  let at = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  };
  // Count, that many document gaps, then that many impact bytes: a Map doc → impact.
  const postings = () => {
    const count = varint();
    const docs = new Array(count);
    let doc = 0;
    for (let i = 0; i < count; i++) docs[i] = doc += varint();
    const map = new Map();
    for (let i = 0; i < count; i++) map.set(docs[i], bytes[at + i]);
    at += count;
    return map;
  };
  const text = () => {
    const length = varint();
    at += length;
    return utf8.decode(bytes.subarray(at - length, at));
  };
  return { varint, postings, text, done: () => at >= bytes.length };
}

/**
 * Decodes an inflated shard into a Map token → {df, postings: Map doc → impact, tail}. Each entry:
 * varint name length, UTF-8 name, varint document frequency, the postings, and, when the document
 * frequency exceeds them, the varint offset and length of the token's tail record in its tail file.
 */
export function decodeShard(bytes) {
  const entries = new Map();
  const read = reader(bytes);
  while (!read.done()) {
    const token = read.text();
    const df = read.varint();
    const postings = read.postings();
    const tail = df > postings.size ? { offset: read.varint(), length: read.varint() } : null;
    entries.set(token, { df, postings, tail });
  }
  return entries;
}

/** Decodes an inflated tail record: the postings alone, a Map doc → impact. */
export function decodePostings(bytes) {
  return reader(bytes).postings();
}

/** Whether a token's shard list is cut short: the rest of its documents are in its tail record. */
export function isTruncated(entry) {
  return entry !== undefined && entry !== null && entry.df > entry.postings.size;
}

/** A token's entry completed with the postings of its tail record. */
export function withTail(entry, tailPostings) {
  if (!entry || !tailPostings) return entry;
  return { df: entry.df, postings: new Map([...entry.postings, ...tailPostings]), tail: null };
}

/**
 * The tokens whose tails a query fetches once its first page is shown: with several tokens (terms
 * that must all match, or a name and its entity unioned), every cut-short list, or matches beyond
 * the cut would be missed and the count would only be a lower bound. A one-token query needs
 * none: its shard holds its best documents and its document frequency is the count; its tail
 * waits until the reader pages on. A tail is one Range request of a few kilobytes.
 */
export function tailsNeeded(terms, entries) {
  const tokens = tokensOfTerms(terms);
  if (tokens.length < 2) return [];
  return tokens.filter((token) => isTruncated(entries.get(token)));
}

/**
 * Where each document's fragment lies: block = doc ÷ chunk, and within the block the offset and
 * length from the compressed lengths the entry lists in document order.
 */
export function fragmentLocator(lengths, chunk) {
  const offsets = new Array(lengths.length);
  let offset = 0;
  for (let doc = 0; doc < lengths.length; doc++) {
    if (doc % chunk === 0) offset = 0;
    offsets[doc] = offset;
    offset += lengths[doc];
  }
  return (doc) => ({ block: Math.floor(doc / chunk), offset: offsets[doc], length: lengths[doc] });
}

/**
 * The number of matching articles, and whether it is exact: it is once no list is cut short, or
 * for one token (its document frequency); otherwise it is a lower bound, the larger of the results
 * found and, for a single term, the document frequency of its one-token alternatives.
 */
export function matchCount(terms, entries, results) {
  const tokens = tokensOfTerms(terms);
  if (!tokens.some((token) => isTruncated(entries.get(token)))) return { count: results.length, exact: true };
  if (tokens.length === 1) return { count: entries.get(tokens[0]).df, exact: true };
  let least = results.length;
  if (terms.length === 1) {
    for (const alternative of terms[0].alternatives) {
      if (alternative.length === 1) least = Math.max(least, entries.get(alternative[0])?.df ?? 0);
    }
  }
  return { count: least, exact: false };
}

/**
 * Results after the reader asked for more and the lists were completed: the ones already shown
 * stay where they are, then the new ranking's others in order.
 */
export function extendResults(shown, reranked) {
  const seen = new Set(shown.map((result) => result.doc));
  return [...shown, ...reranked.filter((result) => !seen.has(result.doc))];
}

/**
 * Ranks documents: a document must match every term (falling back to any term when none
 * matches all); its score is the sum over terms of the best alternative's summed impacts.
 * Returns [{doc, score}] best first, ties by document order, and the number of matches.
 */
export function rank(terms, postingsOf) {
  const perTerm = terms.map((term) => {
    const scores = new Map();
    for (const alternative of term.alternatives) {
      const lists = alternative.map((token) => postingsOf(token));
      if (lists.some((list) => list.size === 0)) continue;
      const [first, ...rest] = lists;
      for (const [doc, impact] of first) {
        let score = impact;
        let ok = true;
        for (const list of rest) {
          const other = list.get(doc);
          if (other === undefined) { ok = false; break; }
          score += other;
        }
        if (ok && score > (scores.get(doc) ?? 0)) scores.set(doc, score);
      }
    }
    return scores;
  });
  if (perTerm.length === 0) return [];
  const combine = (requireAll) => {
    const totals = new Map();
    const counts = new Map();
    for (const scores of perTerm) {
      for (const [doc, score] of scores) {
        totals.set(doc, (totals.get(doc) ?? 0) + score);
        counts.set(doc, (counts.get(doc) ?? 0) + 1);
      }
    }
    const results = [];
    for (const [doc, score] of totals) {
      if (!requireAll || counts.get(doc) === perTerm.length) results.push({ doc, score, matched: counts.get(doc) });
    }
    return results.sort((a, b) => b.matched - a.matched || b.score - a.score || a.doc - b.doc);
  };
  const all = combine(true);
  return all.length > 0 ? all : combine(false);
}

/**
 * Splits a snippet into [{text, mark}] pieces, marking the spans whose folded form is one of the
 * query's tokens, so the page can build it with text nodes (never innerHTML).
 */
export function highlight(snippet, queryTokens, fold) {
  const chars = Array.from(snippet);
  const folded = chars.map((c) => fold(c)[0] ?? c);
  const marks = new Array(chars.length).fill(false);
  const wanted = new Set(queryTokens.filter((t) => !t.startsWith("@")));
  for (let i = 0; i < chars.length; i++) {
    for (const length of [1, 2]) {
      if (i + length <= chars.length && wanted.has(folded.slice(i, i + length).join(""))) {
        for (let k = i; k < i + length; k++) marks[k] = true;
      }
    }
  }
  const lowered = folded.join("");
  for (const token of wanted) {
    if (!/^[\p{L}\p{N}]{2,}$/u.test(token) || Array.from(token).some(isIdeograph)) continue;
    let from = 0;
    let index;
    while ((index = lowered.indexOf(token, from)) !== -1) {
      const start = Array.from(lowered.slice(0, index)).length;
      for (let k = start; k < start + Array.from(token).length; k++) marks[k] = true;
      from = index + token.length;
    }
  }
  const pieces = [];
  for (let i = 0; i < chars.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.mark === marks[i]) last.text += chars[i];
    else pieces.push({ text: chars[i], mark: marks[i] });
  }
  return pieces;
}

/** The entry file's entity list `[[id, name, …], …]` as a Map name → id for parseQuery. */
export function entityKeysOf(entities) {
  const keys = new Map();
  for (const [id, ...names] of entities || []) for (const name of names) keys.set(name, id);
  return keys;
}

/**
 * The snippet of a result as highlight pieces, cut from its clause pool (the opening first, then
 * clauses in document order): the clauses that contain a query token, up to three, joined by
 * ellipses; the opening when none does. The text stays in the article's own script.
 */
export function snippet(pool, queryTokens, fold, limit = 3) {
  const clauses = (pool || []).map((text, index) => ({ index, pieces: highlight(text, queryTokens, fold) }));
  const matched = clauses.filter((clause) => clause.pieces.some((piece) => piece.mark)).slice(0, limit);
  const chosen = matched.length > 0 ? matched : clauses.slice(0, 1);
  const pieces = [];
  chosen.forEach((clause, i) => {
    if (i > 0 || clause.index > 0) pieces.push({ text: "…", mark: false });
    pieces.push(...clause.pieces);
  });
  const last = chosen[chosen.length - 1];
  if (last && !/[…。！？!?]$/.test(pool[last.index])) pieces.push({ text: "…", mark: false });
  const merged = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.mark === piece.mark) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}
