// The real index of the five seeds, queried with the browser's own search logic:
// builds the site with the CLI (BRIEFING_BIN or .build/debug/briefing) into a temporary folder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  makeFolder, parseQuery, shardOf, decodeShard, rank, entityKeysOf, snippet, fragmentLocator,
} from "../../templates/search-core.js";

const root = resolve(import.meta.dirname, "../..");
let work;
let site;
let entry;
let fold;
let keys;
const inflated = (path) => inflateRawSync(readFileSync(join(site, "search", path)));
// A fragment is cut from its block as a Range request would, then inflated on its own.
const fragment = (doc) => {
  const { block, offset, length } = fragmentLocator(entry.fragments, entry.chunk)(doc);
  const file = readFileSync(join(site, "search", `docs/${block}.bin`));
  return JSON.parse(inflateRawSync(file.subarray(offset, offset + length)).toString("utf8"));
};

before(() => {
  work = mkdtempSync(join(tmpdir(), "briefing-search-"));
  site = join(work, "public");
  const binary = process.env.BRIEFING_BIN ?? join(root, ".build/debug/briefing");
  execFileSync(binary, ["build", "--seeds", join(root, "seeds"), "--templates", join(root, "templates"), "--out", site], { stdio: "pipe" });
  entry = JSON.parse(inflated("index.bin").toString("utf8"));
  fold = makeFolder(entry.fold);
  keys = entityKeysOf(entry.entities);
});

after(() => rmSync(work, { recursive: true, force: true }));


function ranked(query) {
  const terms = parseQuery(query, fold, keys);
  const shards = new Map();
  const postings = (token) => {
    const n = shardOf(token, entry.shards);
    if (!shards.has(n)) shards.set(n, decodeShard(inflated(`shards/${n}.bin`)));
    return shards.get(n).get(token)?.postings ?? new Map();
  };
  return rank(terms, postings);
}

function search(query) {
  return ranked(query).map(({ doc }) => fragment(doc)[1].slice("articles/".length, "articles/".length + 3)).sort();
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

test("snippets show the query, highlighted in the result's own script", () => {
  let highlighted = 0;
  for (const { doc } of ranked("關稅")) {
    const [, , lang, , pool] = fragment(doc);
    const marked = snippet(pool, ["关税"], fold).filter((piece) => piece.mark).map((piece) => piece.text);
    assert.ok(marked.every((text) => text === (lang === "zh-Hant-TW" ? "關稅" : "关税")), `${lang}: ${marked}`);
    if (marked.length > 0) highlighted += 1;
  }
  // The pool is chosen from the article alone (no archive-wide rarity yet), so not every result has
  // the term in its clauses; the best-covered ones do.
  assert.ok(highlighted >= 1, `none of the results for 關稅 shows it in its snippet`);
});

test("the index entry file is small and every file is compressed", () => {
  const entryBytes = statSync(join(site, "search/index.bin")).size;
  assert.ok(entryBytes < 16_000, `index.bin is ${entryBytes} bytes`);
  for (const folder of ["shards", "docs"]) {
    for (const name of readdirSync(join(site, "search", folder))) {
      assert.match(name, /^\d+\.bin$/);
      assert.doesNotThrow(() => inflated(`${folder}/${name}`), name);
    }
  }
});
