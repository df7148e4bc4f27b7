"""Party mentions: every variant class in Russian and Kazakh beside the traps that must
not match.  All sentences are written for these tests."""

from __future__ import annotations

import pytest

from corpusclean.parties import find_mentions


def found(text, published=None):
    return [(m.org.id, m.surface) for m in find_mentions(text, published)]


# (text, expected [(id, surface)]) -- cases that must match
MATCH = [
    # Latin and Cyrillic spellings, hyphen/space variants, fused forms
    ("Депутаты партии Nur Otan проголосовали.", [("kz.amanat", "Nur Otan")]),
    ("Представители Nur-Otan и NUR OTAN приехали.", [("kz.amanat", "Nur-Otan"), ("kz.amanat", "NUR OTAN")]),
    ("Съезд партии «Нур Отан» открылся.", [("kz.amanat", "Нур Отан")]),
    ("На съезде «НурОтана» было тесно.", [("kz.amanat", "НурОтана")]),
    ("«Нұр Отан» партиясының съезі өтті.", [("kz.amanat", "Нұр Отан")]),
    ("Партия Нур-Отан объявила праймериз.", [("kz.amanat", "Нур-Отан")]),
    ("Бюллетень AMANAT и Amanat в одном списке.", [("kz.amanat", "AMANAT"), ("kz.amanat", "Amanat")]),
    # every quote style
    ("партия “AMANAT” и партия \"Аманат\" и партия „Ак жол“", [("kz.amanat", "AMANAT"), ("kz.amanat", "Аманат"),
                                                                  ("kz.ak_zhol", "Ак жол")]),
    # Russian declension
    ("Лидер Нур Отана встретился с Нур Отаном и говорил о Нур Отане.",
     [("kz.amanat", "Нур Отана"), ("kz.amanat", "Нур Отаном"), ("kz.amanat", "Нур Отане")]),
    ("Секретарь Генсовета «Единой России» и члены «Единую Россию».",
     [("ru.united_russia", "Единой России"), ("ru.united_russia", "Единую Россию")]),
    ("председатель «Ак жола» заявил", [("kz.ak_zhol", "Ак жола")]),
    ("обмен опытом с Коммунистической партией Китая", [("cn.cpc", "Коммунистической партией Китая")]),
    ("делегация Партии справедливости и развития", [("tr.akp", "Партии справедливости и развития")]),
    # Kazakh suffixes with and without a hyphen, spaced dash, stacked suffixes
    ("Ол Nur Otan-ға кірді.", [("kz.amanat", "Nur Otan-ға")]),
    ("AMANAT-тың төрағасы сөйледі.", [("kz.amanat", "AMANAT-тың")]),
    # a quoted common-word name needs party context in its sentence or the one before (rule 12)
    ("Бұл «Аманатқа» қатысты. Партия мәлімдеме жасады.", []),
    ("Партия мәлімдеме жасады. Бұл «Аманатқа» қатысты.", [("kz.amanat", "Аманатқа")]),
    ("«Нұр Отанның» атауы өзгерді.", [("kz.amanat", "Нұр Отанның")]),
    ("Nur Otan – ның тізімі жарияланды.", [("kz.amanat", "Nur Otan – ның")]),
    ("Amanatқа мүше болды.", [("kz.amanat", "Amanatқа")]),
    # a suffix after the closing quote: the mention is the name inside the quotes
    ("«Nur Otan»-ның съезі, «AMANAT»-қа өтті.", [("kz.amanat", "Nur Otan"), ("kz.amanat", "AMANAT")]),
    # Latin-script Kazakh suffixes (2021 and 2018 orthographies)
    ("Nur Otan-nyñ tızımı, Nur Otan-ǵa kırdı.", [("kz.amanat", "Nur Otan-nyñ"), ("kz.amanat", "Nur Otan-ǵa")]),
    ("AMANAT-тардың көзқарасы.", [("kz.amanat", "AMANAT-тардың")]),
    ("«Ақ жолдың» өкілі сөйледі.", [("kz.ak_zhol", "Ақ жолдың")]),
    ("«Жастар Рухы» жастар қанатының мүшесі.", [("kz.jastar_ruhy", "Жастар Рухы")]),
    ("Қытай Коммунистік партиясының өкілі келді.", [("cn.cpc", "Қытай Коммунистік партиясының")]),
    ("Түркияның Әділет және даму партиясы жеңді.", [("tr.akp", "Әділет және даму партиясы")]),
    ("«Единая Россия» партиясының хатшысы.", [("ru.united_russia", "Единая Россия")]),
    # abbreviations
    ("ЖСДП-ның және ОСДП-ға қатысты шешім.", [("kz.osdp", "ЖСДП-ның"), ("kz.osdp", "ОСДП-ға")]),
    ("Лидер ОСДП заявил о бойкоте.", [("kz.osdp", "ОСДП")]),
    ("ҚХП-дан депутат болды.", [("kz.peoples_party", "ҚХП-дан")]),
    ("Фракция НПК в мажилисе выступила.", [("kz.peoples_party", "НПК")]),
    ("В 2010 году КНПК провела пленум.", [("kz.peoples_party", "КНПК")]),
    ("Заведующий отделом ЦК КПК прибыл из Пекина.", [("cn.cpc", "КПК")]),
    ("ҚКП-дағы өзгерістер.", [("cn.cpc", "ҚКП-дағы")]),
    ("Депутаты Госдумы от ЕР поддержали Россию.", [("ru.united_russia", "ЕР")]),
    ("Делегация УзЛиДеП и партия «Белая Русь».", [("uz.uzlidep", "УзЛиДеП"), ("by.belaya_rus", "Белая Русь")]),
    # Latin look-alike letters inside Cyrillic and the reverse
    ("«Аmanat» партиясының мүшесі.", [("kz.amanat", "Аmanat")]),  # Cyrillic А + Latin manat
    ("партия «АМАНАТ» провела съезд", [("kz.amanat", "АМАНАТ")]),
    ("Nur Оtan партиясы", [("kz.amanat", "Nur Оtan")]),  # Cyrillic О
    # common-word names with quotes or a party cue
    ("«Ауыл» партиясының депутаты ауыл тұрғындарымен кездесті.", [("kz.auyl", "Ауыл")]),
    ("Партия «Аманат» призвала сохранить аманат предков.", [("kz.amanat", "Аманат")]),
    ("Сайлауға «Байтақ» жасылдар партиясы қатысты.", [("kz.baytaq", "Байтақ")]),
    ("«Respublica» және «Адал» партиялары", [("kz.respublica", "Respublica"), ("kz.adal", "Адал")]),
    ("Фракция «Республика» внесла поправки.", [("kz.respublica", "Республика")]),
    ("Ақ жол партиясы мен Ауыл партиясы", [("kz.ak_zhol", "Ақ жол"), ("kz.auyl", "Ауыл")]),
    ("Ақ жол Қазақстан демократиялық партиясы", [("kz.ak_zhol", "Ақ жол")]),
    ("депутаты партии «Ауыл» и «Ак жол» на встрече в ауле", [("kz.auyl", "Ауыл"), ("kz.ak_zhol", "Ак жол")]),
    ("МК «Жас Отан» при филиале партии «Нур Отан»", [("kz.jastar_ruhy", "Жас Отан"), ("kz.amanat", "Нур Отан")]),
]


