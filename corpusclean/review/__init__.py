"""Looking at what was cleaned: the HTML review report and the readable ``explain``.

:mod:`.spans` puts the edit log into input coordinates, :mod:`.explain` writes the text
account, :mod:`.records` reads a run's records back (recovering inputs from ``source``),
:mod:`.summary` counts, :mod:`.plots` draws the inline SVG charts and :mod:`.report`
writes the self-contained page.
"""
