#!/usr/bin/env python3
"""Build ``corpusclean/data/parties.jsonl`` from the researched reference.

    python tools/build_registry.py [../shared/reference/parties.yaml] [-o corpusclean/data/parties.jsonl]

The reference (``parties.yaml``, with sources) holds the facts: ids, types, status,
dates, every attested name with its language, period and sources.  What the reference
does not say is how a name behaves in running text, so this script adds a curated
*matching layer* (``CURATION`` below): which names form one name group (a name the
organisation carried in a period), the bare surface forms to match, how each inflects,
and which forms are also common words (``common``: quotes or a party cue needed) or need
a party cue (``cue``).  Periods and sources of a group are taken from the reference names
whose text contains one of the group's ``ref`` strings; ``valid_from``/``valid_to`` in
the curation override them only where the reference gives the period on the entity
(events) rather than on the name.

The output is one JSON object per organisation, sorted by id, keys sorted: plain data
the package reads without YAML.  This script needs PyYAML; the package does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REF = ROOT.parent / "shared" / "reference" / "parties.yaml"
DEFAULT_OUT = ROOT / "corpusclean" / "data" / "parties.jsonl"


def F(text, lang="*", ru="none", kk="suffix", flags=(), near=()):
    """One surface form: nominative text, language (ru, kk or * for both), Russian
    inflection (none | last | phrase), Kazakh inflection (suffix | px3 | suffix+px3 |
    none), flags, and context words (lower-case prefixes) one of which must occur near."""
    d = {"text": text, "lang": lang, "ru": ru, "kk": kk}
    if flags:
        d["flags"] = sorted(flags)
    if near:
        d["near"] = sorted(near)
    return d


def G(key, label, spell, forms, ref=(), kind="name", valid_from=None, valid_to=None, derived_ru=()):
    """One name group; ``derived_ru``: Russian stems in -ов of its member nouns and
    adjectives (нуротанов -> нуротановцы, нуротановский)."""
    return {"key": key, "label": label, "spell": spell, "forms": forms, "ref": list(ref), "kind": kind,
            "valid_from": valid_from, "valid_to": valid_to, "derived_ru": list(derived_ru)}


LAT = "latin"  # Latin-script form: safe inside Cyrillic text
C = ("common",)
CUE = ("common", "cue", "period")
# 'justice', the Ministry of Justice (Әділет министрлігі) and the legal database «Adilet»:
# the name needs a party cue even when quoted
ADILET = ("common", "cue")
ABBR = ("abbr",)
# Cues belong to their country: ЦК (Central Committee) and компартия are not Chinese on
# their own (ЦК КПК in 1989 Kazakhstan is the Communist Party of the Kazakh SSR).
CHINA = ("китай", "китая", "китае", "китаем", "китайск", "кнр", "пекин", "шанха", "гонконг", "синьцзян", "си цзиньпин",
         "қытай", "бейжің", "china", "chinese")
SOVIET = ("кпсс", "ссср", "сср", "казсср", "советск", "кунаев", "колбин", "кеңес одағ", "кокп")
KZ_COMMUNISTS = ("компартия казахстана", "компартии казахстана", "коммунистической партии казахстана",
                 "коммунистическая партия казахстана", "коммунисты казахстана", "коммунистов казахстана",
                 "казахстанские коммунисты", "казахстанских коммунистов", "абдильдин", "косарев", "ахметбеков")

CURATION: dict[str, dict] = {
    "kz.amanat": {"current": "amanat", "groups": [
        G("otan", "Отан", {"ru": "Отан", "kk": "Отан"},
          [F("Отан", ru="last", flags=CUE), F("Otan", flags=CUE + ("latin",))],
          ref=["Отан»", "«Отан", "Otan Republican", "Otan RPP"], valid_from="1999-02-12", valid_to="2006-12-22",
          derived_ru=["отанов"]),
        G("nur_otan", "Nur Otan", {"ru": "Nur Otan", "kk": "Nur Otan"},
          [F("Nur Otan", flags=(LAT,)), F("Nūr Otan", flags=(LAT,)), F("Нур Отан", lang="*", ru="last"),
           F("Нұр Отан", ru="last")],
          ref=["Нур Отан", "Нұр Отан", "Nur Otan", "Nūr Otan"], valid_from="2006-12-22", valid_to="2022-03-01",
          derived_ru=["нуротанов"]),
        G("amanat", "AMANAT", {"ru": "AMANAT", "kk": "AMANAT"},
          # in Latin-script Kazakh text Amanat is also the word 'trust' (common_latn)
          [F("AMANAT", flags=(LAT, "common_latn")), F("Аманат", ru="last", flags=C)],
          ref=["AMANAT", "Аманат", "Amanat"], valid_from="2022-03-01", derived_ru=["аманатов", "аманов"]),
    ]},
    "kz.jastar_ruhy": {"current": "jastar_ruhy", "groups": [
        G("jas_otan", "Жас Отан", {"ru": "Жас Отан", "kk": "Жас Отан"},
          [F("Жас Отан", ru="last", flags=C), F("Jas Otan", flags=(LAT,)), F("Zhas Otan", flags=(LAT,))],
          ref=["Жас Отан", "Jas Otan", "Zhas Otan"], valid_from="2000-01-04", valid_to="2022-07-12",
          derived_ru=["жасотанов"]),
        G("jastar_ruhy", "Жастар Рухы", {"ru": "Жастар Рухы", "kk": "Жастар Рухы"},
          [F("Жастар Рухы", kk="suffix+px3", flags=C), F("Jastar Ruhy", flags=(LAT,)), F("Jastar Rukhy", flags=(LAT,))],
          ref=["Жастар Рухы", "Jastar Ruhy"], valid_from="2022-07-12"),
    ]},
    "kz.ak_zhol": {"current": "ak_zhol", "groups": [
        G("ak_zhol", "Ақ жол", {"ru": "Ак жол", "kk": "Ақ жол"},
          [F("Ак жол", ru="last", flags=C), F("Ақ жол", ru="last", flags=C), F("Ak Zhol", flags=(LAT,)),
           F("Aq Jol", flags=(LAT,)), F("Ak Jol", flags=(LAT,))],
          ref=["Ак жол", "Ақ жол", "Ақ Жол", "Ak Zhol", "Aq jol", "Aq Jol"], derived_ru=["акжолов"]),
    ]},
    "kz.peoples_party": {"current": "peoples", "groups": [
        G("communist_peoples", "Қазақстан коммунистік халық партиясы",
          {"ru": "Коммунистическая народная партия Казахстана", "kk": "Қазақстан коммунистік халық партиясы"},
          [F("Коммунистическая народная партия Казахстана", lang="ru", ru="phrase", kk="none"),
           F("Қазақстан коммунистік халық партиясы", lang="kk", kk="px3"),
           F("Communist People's Party of Kazakhstan", flags=(LAT,), kk="none")],
          ref=["Коммунистическая народная", "коммунистік халық", "Communist People's"], valid_to="2020-11-11"),
        G("knpk", "ҚКХП", {"ru": "КНПК", "kk": "ҚКХП"},
          [F("КНПК", flags=ABBR), F("ҚКХП", flags=ABBR)], kind="abbr", valid_to="2020-11-11"),
        G("peoples", "Қазақстан Халық партиясы", {"ru": "Народная партия Казахстана", "kk": "Қазақстан Халық партиясы"},
          [F("Народная партия Казахстана", lang="ru", ru="phrase", kk="none"),
           F("Қазақстан Халық партиясы", lang="kk", kk="px3"), F("Қазақстан халықтық партиясы", lang="kk", kk="px3"),
           # the short names (reference variants_attested); a generic phrase unless capitalised
           # inside a sentence or quoted (docs/parties.md, rule 9)
           F("Народная партия", lang="ru", ru="phrase", kk="none", flags=("generic",)),
           F("Халық партиясы", lang="kk", kk="px3", flags=("generic",)),
           F("People's Party of Kazakhstan", flags=(LAT,), kk="none")],
          ref=["Народная партия Казахстана", "Халық партиясы", "Қазақстан Халық", "People's Party"],
          valid_from="2020-11-11"),
        G("npk", "ҚХП", {"ru": "НПК", "kk": "ҚХП"},
          [F("НПК", flags=ABBR, near=("партия", "партии", "фракци", "мажилис", "депутат", "выбор", "ертысбаев")),
           F("ҚХП", flags=ABBR)], kind="abbr", valid_from="2020-11-11"),
    ]},
    "kz.auyl": {"current": "auyl", "groups": [
        G("auyl", "Ауыл", {"ru": "Ауыл", "kk": "Ауыл"},
          [F("Ауыл", ru="last", flags=C), F("Auyl", flags=(LAT, "common_latn")), F("Aýyl", flags=(LAT, "common_latn"))],
          ref=["Ауыл", "Auyl"]),
    ]},
    "kz.osdp": {"current": "osdp", "groups": [
        G("osdp", "Жалпыұлттық социал-демократиялық партиясы",
          {"ru": "Общенациональная социал-демократическая партия", "kk": "Жалпыұлттық социал-демократиялық партиясы"},
          [F("Общенациональная социал-демократическая партия", lang="ru", ru="phrase", kk="none"),
           F("Жалпыұлттық социал-демократиялық партиясы", lang="kk", kk="px3"),
           F("Жалпыхалықтық социал-демократиялық партиясы", lang="kk", kk="px3"),
           F("Nationwide Social Democratic Party", flags=(LAT,), kk="none")],
          ref=["Общенациональная социал-демократическая партия", "Жалпыұлттық", "Nationwide"]),
        G("osdp_abbr", "ЖСДП", {"ru": "ОСДП", "kk": "ЖСДП"},
          [F("ОСДП", flags=ABBR), F("ЖСДП", flags=ABBR), F("OSDP", flags=ABBR), F("JSDP", flags=ABBR)], kind="abbr"),
    ]},
    "kz.respublica": {"current": "respublica", "groups": [
        G("respublica", "Respublica", {"ru": "Respublica", "kk": "Respublica"},
          [F("Respublica", flags=(LAT,)), F("Respublika", flags=(LAT, "common")), F("Республика", ru="last", flags=C)],
          ref=["Respublica", "Республика"], valid_from="2022-08-01"),
    ]},
    "kz.baytaq": {"current": "baytaq", "groups": [
        G("baytaq", "Baytaq", {"ru": "Baytaq", "kk": "Baytaq"},
          [F("Baytaq", flags=(LAT,)), F("Baitaq", flags=(LAT,)), F("Baytak", flags=(LAT,)), F("Baitak", flags=(LAT,)),
           F("Байтақ", ru="last", flags=C), F("Байтак", ru="last", flags=C)],
          ref=["Байтақ", "Байтак", "Baytaq", "Baitak"], valid_from="2022-09-24"),
    ]},
    "kz.adal": {"current": "adal", "groups": [
        G("birlik", "Бірлік", {"ru": "Бирлик", "kk": "Бірлік"},
          [F("Бірлік", flags=C), F("Бирлик", ru="last", flags=C), F("Birlik", flags=(LAT, "common"))],
          ref=["Бірлік", "Бирлик", "Birlik"], valid_from="2013-04-26", valid_to="2020-11-05"),
        G("adal", "Adal", {"ru": "Adal", "kk": "Adal"},
          [F("Adal", flags=(LAT, "common_latn")), F("Адал", ru="last", flags=C)],
          ref=["Adal", "ADAL", "Адал"], valid_from="2020-11-05", valid_to="2022-04-26"),
    ]},
    "kz.adilet_dp": {"current": "adilet", "groups": [
        G("adilet", "Әділет", {"ru": "Адилет", "kk": "Әділет"},
          [F("Адилет", ru="last", flags=ADILET), F("Әділет", flags=ADILET), F("Adilet", flags=ADILET + (LAT,))],
          ref=["Адилет", "Әділет"], valid_from="2006-04-14", valid_to="2013-04-26"),
    ]},
    "kz.adilet_2026": {"current": "adilet", "groups": [
        G("adilet", "Әділет", {"ru": "Адилет", "kk": "Әділет"},
          [F("Адилет", ru="last", flags=ADILET), F("Әділет", flags=ADILET), F("Adilet", flags=ADILET + (LAT,))],
          ref=["Адилет", "Әділет", "Adilet"], valid_from="2026-05-07"),
    ]},
    "kz.rukhaniyat": {"current": "rukhaniyat", "groups": [
        G("rukhaniyat", "Руханият", {"ru": "Руханият", "kk": "Руханият"},
          [F("Руханият", ru="last", flags=C), F("Rukhaniyat", flags=(LAT,))], ref=["Руханият", "Rukhaniyat"],
          valid_to="2013-04-26"),
    ]},
    "kz.patriots_party": {"current": "patriots", "groups": [
        G("patriots", "Қазақстан патриоттары партиясы",
          {"ru": "Партия патриотов Казахстана", "kk": "Қазақстан патриоттары партиясы"},
          [F("Партия патриотов Казахстана", lang="ru", ru="phrase", kk="none"),
           F("Қазақстан патриоттары партиясы", lang="kk", kk="px3"),
           F("Қазақстан патриоттар партиясы", lang="kk", kk="px3")],
          ref=["Партия патриотов", "патриоттары", "Party of Patriots"], valid_to="2015-09-05"),
    ]},
    "kz.azat": {"current": "azat", "groups": [
        G("nagyz_ak_zhol", "Нағыз Ақ жол", {"ru": "Нагыз Ак жол", "kk": "Нағыз Ақ жол"},
          [F("Нагыз Ак жол", ru="last"), F("Нағыз Ақ жол", ru="last"), F("Naghyz Ak Zhol", flags=(LAT,)),
           F("Настоящий Ак жол", lang="ru", kk="none")],
          ref=["Нагыз Ак жол", "Нағыз Ақ жол", "Настоящий Ак жол", "Naghyz"], valid_to="2008-02-29"),
        G("azat", "Азат", {"ru": "Азат", "kk": "Азат"},
          [F("Азат", ru="last", flags=C + ("period",))], ref=["«Азат»", "Azat (Free)"], valid_from="2008-02-29", valid_to="2009-10-24"),
    ]},
    "kz.asar": {"current": "asar", "groups": [
        G("asar", "Асар", {"ru": "Асар", "kk": "Асар"},
          [F("Асар", ru="last", flags=C), F("Asar", flags=(LAT, "common_latn"))], ref=["Асар", "Asar"],
          valid_from="2003-05-01", valid_to="2006-07-04"),
    ]},
    "kz.civic_party": {"current": "civic", "groups": [
        G("civic", "Қазақстан азаматтық партиясы", {"ru": "Гражданская партия Казахстана", "kk": "Қазақстан азаматтық партиясы"},
          [F("Гражданская партия Казахстана", lang="ru", ru="phrase", kk="none"),
           F("Қазақстан азаматтық партиясы", lang="kk", kk="px3"), F("Civic Party of Kazakhstan", flags=(LAT,), kk="none")],
          ref=["Гражданская партия", "азаматтық партиясы", "Civic Party"], valid_to="2006-11-10"),
    ]},
    "kz.agrarian_party": {"current": "agrarian", "groups": [
        G("agrarian", "Қазақстанның аграрлық партиясы", {"ru": "Аграрная партия Казахстана", "kk": "Қазақстанның аграрлық партиясы"},
          [F("Аграрная партия Казахстана", lang="ru", ru="phrase", kk="none"),
           F("Қазақстанның аграрлық партиясы", lang="kk", kk="px3"),
           F("Agrarian Party of Kazakhstan", flags=(LAT,), kk="none")],
          ref=["Аграрная", "аграрлық", "Agrarian"], valid_to="2006-12-22"),
    ]},
    "kz.communist_party": {"current": "kpk", "groups": [
        G("kpk", "Қазақстан Коммунистік партиясы", {"ru": "Коммунистическая партия Казахстана", "kk": "Қазақстан Коммунистік партиясы"},
          [F("Коммунистическая партия Казахстана", lang="ru", ru="phrase", kk="none"),
           F("Компартия Казахстана", lang="ru", ru="phrase", kk="none"),
           F("Қазақстан Коммунистік партиясы", lang="kk", kk="px3"),
           F("Communist Party of Kazakhstan", flags=(LAT,), kk="none")],
          ref=["Коммунистическая партия Казахстана", "Қазақстан Коммунистік", "Communist Party of Kazakhstan"],
          valid_to="2015-08-03"),
        G("kpk_abbr", "КПК", {"ru": "КПК", "kk": "КПК"},
          [F("КПК", lang="ru", flags=ABBR + ("ambiguous",), near=KZ_COMMUNISTS)], kind="abbr", valid_to="2015-08-03"),
    ]},
    # The republican branch of the CPSU (1937-1991): not in the reference, so it carries no
    # source (EXTRA_ENTITIES); its КПК is told from the 1998-2015 party by period.
    "kz.communist_party_kazssr": {"current": "kp_kazssr", "groups": [
        G("kp_kazssr", "Қазақ КСР Коммунистік партиясы",
          {"ru": "Коммунистическая партия Казахской ССР", "kk": "Қазақ КСР Коммунистік партиясы"},
          [F("Коммунистическая партия Казахской ССР", lang="ru", ru="phrase", kk="none"),
           F("Компартия Казахской ССР", lang="ru", ru="phrase", kk="none"),
           F("Қазақ КСР Коммунистік партиясы", lang="kk", kk="px3"),
           F("Communist Party of the Kazakh SSR", flags=(LAT,), kk="none")],
          valid_from="1937", valid_to="1991-09-07"),
        G("kp_kazssr_abbr", "ҚКП", {"ru": "КПК", "kk": "ҚКП"},
          [F("КПК", lang="ru", flags=ABBR + ("ambiguous",), near=SOVIET)], kind="abbr",
          valid_from="1937", valid_to="1991-09-07"),
    ]},
    "kz.dvk": {"current": "dvk", "groups": [
        G("dvk", "Қазақстанның демократиялық таңдауы", {"ru": "Демократический выбор Казахстана", "kk": "Қазақстанның демократиялық таңдауы"},
          [F("Демократический выбор Казахстана", lang="ru", ru="phrase", kk="none"),
           F("Қазақстанның демократиялық таңдауы", lang="kk", kk="px3"),
           F("Democratic Choice of Kazakhstan", flags=(LAT,), kk="none")],
          ref=["Демократический выбор", "демократиялық таңдауы", "Democratic Choice"]),
        G("dvk_abbr", "ДВК", {"ru": "ДВК", "kk": "ДВК"}, [F("ДВК", flags=ABBR, near=("аблязов", "жакиянов", "движени", "оппозиц", "экстремист", "партия",
                                                "партии", "қозғалыс"))], kind="abbr"),
    ]},
    "kz.alga": {"current": "alga", "groups": [
        G("alga", "Алға!", {"ru": "Алга!", "kk": "Алға!"},
          [F("Алга", lang="ru", kk="none", flags=C)], ref=["Алга!"], valid_from="2005-04-29", valid_to="2012-12-21"),
    ]},
    "kz.alga_kazakhstan": {"current": None, "groups": []},
    "kz.yntymaq": {"current": "yntymaq", "groups": [
        G("yntymaq", "YNTYMAQ", {"ru": "YNTYMAQ", "kk": "YNTYMAQ"},
          [F("YNTYMAQ", flags=(LAT, "common_latn")), F("Ынтымақ", flags=C), F("Ынтымак", lang="ru", ru="last", flags=C)],
          ref=["YNTYMAQ", "Ынтымак"], valid_from="2024-05-04"),
    ]},
    "ru.united_russia": {"current": "united_russia", "groups": [
        G("united_russia", "Единая Россия", {"ru": "Единая Россия", "kk": "Единая Россия"},
          # «Бірыңғай Ресей» is the other Kazakh rendering in use; it is not in the reference's
          # name list, so no reference name or source is attached to it
          [F("Единая Россия", ru="phrase", flags=("cap",)), F("Біртұтас Ресей", lang="kk", flags=("cap",)),
           F("Бірыңғай Ресей", lang="kk", flags=("cap",)),
           F("United Russia", flags=(LAT,), kk="none")],
          ref=["Единая Россия", "Біртұтас Ресей", "United Russia"]),
        G("er", "ЕР", {"ru": "ЕР", "kk": "ЕР"},
          [F("ЕР", lang="ru", flags=ABBR, near=("росси", "госдум", "путин", "единоросс", "медведев"))], kind="abbr"),
    ]},
    "cn.cpc": {"current": "cpc", "groups": [
        G("cpc", "Қытай Коммунистік партиясы", {"ru": "Коммунистическая партия Китая", "kk": "Қытай Коммунистік партиясы"},
          [F("Коммунистическая партия Китая", lang="ru", ru="phrase", kk="none"),
           F("Компартия Китая", lang="ru", ru="phrase", kk="none"),
           F("Қытай Коммунистік партиясы", lang="kk", kk="px3"),
           F("Қытай компартиясы", lang="kk", kk="px3"),
           F("Communist Party of China", flags=(LAT,), kk="none"),
           F("Chinese Communist Party", flags=(LAT,), kk="none")],
          ref=["Коммунистическая партия Китая", "Қытай Коммунистік", "Communist Party of China"]),
        G("cpc_abbr", "ҚКП", {"ru": "КПК", "kk": "ҚКП"},
          [F("КПК", lang="ru", flags=ABBR + ("ambiguous",), near=CHINA), F("ҚКП", lang="kk", flags=ABBR),
           F("CPC", flags=ABBR, near=CHINA), F("CCP", flags=ABBR, near=CHINA)], kind="abbr"),
    ]},
    "tr.akp": {"current": "akp", "groups": [
        G("akp", "Әділет және даму партиясы", {"ru": "Партия справедливости и развития", "kk": "Әділет және даму партиясы"},
          [F("Партия справедливости и развития", lang="ru", ru="phrase", kk="none"),
           F("Әділет және даму партиясы", lang="kk", kk="px3"),
           F("Әділеттілік және даму партиясы", lang="kk", kk="px3"),
           F("Әділеттік және даму партиясы", lang="kk", kk="px3"),
           F("Adalet ve Kalkınma Partisi", flags=(LAT,), kk="none"),
           F("Justice and Development Party", flags=(LAT,), kk="none")],
          ref=["Партия справедливости", "даму партиясы", "Adalet ve", "Justice and Development"]),
        G("akp_abbr", "AKP", {"ru": "ПСР", "kk": "AKP"},
          [F("AKP", flags=ABBR), F("AK Parti", flags=ABBR), F("ПСР", lang="ru", flags=ABBR, near=("турц", "турецк", "эрдоган", "анкар")),
           F("ӘДП", lang="kk", flags=ABBR, near=("түркия", "түрік", "ердоған", "эрдоған", "анкара"))], kind="abbr"),
    ]},
    "by.belaya_rus": {"current": "belaya_rus", "groups": [
        G("belaya_rus", "Белая Русь", {"ru": "Белая Русь", "kk": "Белая Русь"},
          [F("Белая Русь", ru="phrase", flags=C), F("Belaya Rus", flags=(LAT,), kk="none")],
          ref=["Белая Русь", "Belaya Rus"], valid_from="2023-03-18"),
    ]},
    "uz.uzlidep": {"current": "uzlidep", "groups": [
        G("uzlidep", "Өзбекстан либерал-демократиялық партиясы",
          {"ru": "Либерально-демократическая партия Узбекистана", "kk": "Өзбекстан либерал-демократиялық партиясы"},
          [F("Либерально-демократическая партия Узбекистана", lang="ru", ru="phrase", kk="none"),
           F("Өзбекстан либерал-демократиялық партиясы", lang="kk", kk="px3"),
           F("Liberal Democratic Party of Uzbekistan", flags=(LAT,), kk="none")],
          ref=["Либерал", "либерал", "Liberal Democratic"]),
        G("uzlidep_abbr", "UzLiDeP", {"ru": "УзЛиДеП", "kk": "UzLiDeP"},
          [F("УзЛиДеП", flags=ABBR), F("ЎзЛиДеП", flags=ABBR), F("UzLiDeP", flags=ABBR), F("OʻzLiDeP", flags=ABBR)],
          kind="abbr"),
    ]},
    "tj.pdpt": {"current": "pdpt", "groups": [
        G("pdpt", "Тәжікстан Халықтық-демократиялық партиясы",
          {"ru": "Народно-демократическая партия Таджикистана", "kk": "Тәжікстан Халықтық-демократиялық партиясы"},
          [F("Народно-демократическая партия Таджикистана", lang="ru", ru="phrase", kk="none"),
           F("Народная демократическая партия Таджикистана", lang="ru", ru="phrase", kk="none"),
           F("Тәжікстан Халықтық-демократиялық партиясы", lang="kk", kk="px3"),
           F("People's Democratic Party of Tajikistan", flags=(LAT,), kk="none")],
          ref=["Таджикистана", "Тәжікстан", "Tajikistan"]),
        G("pdpt_abbr", "НДПТ", {"ru": "НДПТ", "kk": "НДПТ"}, [F("НДПТ", flags=ABBR)], kind="abbr"),
    ]},
    "kg.sdpk": {"current": "sdpk", "groups": [
        G("sdpk", "Социал-демократическая партия Кыргызстана",
          {"ru": "Социал-демократическая партия Кыргызстана", "kk": "Социал-демократическая партия Кыргызстана"},
          [F("Социал-демократическая партия Кыргызстана", lang="ru", ru="phrase", kk="none"),
           F("Social Democratic Party of Kyrgyzstan", flags=(LAT,), kk="none")],
          ref=["Социал-демократическая партия Кыргызстана", "Social Democratic Party of Kyrgyzstan"]),
        G("sdpk_abbr", "СДПК", {"ru": "СДПК", "kk": "СДПК"}, [F("СДПК", flags=ABBR)], kind="abbr"),
    ]},
}

ENTITY_FIELDS = ("type", "country", "status", "founded", "registered", "ended", "parent", "youth_wing")

# Organisations the matcher needs that the reference does not list: facts without a
# source, so the record says so (``note``) and carries no ``sources``.
EXTRA_ENTITIES = {
    "kz.communist_party_kazssr": {
        "id": "kz.communist_party_kazssr", "type": "party", "country": "KZ", "status": "dissolved",
        "founded": "1937", "ended": "1991-09-07",
        "note": "not in the reference: the Communist Party of the Kazakh SSR (CPSU branch, 1937-1991); no source",
    },
}

# Kazakh Latin alphabets (GRAMMAR §5) for generating Latin-script variants of the Cyrillic
# Kazakh forms at build time: 2018 acute (state media: «Aq jol» partııasy, Aýyl) and 2021
# (Nūr Otan, Bırlık).  The package never transliterates at run time.
_KK_2018 = {"а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "ё": "ıo", "ж": "j",
            "з": "z", "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ń", "о": "o",
            "ө": "ó", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h",
            "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
            "ю": "ıý", "я": "ıa"}
_KK_2021 = {**_KK_2018, "ә": "ä", "ғ": "ğ", "и": "i", "й": "i", "ң": "ñ", "ө": "ö", "у": "u", "ұ": "ū", "ү": "ü",
            "ч": "ç", "ш": "ş", "щ": "ş", "і": "ı", "ю": "iu", "я": "ia", "ё": "io"}


KAZAKH_LETTERS = "әғқңөұүһі"


def kazakh_latin(text: str, table: dict) -> str:
    """A Cyrillic Kazakh name in a Latin alphabet, capitals kept on the first letter of
    each word (``Ақ жол`` -> ``Aq jol``, ``Ауыл`` -> ``Aýyl``)."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            t = table[low]
            out.append(t[:1].upper() + t[1:] if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


def latin_variants(forms: list[dict]) -> list[dict]:
    """Latin-script forms generated from the Kazakh Cyrillic ones (2018 and 2021), with
    the same inflection; a common word stays one in Latin-Kazakh text (``common_latn``).
    Forms that fold to an existing one are not added twice."""
    have = {f["text"].lower() for f in forms}
    # a Russian spelling (Нур Отан, Ак жол, Бирлик) is not transliterated where the group
    # has the Kazakh one (Нұр Отан, Ақ жол, Бірлік)
    kazakh_spelt = [f for f in forms if any(c in KAZAKH_LETTERS for c in f["text"].lower())]
    out = []
    for f in forms:
        if (f["lang"] == "ru" or f["ru"] == "phrase" or "abbr" in f.get("flags", ())
                or not any("\u0400" <= c <= "\u04ff" for c in f["text"])
                or (kazakh_spelt and f not in kazakh_spelt and f["lang"] != "kk")):
            continue
        flags = set(f.get("flags", ())) | {"latin"}
        if "common" in flags:
            flags = (flags - {"common"}) | {"common_latn"}
        for table in (_KK_2018, _KK_2021):
            text = kazakh_latin(f["text"], table)
            if text.lower() in have:
                continue
            have.add(text.lower())
            out.append(F(text, lang="kk", kk=f["kk"], flags=tuple(sorted(flags)), near=f.get("near", ())))
    return out


def _date(v):
    if v in (None, "", "?"):
        return None
    s = str(v).lstrip("~")
    return s if s[:4].isdigit() else None


def build(ref_path: Path) -> list[dict]:
    import yaml  # build-time only

    entities = yaml.safe_load(ref_path.read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in entities}
    for eid, extra in EXTRA_ENTITIES.items():
        by_id.setdefault(eid, extra)
    missing = sorted(set(CURATION) - set(by_id))
    if missing:
        raise SystemExit(f"curated ids not in the reference: {missing}")
    out = []
    for eid in sorted(CURATION):
        ent, cur = by_id[eid], CURATION[eid]
        rec = {"id": eid, "aliases": sorted(ent.get("id_aliases") or []), "current": cur["current"]}
        for k in ENTITY_FIELDS:
            if ent.get(k) is not None:
                rec[k] = str(ent[k])
        mi = ent.get("merged_into")
        if isinstance(mi, dict):
            rec["merged_into"] = mi.get("id")
        elif mi:
            rec["merged_into"] = mi
        if ent.get("note"):
            rec["note"] = ent["note"]
        if ent.get("successor"):
            rec["successor"] = ent["successor"]
        rec["sources"] = sorted(set(ent.get("sources") or []))
        names = []
        for g in cur["groups"]:
            matched = [n for n in (ent.get("names") or []) + (ent.get("abbreviations") or [])
                       if any(r in str(n.get("text", "")) for r in g["ref"])]
            srcs = sorted({s for n in matched for s in (n.get("src") or [])})
            # a period bound is taken from the reference only when every matched name has
            # one (a name without a bound is open on that side)
            froms = [_date(n.get("valid_from")) for n in matched]
            tos = [_date(n.get("valid_to")) for n in matched]
            froms = sorted(froms) if froms and all(froms) else []
            tos = sorted(tos) if tos and all(tos) else []
            # no name is older than its organisation or outlives it
            born = sorted(d for d in (_date(ent.get("founded")), _date(ent.get("registered"))) if d)
            name = {
                "key": g["key"], "kind": g["kind"], "label": g["label"], "spell": g["spell"],
                "valid_from": g["valid_from"] or (froms[0] if froms else None) or (born[0] if born else None),
                "valid_to": g["valid_to"] or (tos[-1] if tos else None) or _date(ent.get("ended")),
                "reference_names": sorted({str(n["text"]) for n in matched}),
                "sources": srcs, "forms": g["forms"] + latin_variants(g["forms"]),
                "derived": {"ru": g["derived_ru"]} if g["derived_ru"] else None,
            }
            names.append({k: v for k, v in name.items() if v not in (None, [], "")})
        rec["names"] = names
        out.append(rec)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reference", nargs="?", default=str(DEFAULT_REF))
    ap.add_argument("-o", "--output", default=str(DEFAULT_OUT))
    args = ap.parse_args(argv)
    records = build(Path(args.reference))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    Path(args.output).write_text(text, encoding="utf-8")
    print(f"wrote {len(records)} organisations to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
