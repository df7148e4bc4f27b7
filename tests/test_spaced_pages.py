"""Page dumps joined with spaces (issue 11, round 4): what a menu, a bar or a typo must not
take with it, in every shape a scraper writes.

Every page here is written for these tests (own text, not from any site, seed or benchmark),
in Russian and Kazakh, and cleaned one line per block, with blank lines between blocks,
joined with nothing and joined with spaces.  Beside each "must change" row stands a "must
stay" row:

* a menu whose last items are places no list holds ("... Общество Уральск Аксай Чингирлау")
  ends before the headline, and a headline that opens with a name keeps it;
* a cookie button, a weather and a rates bar glued to the menu are a piece of their own, so the menu is a menu and
  the headline after the date line is the title;
* the words of the title inside the first sentence ("... сағат 10:00-де облыс әкімі ...
  қабылдайды.") are that sentence, not a copy of the title;
* a credit without a colon ("Фото с сайта партии") and a caption label ("На фото:",
  "Суретте:") are furniture; "Фото не сохранилось." is a sentence;
* after the copyright line that closes a page, the legal lines are notices; a closing
  sentence above it stays;
* a page joined with spaces that holds a glued typo ("отдельно.Сейчас") stays one line: the
  typo gets a space, so the page's last sentences are still judged one by one (a copyright
  sign after them took them all before); a page joined with nothing still gets its lines;
* a CamelCase name ("«КазАгроФинанса»"), a compound adjective ("Народно-демократической"),
  words inside brackets and a capitalised Kazakh pronoun ("Сізді") hold no unit boundary.
"""

from __future__ import annotations

import pytest

from corpusclean.boilerplate import glued_boundaries
from corpusclean.boilerplate.segmentation import soft_boundaries
from corpusclean.layout import analyse
from page_steps import STEPS
from shared_checks import clean_checked

SEPARATORS = {"lines": "\n", "blank": "\n\n", "joined": "", "spaced": " "}


def clean(blocks: list[str], shape: str, **options):
    text = SEPARATORS[shape].join(blocks) + "\n"
    return clean_checked(STEPS, text, **options)


# --- a menu's tail of places before the headline ------------------------------------------
MENU_RU = ["Жайык Инфо", "ҚАЗ", "РУС", "Новости", "Политика", "Экономика", "Общество"]
TAIL_RU = ["Уральск", "Аксай", "Чингирлау"]
BODY_RU = ["12 апреля 2024 г., 10:15",
           "Депутаты партии встретились с фермерами района и обсудили цены на горючее и удобрения.",
           "Фермеры попросили депутатов добиться снижения цен на дизельное топливо перед весенним севом.",
           "Депутаты пообещали направить запрос в министерство сельского хозяйства до конца месяца."]
MENU_KK = ["Жайық Инфо", "ҚАЗ", "РУС", "Жаңалықтар", "Саясат", "Экономика", "Қоғам"]
TAIL_KK = ["Орал", "Ақсай", "Шыңғырлау"]
BODY_KK = ["12 сәуір 2024 ж., 10:15",
           "Орал қалалық мәслихатының сессиясында депутаттар қаланың келесі жылға арналған бюджетін бірауыздан бекітті.",
           "Бюджеттің басым бөлігі білім беру мен денсаулық сақтау салаларына және жол жөндеуге бағытталады.",
           "Депутаттар әкімдікке жол жөндеу жұмыстарын жаз басталмай тұрып аяқтауды тапсырды."]

HEADLINES = [
    # must change (before: the tail stood in the spaced title)
    ("ru_quoted_after_tail", MENU_RU + TAIL_RU, "«Ак жол» провёл встречу с фермерами района", BODY_RU),
    ("ru_word_after_tail", MENU_RU + TAIL_RU, "Уральский городской маслихат утвердил новый бюджет", BODY_RU),
    ("kk_quoted_after_tail", MENU_KK + TAIL_KK, "«Ауыл» партиясы фермерлермен кездесті", BODY_KK),
    ("kk_place_after_tail", MENU_KK + TAIL_KK, "Орал қалалық мәслихаты жаңа бюджетті бекітті", BODY_KK),
    # must stay: a headline that opens with a name or a place right after the menu keeps it
    ("ru_name_opens", MENU_RU, "Ерлан Карин встретился с фермерами района", BODY_RU),
    ("ru_place_opens", MENU_RU, "Уральск получит деньги на ремонт дорог", BODY_RU),
    ("kk_name_opens", MENU_KK, "Қасым-Жомарт Тоқаев фермерлермен кездесті", BODY_KK),
]


