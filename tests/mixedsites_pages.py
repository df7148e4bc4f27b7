"""Five invented news sites whose pages are dumped into ONE folder (or one JSONL file) with no
url: the learned-furniture tests and benchmark of a group that mixes sites (own writing: the
sites, places and people are made up; three sites are those of tests/furniture_sites.py, two
are new).  Each site prints its own menu, promo and footer on every page, in no phrase list.
Beside them, content that repeats and must stay: "Напомним," / "Еске салайық," opening a
paragraph on five pages of six of each site, a quote of two sentences on QUOTE_PAGES pages of different
sites (as many as MIN_DOCUMENTS: it is frequent enough to count), and a quote sentence on
three pages of different sites.
"""

from __future__ import annotations

import json
from pathlib import Path

import furniture_sites as fs

PAGES_PER_SITE = 6
SHAPES = ["lines", "joined", "spaced"]

SITES = {
    **fs.SITES,
    "ozen_ru": {
        "menu": "Лента Хозяйство Люди Фото",
        "promo": "Свои новости Озёрного приносите старосте, лучшие напечатаем в следующем номере.",
        "footer": "Газета Озёрный край издаётся районным советом ветеранов.",
        "title": ["В Озёрном открыли {n} новых теплиц", "Рыбаки Озёрного вышли на лёд {d} января",
                  "Котельная в Озёрном перейдёт на газ за {b} месяцев", "В библиотеку Озёрного привезли {a} книг"],
        "date": "{d:02d} января 2024, 08:{m:02d}",
        "body": [
            "Глава сельского округа сообщил, что теплицы займут {a} квадратных метров на окраине посёлка.",
            "Первые огурцы в них соберут через {b} недели, а рассаду вырастят местные школьники.",
            "Пенсионерка Валентина Крылова рассказала, что ждала эти теплицы {b} лет.",
            "Рыболовная артель наняла ещё {b} сезонных работников на зимний лов.",
            "В администрации подсчитали, что переход на газ сэкономит {a} тысяч тенге в месяц.",
            "Библиотекарь Ольга Седых пообещала устроить {d} числа читательскую конференцию.",
        ],
    },
    "zhaiyk_kk": {
        "menu": "Басты бет Қоғам Шаруа Мәдениет",
        "promo": "Жайық толқыны жаңалықтарын күн сайын алу үшін парақшамызға жазылып, досыңызға да жіберіңіз.",
        "footer": "Жайық толқыны апталығы Орал қаласында аудандық кітапханамен бірге шығады.",
        "title": ["Ауылда {n} жаңа жылыжай ашылды", "Балықшылар {d} қаңтарда мұзға шықты",
                  "Қазандық {b} айда газға көшеді", "Кітапханаға {a} кітап әкелінді"],
        "date": "2024 жылғы {d} қаңтар, 09:{m:02d}",
        "body": [
            "Ауылдық округ әкімі жылыжайлар ауылдың шетіндегі {a} шаршы метр жерге салынатынын айтты.",
            "Алғашқы қияр {b} аптадан кейін жиналады, көшетті мектеп оқушылары өсіреді.",
            "Зейнеткер Күләш Маратқызы бұл жылыжайларды {b} жыл күткенін айтты.",
            "Балық шаруашылығы қысқы аулауға тағы {b} маусымдық жұмысшы алды.",
            "Әкімдік газға көшу айына {a} мың теңге үнемдейтінін есептеді.",
            "Кітапханашы Айгүл Сапарова {d} күні оқырмандар конференциясын өткізуге уәде берді.",
        ],
    },
}

RU_SITES = {"prirechye_ru", "ozen_ru"}
# Short repeated content opening a paragraph: a continuation, never furniture.
REMINDER = {"ru": "Напомним,", "kk": "Еске салайық,"}
# A quote of two sentences on QUOTE_PAGES pages of as many sites, and a one-sentence quote on three.
QUOTE = ["Председатель союза фермеров Арман Есимов сказал, что урожай сохранят только новые дамбы.",
         "По его словам, строить их нужно до осеннего паводка."]
QUOTE_PAGES = [("prirechye_ru", 1), ("dala_kk", 2), ("saryarqa_kk_latn", 3), ("ozen_ru", 4), ("zhaiyk_kk", 5)]
SHORT_QUOTE = "Эколог Дина Жумабекова назвала обмеление озёр главной бедой региона."
SHORT_QUOTE_PAGES = [("prirechye_ru", 3), ("ozen_ru", 0), ("zhaiyk_kk", 2)]


def _lang(site: str) -> str:
    return "ru" if site in RU_SITES else "kk"


def page_blocks(site: str, i: int) -> list[str]:
    """The blocks of page ``i`` of ``site``: menu, title, date, body (with the repeated content
    that must stay), promo, footer."""
    s = SITES[site]
    slots = {"n": i + 3, "d": i + 1, "m": i + 10, "a": 100 + 7 * i, "b": i + 2}
    pool = s["body"]
    # five of the six sentences, in another order on odd pages (a step of 5 is prime to 6: no repeat)
    body = [pool[(i + k * (1 + 4 * (i % 2))) % len(pool)].format(**slots) for k in range(fs.BODY_SENTENCES)]
    if i % PAGES_PER_SITE != 0:  # the reminder opens the third paragraph on five pages of six
        body[2] = f"{REMINDER[_lang(site)]} {body[2][0].lower()}{body[2][1:]}"
    if (site, i) in QUOTE_PAGES:
        body.insert(2, " ".join(QUOTE))
    if (site, i) in SHORT_QUOTE_PAGES:
        body.insert(1, SHORT_QUOTE)
    title = s["title"][i % len(s["title"])].format(**slots)
    return [s["menu"], title, s["date"].format(**slots), *body, s["promo"], s["footer"]]


def furniture_lines(site: str) -> list[str]:
    s = SITES[site]
    return [s["menu"], s["promo"], s["footer"]]


def body_sentences(site: str, i: int) -> list[str]:
    """Every sentence of the body that must stay (the reminder and the quotes included)."""
    out = []
    for block in page_blocks(site, i)[3:-2]:
        out.extend(QUOTE if block == " ".join(QUOTE) else [block])
    return out


def pages() -> list[tuple[str, int]]:
    """Every (site, page), the sites interleaved as a crawl of several sites leaves them."""
    return [(site, i) for i in range(PAGES_PER_SITE) for site in SITES]


def page_text(site: str, i: int, shape: str) -> str:
    return fs.SHAPE_GLUE[shape].join(page_blocks(site, i)) + "\n"


def write_folder(root: Path, shape: str) -> tuple[Path, dict[str, tuple[str, int]]]:
    """One folder of txt dumps of every site, named by number only; returns the folder and
    which page each file name holds."""
    folder = root / "mixed"
    folder.mkdir(parents=True)
    index = {}
    for k, (site, i) in enumerate(pages()):
        name = f"dump_{k:03d}.txt"
        (folder / name).write_text(page_text(site, i, shape), encoding="utf-8")
        index[name] = (site, i)
    return folder, index


def write_jsonl(root: Path, shape: str, text_key: str = "body") -> tuple[Path, dict[int, tuple[str, int]]]:
    """One JSONL file of every site's pages, no url, no site field; returns it and which page
    each line (1-based) holds."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / "mixed.jsonl"
    index = {}
    with path.open("w", encoding="utf-8") as fh:
        for k, (site, i) in enumerate(pages()):
            fh.write(json.dumps({text_key: page_text(site, i, shape), "n": k}, ensure_ascii=False) + "\n")
            index[k + 1] = (site, i)
    return path, index
