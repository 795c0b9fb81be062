// The search page: loads the index on first use, fetches only the shards a query needs (then, for
// several tokens or when the reader pages on, the tail records of cut-short lists), and the
// fragments of the results shown (all stored raw-DEFLATE-compressed and inflated here), ranks in
// the browser, and builds results with text nodes. Tail records and fragments are read with HTTP
// Range requests; from a host that ignores Range, the whole file arrives once and is cut here.
import {
  makeFolder, parseQuery, tokensOfTerms, shardOf, inflate, decodeShard, decodePostings, rank, highlight, snippet,
  entityKeysOf, isTruncated, withTail, tailsNeeded, matchCount, extendResults, fragmentLocator,
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
let locate = null;
const shards = new Map();
const tails = new Map();
const fragments = new Map();
const wholeFiles = new Map();
let sequence = 0;
let current = { terms: [], tokens: [], entries: new Map(), results: [], count: 0, shown: 0 };

async function fetchBytes(path) {
  const response = await fetch(new URL(path, indexURL));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const bytes = async (path) => inflate(await fetchBytes(path));

// One record of a sliced file, inflated: a Range request. A host that ignores Range answers with
// the whole file (200); the file is then kept and its records cut here. Whether the host honours
// Range is learnt from the first sliced fetch, which the others wait for, so a host without Range
// never sends the same whole file twice.
let rangeSupport = null;

async function slice(path, offset, length) {
  const cut = (file) => inflate(file.subarray(offset, offset + length));
  if (rangeSupport === null) {
    let learnt;
    rangeSupport = new Promise((resolve) => { learnt = resolve; });
    try {
      return await ranged(path, offset, length, learnt);
    } catch (error) {
      rangeSupport = null;
      learnt(true);
      throw error;
    }
  }
  if (!(await rangeSupport)) return cut(await cached(wholeFiles, path, () => fetchBytes(path)));
  return ranged(path, offset, length, () => {});
}

async function ranged(path, offset, length, learnt) {
  const response = await fetch(new URL(path, indexURL), { headers: { Range: `bytes=${offset}-${offset + length - 1}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const body = new Uint8Array(await response.arrayBuffer());
  learnt(response.status === 206);
  if (response.status === 206) {
    if (body.length === length) return inflate(body);
    // A host may answer with a wider range than asked (a cache aligning ranges): cut ours from it.
    const sent = /^bytes (\d+)-(\d+)\//.exec(response.headers.get("Content-Range") ?? "");
    const start = sent ? Number(sent[1]) : NaN;
    if (!(start <= offset && offset + length <= start + body.length)) throw new Error(`${path}: unexpected range`);
    return inflate(body.subarray(offset - start, offset - start + length));
  }
  wholeFiles.set(path, Promise.resolve(body));
  return inflate(body.subarray(offset, offset + length));
}

const json = async (path) => JSON.parse(new TextDecoder().decode(await bytes(path)));

async function loadEntry() {
  if (!entry) {
    entry = json("index.bin").then((data) => {
      fold = makeFolder(data.fold);
      entityKeys = entityKeysOf(data.entities);
      locate = fragmentLocator(data.fragments, data.chunk);
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
const tail = (token, { offset, length }, data) => cached(tails, token, async () =>
  decodePostings(await slice(`tails/${shardOf(token, data.tails)}.bin`, offset, length)));
const fragment = (doc) => cached(fragments, doc, async () => {
  const { block, offset, length } = locate(doc);
  return JSON.parse(new TextDecoder().decode(await slice(`docs/${block}.bin`, offset, length)));
});

// Completed entries replace the query's own, so the cached shard entries stay as they were.
async function complete(entries, wanted, data) {
  const records = await Promise.all(wanted.map((t) => tail(t, entries.get(t).tail, data)));
  wanted.forEach((t, i) => entries.set(t, withTail(entries.get(t), records[i])));
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

// Once the first page is shown, a query of several tokens completes its cut-short lists in the
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
  await loadEntry();
  const shown = await Promise.all(current.results.slice(from, to).map(({ doc }) => fragment(doc)));
  if (mine !== sequence) return;
  // A reader moving through the results keeps their place when the completed ranking redraws them.
  const focused = replace ? [...list.querySelectorAll("a")].indexOf(document.activeElement) : -1;
  if (replace) list.replaceChildren();
  shown.forEach(([title, url, lang, byline, pool]) => {
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
  if (focused >= 0) list.querySelectorAll("a")[focused]?.focus();
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