@pytest.mark.parametrize("shape", SEPARATORS)
@pytest.mark.parametrize("name,menu,headline,body", HEADLINES, ids=[h[0] for h in HEADLINES])
def test_the_title_is_the_headline_after_a_menu_and_its_tail(name, menu, headline, body, shape):
    doc = clean(menu + [headline] + body, shape)
    assert doc.meta.get("title") == headline
    assert doc.meta.get("published") == "2024-04-12T10:15"
    for sentence in body[1:]:
        assert sentence in doc.text


# --- a weather and rates bar glued to the menu --------------------------------------------
BAR_PAGE_KK = ["Сайт cookie файлдарын пайдаланады.", "Келісемін", "Қызылжар +5°C", "USD 470,15 | EUR 508,40 | RUB 5,21", "Жаңалықтар", "Саясат", "Аймақ",
               "Ауыл тынысы", "Спорт", "Мәдениет", "Хабарландыру",
               "03.03.2024 | 09:40", "Облыстық мәслихат: жылу тарифі – басты мәселе", "👁 812",
               "Облыстық мәслихаттың сессиясында депутаттар қыс мезгіліндегі жылу тарифінің өсуін қарады.",
               "Депутаттар жылу өндірушілердің шығындарын тексеруді және тарифті қайта қарауды ұсынды.",
               "Сессияда жылу желілерін жөндеуге қосымша қаражат бөлу туралы шешім қабылданды."]
BAR_PAGE_RU = ["Сайт использует файлы cookie.", "Принять", "Петропавловск +5°C", "USD 470,15 | EUR 508,40 | RUB 5,21", "Новости", "Политика", "Регионы",
               "Жизнь села", "Спорт", "Культура", "Объявления", "03.03.2024 | 09:40",
               "Областной маслихат: тариф на тепло – главный вопрос", "👁 812",
               "На сессии областного маслихата депутаты рассмотрели рост тарифа на тепло в зимний период.",
               "Депутаты предложили проверить затраты производителей тепла и пересмотреть тариф до конца года.",
               "На сессии решено выделить дополнительные средства на ремонт тепловых сетей в городе."]


@pytest.mark.parametrize("shape", SEPARATORS)
@pytest.mark.parametrize("page", [BAR_PAGE_KK, BAR_PAGE_RU], ids=["kk", "ru"])
def test_a_rates_bar_before_the_menu_leaves_the_headline_the_title(page, shape):
    doc = clean(page, shape)
    date = page.index("03.03.2024 | 09:40")
    assert doc.meta.get("title") == page[date + 1]
    assert doc.meta.get("published") == "2024-03-03T09:40"
    assert "USD" not in doc.text and "+5°C" not in doc.text
    for sentence in page[date + 3:]:
        assert sentence in doc.text


def test_a_rates_bar_is_cut_off_the_menu_it_is_glued_to():
    text = " ".join(BAR_PAGE_KK) + "\n"
    kinds = {ln.text: ln.kind for ln in analyse(text).lines}
    assert kinds["Келісемін Қызылжар +5°C USD 470,15 | EUR 508,40 | RUB 5,21"] == "counter"
    assert kinds["Жаңалықтар Саясат Аймақ Ауыл тынысы Спорт Мәдениет Хабарландыру"] == "nav"


# --- the title's words inside the first sentence ------------------------------------------
ANNOUNCEMENT_KK = ["Облыс әкімі азаматтарды жеке мәселелер бойынша қабылдайды", "02.05.2024 | 09:00",
                   "Құрметті тұрғындар!",
                   "2024 жылғы 10 мамырда сағат 10:00-де облыс әкімі азаматтарды жеке мәселелер бойынша қабылдайды. "
                   "Қабылдау облыс әкімдігінің ғимаратында өтеді.",
                   "Қабылдауға алдын ала жазылу үшін әкімдіктің азаматтарды қабылдау бөліміне хабарласыңыз."]
ANNOUNCEMENT_RU = ["Аким области примет граждан по личным вопросам", "02.05.2024 | 09:00", "Уважаемые жители!",
                   "10 мая 2024 года в 10:00 аким области примет граждан по личным вопросам. "
                   "Приём пройдёт в здании акимата области.",
                   "Записаться на приём можно заранее в отделе по работе с обращениями граждан акимата."]


