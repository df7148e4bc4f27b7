"""False-change rate, speed, start-up and memory of the repair steps on clean text.

Runs ``repair.homoglyphs``, ``repair.spacing``, ``repair.glued`` and ``repair.typos``
(Russian and Kazakh rules) over text that needs no repair: the Russian and Kazakh sentences of the LID dev set
(``../shared/eval/lid/dev.tsv``, one document per sentence) and the clean seed 000
(``seeds/000_eb02ab0bfbaf9cb4.txt``).  Each text first goes through the steps that
precede repair in the default pipeline (unicode.ftfy, space.normalize, and
lang.detect when it is installed), so repair sees what it sees in production.

A changed token is a word token (``\\w+``) of the text before repair that a repair
edit touches (a space inserted inside a token counts that token).  Every change is
printed, so a reader can judge it; totals are given per corpus and per language (the
language lang.detect gave each document).  Figures go into docs/repair.md by hand, with
the machine and the date.

    python benchmarks/repair_false_changes.py [--shared ../shared] [--extra FILE ...] [--gettext ru kk]
        [--fortunes N]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
REPAIR_STEPS = ("repair.homoglyphs", "repair.spacing", "repair.glued", "repair.typos")
_TOKEN = regex.compile(r"\w+")


def rss_mb() -> float:
    """Current resident memory of this process in MB (VmRSS; peak RSS elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_corpora(shared: Path, extra: list[Path], gettext_langs: list[str], fortunes: int = 0) -> dict[str, list[str]]:
    corpora: dict[str, list[str]] = {"lid-ru": [], "lid-kk": []}
    tsv = shared / "eval" / "lid" / "dev.tsv"
    if tsv.exists():
        for i, line in enumerate(tsv.read_text(encoding="utf-8").splitlines()):
            if i == 0 or not line.strip():
                continue
            lang, _src, _sid, text = line.split("\t", 3)
            if lang in ("ru", "kk"):
                corpora[f"lid-{lang}"].append(text)
    else:
        print(f"note: {tsv} not found; LID sentences skipped", file=sys.stderr)
    seed = ROOT / "seeds" / "000_eb02ab0bfbaf9cb4.txt"
    if seed.exists():
        corpora["seed-000"] = [seed.read_text(encoding="utf-8")]
    # The hand-written gold bodies of the dev seeds: clean, edited news text.
    gold = sorted((shared / "eval" / "dev" / "gold").glob("*.json"))
    if gold:
        import json

        corpora["gold-bodies"] = [json.loads(g.read_text(encoding="utf-8"))["text"] for g in gold]
    for p in extra:
        corpora[f"extra:{p.name}"] = [p.read_text(encoding="utf-8")]
    for lang in gettext_langs:
        corpora[f"gettext-{lang}"] = gettext_texts(lang)
    if fortunes:
        corpora["fortunes-ru"] = fortune_texts(fortunes)
    return {k: v for k, v in corpora.items() if v}


def gettext_texts(lang: str, per_doc: int = 20) -> list[str]:
    """The translated messages of the system's gettext catalogues for ``lang`` (Debian
    ships them in /usr/share/locale): edited, mostly clean Russian or Kazakh of another
    register (software), in documents of ``per_doc`` messages.  A stress test: its own
    typos and code fragments are reported like any change."""
    import gettext
    import glob

    messages: list[str] = []
    for path in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        try:
            with open(path, "rb") as fh:
                catalog = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
        except (OSError, gettext.error, UnicodeDecodeError):
            continue
        messages.extend(v.replace("\n", " ") for k, v in catalog.items() if k and isinstance(v, str) and v)
    return ["\n".join(messages[i:i + per_doc]) for i in range(0, len(messages), per_doc)]


FORTUNES_RU = Path("/usr/share/games/fortunes/ru")


def fortune_texts(limit: int) -> list[str]:
    """Russian quotations from Debian's ``fortunes-ru`` package (``apt-get install
    fortunes-ru``): edited literary prose of many authors, one document per quotation;
    the first ``limit`` of those that are plain prose (Cyrillic letters and punctuation
    only, 60-400 characters, no dialogue), in file order.  Jokes in the collection carry
    deliberate misspellings, so every change is printed to be judged."""
    out: list[str] = []
    for path in sorted(FORTUNES_RU.glob("*")):
        if path.suffix in (".dat", ".u8") or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for quote in text.split("\n%\n"):
            body = " ".join(ln.strip() for ln in quote.splitlines() if not ln.strip().startswith("--"))
            body = regex.sub(r"\s+", " ", body).strip()
            if (60 <= len(body) <= 400 and regex.fullmatch(r"[\p{Cyrillic}\s.,!?:;«»\"()\-–—…']+", body)
                    and body.count("-") <= 2 and body.count(":") <= 1):
                out.append(body)
                if len(out) >= limit:
                    return out
    return out


def touched_tokens(text: str, edits) -> int:
    """Word tokens of ``text`` that the sequential ``edits`` touch."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    # map each edit back to coordinates of ``text``: later edits are in shifted text
    hit = set()
    shifts: list[tuple[int, int]] = []  # (position in current text, length change)
    for e in edits:
        s, en = e.start, e.end
        for pos, delta in reversed(shifts):
            if s > pos:
                s -= delta
            if en > pos:
                en -= delta
        for k, (ts, te) in enumerate(spans):
            if ts < max(en, s + 1) and te > s or (s == en and ts < s < te):
                hit.add(k)
        shifts.append((e.start, len(e.after) - (e.end - e.start)))
    return len(hit)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--extra", type=Path, nargs="*", default=[], help="more clean text files to include")
    ap.add_argument("--gettext", nargs="*", default=[], metavar="LANG",
                    help="also run over the system's gettext translations for LANG (ru, kk)")
    ap.add_argument("--fortunes", type=int, default=0, metavar="N",
                    help="also run over N Russian quotations of Debian's fortunes-ru (literary prose)")
    ap.add_argument("--quiet", action="store_true", help="print the figures only, not every change")
    args = ap.parse_args()

    from corpusclean import Pipeline
    from corpusclean.steps import available_steps

    # Start-up and memory of the repair steps alone, before anything else is loaded.
    mem0 = rss_mb()
    t = time.perf_counter()
    repair = Pipeline(list(REPAIR_STEPS))
    for step in repair.steps:
        step.ensure_setup()
    startup_s = time.perf_counter() - t
    mem_setup = rss_mb()

    corpora = load_corpora(args.shared, args.extra, args.gettext, args.fortunes)
    known = available_steps()
    before_ids = [s for s in ("unicode.ftfy", "space.normalize", "lang.detect") if s in known]
    pre = Pipeline(before_ids)

    from collections import Counter

    by_reason: Counter = Counter()
    by_lang_tokens: Counter = Counter()
    by_lang_changed: Counter = Counter()
    grand_tokens = grand_changed = 0
    repair_seconds = 0.0
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    print(f"steps before repair: {', '.join(before_ids)}")
    for name, texts in corpora.items():
        tokens = changed = 0
        for text in texts:
            doc = pre.process_text(text)
            if doc.rejected:
                continue
            base = doc.text
            n_before = len(doc.edits)
            t = time.perf_counter()
            for step in repair.steps:
                step(doc)
            repair_seconds += time.perf_counter() - t
            new = doc.edits[n_before:]
            n_tokens = len(_TOKEN.findall(base))
            tokens += n_tokens
            # Per language: the document's language as lang.detect decided it (the
            # gettext and gold corpora mix both), else the corpus name's suffix.
            lang = doc.meta.get("lang") or name.rsplit("-", 1)[-1]
            by_lang_tokens[lang] += n_tokens
            by_reason.update(f"{name} {e.reason}" for e in new)
            if new:
                n_changed = touched_tokens(base, new)
                changed += n_changed
                by_lang_changed[lang] += n_changed
                for e in new if not args.quiet else ():
                    ctx = doc.text[max(0, e.start - 30):e.start + len(e.after) + 30].replace("\n", " ")
                    print(f"  CHANGE {name} {e.reason}: {e.before!r} -> {e.after!r}   …{ctx}…")
        grand_tokens += tokens
        grand_changed += changed
        rate = changed / tokens * 10000 if tokens else 0.0
        print(f"{name}: {len(texts)} texts, {tokens} tokens, {changed} changed = {rate:.2f} per 10,000")
    for key, n in sorted(by_reason.items()):
        print(f"  edits {key}: {n}")
    for lang in sorted(by_lang_tokens):
        n, c = by_lang_tokens[lang], by_lang_changed[lang]
        print(f"LANG {lang}: {n} tokens, {c} changed = {c / n * 10000 if n else 0.0:.2f} per 10,000")
    rate = grand_changed / grand_tokens * 10000 if grand_tokens else 0.0
    print(f"ALL: {grand_tokens} tokens, {grand_changed} changed = {rate:.2f} per 10,000 tokens")
    print(f"speed: {grand_tokens / repair_seconds:,.0f} tokens/s through the four repair steps "
          f"({repair_seconds:.2f} s)")
    print(f"start-up of the repair steps (pymorphy3, frequency list, word lists): {startup_s:.2f} s")
    print(f"memory (VmRSS): {mem0:.0f} MB before the repair steps' setup, {mem_setup:.0f} MB after "
          f"(+{mem_setup - mem0:.0f} MB); {rss_mb():.0f} MB at the end, with the earlier steps loaded too")
    return 0


if __name__ == "__main__":
    sys.exit(main())
