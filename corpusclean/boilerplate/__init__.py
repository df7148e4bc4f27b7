"""Units before verdicts: how a text's paragraphs and sentences are recovered before any
boilerplate or metadata decision (Russian and Kazakh, every shape a scraper writes).

* :func:`units` - the units (sentences, captions, blocks) of a text with their offsets;
* :func:`glued_boundaries` - where two units were glued with nothing between them
  (the step ``segment.units`` turns these into recorded edits);
* :mod:`~corpusclean.boilerplate.evidence` - what a word says about a boundary next to it.

The verdicts on those units (:func:`corpusclean.layout.analyse`, one module per concern):
:mod:`~corpusclean.boilerplate.lines` (records, thresholds, phrase data, one-line predicates),
:mod:`~corpusclean.boilerplate.edges` (furniture glued to a unit's edges),
:mod:`~corpusclean.boilerplate.header` (title and date), :mod:`~corpusclean.boilerplate.zones`
(body, footer, lists, duplicates) and :mod:`~corpusclean.boilerplate.analysis` (the driver).

>>> [u.text for u in units("Антикоррупционная службаВ чем суть дела? Фото: МЧС РКРасстояние растёт.")]
['Антикоррупционная служба', 'В чем суть дела?', 'Фото: МЧС РК', 'Расстояние растёт.']
"""

from .glue import Boundary, glued_boundaries
from .segmentation import Unit, units

__all__ = ["Unit", "units", "Boundary", "glued_boundaries"]
