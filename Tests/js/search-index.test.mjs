// The real index of the five seeds, queried with the browser's own search logic:
// builds the site with the CLI (BRIEFING_BIN or .build/debug/briefing) into a temporary folder.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { makeFolder, parseQuery, tokensOfTerms, shardOf, decodePostings, rank } from "../../templates/search-core.js";

const root = resolve(import.meta.dirname, "../..");
let site;
let entry;
let fold;
let keys;

before(() => {
  site = join(mkdtempSync(join(tmpdir(), "briefing-search-")), "public");
  const binary = process.env.BRIEFING_BIN ?? join(root, ".build/debug/briefing");
  execFileSync(binary, ["build", "--seeds", join(root, "seeds"), "--templates", join(root, "templates"), "--out", site], { stdio: "pipe" });
  entry = JSON.parse(readFileSync(join(site, "search/index.json"), "utf8"));
  fold = makeFolder(entry.fold);
  keys = new Map(entry.entities);
});

function search(query) {
  const terms = parseQuery(query, fold, keys);
  const shards = new Map();
  const postings = (token) => {
    const n = shardOf(token, entry.shards);
    if (!shards.has(n)) shards.set(n, JSON.parse(readFileSync(join(site, `search/shards/${n}.json`), "utf8")));
    return decodePostings(shards.get(n)[token]);
  };
  return rank(terms, postings).map(({ doc }) => {
    const fragment = JSON.parse(readFileSync(join(site, `search/docs/${Math.floor(doc / entry.chunk)}.json`), "utf8"))[doc % entry.chunk];
    return fragment[1].slice("articles/".length, "articles/".length + 3);
  }).sort();
}

test("Traditional and Simplified forms find the same articles", () => {
  assert.deepEqual(search("關稅"), ["000", "001", "002", "004"]);
  assert.deepEqual(search("关税"), search("關稅"));
  for (const form of ["臺灣", "台灣", "台湾"]) assert.deepEqual(search(form), ["000", "001", "002", "003", "004"], form);
});

test("regional names find the articles that use the other region's name", () => {
  assert.deepEqual(search("特朗普"), ["000", "001", "002", "003", "004"]);
  assert.deepEqual(search("川普"), search("特朗普"));
  assert.deepEqual(search("盧比歐"), ["000", "002", "004"]);
  assert.deepEqual(search("鲁比奥"), search("盧比歐"));
});

test("English glosses find the articles", () => {
  assert.deepEqual(search("Rubio"), ["000", "002", "004"]);
  assert.deepEqual(search("Hegseth"), ["002", "004"]);
  assert.deepEqual(search("quad"), ["000", "004"]);
  assert.deepEqual(search("AUKUS"), ["000", "004"]);
});

test("several terms must all match, and nonsense finds nothing", () => {
  assert.deepEqual(search("石破茂 關稅"), ["000", "001", "004"]);
  assert.deepEqual(search("量子電腦"), []);
});

test("the index entry file and a query stay small", () => {
  const entryBytes = readFileSync(join(site, "search/index.json")).length;
  assert.ok(entryBytes < 60_000, `index.json is ${entryBytes} bytes`);
});
