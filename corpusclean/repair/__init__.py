"""Text repair: spacing, Latin/Cyrillic look-alikes, glued words and misspellings.

The algorithms live here as plain functions over a string that return
:class:`~corpusclean.edits.Change` s; the steps in :mod:`corpusclean.steps.repair` wrap
them.  Heavy resources (pymorphy3's dictionary, the word-frequency list) load lazily
through :mod:`corpusclean.repair.lexicon`, so importing this package stays cheap.
"""