@pytest.mark.parametrize("text, expected", MATCH)
def test_variants_match(text, expected):
    assert found(text) == expected


# Traps: the same words as common nouns, projects and other organisations.
NO_MATCH = [
    "Отан қорғаушылар күні құтты болсын! Отанға оралған отандастар.",
    "Біз Отанымызды сүйеміз, Отан алдындағы борыш.",
    "В рамках партийных проектов «Бақытты отбасы», «Жастар – Отанға!» партия ведёт работу.",
    "Партия служит Отану и народу.",
    "Ауыл шаруашылығы министрлігі ауылдағы жұмысты тексерді.",
    "Ауылдан келген жастар.",
    "Сапарыңызға ақ жол тілейміз! Ақ жол!",
    "Адал еңбек етіңіз, адал азамат болыңыз.",
    "Кең байтақ жеріміз. Байтақ даламыз.",
    "Қазақстан Республикасының Президенті. Республика күні.",
    "в преддверии 30-летия Независимости Республики Казахстан",
    "Республикалық партияның АҚШ Өкілдер палатасының мүшесі.",
    "Аманатқа адал болу — парыз. Ол аманат етті.",
    "народы России и единой судьбы Китая",
    "КПК «Астана» выдал кредит фермеру.",
    "В университете прошла НПК студентов.",
    "в Казахской ССР и в Таджикской ССР",
    "Жастар рухы асқақ болсын!",
    "Сайт amanat.kz и почта info@amanat",
    "Фамилия Аманатов и имя Азат Перуашев.",
    "Адалдық — басты қасиет.",
    "Әділет министрлігі партияны тіркеді. ИПС «Adilet» содержит законы.",
    "Ауыл әкімдерінің сайлауы. Ауыл шаруашылығы.",
    "партия «Адилет» провела съезд",  # 2004-2013 party or 2026 party: no date, no mention
]


