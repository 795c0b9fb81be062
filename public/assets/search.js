// The search page: loads the index on first use, fetches only the shards a query needs (then, for
// several terms or when the reader pages on, the tails of cut-short lists), and the fragments of
// the results shown (all stored raw-DEFLATE-compressed and inflated here), ranks in the browser,
// and builds results with text nodes.
import {
  makeFolder, parseQuery, tokensOfTerms, shardOf, inflate, decodeShard, rank, highlight, snippet, entityKeysOf,
  isTruncated, withTail, tailsNeeded, matchCount, extendResults,
} from "./search-core.js";

const indexURL = new URL("../search/", import.meta.url);
const PAGE = 10;

const input = document.getElementById("search-input");
const list = document.querySelector("[data-search-results]");
const status = document.getElementById("search-status");
const more = document.getElementById("search-more");

let entry = null;
let fold = null;
let entityKeys = new Map();
const shards = new Map();
const tails = new Map();
const chunks = new Map();
let sequence = 0;
let current = { terms: [], tokens: [], entries: new Map(), results: [], count: 0, shown: 0 };

async function bytes(path) {
  const response = await fetch(new URL(path, indexURL));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return inflate(new Uint8Array(await response.arrayBuffer()));
}

const json = async (path) => JSON.parse(new TextDecoder().decode(await bytes(path)));

async function loadEntry() {
  if (!entry) {
    entry = json("index.bin").then((data) => {
      fold = makeFolder(data.fold);
      entityKeys = entityKeysOf(data.entities);
      return data;
    });
    entry.catch(() => { entry = null; });
  }
  return entry;
}

// A failed fetch is forgotten, so the next keystroke tries again.
function cached(map, key, load) {
  if (!map.has(key)) map.set(key, load().catch((error) => { map.delete(key); throw error; }));
  return map.get(key);
}

const shard = (n) => cached(shards, n, async () => decodeShard(await bytes(`shards/${n}.bin`)));
const tail = (n) => cached(tails, n, async () => decodeShard(await bytes(`tails/${n}.bin`)));
const chunk = (n) => cached(chunks, n, () => json(`docs/${n}.bin`));

// A new Map, so completing a query's lists never changes the cached shards.
async function complete(entries, wanted, data) {
  const files = await Promise.all(wanted.map((t) => tail(shardOf(t, data.tails))));
  wanted.forEach((t, i) => entries.set(t, withTail(entries.get(t), files[i].get(t))));
}

const ranked = (terms, entries) => rank(terms, (t) => entries.get(t)?.postings ?? new Map());

async function search(query) {
  const data = await loadEntry();
  const terms = parseQuery(query, fold, entityKeys);
  const tokens = tokensOfTerms(terms);
  const needed = [...new Set(tokens.map((t) => shardOf(t, data.shards)))];
  const loaded = new Map(await Promise.all(needed.map(async (n) => [n, await shard(n)])));
  const entries = new Map(tokens.map((t) => [t, loaded.get(shardOf(t, data.shards)).get(t)]));
  const results = ranked(terms, entries);
  return { terms, tokens, entries, results, ...matchCount(terms, entries, results), shown: 0 };
}

// Once the first page is shown, a query of several terms completes its cut-short lists in the
// background and shows the complete ranking and count in its place.
async function completeQuery(mine) {
  const wanted = tailsNeeded(current.terms, current.entries);
  if (wanted.length === 0) return;
  await complete(current.entries, wanted, await loadEntry());
  if (mine !== sequence) return;
  current.results = ranked(current.terms, current.entries);
  Object.assign(current, matchCount(current.terms, current.entries, current.results));
  showCount();
  await renderResults(0, Math.max(current.shown, PAGE), mine, true);
}

// Messages come from the labels of site.yml, rendered into the status element's data attributes.
function message(name, values = {}) {
  return Object.entries(values).reduce((text, [key, value]) => text.split(`{${key}}`).join(String(value)), status.dataset[name] ?? "");
}

function showCount() {
  status.textContent = message(current.exact ? "resultCount" : "resultCountAtLeast", { count: current.count });
}

