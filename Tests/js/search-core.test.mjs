// Unit tests of the browser search logic: node --test Tests/js
import { test } from "node:test";
import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
import {
  makeFolder, tokens, tokensOfFolded, hash, parseQuery, rank, decodeShard, inflate, highlight, snippet, entityKeysOf,
} from "../../templates/search-core.js";

const fold = makeFolder("臺台灣湾關关稅税川川");

test("folds Traditional to Simplified, full-width to half-width and case", () => {
  assert.deepEqual(fold("臺灣ＡＢc"), ["台", "湾", "a", "b", "c"]);
});

test("Chinese gives overlapping pairs, a lone character itself, Latin gives words", () => {
  assert.deepEqual(tokens("關稅戰", fold), ["关税", "税戰"]);
  assert.deepEqual(tokens("美", fold), ["美"]);
  assert.deepEqual(tokens("Marco Rubio（盧比歐）", fold), ["marco", "rubio", "盧比", "比歐"]);
  assert.deepEqual(tokensOfFolded(Array.from("2025年第3期")), ["2025", "年第", "3", "期"]);
});

test("FNV-1a matches the Swift builder's hash", () => {
  // Values computed by SearchIndexBuilder.hash (see SearchIndexBuilderTests.swift).
  assert.equal(hash("台湾"), 2841280784);
  assert.equal(hash("rubio"), 1991121270);
});

test("the entry's entity list gives every name its entity", () => {
  const keys = entityKeysOf([["donald-trump", "trump", "川普", "特朗普"], ["marco-rubio", "rubio"]]);
  assert.equal(keys.get("川普"), "donald-trump");
  assert.equal(keys.get("rubio"), "marco-rubio");
  assert.equal(keys.size, 4);
});

test("a gazetteer name adds the entity as an alternative", () => {
  const keys = new Map([["川普", "donald-trump"], ["rubio", "marco-rubio"]]);
  const terms = parseQuery("川普 關稅", fold, keys);
  assert.deepEqual(terms, [
    { label: "川普", alternatives: [["川普"], ["@donald-trump"]] },
    { label: "关税", alternatives: [["关税"]] },
  ]);
  assert.deepEqual(parseQuery("Rubios", fold, keys), [{ label: "rubios", alternatives: [["rubios"]] }]);
});

// Two shard entries as SearchIndexBuilder writes them: name length, name, df, count, gaps,
// impacts, and for a list cut short the offset and length of its tail record.
const SHARD = Uint8Array.from([
  1, 0x61, 2, 2, 0, 2, 10, 50,            // "a": df 2, docs 0 and 2, impacts 10 and 50
  1, 0x62, 200, 1, 2, 2, 1, 30, 5,        // "b": df 200 (varint 0xc8 0x01), docs 2 and 3, impacts 30 and 5
  0xac, 0x02, 9,                          // "b" tail: offset 300, length 9
]);

test("decodes the binary shard format, multi-byte varints included", () => {
  const entries = decodeShard(SHARD);
  assert.deepEqual([...entries.keys()], ["a", "b"]);
  assert.equal(entries.get("b").df, 200);
  assert.deepEqual([...entries.get("a").postings], [[0, 10], [2, 50]]);
  assert.deepEqual([...entries.get("b").postings], [[2, 30], [3, 5]]);
  assert.equal(entries.get("a").tail, null);
  assert.deepEqual(entries.get("b").tail, { offset: 300, length: 9 });
  const name = new TextEncoder().encode("台湾");
  const wide = decodeShard(Uint8Array.from([name.length, ...name, 1, 1, 0x80, 0x01, 7]));
  assert.deepEqual([...wide.get("台湾").postings], [[128, 7]]);
});

test("inflates raw DEFLATE as the Swift builder writes it", async () => {
  const text = "臺灣關稅".repeat(20);
  const bytes = await inflate(deflateRawSync(Buffer.from(text)));
  assert.equal(new TextDecoder().decode(bytes), text);
});

test("ranking requires every term, sums impacts, and falls back to any term", () => {
  const postings = new Map([...decodeShard(SHARD)].map(([token, entry]) => [token, entry.postings]));
  const of = (t) => postings.get(t) ?? new Map();
  const both = rank([{ alternatives: [["a"]] }, { alternatives: [["b"]] }], of);
  assert.deepEqual(both.map((r) => [r.doc, r.score]), [[2, 80]]);
  const either = rank([{ alternatives: [["a"]] }, { alternatives: [["missing"]] }], of);
  assert.deepEqual(either.map((r) => r.doc), [2, 0]);
  const alternative = rank([{ alternatives: [["missing"], ["b"]] }], of);
  assert.deepEqual(alternative.map((r) => r.doc), [2, 3]);
});

test("highlighting returns text pieces, never markup", () => {
  const pieces = highlight("對<b>臺灣</b>的關稅", ["台湾", "关税"], fold);
  assert.deepEqual(pieces, [
    { text: "對<b>", mark: false }, { text: "臺灣", mark: true }, { text: "</b>的", mark: false }, { text: "關稅", mark: true },
  ]);
});

test("a snippet is cut from the clauses that contain the query, else the opening", () => {
  const pool = ["開頭一句，", "其他內容，", "臺灣的關稅政策", "再談關稅。"];
  const text = (pieces) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");
  assert.equal(text(snippet(pool, ["关税"], fold)), "…臺灣的[關稅]政策…再談[關稅]。");
  assert.equal(text(snippet(pool, ["美国"], fold)), "開頭一句，…");
  assert.equal(text(snippet(pool, ["开头"], fold)), "開頭一句，…");
  assert.equal(text(snippet([], ["开头"], fold)), "");
});