def test_a_cue_does_not_reach_across_another_name():
    # "партии" belongs to «Ак жол»; Азат is the chairman's given name
    assert found("председатель партии «Ак жол» Азат Перуашев") == [("kz.ak_zhol", "Ак жол")]
    assert found("НДПП «Ауыл» провела съезд") == [("kz.auyl", "Ауыл")]
    # a given name after a cue: the next word is a surname
    assert found("лидеру партии Азату Перуашеву вручили") == []
    assert found("Партия Азат Перуашева") == []
    assert found("партия «Азат» провела съезд", "2008-06-01") == [("kz.azat", "Азат")]
    assert found("партия «Азат» провела съезд", "2015-06-01") == []
    assert found("партия «Адилет» провела съезд", "2010-01-01") == [("kz.adilet_dp", "Адилет")]


@pytest.mark.parametrize("text", NO_MATCH)
def test_traps_do_not_match(text):
    assert found(text) == []


@pytest.mark.parametrize("text, published, expected", [
    # «Отан» alone: a party cue and, when the date is known, 1999-2006
    ("Съезд партии «Отан» прошёл в Астане.", "2004-05-01", [("kz.amanat", "Отан")]),
    ("Съезд партии «Отан» прошёл в Астане.", None, [("kz.amanat", "Отан")]),
    ("Съезд партии «Отан» прошёл в Астане.", "2021-05-01", []),
    ("«Отан» партиясының мүшелері", "2003-01-10", [("kz.amanat", "Отан")]),
    ("«Отан» жырын айттық", "2003-01-10", []),  # quoted but no party cue
    # a common-word name before its period began is not the party
    ("партия «Аманат» провела съезд", "2015-06-01", []),
    ("партия «Аманат» провела съезд", "2022-03-05", [("kz.amanat", "Аманат")]),
    ("«Байтақ» партиясы", "2010-01-01", []),
    # unambiguous names are historical references whatever the date
    ("бывшая партия Nur Otan", "2024-01-01", [("kz.amanat", "Nur Otan")]),
    # КПК in Kazakhstan context before the Communist Party of Kazakhstan was liquidated
    ("Лидер КПК Серикболсын Абдильдин, компартия Казахстана", "2005-01-01",
     [("kz.communist_party", "КПК"), ("kz.communist_party", "компартия Казахстана")]),
    ("Лидер КПК выступил.", "2005-01-01", []),  # no context either way: no mention
    ("Пленум КПК: казахстанские коммунисты выбрали лидера.", "2010-03-01", [("kz.communist_party", "КПК")]),
    # after the Communist Party of Kazakhstan was liquidated, КПК near China is the CPC
    ("Пленум КПК прошёл в Пекине.", "2022-10-01", [("cn.cpc", "КПК")]),
])
def test_dates_and_context(text, published, expected):
    assert found(text, published) == expected


