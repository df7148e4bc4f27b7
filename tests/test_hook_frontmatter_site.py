"""No copyright tail becomes the ``site`` (it would be written into a seed's front matter):
a software credit with a version number stays a notice, years are no part of a name."""

from __future__ import annotations

import pytest

from corpusclean import clean
from corpusclean.layout import _copyright_owner

P1 = ("Депутаты городского маслихата утвердили план благоустройства дворов на лето. В списке сорок "
      "адресов: новые детские площадки, освещение и скамейки.")
P2 = ("Жители могут предложить свои дворы до конца месяца через районный акимат, сообщили в "
      "пресс-службе маслихата.")

OWNER = [  # the line, the site it names (None: not a site)
    ("© Paragraph 2020 / 5.0.6.26)", None),
    ("Copyright (c) Paragraph 2020 / 5.0.6.26)", None),
    ("Сайт работает на © Paragraph 2020 / 5.0.6.26)", None),
    ("© 2024 WebStudio v2.3.1", None),
    ("© 2008-2024 Tengrinews.kz. Все права защищены", "Tengrinews.kz"),
    ("© 2023 Степной курьер.", "Степной курьер"),
    ("Ұлттық телеарна © 2023", "Ұлттық телеарна"),
    ("(c) Kazinform 2024", "Kazinform"),
    ("© ИА «Казинформ», 1997-2024", "ИА «Казинформ»"),
    ("© 24.kz", "24.kz"),
    ("© Хабар 24, 2024", "Хабар 24"),
]


@pytest.mark.parametrize("line, site", OWNER, ids=[o[0] for o in OWNER])
def test_copyright_owner(line, site):
    assert _copyright_owner(line) == site


@pytest.mark.parametrize("shape", ["lines", "spaces"])
def test_a_software_credit_in_the_footer_is_removed_but_names_no_site(shape):
    footer = "© Paragraph 2020 / 5.0.6.26)"
    body = f"{P1}\n{P2}" if shape == "lines" else f"{P1} {P2}"
    doc = clean(f"Маслихат утвердил план благоустройства\n{body}\n{footer}\n")  # the footer: its own block
    assert doc.meta["site"] is None
    assert footer not in doc.text and P2 in doc.text


def test_a_named_footer_still_gives_the_site():
    doc = clean(f"Маслихат утвердил план благоустройства\n{P1}\n{P2}\n© 2008-2024 Tengrinews.kz. Все права защищены\n")
    assert doc.meta["site"] == "Tengrinews.kz"
