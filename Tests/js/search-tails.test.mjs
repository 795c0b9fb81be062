// Unit tests of complete results: tails of cut-short lists, true counts, full intersections.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  decodeShard, rank, isTruncated, withTail, tailsNeeded, matchCount, extendResults,
} from "../../templates/search-core.js";

// A record as the Swift PostingsWriter writes it: name length, name, df, count, gaps, impacts.
function record(token, df, postings) {
  const bytes = [];
  const varint = (value) => {
    while (value >= 0x80) { bytes.push((value & 0x7f) | 0x80); value = Math.floor(value / 128); }
    bytes.push(value);
  };
  const name = new TextEncoder().encode(token);
  varint(name.length);
  bytes.push(...name);
  varint(df);
  const sorted = [...postings].sort((a, b) => a[0] - b[0]);
  varint(sorted.length);
  let previous = 0;
  for (const [doc] of sorted) { varint(doc - previous); previous = doc; }
  bytes.push(...sorted.map(([, impact]) => impact));
  return bytes;
}

// A shard and a tail file as the builder splits each token's list with a cap: the best `cap`
// postings (ties by document) in the shard, the rest in the tail.
function index(lists, cap) {
  const shard = [];
  const tail = [];
  for (const [token, postings] of Object.entries(lists)) {
    const best = [...postings].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    shard.push(...record(token, best.length, best.slice(0, cap)));
    if (best.length > cap) tail.push(...record(token, best.length, best.slice(cap)));
  }
  return { shard: decodeShard(Uint8Array.from(shard)), tail: decodeShard(Uint8Array.from(tail)) };
}

// The page's search: shard entries, then the tails it completes in the background (or, with
// `more`, every cut-short list, as when the reader pages on), rank, count.
function search(terms, { shard, tail }, more = false) {
  const tokens = [...new Set(terms.flatMap((term) => term.alternatives.flat()))];
  const entries = new Map(tokens.map((t) => [t, shard.get(t)]));
  const wanted = more ? tokens.filter((t) => isTruncated(entries.get(t))) : tailsNeeded(terms, entries);
  for (const t of wanted) entries.set(t, withTail(entries.get(t), tail.get(t)));
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

test("a token's tail record decodes like its shard record and completes its list", () => {
  const { shard, tail } = index(lists, 5);
  assert.ok(isTruncated(shard.get("trump")));
  assert.ok(!isTruncated(shard.get("rare")));
  assert.ok(!isTruncated(undefined));
  assert.equal(tail.get("trump").df, 20);
  const full = withTail(shard.get("trump"), tail.get("trump"));
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

test("a name unioned with its entity shows a lower bound until the reader pages on", () => {
  const capped = index({ ...lists, "@donald-trump": range(15, 40, () => 30) }, 5);
  const name = [{ alternatives: [["trump"], ["@donald-trump"]] }];
  const first = search(name, capped);
  assert.deepEqual(first.wanted, [], "one term fetches no tail for its first page");
  assert.deepEqual({ count: first.count, exact: first.exact }, { count: 25, exact: false });
  const paged = search(name, capped, true);
  assert.deepEqual(paged.wanted, ["trump", "@donald-trump"]);
  assert.deepEqual({ count: paged.count, exact: paged.exact }, { count: 40, exact: true });
});

test("showing more keeps the results already shown in place", () => {
  const shown = [{ doc: 4, score: 50 }, { doc: 2, score: 50 }];
  const reranked = [{ doc: 1, score: 50 }, { doc: 2, score: 50 }, { doc: 4, score: 50 }, { doc: 9, score: 3 }];
  assert.deepEqual(extendResults(shown, reranked).map((r) => r.doc), [4, 2, 1, 9]);
});
