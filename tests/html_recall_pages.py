"""HTML pages in the layouts of Russian and Kazakh news sites, each with its article body as
gold, for measuring what the text steps after trafilatura cost (tests/test_html_recall.py and
benchmarks).  Own writing: sites, people and events are made up, only institutions are real.

Each page: ``name``, ``html`` and ``body`` (the article's paragraphs, in order, as the reader
sees them: the gold for word 4-gram shingle F1) and ``title`` (the headline).
"""

from __future__ import annotations

import html as _html

NAV_RU = '<nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li><li><a href="/economy">Экономика</a></li><li><a href="/society">Общество</a></li></ul></nav>'
NAV_KK = '<nav><ul><li><a href="/">Басты бет</a></li><li><a href="/sayasat">Саясат</a></li><li><a href="/ekonomika">Экономика</a></li><li><a href="/qogam">Қоғам</a></li></ul></nav>'
RELATED_RU = ('<aside class="related"><h3>Читайте также</h3><ul><li><a href="/n/1">В Караганде открыли новый '
              'спортивный комплекс для школьников</a></li><li><a href="/n/2">Аким области встретился с фермерами '
              'северных районов</a></li></ul></aside>')
FOOTER_RU = '<footer><p>© 2024 Степной вестник. Все права защищены.</p><p>Мы используем файлы cookie.</p></footer>'
FOOTER_KK = '<footer><p>© 2024 Дала үні. Барлық құқықтар қорғалған.</p></footer>'


def _p(paragraphs) -> str:
    return "\n".join(f"<p>{_html.escape(p)}</p>" for p in paragraphs)


def _head(title: str, og: str | None = None, site: str = "Степной вестник", date: str = "2024-04-07T10:15:00+05:00") -> str:
    og_tag = f'<meta property="og:title" content="{_html.escape(og or title)}">' if og is not False else ""
    return (f'<head><meta charset="utf-8"><title>{_html.escape(title)} | {site}</title>{og_tag}'
            f'<meta property="article:published_time" content="{date}"><meta property="og:site_name" content="{site}"></head>')


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html>{head}<body>{body}</body></html>"