@pytest.mark.parametrize("shape", SEPARATORS)
@pytest.mark.parametrize("page", [ANNOUNCEMENT_KK, ANNOUNCEMENT_RU], ids=["kk", "ru"])
def test_the_title_s_words_inside_a_sentence_stay(page, shape):
    doc = clean(page, shape)
    assert doc.meta.get("title") == page[0]
    first, second = page[3].split(". ", 1)
    assert first + "." in doc.text and second in doc.text
    assert page[2] in doc.text  # a greeting opens the announcement


def test_a_known_title_is_cut_out_only_where_it_starts_with_its_capital():
    sentence = "Вчера аким области примет граждан по личным вопросам в здании акимата."
    glued = "Новости Политика Аким области примет граждан по личным вопросам"
    known = "Аким области примет граждан по личным вопросам"
    assert [ln.text for ln in analyse(sentence + "\n", known).lines] == [sentence]  # must stay
    assert known in [ln.text for ln in analyse(glued + "\n", known).lines]  # must change


# --- credits without a colon, caption labels ----------------------------------------------
CREDITS = [
    # (line, is furniture)
    ("Фото с сайта партии", True),
    ("Фото из архива редакции", True),
    ("На фото: депутаты маслихата на сессии", True),
    ("Суретте: мәслихат депутаттары сессияда", True),
    ("Фото не сохранилось.", False),
    ("Фото с выставки показали в Астане.", False),
]


@pytest.mark.parametrize("line,furniture", CREDITS)
def test_credit_lines_under_the_title(line, furniture):
    page = ["Маслихат утвердил бюджет области на следующий год", "12.03.2024 10:15", line,
            "Депутаты областного маслихата утвердили бюджет области на следующий год на внеочередной сессии.",
            "Основная часть расходов пойдёт на образование, здравоохранение и ремонт дорог в районах."]
    doc = clean(page, "lines")
    assert (line in doc.text) is not furniture
    assert page[3] in doc.text and page[4] in doc.text


# --- the legal block after the copyright line ----------------------------------------------
FOOTER_KK = ["Облыстық мәслихат жаңа хатшыны сайлады", "05.04.2023 12:35",
             "Облыстық мәслихаттың сессиясында депутаттар жаңа хатшыны көпшілік дауыспен сайлады.",
             "Бұрынғы хатшы басқа жұмысқа ауысуына байланысты қызметінен кеткен еді.",
             "Жаңа хатшы тұрғындардың мәселелерін шешуге басымдық беретінін айтты.",
             "© «Ертіс Ақпарат» ЖШС, 2019–2026", "Барлық құқықтар қорғалған.",
             "БАҚ есепке қою туралы куәлік № 12345-СИ, 01.02.2019 ж."]
FOOTER_RU = ["Областной маслихат избрал нового секретаря", "05.04.2023 12:35",
             "На сессии областного маслихата депутаты большинством голосов избрали нового секретаря.",
             "Прежний секретарь покинул должность в связи с переходом на другую работу.",
             "Новый секретарь пообещал уделять главное внимание вопросам жителей.",
             "© ТОО «Иртыш Информ», 2019–2026", "Все права защищены.",
             "Регистрационный номер издания 12345-СИ, выдан 01.02.2019 г."]


@pytest.mark.parametrize("shape", SEPARATORS)
@pytest.mark.parametrize("page", [FOOTER_KK, FOOTER_RU], ids=["kk", "ru"])
def test_lines_after_the_copyright_line_are_notices(page, shape):
    doc = clean(page, shape)
    assert "12345-СИ" not in doc.text  # must change: the registration line is furniture
    for sentence in page[2:5]:
        assert sentence in doc.text  # must stay: the closing sentence above the copyright line


# --- a page joined with spaces that holds glued typos ---------------------------------------
TYPO_PAGE_RU = ["Парламентский вестник", "Новости", "Мажилис", "Сенат", "Партии", "Регионы",
                "Депутаты просят отсрочить долги фермеров после засухи", "24.10.2023 15:35", "Просмотров: 1 367",
                "Фракция Народно-демократической патриотической партии «Ауыл» предложила правительству "
                "реструктурировать долги сельхозпроизводителей, пострадавших от засухи.",
                "Партия предлагает отсрочить платежи по кредитам «КазАгроФинанса» на год без начисления пени.",
                "В министерстве ответили, что решение будет приниматься по каждому хозяйству отдельно.Сейчас "
                "в министерстве собирают данные о потерях урожая.",
                "Напомним, партия заняла второе место на выборах в мажилис и получила восемь мандатов.",
                "Все главные новости парламента – в нашем канале.",
                "© Вестник, 2017–2026"]


