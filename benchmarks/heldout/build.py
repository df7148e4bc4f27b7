"""Build the held-out set from pages_<site>.py: docs/, bysite/<site>/, gold/, jsonl/<site>.jsonl.

Page blocks are tagged F (furniture), T (title), D (date line), B (body). "@NAME" lines expand the
site's BLOCKS[NAME]. A planted defect in a B line is written ⟦after|before⟧: the page gets "before",
the gold body gets "after", and gold "fixes" gets {"before": before, "after": after}.
A credit glued to the next sentence is written ⟦after|CREDIT + after⟧ (before ends with after): the
credit (before minus after, trailing punctuation and spaces stripped) also goes to gold "drop".
JSONL: one object per page, content = page lines joined with "\n", heading = title,
date_published = the site's scraper form of the date (site.jdate(pub)), page_url = url.
"""
import importlib, json, pathlib, re, sys
# the held-out set: the folder it is run in (benchmarks/heldout/run_fast.sh cds there)
root = pathlib.Path.cwd().resolve()
sys.path.insert(0, str(root))
SITES = (root / "sites.txt").read_text(encoding="utf-8").split()  # the order of the sites in the set
MARK = re.compile(r"⟦([^|⟧]+)\|([^|⟧]+)⟧")


def expand(site, text):
    out = []
    for line in text.split("\n"):
        if line.startswith("@"):
            out += expand(site, site.BLOCKS[line[1:]])
        else:
            assert line[:2] in ("F ", "T ", "D ", "B "), line
            out.append((line[0], line[2:]))
    return out


def main():
    for d in ["docs", "gold", "jsonl"] + [f"bysite/{s}" for s in SITES]:
        (root / d).mkdir(parents=True, exist_ok=True)
    n, nfix, fixpages = 0, {"ru": 0, "kk": 0}, 0
    for s in SITES:
        site = importlib.import_module(f"pages_{s}")
        assert site.SITE == s
        recs = []
        for stem, (lang, pub, text) in sorted(site.PAGES.items()):
            assert stem.startswith(s) and lang in ("ru", "kk")
            blocks = expand(site, text)
            page, body, furn, fixes, credits = [], [], [], [], []
            for tag, line in blocks:
                if tag != "B":
                    assert not MARK.search(line), line
                    page.append(line)
                    (furn if tag in "FD" else []).append(line)
                    continue
                for after, before in MARK.findall(line):
                    fixes.append({"before": before, "after": after})
                    if before.endswith(after) and len(before) > len(after):
                        credits.append(before[: -len(after)].rstrip(" .,"))
                page.append(MARK.sub(lambda m: m.group(2), line))
                body.append(MARK.sub(lambda m: m.group(1), line))
            title = [l for k, l in blocks if k == "T"]
            dates = [l for k, l in blocks if k == "D"]
            assert len(title) == 1 and len(dates) == 1, stem
            name = stem + ".txt"
            raw = "\n".join(page) + "\n"
            btxt = "\n".join(body)
            for fx in fixes:
                assert fx["after"] in btxt and fx["before"] not in btxt and fx["before"] in raw, (stem, fx)
                assert raw.count(fx["before"]) == 1 and btxt.count(fx["after"]) == 1, ("not unique", stem, fx)
            for c in credits:
                assert c not in btxt, (stem, c)
            # long furniture lines as substrings; short ones (menu words, counters) as whole lines
            drop = [l for l in furn if len(l) >= 20 and l not in btxt] + credits
            drop_lines = [l for l in furn if len(l) < 20]
            sec = site.SECTION[lang] if isinstance(site.SECTION, dict) else site.SECTION
            url = f"https://{site.DOMAIN}/{sec}/{pub[:4]}/{pub[5:7]}/{stem.split('_', 1)[1].replace('_', '-')}"
            gold = {"file": name, "site": s, "url": url, "lang": lang, "title": title[0], "published": pub,
                    "text": "\n\n".join(body), "drop": drop, "drop_lines": drop_lines, "fixes": fixes,
                    "entities": {}}
            (root / "docs" / name).write_text(raw, encoding="utf-8")
            (root / "bysite" / s / name).write_text(raw, encoding="utf-8")
            (root / "gold" / (stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            recs.append({"page_url": url, "heading": title[0], "date_published": site.jdate(pub), "content": "\n".join(page)})
            n += 1
            nfix[lang] += len(fixes)
            fixpages += bool(fixes)
        with open(root / "jsonl" / f"{s}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("built", n, "pages; fixes", nfix, "on", fixpages, "pages")


if __name__ == "__main__":
    main()
