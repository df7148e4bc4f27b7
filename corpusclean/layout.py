"""Line and block classification of a page-text dump (Russian and Kazakh): the names
other modules import, re-exported from the package that holds the code.

The code lives in :mod:`corpusclean.boilerplate`, one module per concern:

* :mod:`~corpusclean.boilerplate.lines` - :class:`Line`, :class:`Layout`, the thresholds,
  the phrase data and the predicates that judge one line alone (menu, counter, credit ...);
* :mod:`~corpusclean.boilerplate.edges` - units as pieces: furniture glued to the start or
  the end of a unit;
* :mod:`~corpusclean.boilerplate.header` - the title and the date of the header;
* :mod:`~corpusclean.boilerplate.zones` - the body, the footer, teasers, lists, duplicates;
* :mod:`~corpusclean.boilerplate.analysis` - :func:`analyse`, the driver (cached per text).

>>> analyse("Партия провела съезд в Астане\\n12 марта 2023\\n"
...         "Делегаты съезда обсудили программу партии на ближайшие пять лет.").published
'2023-03-12'
"""

from __future__ import annotations

from .boilerplate.analysis import analyse
from .boilerplate.edges import _pieces
from .boilerplate.lines import (BOILERPLATE_KINDS, REASON_OF_KIND, _TABLE_ROW, Layout, Line, _copyright_owner,
                                line_span, norm, phrases, removal_spans, stopwords)

__all__ = ["Line", "Layout", "analyse", "phrases", "stopwords", "norm", "BOILERPLATE_KINDS", "REASON_OF_KIND",
           "line_span", "removal_spans"]
