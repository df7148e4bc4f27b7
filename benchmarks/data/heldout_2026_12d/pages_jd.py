# Site jd: «Jas Dauys», jasdauys.kz (kk): a youth news site. Its furniture (menus, promo, counters, footer) is
# in the 2021 Latin Kazakh alphabet on every page; the body is Cyrillic on jd1-jd3 and Latin on jd4-jd6.
# Written in Cyrillic below; F and D lines (and T/B lines of the Latin pages) are transliterated letter by
# letter at import (2021 table, /work/shared/reference/GRAMMAR.md §5). "R " lines are related headlines: own
# titles exactly as their pages show them (not transliterated), emitted as F lines.
# Date "2024.05.14 | 16:30", counter "812 ret qaraldy", Instagram promo, "Köp oqylğandar" + own titles,
# footer with the editor's e-mail. Planted repairs only on the Cyrillic pages (Latin Kazakh is not repaired).
SITE, DOMAIN, SECTION = "jd", "jasdauys.kz", "jastar"

import pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "heldout"))
from kazakh_latin import lat  # noqa: E402  (one table for every held-out set)


def jdate(pub):  # the scraper stored "14/05/2024 16:30"
    return f"{pub[8:10]}/{pub[5:7]}/{pub[:4]} {pub[11:16]}"


T1 = "Жастар ресурстық орталығы мәслихат депутаттарымен кездесу өткізді"
T2 = "Студенттер Мәжіліс депутатына жатақхана мәселесін жеткізді"
T3 = "«Ақ жол» жас кәсіпкерлерге гранттар конкурсын жариялады"
T4 = lat("Respublica партиясы жастар парламентін құруды ұсынды")
T5 = lat("Мәслихат сайлауына алғаш рет дауыс берген жастар саны белгілі болды")
T6 = lat("Қарағанды жастары AMANAT қоғамдық қабылдауында ойларын айтты")
BLOCKS = {
"HEAD": """\
F Басты | Жаңалықтар | Жастар | Саясат | Білім | Подкаст | Кирилше
F Jas Dauys – жастардың үні
F Іздеу""",
"AFTER": """\
F Instagram-да бізге жазылыңыз: @jasdauys – күн сайын жаңа видео
F Бөлісу: Telegram · Instagram · TikTok
F Көп оқылғандар""",
"FOOT": """\
F Біз туралы | Авторларға | Жарнама | Құпиялық саясаты
F © 2019–2024 «Jas Dauys» жастар порталы. Бас редактор: Әйгерім Дүйсенова. Хат жазу: info@jasdauys.kz""",
}
BLOCKS = {k: lat(v) for k, v in BLOCKS.items()}


def related(*titles):
    return "\n".join("R " + t for t in titles)


