"""Shaped copies of a held-out set's page dumps, in the shapes scrapers write: the set's
bysite/<site>/*.txt one line per block (as built), joined with nothing and joined with spaces,
into shaped/<lines|joined|spaced>/{all,bysite/<site>}/.  Run in the set's folder."""

import pathlib

GLUES = (("lines", None), ("joined", ""), ("spaced", " "))


def main() -> None:
    root = pathlib.Path.cwd()
    for shape, glue in GLUES:
        for f in sorted((root / "bysite").glob("*/*.txt")):
            raw = f.read_text(encoding="utf-8")
            if glue is not None:
                raw = glue.join(line.strip() for line in raw.splitlines() if line.strip()) + "\n"
            for dst in (root / "shaped" / shape / "bysite" / f.parent.name / f.name, root / "shaped" / shape / "all" / f.name):
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_text(raw, encoding="utf-8")


if __name__ == "__main__":
    main()
