// Unit tests of the browser search logic: node --test Tests/js
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeFolder, tokens, tokensOfFolded, hash, parseQuery, rank, decodePostings, highlight } from "../../templates/search-core.js";

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

test("a gazetteer name adds the entity as an alternative", () => {
  const keys = new Map([["川普", "donald-trump"], ["rubio", "marco-rubio"]]);
  const terms = parseQuery("川普 關稅", fold, keys);
  assert.deepEqual(terms, [
    { label: "川普", alternatives: [["川普"], ["@donald-trump"]] },
    { label: "关税", alternatives: [["关税"]] },
  ]);
  assert.deepEqual(parseQuery("Rubios", fold, keys), [{ label: "rubios", alternatives: [["rubios"]] }]);
});

test("ranking requires every term, sums impacts, and falls back to any term", () => {
  const postings = new Map([
    ["a", decodePostings([2, [0, 2], [10, 50]])], // docs 0, 2
    ["b", decodePostings([2, [2, 1], [30, 5]])],  // docs 2, 3
  ]);
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