_PAGES = {
"jd1_resurs_ortalyq": ("kk", "2024-05-14T16:30", f"""\
@HEAD
F ЖАСТАР САЯСАТЫ
T {T1}
D 2024.05.14 | 16:30
F 812 рет қаралды
B Қалалық жастар ресурстық орталығында мәслихат депутаттары мен студенттер арасында ашық кездесу болды. Жиынға 120-дан астам жас қатысты.
B Жастар ең алдымен ⟦жұмысқа орналасу|жұмысқаорналасу⟧ мен тегін спорт секциялары туралы сұрады. Депутат Мадина Серікқызы жастар бастамаларына бюджеттен қосымша қаражат ⟦бөлінетінін|бөлінетінінн⟧ айтты.
B «Біз жастардың ұсынысын тыңдап қана қоймай, мәслихат сессиясына шығарамыз», – деді ол.
B Еске салайық, орталық өткен жылы ашылған.
@AFTER
{related(T2, T5, T3)}
@FOOT"""),
"jd2_zhataqhana": ("kk", "2024-05-16T11:10", f"""\
@HEAD
F БІЛІМ
T {T2}
D 2024.05.16 | 11:10
F 1 437 рет қаралды
B Университет студенттері Мәжіліс депутаты Ғалымжан Елеуовпен кездесіп, жатақхана орындарының тапшылығын айтты. Студенттердің айтуынша, биыл ⟦жатақханаға|жатахқанаға⟧ кезек екі есе көбейген.
B Депутат мәселені Ғылым және жоғары білім министрлігіне жолдайтынын жеткізді. ⟦Ол министрлік|Олминистрлік⟧ жаңа жатақхана құрылысын жеделдетуі тиіс деп санайды.
B Кездесу соңында студенттер өз ұсыныстарын жазбаша тапсырды.
@AFTER
{related(T1, T4, T6)}
@FOOT"""),
"jd3_akzhol_grant": ("kk", "2024-05-20T09:00", f"""\
@HEAD
F КӘСІП
T {T3}
D 2024.05.20 | 09:00
F 2 096 рет қаралды
B «Ақ жол» партиясының жастар қанаты 35 жасқа дейінгі кәсіпкерлер үшін гранттар конкурсын жариялады. Жеңімпаздар 3 млн теңгеге дейін қаржы алады.
B Өтінімдер 20 маусымға дейін қабылданады. Конкурсқа ⟦қатысу үшін|қатысуүшін⟧ бизнес-жоспар мен бейнеролик жіберу керек.
B Қанат ⟦жетекшісі Арман|жеткешісі Арман⟧ Тілеубердиев былай деді: «Бізге ауылда бизнес ашатын жастар керек. Гранттың жартысы ауыл жобаларына беріледі».
B Анықтама телефоны: 8 (727) 311-45-90
@AFTER
{related(T5, T1, T2)}
@FOOT"""),
"jd4_respublica_parlament": ("kk", "2024-05-22T14:45", f"""\
@HEAD
F САЯСАТ
T {T4}
D 2024.05.22 | 14:45
F 958 рет қаралды
B Respublica партиясы әр облыста жастар парламентін құруды ұсынды. Партия өкілдерінің пікірінше, бұл жастарды саясатқа тартудың тиімді жолы.
B Жоба бойынша жастар парламенті жылына екі рет жиналып, облыстық мәслихатқа ұсыныс жолдайды.
B «Жастар тек сайлау кезінде ғана емес, күнделікті шешімдерге қатысуы керек», – деді партия депутаты Ерсұлтан Бектұрғанов.
B Ұсыныс алдымен үш облыста сынақтан өтуі мүмкін.
@AFTER
{related(T6, T3, T1)}
@FOOT"""),
"jd5_zhas_saylaushy": ("kk", "2024-05-25T19:20", f"""\
@HEAD
F САЙЛАУ
T {T5}
D 2024.05.25 | 19:20
F 3 311 рет қаралды
B Орталық сайлау комиссиясы мәслихат сайлауына алғаш рет қатысқан жастардың санын жариялады.
B Алғаш рет дауыс бергендер:
B Астана – 18 400
B Алматы – 26 900
B Шымкент – 15 200
B Қарағанды облысы – 9 800
B Комиссия мүшесінің айтуынша, жастардың белсенділігі өткен сайлаумен салыстырғанда 12 пайызға өскен.
B Еске салайық, 18 жасқа толған әр азамат сайлауға қатыса алады.
@AFTER
{related(T4, T2, T6)}
@FOOT"""),
"jd6_karagandy_amanat": ("kk", "2024-05-28T12:35", f"""\
@HEAD
F ӨҢІРЛЕР
T {T6}
D 2024.05.28 | 12:35
F 744 рет қаралды
B Құрметті жастар!
B AMANAT партиясының Қарағанды облыстық филиалы жанындағы қоғамдық қабылдау әр бейсенбі сайын жастарды қабылдайды.
B Өткен аптадағы қабылдауға 40-қа жуық жас келді. Олар жұмыссыздық, баспана және қоғамдық көлік туралы айтты.
B Қабылдауға алдын ала жазылу телефоны: 8 (7212) 42-18-06
B Филиал жетекшісі Серік Жақсыбековтің айтуынша, әр өтініш бойынша жауап екі апта ішінде беріледі.
@AFTER
{related(T1, T5, T3)}
@FOOT"""),
}
LATIN_BODY = {"jd4_respublica_parlament", "jd5_zhas_saylaushy", "jd6_karagandy_amanat"}


def convert(stem, text):
    out = []
    for line in text.split("\n"):
        tag = line[:2]
        if tag == "R ":
            out.append("F " + line[2:])
        elif tag in ("F ", "D ") or (stem in LATIN_BODY and tag in ("B ",)):
            text = line[2:]
            # an upper-case rubric stays upper-case ("САЯСАТ" -> "SAIASAT", not "SAIaSAT")
            out.append(tag + (lat(text).upper() if text.isupper() else lat(text)))
        else:
            out.append(line)
    return "\n".join(out)


PAGES = {k: (lang, pub, convert(k, text)) for k, (lang, pub, text) in _PAGES.items()}
