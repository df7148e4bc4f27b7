"""Shared by the boilerplate, metadata and layout tests: the page-dump steps alone (no
language, repair or party steps), sample body paragraphs, and a runner that checks replay."""

from __future__ import annotations

from corpusclean.edits import replay
from corpusclean.pipeline import Pipeline

MINE = ["metadata.front_matter", "segment.units", "boilerplate.inline", "boilerplate.lines", "boilerplate.duplicates",
        "metadata.date", "metadata.rubric", "metadata.site", "metadata.title", "metadata.tags", "metadata.attribution"]
STEPS = ["unicode.ftfy", "space.normalize", *MINE, "space.paragraphs"]

# A body long enough to make a body zone (each line is a sentence of 10+ words).
P1 = "Депутаты областного маслихата обсудили проект бюджета на следующий год и внесли несколько поправок."
P2 = "Особое внимание участники заседания уделили ремонту сельских дорог и строительству новых школ."
P3 = "Решение о передаче проекта на общественное обсуждение приняли единогласно все депутаты сессии."


def run(text: str, **options):
    """Clean ``text`` with the page-dump steps; the document must not be rejected and its
    edits must replay."""
    doc = Pipeline(STEPS, **options).process_text(text)
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    return doc