def test_a_spaced_page_with_a_glued_typo_stays_one_line_and_keeps_its_last_sentences():
    doc = clean(TYPO_PAGE_RU, "spaced")
    assert doc.meta.get("title") == TYPO_PAGE_RU[6]
    assert "Фракция Народно-демократической патриотической партии" in doc.text  # not a menu item "Фракция"
    assert "«КазАгроФинанса»" in doc.text  # a CamelCase name is no glued boundary
    assert "отдельно. Сейчас" in doc.text  # the typo gets a space, not a line break
    assert "Сейчас в министерстве собирают данные о потерях урожая." in doc.text
    assert TYPO_PAGE_RU[12] in doc.text
    assert "©" not in doc.text


def test_a_page_joined_with_nothing_still_gets_its_lines_back():
    doc = clean(TYPO_PAGE_RU, "joined")
    assert "\n" in doc.text.strip()
    assert "Напомним, партия заняла второе место" in doc.text


# --- no unit boundary inside a name -------------------------------------------------------
def test_camelcase_names_hold_no_glued_boundary_but_a_section_name_run_in_does():
    assert glued_boundaries("кредиты «КазАгроФинанса» на год") == ()  # must stay
    text = "ОбществоМаслихат Кокшетау принял бюджет"
    assert [b.offset for b in glued_boundaries(text)] == [text.index("Маслихат")]  # must change


SOFT = [
    # (text, words that must open a unit, words that must not)
    ("Просмотров: 1 367 Фракция Народно-демократической патриотической партии предложила отсрочить долги",
     [], ["Народно-демократической"]),
    ("прошла встреча Северо-Казахстанская область получит деньги на ремонт школ", ["Северо-Казахстанская"], []),
    ("занимает площадь 22 гектара Площадь Революции (бывшая Конная площадь) одна из старейших площадей",
     [], ["Конная"]),
    ("- Сізді Астанада қарсы алу біз үшін үлкен құрмет екенін айтты ол жиналыста", [], ["Астанада"]),
    ("жаңа мектеп салынады Құрылысқа облыс бюджетінен қаражат бөлінді", ["Құрылысқа"], []),
]


@pytest.mark.parametrize("text,cut,kept", SOFT, ids=[s[0][:24] for s in SOFT])
def test_soft_boundaries_never_cut_a_name_apart(text, cut, kept):
    starts = {text[j:].split(" ", 1)[0] for j in soft_boundaries(text, 0, len(text))}
    for word in cut:
        assert word in starts
    for word in kept:
        assert word not in starts


# --- a closing sentence cut at a soft boundary -----------------------------------------------
OBITUARY_RU = ["Ветеран войны Иван Петров ушёл из жизни", "12.03.2024 10:15",
               "Ветеран Великой Отечественной войны Иван Петров ушёл из жизни на девяносто восьмом году жизни.",
               "Он прошёл всю войну связистом и после неё сорок лет работал учителем в сельской школе.",
               "Ученики вспоминают его как строгого и доброго наставника, который знал каждого по имени.",
               "Похоронен 14 марта 2024 года на городском кладбище."]
SCHOOL_KK = ["Ауыл мектебінде жаңа спорт залы ашылды", "12.03.2024 10:15",
             "Ауыл мектебінде демеушілердің қаражатына салынған жаңа спорт залы салтанатты түрде ашылды.",
             "Залда балалар футбол, волейбол және күрес үйірмелерімен тегін айналыса алады.",
             "Ашылу салтанатына аудан әкімі мен ауыл тұрғындары қатысып, мектепке сыйлықтар тапсырды.",
             "Артынан келе жатқан Асан да залға кірді."]
RELATED_RU = ["Читайте также", "Аким района провёл приём граждан", "Маслихат утвердил бюджет района",
              "Подписывайтесь на наш канал в Telegram."]


@pytest.mark.parametrize("shape", SEPARATORS)
@pytest.mark.parametrize("page", [OBITUARY_RU, SCHOOL_KK], ids=["ru", "kk"])
def test_a_closing_sentence_keeps_its_first_words(page, shape):
    # must change: "Похоронен" and "Артынан келе жатқан" were cut off the last sentence as a menu item
    doc = clean(page, shape)
    assert page[-1] in doc.text


@pytest.mark.parametrize("shape", SEPARATORS)
def test_related_headlines_after_the_article_still_go(shape):
    doc = clean(OBITUARY_RU[:5] + RELATED_RU, shape)  # must stay removed
    for line in RELATED_RU:
        assert line not in doc.text
    assert OBITUARY_RU[4] in doc.text
