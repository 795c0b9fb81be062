#!/usr/bin/env python3
"""Scale benchmark: briefing against Hugo + OpenCC + Pagefind on the same synthetic archive.

For each archive size it writes a synthetic archive with `briefing synth`, then measures with
`/usr/bin/time -v` (wall time, CPU time, peak RSS of each step):

  ours   release `briefing build`: clean (empty output and cache), then after adding one seed,
         then after editing one seed (incremental, when `briefing build --help` offers --cache);
  peer   the same articles as Markdown (the index.md files of our build) through the `opencc`
         CLI (s2twp / tw2sp, one call per direction over all files concatenated) for the
         second-script copy, Hugo (minimal generated site, both copies as pages), and Pagefind
         extended over Hugo's output;
  floor  the libraries alone: the opencc step above (the same command on the same text) plus
         the `cmark-gfm` CLI over all Markdown bodies of both scripts, concatenated;
  search file counts and bytes of our index and of Pagefind's, and the bytes a typical query
         fetches from ours (entry, search.js, search-core.js, the shards of its tokens, the
         fragment blocks of its first ten results), with search-core.js re-implemented here.

Prints Markdown tables and writes them to --out (default: a new temporary file).
Python 3 standard library only; Pagefind comes from PyPI `pagefind-bin-extended`.
"""

import argparse
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import browsersearch  # noqa: E402
import searchbytes  # noqa: E402
import peersite  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


class Step:
    """One measured command: status is 'ok', 'timeout', 'killed …' or 'failed …'."""

    def __init__(self, name, status, wall=None, cpu=None, rss_kib=None, note=""):
        self.name, self.status, self.wall, self.cpu, self.rss_kib, self.note = name, status, wall, cpu, rss_kib, note
        self.load = 0.0  # the highest 1-minute load average seen while it ran

    @property
    def ok(self):
        return self.status == "ok"


def parse_time_report(text):
    def field(label):
        match = re.search(re.escape(label) + r":\s*(.+)", text)
        return match.group(1).strip() if match else None

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    seconds = None
    if wall:
        parts = [float(p) for p in wall.split(":")]
        seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    cpu = sum(float(field(label) or 0) for label in ("User time (seconds)", "System time (seconds)"))
    rss = field("Maximum resident set size (kbytes)")
    signal_line = re.search(r"Command terminated by signal (\d+)", text)
    exit_status = field("Exit status")
    return seconds, cpu, int(rss) if rss else None, signal_line.group(1) if signal_line else None, exit_status


