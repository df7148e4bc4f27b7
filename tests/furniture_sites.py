"""Three invented news sites for the learned-furniture tests (own writing: the sites, places
and people are made up).  Each site prints its own menu, promo and footer lines on every page,
none of them in the phrase lists of corpusclean/data/boilerplate/; each page has its own title,
date and body sentences.  Pages come in two shapes: one line per block, and every block joined
with nothing into one line (``"".join``), as a third of real scrapers write them.
"""

from __future__ import annotations

import json
from pathlib import Path

PAGES_PER_SITE = 20
BODY_SENTENCES = 5

SITES = {
    "prirechye_ru": {
        "host": "vestnik-prirechya.example",
        "menu": "Хроники Околица Земляки Огород Почта",
        "promo": "Присылайте свои истории в бот Приречья, лучшие мы опубликуем в субботнем выпуске.",
        "footer": "Вестник Приречья выходит по четвергам с 1998 года.",
        "title": ["Сход жителей села Заречное номер {n} обсудил ремонт моста", "Мост в Заречном закроют на ремонт до {d} мая",
                  "Почему школьный автобус ходит {b} раза в неделю", "Фермеры Приречья подсчитали ущерб от паводка на {n} участках"],
        "date": "{d:02d}.03.2024, 10:{m:02d}",
        "body": [
            "На сход пришли около {a} жителей, которые попросили аким района ускорить ремонт моста через реку.",
            "По словам старосты, подрядчик обещал закончить работы к {d} мая, если позволит погода.",
            "Жители также подняли вопрос о школьном автобусе, который ходит только {b} раза в неделю.",
            "Фермер Анатолий Грошев рассказал, что весной вода подтопила {b} огородов на его улице.",
            "В прошлом году на ремонт дорог в округе выделили {a} миллионов тенге, но денег не хватило.",
            "Участковый напомнил о правилах пожарной безопасности и раздал {a} памяток пенсионерам.",
        ],
    },
    "dala_kk": {
        "host": "dala-uni.example",
        "menu": "Ауыл Өңір Тұлға Сұхбат Дәстүр",
        "promo": "Таңғы шолуды бірінші болып алғыңыз келсе, біздің ботқа сәлем жолдаңыз.",
        "footer": "Дала үні газеті әр сейсенбі сайын Жезқазған қаласында шығады.",
        "title": ["Ауылдағы мектепке {n} жаңа компьютер берілді", "Мектеп асханасы {d} мамырға дейін жөнделеді",
                  "Олимпиада жүлдегерлері {b} медаль алды", "Кітапханаға {a} жаңа кітап келді"],
        "date": "2024 жылғы {d} наурыз, 11:{m:02d}",
        "body": [
            "Аудандық білім бөлімінің мәліметінше, мектепке биыл {a} оқушы барады және сыныптар толық жабдықталады.",
            "Директордың айтуынша, жаңа компьютерлер информатика сабағында {b} сыныпта қолданылатын болады.",
            "Ата-аналар жиналысында мектеп асханасын жөндеу мәселесі де {d} мамырға дейін шешілетіні айтылды.",
            "Ұстаз Гүлнар Сейітова балалардың {b} олимпиадада жүлделі орын алғанын мақтанышпен айтты.",
            "Ауыл әкімі спорт алаңын салуға {a} миллион теңге бөлінетінін айтты.",
            "Кітапханаға облыстық қордан {a} жаңа кітап келіп, оқырмандар саны артты.",
        ],
    },
    "saryarqa_kk_latn": {
        "host": "saryarqa-jarshysy.example",
        "menu": "Aýyl Óńir Tulǵa Suhbat",
        "promo": "Jańalyqtardy birinshi bolyp oqý úshin bizdiń arnaǵa qosylyp, dostaryńyzǵa da aıtyńyz.",
        "footer": "Saryarqa jarshysy redaksıasy Qaraǵandy qalasynda ornalasqan.",
        "title": ["Qaraǵandyda {n} jańa aıaldama ashyldy", "Avtobýs baǵyttary {d} mamyrdan ózgeredi",
                  "Jol belgileri {b} kóshede aýystyrylady", "Aıaldamalarda {n} tegin ınternet núktesi paıda bolady"],
        "date": "{d:02d}.04.2024 09:{m:02d}",
        "body": [
            "Qalalyq ákimdiktiń málimetinshe, bıyl qalada {a} aıaldama jóndelip, jolaýshylar úshin jyly úıler ornatylady.",
            "Jańa aıaldamalar {b} baǵyt boıynsha júretin avtobýstardyń qozǵalysyn jeńildetedi dep kútilýde.",
            "Turǵyndar jınalysynda jol belgilerin aýystyrý máselesi de {d} mamyrǵa deıin sheshiletini aıtyldy.",
            "Qala turǵyny Erlan Sádýaqasov burynǵy aıaldamada {b} jyl boıy kún saıyn kútkenin aıtty.",
            "Jobaǵa jergilikti bıýdjetten {a} mıllıon teńge bólingeni habarlandy.",
            "Keıbir aıaldamalarda tegin ınternet pen {b} aqparattyq tabla ornatylady.",
        ],
    },
}


def page_blocks(site: str, i: int) -> list[str]:
    """The blocks of page ``i`` of ``site``: menu, title, date, body, promo, footer."""
    s = SITES[site]
    slots = {"n": i + 3, "d": i + 1, "m": i + 10, "a": 100 + 7 * i, "b": i + 2}
    pool = s["body"]
    body = [pool[(i + k * (1 + i % 2)) % len(pool)] for k in range(BODY_SENTENCES)]  # a different mix per page
    title = s["title"][i % len(s["title"])]
    return [s["menu"], title.format(**slots), s["date"].format(**slots),
            *(b.format(**slots) for b in body), s["promo"], s["footer"]]


def furniture_lines(site: str) -> list[str]:
    s = SITES[site]
    return [s["menu"], s["promo"], s["footer"]]


def body_sentences(site: str, i: int) -> list[str]:
    return page_blocks(site, i)[3:-2]


SHAPE_GLUE = {"lines": "\n", "paragraphs": "\n\n", "joined": "", "spaced": " "}


def page_text(site: str, i: int, shape: str) -> str:
    """The page in a shape: one line per block (``lines``), blank lines between blocks
    (``paragraphs``), or one line with the blocks joined with nothing (``joined``) or spaces."""
    return SHAPE_GLUE[shape].join(page_blocks(site, i)) + "\n"


def write_folders(root: Path, shape: str) -> list[Path]:
    """One folder of txt dumps per site; returns the folders."""
    folders = []
    for site in SITES:
        folder = root / site
        folder.mkdir(parents=True)
        for i in range(PAGES_PER_SITE):
            (folder / f"page_{i:02d}.txt").write_text(page_text(site, i, shape), encoding="utf-8")
        folders.append(folder)
    return folders


def write_jsonl(root: Path, shape: str, text_key: str = "body") -> list[Path]:
    """One JSONL file per site, the text under ``text_key`` (no url: the group is the file)."""
    files = []
    for site in SITES:
        path = root / f"{site}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(PAGES_PER_SITE):
                fh.write(json.dumps({text_key: page_text(site, i, shape), "n": i}, ensure_ascii=False) + "\n")
        files.append(path)
    return files