def test_party_and_common_noun_in_one_sentence_ru_and_kk():
    ru = "Фракция «Ак жол» пожелала избирателям: ак жол вашим детям!"
    kk = "«Аманат» партиясы халықтың аманатын ақтайды."
    assert found(ru) == [("kz.ak_zhol", "Ак жол")]
    assert found(kk) == [("kz.amanat", "Аманат")]


def test_entity_fields_and_offsets():
    text = "Сегодня Nur Otan и «AMANAT» — одна партия."
    ms = find_mentions(text)
    ents = [m.entity() for m in ms]
    assert ents[0] == {"id": "kz.amanat", "name": "Nur Otan", "surface": "Nur Otan", "start": 8, "end": 16,
                       "kind": "name"}
    assert ents[1]["name"] == "AMANAT" and ents[0]["id"] == ents[1]["id"]
    for e in ents:
        assert text[e["start"]:e["end"]] == e["surface"]


@pytest.mark.parametrize("text, expected", [
    # a multiword name with every word capitalised inside a sentence is a proper name
    ("Вчера депутаты Ак Жол поддержали закон.", [("kz.ak_zhol", "Ак Жол")]),
    ("Оған Жастар Рухы ұйымы көмектесті.", [("kz.jastar_ruhy", "Жастар Рухы")]),
    # ... but not at a sentence start, and not a wish
    ("Ақ Жол тілейміз!", []),
    ("Сапарыңызға Ақ Жол!", []),
    ("Біз сізге Ақ Жол тілейміз.", []),
])
def test_title_case_inside_a_sentence(text, expected):
    assert found(text) == expected


def test_latin_script_kazakh_treats_latin_common_words_as_common():
    # In Latin-script Kazakh, "Adal" is the adjective 'honest' unless context makes it the party.
    latin_text = "Adal eñbek etu kerek. Biz Adal adamdarmyz. Olar «Adal» partiiasyna mùshe."
    assert [m.surface for m in find_mentions(latin_text)] == ["Adal"]
    assert find_mentions(latin_text)[0].start == latin_text.index("«Adal»") + 1
    # In Cyrillic text the Latin styling is the party's name.
    assert found("Бүгін Adal өкілдері келді.") == [("kz.adal", "Adal")]


@pytest.mark.parametrize("word, expected", [
    ("Отан", ("N", "back")), ("AMANAT", ("T", "back")), ("Бірлік", ("T", "front")), ("Adal", ("S", "back")),
    ("Respublica", ("V", "back")), ("Ресей", ("S", "front")), ("Рухы", ("V", "back")),
])
def test_kazakh_stem_classes(word, expected):
    from corpusclean.parties.morph import kk_class

    assert kk_class(word) == expected


@pytest.mark.parametrize("name, mode, case, expected", [
    ("Нур Отан", "last", "prep", "Нур Отане"), ("Республика", "last", "gen", "Республики"),
    ("Единая Россия", "phrase", "acc", "Единую Россию"), ("Белая Русь", "phrase", "ins", "Белой Русью"),
    ("Демократический выбор Казахстана", "phrase", "gen", "Демократического выбора Казахстана"),
    ("Партия справедливости и развития", "phrase", "dat", "Партии справедливости и развития"),
    ("AMANAT", "last", "gen", "AMANAT"), ("ОСДП", "last", "ins", "ОСДП"),
])
def test_russian_paradigms(name, mode, case, expected):
    from corpusclean.parties.morph import ru_paradigm

    assert ru_paradigm(name, mode)[case] == expected