// Paging past the shard's best documents of a one-token query fetches the token's tail first.
async function showMore() {
  const mine = sequence;
  const from = current.shown;
  const wanted = current.tokens.filter((t) => isTruncated(current.entries.get(t)));
  if (from + PAGE > current.results.length && wanted.length > 0) {
    const data = await loadEntry();
    await complete(current.entries, wanted, data);
    if (mine !== sequence) return;
    current.results = extendResults(current.results.slice(0, from), ranked(current.terms, current.entries));
    Object.assign(current, matchCount(current.terms, current.entries, current.results));
    showCount();
  }
  await renderResults(from, from + PAGE, mine);
  // Keyboard readers continue from the first new result rather than from the button.
  if (mine === sequence) list.querySelectorAll("a")[from]?.focus();
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.textContent = content;
  return element;
}

// `replace` swaps the list only once the new fragments are in, so a redraw does not flash empty.
async function renderResults(from, to, mine, replace = false) {
  const data = await loadEntry();
  const slice = current.results.slice(from, to);
  const fragments = await Promise.all(slice.map(async ({ doc }) => (await chunk(Math.floor(doc / data.chunk)))[doc % data.chunk]));
  if (mine !== sequence) return;
  if (replace) list.replaceChildren();
  fragments.forEach(([title, url, lang, byline, pool]) => {
    const item = document.createElement("li");
    item.lang = lang;
    const link = document.createElement("a");
    link.className = "result-title";
    for (const piece of highlight(title, current.tokens, fold)) {
      link.append(piece.mark ? text("mark", piece.text) : document.createTextNode(piece.text));
    }
    link.href = new URL(url, new URL("../", indexURL)).href;
    item.append(link);
    if (byline) item.append(text("span", byline, "byline"));
    const paragraph = document.createElement("p");
    for (const piece of snippet(pool, current.tokens, fold)) {
      paragraph.append(piece.mark ? text("mark", piece.text) : document.createTextNode(piece.text));
    }
    item.append(paragraph);
    list.append(item);
  });
  current.shown = Math.min(to, current.results.length);
  // A lower-bound count means lists are cut short: paging on completes them.
  more.hidden = current.exact && current.shown >= current.count;
}

async function run(query) {
  const mine = ++sequence;
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = "";
    more.hidden = true;
    return;
  }
  try {
    const found = await search(query);
    if (mine !== sequence) return;
    current = found;
    list.replaceChildren();
    if (found.results.length === 0) {
      status.textContent = message("noResults", { query });
      more.hidden = true;
      return;
    }
    showCount();
    await renderResults(0, PAGE, mine);
    await completeQuery(mine);
  } catch (error) {
    if (mine === sequence) status.textContent = `${message("indexFailed")}（${error.message}）`;
  }
}

// Every keystroke searches at once: shards are cached after the first fetch, ranking takes a few
// milliseconds, and results of an older query are dropped when a newer one is under way.
input.addEventListener("input", () => run(input.value));
input.addEventListener("focus", () => { loadEntry().catch(() => {}); }, { once: true });
input.addEventListener("keydown", (event) => {
  if (event.key === "Escape") { input.value = ""; run(""); }
  if (event.key === "ArrowDown") { list.querySelector("a")?.focus(); event.preventDefault(); }
});
list.addEventListener("keydown", (event) => {
  const links = [...list.querySelectorAll("a")];
  const at = links.indexOf(document.activeElement);
  if (event.key === "ArrowDown" && at < links.length - 1) { links[at + 1].focus(); event.preventDefault(); }
  if (event.key === "ArrowDown" && at === links.length - 1 && !more.hidden) { more.focus(); event.preventDefault(); }
  if (event.key === "ArrowUp") { (at > 0 ? links[at - 1] : input).focus(); event.preventDefault(); }
});
more.addEventListener("click", () => {
  showMore().catch((error) => { status.textContent = `${message("indexFailed")}（${error.message}）`; });
});
document.querySelector("form[role=search]")?.addEventListener("submit", (event) => { event.preventDefault(); run(input.value); });

document.documentElement.classList.add("search-ready");
const initial = new URL(location.href).searchParams.get("q");
if (initial) { input.value = initial; run(initial); }
