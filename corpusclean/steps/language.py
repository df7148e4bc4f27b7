"""``lang.detect``: the language of each paragraph and of the whole document.

Every non-empty line of the text is a paragraph (see ``space.normalize``).  Each gets
a span in ``meta["paragraph_langs"]`` -- always, not only when languages mix, so a
user can split a document by language without running detection again::

    {"start": 0, "end": 57, "lang": "kk", "confidence": 0.998}

(offsets into the current text; later steps keep them valid).  The document's
``lang`` is the language with the most letters behind it (letters times
confidence); ``lang_confidence`` is that weight divided by all letters of the
paragraphs that have a language.
Short paragraphs (a date, a caption, a one-line quote, a numbered list item, a line with
a @handle) say little on their own: they are read a second time with a weak prior, the
language of the nearest sure paragraphs around them when those agree, else the
document's.

With ``accept_langs`` set in the run's config, a document in another language (or
with no letters at all) is rejected as ``lang.not_accepted``.
"""

from __future__ import annotations

from ..document import Document
from . import Annotator, StepConfigError, register

# Paragraphs whose own answer is less sure than this are read again with the
# document's language as a prior (PRIOR_WEIGHT in corpusclean.langid).  0.9 is where
# lingua's answers on one- to three-word lines stop being reliable (docs/language.md).
REREAD_BELOW_CONFIDENCE = 0.9


@register
class DetectLanguage(Annotator):
    id = "lang.detect"
    version = "2"
    description = ("Language of every paragraph (spans in paragraph_langs) and of the document (lang, "
                   "lang_confidence); Kazakh-aware and deterministic. Rejects documents outside accept_langs.")
    reasons = ("lang.not_accepted",)
    defaults = {"backend": "corpusclean"}

    def __init__(self, config=None, **settings):
        super().__init__(config, **settings)
        from ..langid import BACKENDS  # light: the models load in setup()

        if self.settings["backend"] not in BACKENDS:
            raise StepConfigError(f"step 'lang.detect': backend {self.settings['backend']!r} is not one of: "
                                  f"{', '.join(BACKENDS)}")

    # Answers kept per step (paragraph text, prior): the pipeline's confirming pass and the
    # second reading of unsure paragraphs ask again about the same text, and pages repeat
    # lines.  detect_language is a pure function of its arguments, so the answers are the
    # same; the memo holds at most this many characters of paragraph text.
    MEMO_MAX_CHARS = 1_000_000

    def setup(self) -> None:
        from ..langid import detect_counting_letters, detect_language

        self._detect = detect_counting_letters
        self._memo: dict[tuple[str, str | None], tuple] = {}
        self._memo_chars = 0
        # Load the Kazakh/Russian model now rather than inside the first document.
        detect_language("Партия провела съезд.", backend=self.settings["backend"])

    def preload(self) -> None:
        if self.settings["backend"] == "corpusclean":
            from ..langid import load_models

            load_models()

    @staticmethod
    def paragraphs(text: str) -> list[tuple[int, int]]:
        """(start, end) of every non-empty line, ends stripped of spaces."""
        spans = []
        pos = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                start = pos + (len(line) - len(line.lstrip()))
                spans.append((start, start + len(stripped)))
            pos += len(line) + 1
        return spans

    def _read(self, paragraph: str, prior: str | None = None):
        """(detect_language's answer, letters in ``paragraph``), from the memo when asked before."""
        key = (paragraph, prior)
        memo = self._memo
        hit = memo.pop(key, None)
        if hit is None:
            hit = self._detect(paragraph, backend=self.settings["backend"], prior=prior)
            self._memo_chars += len(paragraph)
            while self._memo_chars > self.MEMO_MAX_CHARS and memo:
                oldest = next(iter(memo))
                del memo[oldest]
                self._memo_chars -= len(oldest[0])
        memo[key] = hit  # the most recent last
        return hit

    def annotate(self, doc: Document) -> None:
        backend = self.settings["backend"]
        text = doc.text
        spans = []
        letters = []
        for start, end in self.paragraphs(text):
            r, n = self._read(text[start:end])
            spans.append({"start": start, "end": end, "lang": r.lang, "confidence": r.confidence})
            letters.append(n)
        lang, confidence = self._document_language(spans, letters)
        if lang is not None and backend == "corpusclean":
            unsure = [i for i, span in enumerate(spans)
                      if span["lang"] is not None and span["confidence"] < REREAD_BELOW_CONFIDENCE]
            priors = {i: self._neighbour_prior(spans, i, lang) for i in unsure}  # from the first reading
            for i in unsure:
                span = spans[i]
                r = self._read(text[span["start"]:span["end"]], priors[i])[0]
                span["lang"], span["confidence"] = r.lang, r.confidence
        doc.meta["lang"] = lang
        doc.meta["lang_confidence"] = confidence
        doc.meta["paragraph_langs"] = spans
        accepted = tuple(getattr(self.config, "accept_langs", ()) or ())
        if accepted and lang not in accepted:
            found = f"language {lang!r} (confidence {confidence})" if lang else "no language (the text has no letters)"
            doc.reject("lang.not_accepted", f"{found}; accepted: {', '.join(accepted)}", self.id)

    @staticmethod
    def _neighbour_prior(spans: list[dict], i: int, doc_lang: str) -> str:
        """The language of the nearest sure paragraphs before and after paragraph ``i``
        when they agree (a Kazakh line between Kazakh paragraphs in a mostly Russian page),
        else the document's."""
        def nearest(indices) -> str | None:
            for j in indices:
                if spans[j]["lang"] is not None and spans[j]["confidence"] >= REREAD_BELOW_CONFIDENCE:
                    return spans[j]["lang"]
            return None

        before = nearest(range(i - 1, -1, -1))
        after = nearest(range(i + 1, len(spans)))
        if before is not None and (after is None or after == before):
            return before
        if after is not None and before is None:
            return after
        return doc_lang

    @staticmethod
    def _document_language(spans: list[dict], letter_counts: list[int]) -> tuple[str | None, float]:
        """``letter_counts``: the letters of each span's text."""
        weight: dict[str, float] = {}
        total = 0
        for span, letters in zip(spans, letter_counts):
            if span["lang"] is None:
                continue
            weight[span["lang"]] = weight.get(span["lang"], 0.0) + letters * span["confidence"]
            total += letters
        if not weight or total <= 0:
            return None, 0.0
        best = max(sorted(weight), key=lambda k: weight[k])
        return best, round(weight[best] / total, 4)
