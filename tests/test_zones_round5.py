"""Round 5 of the zone rules (issue 11, one line per block): reader comment sections by their
shape, related links on small sites by the titles of the site's other pages, and the content
that looks like either and stays.

Each row is a page in the shapes a scraper writes: one line per block, joined with nothing,
joined with spaces, and a JSONL body with the title in its own field; "must change" rows stand
beside "must stay" rows.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from corpusclean.boilerplate.analysis import analyse
from corpusclean.cli import main
from corpusclean.edits import replay
from corpusclean.furniture import FurnitureLearner, FurnitureModel, unit_hash, unit_key
from corpusclean.furniture.learn import MIN_DOCUMENTS, MIN_PAGES_TO_LEARN, title_key

from shared_checks import clean_checked

DEFAULT = None  # the default steps

# --- comment sections -------------------------------------------------------------------

ARTICLE_RU = ["Маслихат утвердил программу ремонта дворов",
              "4 марта 2024, 14:20",
              "Депутаты городского маслихата утвердили программу ремонта двенадцати дворов в этом году.",
              "Работы начнутся в мае, сразу после схода снега, подрядчиков выберут на открытом конкурсе."]
ARTICLE_KK = ["Аудандық мәслихат жол жөндеу жоспарын бекітті",
              "12.03.2024, 10:15",
              "Аудандық мәслихаттың кезекті сессиясында депутаттар биыл жөнделетін көшелердің тізімін бекітті.",
              "Жұмыс мамыр айында басталып, қыркүйекке дейін аяқталады деп күтілуде."]

# the comments of a section: head (a name and the time), the text, a reply button
COMMENTS_RU = ["Комментарии читателей", "Фермер_СКО, 15:31", "Давно пора, дворы разбиты уже много лет.", "Ответить",
               "Анна П., 17:20", "Спасибо, запишусь.", "Ответить",
               "Добавлять комментарии могут только зарегистрированные пользователи"]
COMMENTS_KK = ["Пікірлер", "Дана • 12.03.2024 17:20", "Өте дұрыс бастама, бізге де керек.", "Жауап беру",
               "Айдос_77, 18:05", "Келісемін.", "Жауап беру"]
# no label above: the reply buttons alone end each comment
COMMENTS_UNLABELLED = ["Гость, 09:12", "А кто будет проверять подрядчиков?", "Ответить"]

# content of the same shape that stays: a programme of an event (a name, a dash and a time),
# with no reply button after it and no section label above it
SCHEDULE_RU = ["Программа форума:", "Регистрация участников — 09:30", "Открытие форума — 10:00",
               "Пленарное заседание — 11:30", "Организаторы просят приходить заранее, вход по паспорту."]
SCHEDULE_KK = ["Форум бағдарламасы:", "Тіркелу — 09:30", "Форумның ашылуы — 10:00", "Пленарлық отырыс — 11:30",
               "Ұйымдастырушылар қатысушыларды ертерек келуге шақырады."]


def _removed_comments(blocks: list[str], sep: str) -> str:
    return clean_checked(DEFAULT, sep.join(blocks)).text


@pytest.mark.parametrize("article,comments", [(ARTICLE_RU, COMMENTS_RU), (ARTICLE_KK, COMMENTS_KK),
                                              (ARTICLE_RU, COMMENTS_UNLABELLED)])
def test_a_comment_section_goes_with_its_heads_texts_and_reply_buttons(article, comments):
    # must change: every line of the section (the text between a head and its reply button too)
    text = _removed_comments(article + comments, "\n")
    for line in comments:
        assert line not in text, (line, text)
    for line in article[2:]:
        assert line in text


@pytest.mark.parametrize("sep,article,comments", [("", ARTICLE_RU, COMMENTS_RU), ("", ARTICLE_KK, COMMENTS_KK),
                                                  (" ", ARTICLE_RU, COMMENTS_RU)])
def test_a_comment_section_in_joined_pages_goes(sep, article, comments):
    # joined with nothing the units are recovered first; joined with spaces a head may stand
    # behind the section's label or the previous reply button on its unit ("Ответить Анна П.,
    # 17:20"), or be cut before its time ("Айгүл_Н •" | "12:05"), and still counts
    text = _removed_comments(article + comments, sep)
    for line in comments:
        assert line not in text, (line, text)
    for line in article[2:]:
        assert line in text


def test_a_head_cut_before_its_time_is_a_head():
    blocks = ARTICLE_KK + ["Пікірлер (3)", "Айгүл_Н •", "12:05", "Біздің ауылға да келсе екен, жол мәселесі әлі шешілген жоқ.",
                           "Гость •", "15:10", "Дұрыс бастама.", "Пікір қалдыру үшін жүйеге кіріңіз"]
    kinds = {ln.text: ln.kind for ln in analyse("\n".join(blocks)).lines if not ln.blank}
    assert kinds["Пікірлер (3)"] in ("comments", "counter")  # the label with its count goes either way
    assert all(kinds[b] == "comments" for b in blocks[5:]), kinds


def test_the_comment_text_between_head_and_reply_is_a_comment_in_the_analysis():
    lay = analyse("\n".join(ARTICLE_RU + COMMENTS_RU))
    kinds = {ln.text: ln.kind for ln in lay.lines if not ln.blank}
    assert all(kinds[line] == "comments" for line in COMMENTS_RU), kinds


def _words(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("schedule", [SCHEDULE_RU, SCHEDULE_KK])
@pytest.mark.parametrize("sep", ["\n", "", " "])
def test_a_programme_of_times_stays_even_above_a_comment_section(schedule, sep):
    # must stay: "Открытие форума — 10:00" has a head's shape, but no reply button ends it and
    # the section's label stands below it, not above (compared without spaces: a joined page's
    # times are split at their colon by segment.units, a matter of the repair issue)
    article = ARTICLE_RU if schedule is SCHEDULE_RU else ARTICLE_KK
    comments = COMMENTS_RU if schedule is SCHEDULE_RU else COMMENTS_KK
    text = _removed_comments(article + schedule + comments, sep)
    for line in schedule[1:]:
        assert _words(line) in _words(text), (line, text)
    if sep == "\n":
        for line in comments:
            assert line not in text, (line, text)


def test_a_programme_item_opening_with_a_section_word_stays():
    # must stay: "Обсуждение" names a comment section too, but a programme item that opens with
    # it and has no reply button or prompt after it is the article's
    programme = ["Программа конференции:", "Доклад министра — 11:00", "Обсуждение проекта — 12:00",
                 "Участники зададут вопросы министру и депутатам маслихата.", "Закрытие конференции в 13:00."]
    for sep in ("\n", " "):
        text = _removed_comments(ARTICLE_RU + programme, sep)
        for line in programme[1:]:
            assert _words(line) in _words(text), (line, text)


# --- related links: the titles of the site's other pages --------------------------------

SITE = "Северный маяк"
TITLES = ["Маслихат Петропавловска утвердил программу ремонта дворов",
          "Аким области встретился с жителями Кызылжарского района",
          "Ауыл партиясы солтүстік өңірдің фермерлерін қолдауды ұсынды"]
BODIES = [["Депутаты городского маслихата утвердили программу ремонта двенадцати дворов в этом году.",
           "Работы начнутся в мае, сразу после схода снега, подрядчиков выберут на открытом конкурсе."],
          ["Аким области провёл встречу с жителями трёх сёл Кызылжарского района в здании школы.",
           "Жители говорили о дорогах, воде и о закрытии фельдшерского пункта в соседнем селе."],
          ["Партияның облыстық филиалы көктемгі дала жұмыстарына субсидияны көбейтуді ұсынды.",
           "Филиал басшысының айтуынша, кеш егілген егіс фермерлерге қосымша шығын әкеледі."]]


def site_pages(extra: dict[int, list[str]] | None = None) -> list[list[str]]:
    """Three pages of one small site; each lists the other two under a dash (a shape the
    footer rules take for lines of dialogue and keep)."""
    pages = []
    for i, title in enumerate(TITLES):
        links = ["— " + t for j, t in enumerate(TITLES) if j != i]
        pages.append([SITE, title, f"{4 + i} марта 2024, 14:20", *BODIES[i], *(extra or {}).get(i, []),
                      "Материалы по теме", *links])
    return pages


def cli(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_folder(tmp_path, pages: list[list[str]], sep: str = "\n", *options: str) -> list[dict]:
    folder = tmp_path / "site"
    folder.mkdir()
    for i, blocks in enumerate(pages):
        (folder / f"p{i}.txt").write_text(sep.join(blocks) + "\n", encoding="utf-8")
    code, out, err = cli("-q", "--dedup", "off", *options, *sorted(str(p) for p in folder.glob("*.txt")))
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    for r in records:
        assert replay(Path(r["source"]["path"]).read_text(encoding="utf-8"), r["edits"]) == r["text"]
    return records


def test_the_titles_of_other_pages_of_a_small_site_go_and_each_page_keeps_its_own_title(tmp_path):
    # must change: three pages are enough (MIN_DOCUMENTS pages are needed for repeated lines)
    assert len(TITLES) < MIN_DOCUMENTS and MIN_PAGES_TO_LEARN <= len(TITLES)
    for r, title, body in zip(run_folder(tmp_path, site_pages()), TITLES, BODIES):
        assert r["title"] == title
        for other in TITLES:
            assert other not in r["text"], (other, r["text"])
        for sentence in body:
            assert sentence in r["text"]


def test_without_learning_the_links_stay(tmp_path):
    # the evidence is the other pages: a page cleaned alone keeps the links (the rule above
    # is what removes them)
    records = run_folder(tmp_path, site_pages(), "\n", "--no-learn")
    assert any(TITLES[1] in r["text"] for r in records)


def test_two_pages_are_enough(tmp_path):
    records = run_folder(tmp_path, site_pages()[:2])
    assert TITLES[1] not in records[0]["text"] and TITLES[0] not in records[1]["text"]
    assert [r["title"] for r in records] == TITLES[:2]


def test_titles_in_a_jsonl_field_are_the_pages_titles(tmp_path):
    # a scraper's JSONL: the title in its own field, the body with the links at its end
    path = tmp_path / "site.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, blocks in enumerate(site_pages()):
            body = "\n".join(b for b in blocks if b != TITLES[i])
            fh.write(json.dumps({"content": body, "heading": TITLES[i]}, ensure_ascii=False) + "\n")
    code, out, err = cli("-q", "--dedup", "off", "--text-key", "content", "--title-key", "heading", str(path))
    assert code == 0, err
    for r, title, body in zip(map(json.loads, out.splitlines()), TITLES, BODIES):
        assert r["title"] == title
        assert not any(other in r["text"] for other in TITLES), r["text"]
        assert all(sentence in r["text"] for sentence in body)


@pytest.mark.parametrize("sep", [pytest.param("", marks=pytest.mark.xfail(
    strict=True, reason="joined with nothing, 'Северный маякАким области ...' is not split (segment.units), so that "
                        "page's title holds the site's name and its link on the other pages is not its title")), " "])
def test_joined_pages_lose_the_links_and_keep_the_body(tmp_path, sep):
    for r, body in zip(run_folder(tmp_path, site_pages(), sep), BODIES):
        for i, title in enumerate(TITLES):
            if title != r["title"]:
                assert title not in r["text"]
        for sentence in body:
            assert sentence in r["text"]


def test_a_series_with_one_headline_keeps_it_on_every_page(tmp_path):
    # must stay: two pages of a series titled alike print that title as their own headline only
    series = "Итоги недели: главное в политике региона"
    pages = site_pages()
    pages[0][1] = pages[1][1] = series
    pages[0] = [b for b in pages[0] if b != "— " + TITLES[1]]
    pages[1] = [b for b in pages[1] if b != "— " + TITLES[0]]
    records = run_folder(tmp_path, pages)
    assert [r["title"] for r in records[:2]] == [series, series]


def test_a_short_title_and_a_quoted_title_stay_where_another_page_prints_them(tmp_path):
    # must stay: a two-word headline is a subheading another article may carry ("Итоги года"),
    # and a whole quote is a quote, wherever it stands
    short, quote = "Итоги года", "«Партия — это прежде всего люди»"
    pages = site_pages({1: [short, "Главное за год: бюджет вырос, долги сократились на десятую часть.", quote,
                            "Так закончил своё выступление председатель областного филиала партии."]})
    pages[0][1], pages[2][1] = short, quote
    records = run_folder(tmp_path, pages)
    assert short in records[1]["text"] and quote in records[1]["text"]
    assert title_key(short) is None and title_key(quote) is None


def test_the_related_table_is_written_only_where_some_page_prints_another_title():
    # a model without links reads and writes as before (its hash, named in every record, stays)
    learner = FurnitureLearner()
    learner.add("folder:a", "Первая новость сайта о выборах\nТекст.", "Первая новость сайта о выборах")
    learner.add("folder:a", "Вторая новость сайта о выборах\nТекст.\n— Первая новость сайта о выборах",
                "Вторая новость сайта о выборах")
    learner.add("folder:b", "Новость другого сайта о выборах\nТекст.", "Новость другого сайта о выборах")
    model = learner.model()
    data = model.to_dict()
    assert "related" in data["groups"]["folder:a"] and "related" not in data["groups"]["folder:b"]
    again = FurnitureModel.from_dict(json.loads(model.to_json()))
    assert again.to_json() == model.to_json()
    assert unit_hash(unit_key("Первая новость сайта о выборах")) in again.related_hashes("folder:a")
    assert not again.related_hashes("folder:b")


def test_the_learner_counts_a_title_only_where_another_page_prints_it():
    learner = FurnitureLearner()
    learner.add("folder:s", "\n".join(["Первая новость сайта о выборах", "Текст первой страницы, довольно длинный."]),
                "Первая новость сайта о выборах")
    learner.add("folder:s", "\n".join(["Вторая новость сайта о выборах", "Текст второй страницы.",
                                       "Первая новость сайта о выборах"]), "Вторая новость сайта о выборах")
    group = learner.model().groups["folder:s"]
    assert group["related"] == {unit_key("Первая новость сайта о выборах"): 1}
    assert group["furniture"] == {}


# --- the Kazakh reporter's byline ---------------------------------------------------------

# "тілші" as an attribution word also removed "Тілші сессияға қатысып, депутаттармен сөйлесті." at a page's end
# (tests/test_caption_credits.py), so it is not listed: the byline stays until a rule tells the two apart.
@pytest.mark.xfail(strict=True, reason="a Kazakh reporter byline needs evidence beyond the word тілші")
@pytest.mark.parametrize("sep", ["\n", " "])
def test_a_kazakh_reporter_byline_goes_and_a_sentence_about_a_reporter_stays(sep):
    # "Тілші:" (reporter) is the Kazakh "Корреспондент:" label; a sentence opening with the word stays
    blocks = [ARTICLE_KK[0], ARTICLE_KK[1], "Тілші: Арман Сейтжан, операторы: Дәулет Жұмабаев", *ARTICLE_KK[2:],
              "Тілші аудан тұрғындарымен сөйлесіп, олардың пікірін білді."]
    text = clean_checked(DEFAULT, sep.join(blocks)).text
    assert "Арман Сейтжан" not in text
    assert "Тілші аудан тұрғындарымен сөйлесіп, олардың пікірін білді." in text
    for line in ARTICLE_KK[2:]:
        assert line in text