def pages() -> list[dict]:
    out = []

    title = "Сенат одобрил поправки о работе сельских акиматов"
    body = ["Сенат на пленарном заседании одобрил поправки, которые расширяют права сельских акиматов в распоряжении бюджетом.",
            "По словам председателя комитета, сельские округа смогут сами распределять часть налоговых поступлений.",
            "«Деньги должны оставаться там, где их заработали», — сказал он журналистам после заседания.",
            "Закон направлен на подпись Главе государства."]
    out.append({"name": "agency_ru", "title": title, "body": body, "html": _page(_head(title), (
        f'{NAV_RU}<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/politics">Политика</a></div>'
        f'<article><h1>{title}</h1><div class="date">7 апреля 2024, 10:15</div>{_p(body)}'
        f'<div class="tags">Теги: <a href="/t/senat">Сенат</a>, <a href="/t/akimat">акиматы</a></div>'
        f'<div class="share">Поделиться: Facebook Telegram WhatsApp</div></article>{RELATED_RU}{FOOTER_RU}'))})

    title = "Ауыл мектебіне жаңа спорт залы салынады"
    body = ["Аудан әкімдігі ауыл мектебінің жанынан жаңа спорт залын салуға қаражат бөлді.",
            "Құрылыс жұмыстары мамыр айында басталып, жыл соңына дейін аяқталады деп күтілуде.",
            "Мектеп директоры жаңа залда балалар күзден бастап волейбол және күрес үйірмелеріне қатыса алатынын айтты.",
            "Жоба аясында мектептің асханасы да жөнделеді."]
    out.append({"name": "regional_kk", "title": title, "body": body, "html": _page(_head(title, site="Дала үні"), (
        f'{NAV_KK}<div class="rates">USD 447.5 EUR 482.1 RUB 4.9</div><main><h1>{title}</h1>'
        f'<time datetime="2024-04-07T10:15">07.04.2024</time>{_p(body)}<p>Фото: аудан әкімдігі</p></main>{FOOTER_KK}'))})

    # a site that uses <h1> for subheadings inside the article (the headline stands outside it)
    title = "Маслихат утвердил программу развития города до 2030 года"
    sub1, sub2 = "Что изменится в транспорте", "Новые школы и поликлиники"
    body = ["Депутаты городского маслихата утвердили программу развития города на ближайшие шесть лет.",
            sub1,
            "В городе появятся двенадцать новых автобусных маршрутов и выделенные полосы на главных улицах.",
            sub2,
            "До конца десятилетия планируют построить восемь школ и три поликлиники в новых микрорайонах."]
    article = (f"<p>{_html.escape(body[0])}</p><h1>{sub1}</h1><p>{_html.escape(body[2])}</p>"
               f"<h1>{sub2}</h1><p>{_html.escape(body[4])}</p>")
    out.append({"name": "subheads_h1_ru", "title": title, "body": body, "html": _page(_head(title), (
        f'{NAV_RU}<div class="headline"><h1>{title}</h1><span>7 апреля 2024</span></div>'
        f'<div class="article-body">{article}</div>{RELATED_RU}{FOOTER_RU}'))})

    # rows of figures and a results table inside the article
    title = "Сколько заявок подали на участие в выборах маслихатов"
    rows = ["в городе Астана - 62,", "в городе Алматы - 75,", "в городе Шымкент - 41,", "в Карагандинской области - 38."]
    body = ["Избирательные комиссии подвели итоги приема документов от кандидатов в депутаты маслихатов.",
            "Больше всего заявок подали в крупных городах:", *rows,
            "Партия Голоса Доля", "Партия А 412 500 48,2 %", "Партия Б 301 200 35,1 %",
            "Окончательные списки кандидатов опубликуют в конце месяца."]
    table = ('<table><tr><th>Партия</th><th>Голоса</th><th>Доля</th></tr>'
             '<tr><td>Партия А</td><td>412 500</td><td>48,2 %</td></tr>'
             '<tr><td>Партия Б</td><td>301 200</td><td>35,1 %</td></tr></table>')
    out.append({"name": "figures_ru", "title": title, "body": body, "html": _page(_head(title), (
        f'{NAV_RU}<article><h1>{title}</h1><p class="date">07.04.2024 10:15</p>{_p(body[:2 + len(rows)])}{table}'
        f'<p>{_html.escape(body[-1])}</p></article>{FOOTER_RU}'))})

    title = "Qaraǵandyda jańa aıaldamalar ashyldy"
    body = ["Qalalyq ákimdik bıyl qalada otyz aıaldamany jóndep, jolaýshylar úshin jyly úıler ornatatynyn habarlady.",
            "Jańa aıaldamalar on eki baǵyt boıynsha júretin avtobýstardyń qozǵalysyn jeńildetedi.",
            "Turǵyndar jınalysynda jol belgilerin aýystyrý máselesi de kóterildi."]
    out.append({"name": "latin_kk", "title": title, "body": body, "html": _page(_head(title, site="Saryarqa"), (
        f'<nav><a href="/">Basty bet</a> <a href="/saıasat">Saıasat</a></nav><article><h1>{title}</h1>{_p(body)}</article>'
        '<footer><p>© 2024 Saryarqa</p></footer>'))})

    # an announcement that opens with a greeting, dialogue and a short closing line
    title = "Налоговая служба напоминает о сроках сдачи деклараций"
    body = ["Уважаемые налогоплательщики!",
            "Департамент государственных доходов напоминает, что декларации за прошлый год принимают до 15 мая.",
            "– Можно ли подать декларацию онлайн?",
            "– Да, через кабинет налогоплательщика или портал электронного правительства.",
            "Справки по телефону колл-центра."]
    out.append({"name": "announcement_ru", "title": title, "body": body, "html": _page(_head(title), (
        f'{NAV_RU}<article><h1>{title}</h1><div class="date">07.04.2024</div>{_p(body)}</article>'
        f'<div class="comments"><h3>Комментарии (2)</h3><p>Айгуль: Спасибо за напоминание!</p></div>{FOOTER_RU}'))})

    title = "Мәжіліс жер туралы заңға өзгерістерді қабылдады"
    lead = "Мәжіліс депутаттары жер қатынастарын реттейтін заңға енгізілген өзгерістерді бірінші оқылымда мақұлдады."
    body = [lead,
            "Түзетулер бойынша пайдаланылмай жатқан ауыл шаруашылығы жерлері мемлекетке қайтарылады.",
            "Депутаттың сөзінше, жаңа тәртіп фермерлерге жер алуды жеңілдетеді.",
            "Заң жобасы енді Сенатқа жіберіледі."]
    out.append({"name": "lead_kk", "title": title, "body": body, "html": _page(_head(title, og=title.upper(), site="Дала үні"), (
        f'{NAV_KK}<h1>{title}</h1><div class="lead">{_html.escape(lead)}</div>'
        f'<div class="content">{_p(body[1:])}</div><div class="share">Бөлісу: Facebook Telegram</div>{FOOTER_KK}'))})
    return out