MEMORY_LIMIT = None  # bytes of resident memory a step's processes may use together, from --memory-limit
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def group_rss(group):
    """Resident bytes of every process in a process group, from /proc."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 21 and int(fields[2]) == group:
            total += int(fields[21]) * PAGE_SIZE
    return total


def measure(name, argv, log, timeout, cwd=None, stdout=None):
    """Runs argv under /usr/bin/time -v in its own process group. A watchdog kills the group when
    it runs past the timeout or its resident memory passes the limit, so a step that needs more
    memory than the machine has is stopped and reported instead of inviting the OOM killer."""
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as report:
        report_path = report.name
    out = open(stdout, "wb") if stdout else log
    started = time.monotonic()
    process = subprocess.Popen(["/usr/bin/time", "-v", "-o", report_path, *map(str, argv)],
                               cwd=cwd, stdout=out, stderr=log, start_new_session=True)
    stopped, peak, load = None, 0, 0.0
    while stopped is None:
        try:
            process.wait(timeout=0.5)
            break
        except subprocess.TimeoutExpired:
            pass
        peak = max(peak, group_rss(process.pid))
        load = max(load, float(Path("/proc/loadavg").read_text().split()[0]))
        if time.monotonic() - started > timeout:
            stopped = f"timeout after {timeout:.0f} s"
        elif MEMORY_LIMIT and peak > MEMORY_LIMIT:
            stopped = f"stopped at {MEMORY_LIMIT / 2**30:.1f} GiB resident after {time.monotonic() - started:.0f} s"
    if stopped:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    if stdout:
        out.close()
    text = Path(report_path).read_text(errors="replace")
    os.unlink(report_path)
    wall, cpu, rss, killed_by, exit_status = parse_time_report(text)
    if stopped:
        step = Step(name, stopped, time.monotonic() - started, None, peak // 1024)
    elif killed_by:
        why = " (out of memory?)" if killed_by == "9" else ""
        step = Step(name, f"killed by signal {killed_by}{why}", wall, cpu, rss)
    elif process.returncode != 0 or (exit_status and exit_status != "0"):
        step = Step(name, f"failed (exit {process.returncode})", wall, cpu, rss)
    else:
        step = Step(name, "ok", wall, cpu, rss)
    step.load = load
    return step


def combine(name, steps, note=""):
    """Steps run one after another: times add up, peak memory is the largest."""
    failed = next((s for s in steps if not s.ok), None)
    load = max((s.load for s in steps), default=0.0)
    wall = sum(s.wall or 0 for s in steps)
    cpu = sum(s.cpu or 0 for s in steps)
    rss = max((s.rss_kib or 0 for s in steps), default=None)
    step = Step(name, f"{failed.name}: {failed.status}" if failed else "ok", wall, cpu, rss, note)
    step.load = load
    return step


def folder_stats(path):
    files = [p for p in Path(path).rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def edit_one_seed(seeds):
    """Adds a sentence in the middle of the middle seed, as an editor's fix would."""
    names = sorted(p for p in Path(seeds).glob("*.txt"))
    target = names[len(names) // 2]
    text = target.read_text(encoding="utf-8")
    at = text.find("。", len(text) // 2)
    at = at if at >= 0 else len(text) // 2
    target.write_text(text[:at + 1] + "此句為基準測試所加。" + text[at + 1:], encoding="utf-8")
    return target.name


def build_note(log_path, offset):
    """Articles reused and the build's own progress marks (cumulative seconds per stage)."""
    with open(log_path, "rb") as log:
        log.seek(offset)
        text = log.read().decode(errors="replace")
    found = re.findall(r"built (\d+) articles \((\d+) from cache\)", text)
    stages = dict(re.findall(r"^(\w+): \d+ done at ([\d.]+) s", text, re.MULTILINE))
    note = f"{found[-1][1]} of {found[-1][0]} from cache" if found else ""
    if stages:
        note += "; stages done at " + ", ".join(f"{k} {float(v):.0f} s" for k, v in stages.items())
    return note


def measure_build(name, build, log, log_path, args):
    log.flush()
    offset = os.path.getsize(log_path)
    step = measure(name, build, log, args.timeout, cwd=REPO)
    step.note = build_note(log_path, offset)
    return step


def run_size(n, args, log_dir):
    work = Path(tempfile.mkdtemp(prefix=f"briefing-bench-{n}-", dir=args.work))
    results = {"n": n}
    log_path = log_dir / f"{n}.log"
    with open(log_path, "ab") as log:
        def say(text):
            print(f"[{n}] {text}", flush=True)
            log.write(f"\n==== {text}\n".encode())
            log.flush()

        seeds = work / "seeds"
        say("synth")
        results["synth"] = measure("synth", [args.briefing, "synth", "--articles", n, "--seed", args.seed, "--out", seeds],
                                   log, args.timeout, cwd=REPO)
        if not results["synth"].ok:
            return results, work
        results["raw_bytes"] = sum(p.stat().st_size for p in seeds.glob("*.txt"))

        # Ours: clean, then incremental after adding and after editing one seed.
        ours = work / "ours"
        out, cache = ours / "public", ours / ".briefing-cache"
        incremental = "--cache" in subprocess.run([args.briefing, "build", "--help"], capture_output=True, text=True).stdout
        build = [args.briefing, "build", "--seeds", seeds, "--templates", REPO / "templates", "--out", out]
        if incremental:
            build += ["--cache", cache]
        say("ours: clean build")
        results["clean"] = measure_build("ours clean", build, log, log_path, args)
        extra = work / "extra"
        add_one = [args.briefing, "synth", "--articles", 1, "--first", n, "--seed", args.seed, "--out", extra]
        subprocess.run([str(a) for a in add_one], check=True, stdout=subprocess.DEVNULL, cwd=REPO)
        for added in extra.glob("*.txt"):
            shutil.copy(added, seeds / added.name)
        label = "" if incremental else " (incremental: not implemented; clean build again)"
        say("ours: after adding one seed" + label)
        results["add"] = measure_build("ours +1 seed", build, log, log_path, args)
        if not incremental:
            results["add"].note = "incremental: not implemented"
        edited = edit_one_seed(seeds)
        say(f"ours: after editing {edited}" + label)
        results["edit"] = measure_build("ours edit 1 seed", build, log, log_path, args)
        if not incremental:
            results["edit"].note = "incremental: not implemented"

        if not results["clean"].ok:
            return results, work
        # The peer pipeline on the same Markdown (our last build's index.md files, n + 1 articles).
        site = work / "hugo"
        say("peer: opencc")
        documents = peersite.collect_markdown(out / "articles")
        results["markdown_bytes"] = sum(len(d.text.encode()) for d in documents)
        opencc_steps = []
        for script, config in (("Hans", "s2twp.json"), ("Hant", "tw2sp.json")):
            batch = [d for d in documents if d.script == script]
            if not batch:
                continue
            source, target = work / f"opencc-{script}.in", work / f"opencc-{script}.out"
            peersite.write_batch(batch, source)
            opencc_steps.append(measure(f"opencc {config}", ["opencc", "-c", config, "-i", source, "-o", target],
                                        log, args.timeout))
            if opencc_steps[-1].ok:
                peersite.read_batch(batch, target)
        results["opencc"] = combine("opencc", opencc_steps, "one call per direction over all files concatenated")
        if results["opencc"].ok:
            peersite.write_site(site, documents)
            say("peer: hugo")
            results["hugo"] = measure("hugo", ["hugo", "--source", site, "--destination", site / "public", "--quiet"],
                                      log, args.timeout)
            if results["hugo"].ok:
                say("peer: pagefind")
                results["pagefind"] = measure("pagefind", [args.pagefind, "--site", site / "public", "--quiet"],
                                              log, args.timeout)
        peer_steps = [results[k] for k in ("opencc", "hugo", "pagefind") if k in results]
        results["peer"] = combine("peer total", peer_steps)
        if len(peer_steps) < 3 and results["peer"].ok:
            results["peer"].status = "incomplete"

        # The library floor: the opencc step above plus cmark-gfm over every body in both scripts.
        say("floor: cmark-gfm")
        bodies = work / "bodies.md"
        peersite.write_bodies(documents, bodies)
        # Debian's cmark-gfm CLI has no footnotes option; the library call in briefing has.
        results["cmark"] = measure("cmark-gfm", ["cmark-gfm", "--validate-utf8", "-e", "table", "-e", "autolink",
                                                  "-e", "strikethrough", "-e", "tagfilter", bodies],
                                   log, args.timeout, stdout=os.devnull)
        results["cmark"].note = "CLI over all bodies of both scripts concatenated (no footnote option in this CLI)"
        results["floor"] = combine("floor", [results["opencc"], results["cmark"]])

        # Search.
        results["ours_search"] = folder_stats(out / "search")
        pagefind_dir = site / "public" / "pagefind"
        results["pagefind_search"] = folder_stats(pagefind_dir) if pagefind_dir.is_dir() else None
        results["queries"] = searchbytes.query_costs(out, args.queries)
        results["pagefind_query"] = searchbytes.pagefind_estimate(pagefind_dir) if pagefind_dir.is_dir() else None
        say("search in Chromium: ours and Pagefind")
        results["browser"] = browsersearch.measure(out, site / "public" if pagefind_dir.is_dir() else None)
    return results, work


# ---------------------------------------------------------------- report

def seconds(step):
    if step is None:
        return "—"
    if not step.ok:
        return step.status
    return f"{step.wall:.1f}"


def mib(step):
    if step is None or step.rss_kib is None:
        return "—"
    return f"{step.rss_kib / 1024:.0f}" if step.ok else f"≥ {step.rss_kib / 1024:.0f}"


def cpu(step):
    return "—" if step is None or step.cpu is None or not step.ok else f"{step.cpu:.1f}"


def ratio(a, b, attr="wall"):
    if a is None or b is None or not a.ok or not b.ok:
        return "—"
    x, y = getattr(a, attr), getattr(b, attr)
    return f"{x / y:.2f}×" if x is not None and y else "—"


def size(n):
    return f"{n / 1048576:.1f} MiB" if n >= 1048576 else f"{n / 1024:.1f} KiB"


def report(all_results, args, versions):
    lines = ["# briefing scale benchmark", ""]
    lines.append(f"Machine: {os.cpu_count()} cores, {versions['memory']}; {versions['tools']}.")
    lines.append("Times are wall-clock seconds, CPU is user+system seconds, memory is peak RSS in MiB of the "
                 "largest process of a step (`/usr/bin/time -v`); a step sequence adds times and takes the "
                 f"largest peak. Per-step limits: {args.timeout:.0f} s, {args.memory_limit_gib:.1f} GiB resident. "
                 f"Seed {args.seed}. The peer and the floor run on the archive after the added seed "
                 "(one article more than the clean build).")
    lines.append("")
    sizes = [r["n"] for r in all_results]
    header = "| step | " + " | ".join(f"{n:,} articles: wall s | CPU s | peak MiB" for n in sizes) + " | note |"
    lines += [header, "|" + "---|" * (2 + 3 * len(sizes))]
    rows = [("synth (generate the archive)", "synth"), ("**ours** clean build", "clean"),
            ("ours after adding one seed", "add"), ("ours after editing one seed", "edit"),
            ("peer: opencc (second script)", "opencc"), ("peer: Hugo", "hugo"), ("peer: Pagefind", "pagefind"),
            ("**peer total**", "peer"), ("floor: cmark-gfm", "cmark"), ("**floor** (opencc + cmark-gfm)", "floor")]
    for label, key in rows:
        cells = []
        notes = {}
        for r in all_results:
            step = r.get(key)
            cells += [seconds(step), cpu(step), mib(step)]
            if step is not None and step.note:
                notes[r["n"]] = step.note
        if len(set(notes.values())) == 1:
            note = next(iter(notes.values()))
        else:
            note = " — ".join(f"{n:,}: {text}" for n, text in notes.items())
        lines.append(f"| {label} | " + " | ".join(cells) + " | " + note + " |")
    lines.append("")
    def highest_load(r, keys):
        return max((r[k].load for k in keys if isinstance(r.get(k), Step)), default=0.0)

    lines.append(f"Highest 1-minute load average on this {os.cpu_count()}-core machine while the steps ran (our build, "
                 "Hugo and Pagefind use every core, so about the core count is expected; it counts runnable "
                 "threads, so a many-threaded step can raise it alone, but well above the core count during "
                 "our steps means other work competed and wall times are inflated): " + "; ".join(
                     f"{r['n']:,} articles: ours {highest_load(r, ('clean', 'add', 'edit')):.1f}, "
                     f"peer and floor {highest_load(r, ('opencc', 'hugo', 'pagefind', 'cmark')):.1f}"
                     for r in all_results) + ".")
    lines.append("")
    lines.append("Input: " + "; ".join(
        f"{r['n']:,} articles = {size(r.get('raw_bytes', 0))} raw text, {size(r.get('markdown_bytes', 0))} Markdown "
        f"(one script; the peer converts it to the other)" for r in all_results) + ".")
    lines.append("")

    lines += ["## Ratios", "", "| ratio | " + " | ".join(f"{n:,}" for n in sizes) + " |", "|---|" + "---|" * len(sizes)]
    ratio_rows = [
        ("ours clean ÷ peer total (wall)", lambda r: ratio(r.get("clean"), r.get("peer"))),
        ("ours clean ÷ peer total (CPU)", lambda r: ratio(r.get("clean"), r.get("peer"), "cpu")),
        ("ours clean ÷ peer total (peak memory)", lambda r: ratio(r.get("clean"), r.get("peer"), "rss_kib")),
        ("ours clean ÷ floor (wall)", lambda r: ratio(r.get("clean"), r.get("floor"))),
        ("ours clean ÷ floor (CPU)", lambda r: ratio(r.get("clean"), r.get("floor"), "cpu")),
        ("ours +1 seed ÷ ours clean (wall)", lambda r: ratio(r.get("add"), r.get("clean"))),
        ("ours edit ÷ ours clean (wall)", lambda r: ratio(r.get("edit"), r.get("clean"))),
    ]
    for label, fn in ratio_rows:
        lines.append(f"| {label} | " + " | ".join(fn(r) for r in all_results) + " |")
    lines.append("")

    lines += ["## Search", "", "| | " + " | ".join(f"{n:,}" for n in sizes) + " |", "|---|" + "---|" * len(sizes)]

    def stats(value):
        return "—" if value is None else f"{value[0]:,} files, {size(value[1])}"

    lines.append("| ours: index files (`public/search/`) | " + " | ".join(stats(r.get("ours_search")) for r in all_results) + " |")
    lines.append("| Pagefind: index files (`pagefind/`) | " + " | ".join(stats(r.get("pagefind_search")) for r in all_results) + " |")

    def bytes_ratio(r):
        a, b = r.get("ours_search"), r.get("pagefind_search")
        return "—" if not a or not b else f"{a[1] / b[1]:.2f}× bytes, {a[0] / b[0]:.2f}× files"

    lines.append("| ours ÷ Pagefind | " + " | ".join(bytes_ratio(r) for r in all_results) + " |")
    for index, query in enumerate(args.queries):
        def cell(r):
            q = r.get("queries", [None] * len(args.queries))[index]
            if q is None:
                return "—"
            return (f"first {size(q['bytes'])} ({size(q['gzip'])} if the host gzips), later {size(q['later'])} "
                    f"(first page {size(q['first'])}; {size(q['no_range'])} from a host without Range): "
                    f"{q['shards']} shards, {q['tails']} tail records, {q['requests']} requests, "
                    f"{q['found']}/{q['tokens']} tokens found, {'' if q['exact'] else 'at least '}{q['count']:,} matches")
        lines.append(f"| ours: query `{query}` fetches | " + " | ".join(cell(r) for r in all_results) + " |")

    def pf_cell(r):
        e = r.get("pagefind_query")
        return "—" if not e else f"{size(e['bytes'])} ({size(e['gzip'])} gzip), estimate for {e['language']}"

    lines.append("| Pagefind: one-word query fetches | " + " | ".join(pf_cell(r) for r in all_results) + " |")

    def ms(value):
        return "—" if value is None else f"{value:.0f} ms"

    def recall(count, relevant):
        return "—" if count is None or not relevant else f"{count:,}/{relevant:,} ({count / relevant:.0%})"

    def browser_cell(r, query):
        b = r.get("browser") or {}
        if "error" in b:
            return f"not measured: {b['error']}"
        q = (b.get("queries") or {}).get(query)
        if not q:
            return "—"
        ours = f"ours {ms(q['ours_ms'])}, recall {recall(q['ours_count'], q['ours_relevant'])}"
        if "pagefind_relevant" not in q:
            return ours
        pf = (f"error {q['pagefind_error']}" if q.get("pagefind_error")
              else f"{ms(q['pagefind_ms'])}, recall {recall(q['pagefind_count'], q['pagefind_relevant'])}")
        return f"{ours}; Pagefind {pf}"

    queries = list(browsersearch.QUERIES)
    for query in queries:
        lines.append(f"| Chromium: `{query}` first results, recall | " + " | ".join(browser_cell(r, query) for r in all_results) + " |")
    lines.append("| Chromium: median time to first results | " + " | ".join(
        f"ours {ms((r.get('browser') or {}).get('ours_median_ms'))}, Pagefind {ms((r.get('browser') or {}).get('pagefind_median_ms'))}"
        for r in all_results) + " |")
    lines.append("")
    lines.append("A query's bytes from ours, first: `search/index.bin` + `assets/search.js` + "
                 "`assets/search-core.js` + the shards of its tokens + the fragment records of its first ten "
                 "results (Range requests into `search/docs/` blocks), then, for a query of several tokens, the "
                 "tail records of its cut-short lists (Range requests into `search/tails/`) and the fragments of "
                 "the completed ranking's first ten, fetched in the background and counted in; later (entry and "
                 "code cached): the same without entry and code; first page: what the first results wait for. "
                 "Response headers are not counted. Index files are stored "
                 "raw-DEFLATE-compressed and count at their stored size (tokens: CJK pairs after the index's fold "
                 "map, Latin lower-case words, gazetteer entities; shard = FNV-1a 32 mod shards; ranking as in "
                 "search-core.js). "
                 "Pagefind's estimate: pagefind.js + pagefind-worker.js + pagefind-entry.json + the language's "
                 "pf_meta and wasm + its median index chunk + five median fragments (the results its UI shows "
                 "first); its binary files are gzip-compressed already. "
                 "Chromium rows (headless, one query after another in one page, the index entry loaded by the first): "
                 "ours = last input event → first result shown, recall = the exact count shown ÷ articles whose "
                 "title and text hold every term in any of its forms (both scripts, both regions' names, English); "
                 "Pagefind = its JS API's search() plus the data of its first five results, recall = results ÷ Hugo "
                 "pages (one per article and script) holding every term in any form.")
    return "\n".join(lines) + "\n"


def tool_versions(pagefind):
    def first_line(argv):
        try:
            out = subprocess.run(argv, capture_output=True, text=True, timeout=30)
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "missing"

    hugo = first_line(["hugo", "version"]).split("+")[0].replace("hugo ", "Hugo ")
    try:
        opencc = re.search(r"Version:\s*(\S+)", subprocess.run(["opencc", "--version"], capture_output=True, text=True).stdout).group(1)
    except (OSError, AttributeError):
        opencc = "?"
    cmark = first_line(["cmark-gfm", "--version"]).split(" - ")[0]
    pf = first_line([pagefind, "--version"])
    memory = "unknown memory"
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kib / 1048576:.0f} GiB RAM"
    except (OSError, AttributeError):
        pass
    return {"tools": f"{hugo}, OpenCC {opencc or '?'}, {cmark}, {pf}, Python {platform.python_version()}",
            "memory": memory}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000 10000"),
                        help="archive sizes, space-separated (env BENCH_SIZES)")
    parser.add_argument("--out", default=os.environ.get("BENCH_OUT") or None, help="Markdown report file (env BENCH_OUT)")
    parser.add_argument("--briefing", default=str(REPO / ".build/release/briefing"))
    parser.add_argument("--pagefind", default=None, help="Pagefind extended binary (default: from pagefind_bin_extended)")
    parser.add_argument("--timeout", type=float, default=float(os.environ.get("BENCH_TIMEOUT", 1200)),
                        help="per-step timeout in seconds (env BENCH_TIMEOUT)")
    parser.add_argument("--seed", default="1")
    parser.add_argument("--memory-limit", type=float, default=float(os.environ.get("BENCH_MEMORY_LIMIT", 0)) or None,
                        help="resident-memory limit per step in GiB, past which the step is stopped and reported "
                             "(default: 85%% of RAM; env BENCH_MEMORY_LIMIT)")
    parser.add_argument("--work", default=os.environ.get("BENCH_WORK") or None, help="parent folder for work folders")
    parser.add_argument("--keep", action="store_true", default=os.environ.get("BENCH_KEEP") == "1",
                        help="keep the work folders (env BENCH_KEEP=1)")
    parser.add_argument("--queries", nargs="*", default=["關稅", "川普", "石破茂", "Rubio", "美日同盟", "特朗普 关税"])
    args = parser.parse_args()
    args.sizes = [int(s) for s in args.sizes.replace(",", " ").split()]
    if args.pagefind is None:
        import pagefind_bin_extended
        args.pagefind = pagefind_bin_extended.get_executable()
    if args.out is None:
        handle, args.out = tempfile.mkstemp(prefix="briefing-bench-", suffix=".md")
        os.close(handle)
    for tool in ("/usr/bin/time", "opencc", "hugo", "cmark-gfm", args.briefing, args.pagefind):
        if shutil.which(str(tool)) is None:
            sys.exit(f"bench: {tool} not found; run `make bench`, which installs and builds what it needs")

    # A private copy: a rebuild of .build/release/briefing during the run must not change the
    # binary under test (its bytes key the cache, so a rebuild would also empty the cache).
    private = Path(tempfile.mkdtemp(prefix="briefing-bench-bin-", dir=args.work))
    shutil.copy2(args.briefing, private / "briefing")
    args.briefing = str(private / "briefing")
    versions = tool_versions(args.pagefind)
    global MEMORY_LIMIT
    total_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    MEMORY_LIMIT = int(args.memory_limit * 2**30) if args.memory_limit else int(total_kib * 1024 * 0.85)
    args.memory_limit_gib = MEMORY_LIMIT / 2**30
    log_dir = Path(tempfile.mkdtemp(prefix="briefing-bench-logs-", dir=args.work))
    print(f"bench: logs in {log_dir}", flush=True)
    all_results = []
    for n in args.sizes:
        started = time.monotonic()
        results, work = run_size(n, args, log_dir)
        all_results.append(results)
        print(f"[{n}] done in {time.monotonic() - started:.0f} s", flush=True)
        if args.keep:
            print(f"[{n}] kept {work}", flush=True)
        else:
            shutil.rmtree(work, ignore_errors=True)
        text = report(all_results, args, versions)
        Path(args.out).write_text(text, encoding="utf-8")
    shutil.rmtree(private, ignore_errors=True)
    print()
    print(text)
    print(f"bench: report written to {args.out}")
    failed = [s for r in all_results for s in r.values() if isinstance(s, Step) and s.name.startswith("ours") and not s.ok]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
