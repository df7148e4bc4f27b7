"""Issue 10, settings: every step setting is checked (type and range, from its default) when
the pipeline is built; a bad one is a usage error (exit 2) that lists the valid form."""

from __future__ import annotations

import io

import pytest

from corpusclean import Pipeline
from corpusclean.cli import EXIT_OK, EXIT_USAGE, main
from corpusclean.config import Config, ConfigError
from corpusclean.langid import known_languages


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def page(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Партия провела съезд в Астане.\n\n\n\nДелегаты обсудили программу.", encoding="utf-8")
    return str(p)


BAD_SETS = [
    ("space.normalize:max_blank_lines=abc", "must be a whole number, not \"abc\""),
    ("space.normalize:max_blank_lines=-1", "must be from 0 to 100, not -1"),
    ("space.normalize:max_blank_lines=1.5", "must be a whole number, not 1.5"),
    ("space.normalize:max_blank_lines=true", "must be a whole number, not true"),
    ("space.normalize:remove_invisible=1", "must be true or false, not 1"),
    ("boilerplate.lines:keep=\"Реклама\"", "must be a list, not \"Реклама\""),
    ("boilerplate.lines:keep=[1]", "keep must be a list of kinds"),  # the step's own check of the items
    ("unicode.ftfy:normalization=\"NFX\"", "valid: \"NFC\", \"NFKC\", \"NFD\", \"NFKD\", null"),
]


@pytest.mark.parametrize("setting,message", BAD_SETS, ids=[b[0] for b in BAD_SETS])
def test_a_bad_set_value_is_a_usage_error_listing_the_valid_form(page, setting, message):
    code, out, err = run([page, "--set", setting])
    assert code == EXIT_USAGE and out == ""
    assert err.startswith("corpusclean: error: step ") and message in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("setting", ["space.normalize:max_blank_lines=0", "space.normalize:max_blank_lines=3",
                                     "boilerplate.lines:keep=[\"credit\"]", "unicode.ftfy:unescape_html=false",
                                     "unicode.ftfy:normalization=null"])
def test_good_set_values_still_run(page, setting):
    code, out, err = run([page, "--set", setting])
    assert code == EXIT_OK and out.count("\n") == 1 and err == ""


def test_a_bad_setting_of_a_step_this_run_skips_is_refused_too(page):
    code, _, err = run([page, "--steps", "space.paragraphs", "--set", "space.normalize:max_blank_lines=abc"])
    assert code == EXIT_USAGE and "max_blank_lines" in err


def test_settings_are_checked_when_the_pipeline_is_built_not_per_document():
    with pytest.raises(ConfigError, match="max_blank_lines"):
        Pipeline(options={"space.normalize": {"max_blank_lines": "abc"}})


def test_accept_langs_as_a_string_in_a_settings_file_is_refused(tmp_path, page):
    cfg = tmp_path / "settings.toml"
    cfg.write_text('accept_langs = "kk"\n', encoding="utf-8")
    code, out, err = run([page, "--config", str(cfg)])
    assert code == EXIT_USAGE and out == ""
    assert 'accept_langs must be a list of language codes such as ["kk", "ru"]' in err


def test_language_codes_are_checked_against_what_the_detector_knows(page):
    code, _, err = run([page, "--accept-lang", "kk,kz"])
    assert code == EXIT_USAGE and "does not know 'kz'" in err and "kk" in err
    assert {"kk", "ru", "en", "uk", "ky"} <= known_languages()
    assert Config(accept_langs=["kk", "ru"]).accept_langs == ("kk", "ru")
    with pytest.raises(ConfigError):
        Config(accept_langs=["xx"])
