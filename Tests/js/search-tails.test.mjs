// Unit tests of complete results: tails of cut-short lists, true counts, full intersections.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  decodeShard, decodePostings, rank, isTruncated, withTail, tailsNeeded, matchCount, extendResults, fragmentLocator,
} from "../../templates/search-core.js";

// Bytes as the Swift PostingsWriter writes them: varints, postings as count, gaps, impacts.
function writer() {
  const bytes = [];
  const varint = (value) => {
    while (value >= 0x80) { bytes.push((value & 0x7f) | 0x80); value = Math.floor(value / 128); }
    bytes.push(value);
  };
  const postings = (list) => {
    const sorted = [...list].sort((a, b) => a[0] - b[0]);
    varint(sorted.length);
    let previous = 0;
    for (const [doc] of sorted) { varint(doc - previous); previous = doc; }
    bytes.push(...sorted.map(([, impact]) => impact));
  };
  return { bytes, varint, postings };
}

// A shard and a tail file as the builder splits each token's list with a cap: the best `cap`
// postings (ties by document) in the shard entry, with where the rest lie; the rest as a record
// of their own in the tail file (uncompressed here: slices are cut before they are inflated).
function index(lists, cap) {
  const shard = writer();
  const tailFile = [];
  for (const [token, postings] of Object.entries(lists)) {
    const best = [...postings].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const name = new TextEncoder().encode(token);
    shard.varint(name.length);
    shard.bytes.push(...name);
    shard.varint(best.length);
    shard.postings(best.slice(0, cap));
    if (best.length > cap) {
      const tail = writer();
      tail.postings(best.slice(cap));
      shard.varint(tailFile.length);
      shard.varint(tail.bytes.length);
      tailFile.push(...tail.bytes);
    }
  }
  const entries = decodeShard(Uint8Array.from(shard.bytes));
  const file = Uint8Array.from(tailFile);
  const tailOf = (token) => {
    const { offset, length } = entries.get(token).tail;
    return decodePostings(file.subarray(offset, offset + length));
  };
  return { shard: entries, tailOf };
}

// The page's search: shard entries, then the tails it completes in the background (or, with
// `more`, every cut-short list, as when the reader pages on), rank, count.
function search(terms, { shard, tailOf }, more = false) {
  const tokens = [...new Set(terms.flatMap((term) => term.alternatives.flat()))];
  const entries = new Map(tokens.map((t) => [t, shard.get(t)]));
  const wanted = more ? tokens.filter((t) => isTruncated(entries.get(t))) : tailsNeeded(terms, entries);
  for (const t of wanted) entries.set(t, withTail(entries.get(t), tailOf(t)));
  const results = rank(terms, (t) => entries.get(t)?.postings ?? new Map());
  return { results, ...matchCount(terms, entries, results), wanted, entries };
}

const term = (...tokens) => ({ alternatives: [tokens] });

// Documents 0…19 mention "trump", 10…29 "tariff"; each list's best documents are the ones the
// other list lacks, so with a cap of 5 the shard lists do not intersect at all.
const range = (from, to, impact) => Array.from({ length: to - from }, (_, i) => [from + i, impact(from + i)]);
const lists = {
  trump: range(0, 20, (doc) => (doc < 10 ? 50 : 10 + doc)),
  tariff: range(10, 30, (doc) => (doc >= 20 ? 50 : 10 + doc)),
  rare: [[3, 40], [15, 20]],
};

test("a cut-short shard entry says where its tail record lies, and the tail completes its list", () => {
  const { shard, tailOf } = index(lists, 5);
  assert.ok(isTruncated(shard.get("trump")));
  assert.ok(!isTruncated(shard.get("rare")));
  assert.ok(!isTruncated(undefined));
  assert.equal(shard.get("rare").tail, null);
  assert.equal(shard.get("tariff").tail.offset, shard.get("trump").tail.length, "records lie end to end");
  assert.equal(tailOf("trump").size, 15);
  const full = withTail(shard.get("trump"), tailOf("trump"));
  assert.deepEqual([...full.postings.keys()].sort((a, b) => a - b), range(0, 20, () => 0).map(([doc]) => doc));
  assert.equal(shard.get("trump").postings.size, 5, "completing a list leaves the cached shard entry alone");
});

test("several terms intersect complete lists and count every match", () => {
  const capped = index(lists, 5);
  const found = search([term("trump"), term("tariff")], capped);
  assert.deepEqual(found.wanted, ["trump", "tariff"]);
  assert.deepEqual(found.results.map((r) => r.doc).sort((a, b) => a - b), range(10, 20, () => 0).map(([doc]) => doc));
  assert.equal(found.count, 10);
  assert.ok(found.exact);
  const uncapped = search([term("trump"), term("tariff")], index(lists, 100));
  assert.deepEqual(found.results, uncapped.results, "a cap changes the bytes fetched, never the results");
});

test("ranking with tails sums each term's impacts from the complete lists", () => {
  const found = search([term("trump"), term("tariff")], index(lists, 5));
  // Document 19 has the largest impact in both lists' overlap (29 + 29).
  assert.deepEqual(found.results[0], { doc: 19, score: 58, matched: 2 });
  assert.ok(found.results.every((r, i) => i === 0 || found.results[i - 1].score >= r.score));
});

test("only cut-short lists fetch a tail", () => {
  const found = search([term("rare"), term("trump")], index(lists, 5));
  assert.deepEqual(found.wanted, ["trump"]);
  assert.deepEqual(found.results.map((r) => r.doc), [3, 15]);
  assert.equal(found.count, 2);
});

test("a one-token query fetches no tail and counts its document frequency", () => {
  const found = search([term("trump")], index(lists, 5));
  assert.deepEqual(found.wanted, []);
  assert.equal(found.results.length, 5);
  assert.equal(found.count, 20);
  assert.ok(found.exact);
  assert.equal(search([term("trump")], index(lists, 5), true).results.length, 20, "paging on completes the list");
  assert.equal(search([term("missing")], index(lists, 5)).count, 0);
});

test("a name unioned with its entity completes both lists and counts exactly", () => {
  const capped = index({ ...lists, "@donald-trump": range(15, 40, () => 30) }, 5);
  const name = [{ alternatives: [["trump"], ["@donald-trump"]] }];
  const first = search(name, capped);
  assert.deepEqual(first.wanted, ["trump", "@donald-trump"], "two tokens: the count needs both whole lists");
  assert.deepEqual({ count: first.count, exact: first.exact }, { count: 40, exact: true });
  const partial = rank(name, (t) => capped.shard.get(t).postings);
  assert.deepEqual(matchCount(name, capped.shard, partial), { count: 25, exact: false }, "before the tails: a lower bound");
});

test("a fragment's place in its block follows from the lengths in document order", () => {
  const locate = fragmentLocator([5, 7, 3, 4, 6], 2);
  assert.deepEqual([0, 1, 2, 3, 4].map(locate), [
    { block: 0, offset: 0, length: 5 }, { block: 0, offset: 5, length: 7 },
    { block: 1, offset: 0, length: 3 }, { block: 1, offset: 3, length: 4 }, { block: 2, offset: 0, length: 6 },
  ]);
});

test("showing more keeps the results already shown in place", () => {
  const shown = [{ doc: 4, score: 50 }, { doc: 2, score: 50 }];
  const reranked = [{ doc: 1, score: 50 }, { doc: 2, score: 50 }, { doc: 4, score: 50 }, { doc: 9, score: 3 }];
  assert.deepEqual(extendResults(shown, reranked).map((r) => r.doc), [4, 2, 1, 9]);
});
