"""The HTML test pages of tests/data/html/ and their gold (shared by the tests and by
tools that measure trafilatura settings on them).

Every page was written for these tests (own writing; sites, people and events are made
up, only the institutions are real).  Each ``NAME.html`` has ``NAME.json`` beside it:
``title``, ``published`` (ISO), ``site`` (when the page names one), ``encoding`` (when not
UTF-8), ``keep`` (snippets that must stay in the cleaned text) and ``drop`` (snippets that
must be gone).  The ~2 MB page is built from ``large_ru.template.html`` by
:func:`build_large_page` (deterministic), so the repository does not carry 2 MB of filler.
"""

from __future__ import annotations

import json
from pathlib import Path

HTML_DIR = Path(__file__).parent / "data" / "html"
LARGE_NAME = "large_ru.html"

_COMMENT_LINES = (
    "Хорошо, что про автобусы не забыли, в нашем микрорайоне их ждут по сорок минут.",
    "А что с дорогами в Алатауском районе? Про них опять ни слова.",
    "Школы нужны, но учителей где брать? Об этом бы тоже рассказали.",
    "Голосование за проекты благоустройства в прошлом году прошло незаметно, надеюсь, в этот раз сообщат заранее.",
    "Триллион тенге звучит солидно, посмотрим на отчет в конце года.",
)


def build_large_page() -> bytes:
    """About 2 MB: a big inline state script, a 1500-item news feed inside the article
    container and 1500 comments around a seven-paragraph article."""
    template = (HTML_DIR / "large_ru.template.html").read_text(encoding="utf-8")
    state = {"feed": [{"id": n, "title": f"Новость номер {n} о работе акиматов и маслихатов",
                       "rubric": "Политика", "views": (n * 37) % 5000} for n in range(9000)]}
    feed = "\n".join(f'<li><a href="/novosti/{n}">Сессия маслихата района №{n} рассмотрела вопросы благоустройства</a>'
                     f" <span>14.12.2023</span></li>" for n in range(1, 1501))
    comments = "\n".join(f'<div class="comment"><b>Пользователь {n}</b> <span>14.12.2023 {18 + n % 5}:{n % 60:02d}</span>'
                         f"<p>{_COMMENT_LINES[n % len(_COMMENT_LINES)]}</p></div>" for n in range(1, 1501))
    page = (template.replace("<!--STATE-->", json.dumps(state, ensure_ascii=False))
            .replace("<!--FEED-->", feed).replace("<!--COMMENTS-->", comments))
    return page.encode("utf-8")


def page_names() -> list[str]:
    names = sorted(p.name for p in HTML_DIR.glob("*.html") if not p.name.endswith(".template.html"))
    return sorted(names + [LARGE_NAME])


def page_bytes(name: str) -> bytes:
    return build_large_page() if name == LARGE_NAME else (HTML_DIR / name).read_bytes()


def gold(name: str) -> dict:
    return json.loads((HTML_DIR / name).with_suffix(".json").read_text(encoding="utf-8"))
