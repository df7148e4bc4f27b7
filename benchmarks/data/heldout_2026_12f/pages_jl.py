# Site jl: «Jaña Ülgı», janaulgi.kz (kk, 2021 LATIN alphabet on every line, written directly in Latin): analytic
# portal. Language switch "QAZ | RUS | ENG", name, menu with " – ", breadcrumb "Basty bet → Saiasat", title, date
# "05/03/2024 · 11:20" BEFORE the title, a lead line, "Oqu uaqyty: 3 minut", a Telegram subscription box AFTER THE
# FIRST body line, author box with job title, "Serıktesterdıñ jañalyqtary" + partner titles, footer.
SITE, DOMAIN, SECTION = "jl", "janaulgi.kz", "saiasat"


def jdate(pub):  # scraper stored ISO with seconds, no zone: "2024-03-05 11:20:00"
    return f"{pub[:10]} {pub[11:16]}:00"


BLOCKS = {
"HEAD": """\
F QAZ | RUS | ENG
F JAÑA ÜLGI — saiasi-saraptamalyq portal
F Saiasat – Ekonomika – Qoğam – Aimaqtar – Suhbat – Podkast
F Basty bet → Saiasat""",
"SUB": """\
F Eñ mañyzdy jañalyqtardy Telegram-arnamyzdan oqyñyz: t.me/janaulgi
F Jazylu""",
"AFTER": """\
F Serıktesterdıñ jañalyqtary
F Kredit alar aldynda neny bılu kerek?
F Almatyda jaña saiabaq aşyldy""",
"FOOT": """\
F © Jaña Ülgı, 2024. Materialdardy paidalanğanda gipersılteme mındettı
F Redaksiia: redaksiia@janaulgi.kz""",
}

PAGES = {
"jl1_amanat_sezd": ("kk", "2024-03-05T11:20", """\
@HEAD
D 05/03/2024 · 11:20
T AMANAT partiiasynyñ kezektı sezı öttı
F Partiia jaña saiasi bağdarlamany qabyldady
F Oqu uaqyty: 3 minut
B Astanada AMANAT partiiasynyñ kezektı sezı öttı.
@SUB
B Sezge ⟦elımızdıñ barlyq|elımızdıñbarlyq⟧ öñırınen delegattar qatysty.
B AMANAT-tyñ törağasy partiianyñ aldağy mındetterın atap öttı.
B Eske salaiyq, partiia 2022 jylğa deiın «Nūr Otan» dep ataldy.
F Avtor: Aruana Seitqali, saiasi şoluşy
@AFTER
@FOOT"""),
"jl2_maslihat_deputat": ("kk", "2024-03-18T09:45", """\
@HEAD
D 18/03/2024 · 09:45
T Mäslihat deputaty mandatynan bas tartty
F Oqu uaqyty: 2 minut
B Qysqa habar.
@SUB
B Qalalyq mäslihattyñ deputaty öz ⟦erkımen mandatynan|erkımenmandatynan⟧ bas tartty.
B Bos orynğa partiialyq tızım boiynşa kelesı ümıtker keledı.
F Avtor: Dias Ermekov, tılşı
@AFTER
@FOOT"""),
"jl3_aqjol_zañ": ("kk", "2024-03-29T14:00", """\
@HEAD
D 29/03/2024 · 14:00
T «Aq jol» partiiasy käsıpkerlerdı qorğau turaly zañ jobasyn usyndy
F Jobağa sarapşylar pıkır bıldırdı
F Oqu uaqyty: 4 minut
B «Aq jol» demokratiialyq partiiasy Mäjılıske jaña zañ jobasyn ⟦engızdı. Qujatta|engızdı.Qujatta⟧ tekseruler sanyn azaitu usynylğan.
@SUB
B Aqjoldyqtardyñ aituynşa, bizneske ⟦qysym|qysm⟧ azaiuy tiıs.
B Joba boiynşa usynystardy Telegram arqyly jıberuge bolady.
F Avtor: Aruana Seitqali, saiasi şoluşy
@AFTER
@FOOT"""),
"jl4_akim_saylau": ("kk", "2024-04-08T16:30", """\
@HEAD
D 08/04/2024 · 16:30
T Auyl äkımderın sailau: 40 okrugte daus beru öttı
F Oqu uaqyty: 3 minut
B Jeksenbı künı 40 auyldyq okrugte äkım sailauy öttı.
@SUB
B Sailauğa ⟦qatysqan|qatysan⟧ ümıtkerlerdıñ ışınde «Auyl» partiiasynyñ ökılderı de boldy.
B Qorytyndy nätijeler:
B AMANAT – 24 okrug;
B «Auyl» – 9 okrug;
B özın-özı usynğandar – 7 okrug.
B Sailau ⟦komissiiasynyñ|komissiiasnyñ⟧ mälımetınşe, qatysu körsetkışı 58 paiyz boldy.
F Avtor: Dias Ermekov, tılşı
@AFTER
@FOOT"""),
"jl5_respublica_suhbat": ("kk", "2024-04-19T12:15", """\
@HEAD
D 19/04/2024 · 12:15
T Respublica deputaty: «Jastardyñ ünı estıluı kerek»
F Suhbat
F Oqu uaqyty: 5 minut
B – Partiiañyzdyñ basty maqsaty ne?
@SUB
B – Bız jastardyñ ⟦saiasatqa kelu|saiasatqakelu⟧ jolyn jeñıldetkımız keledı, – dedı deputat.
B – Aldağy josparlaryñyz?
B – Öñırlerde jastar ⟦keñesterın|keñestern⟧ aşu.
F Avtor: Aruana Seitqali, saiasi şoluşy
@AFTER
@FOOT"""),
"jl6_halyq_partiiasy": ("kk", "2024-05-03T10:40", """\
@HEAD
D 03/05/2024 · 10:40
T Qazaqstan halyq partiiasy zeinetkerlerdı qoldau bastamasyn köterdı
F Oqu uaqyty: 2 minut
B Qazaqstan halyq partiiasy zeinetaqy mölşerın ⟦indeksteudı|indekseudı⟧ usyndy.
@SUB
B Partiia ökılderı bul mäselenı ⟦Ükımetke|Ükımetek⟧ joldady.
F Avtor: Dias Ermekov, tılşı
@AFTER
@FOOT"""),
"jl7_jsdp_tyñdau": ("kk", "2024-05-20T15:50", """\
@HEAD
D 20/05/2024 · 15:50
T JSDP qoğamdyq tyñdau ötkızdı
F Oqu uaqyty: 3 minut
B Jalpyulttyq sotsial-demokratiialyq partiia tarifter boiynşa ⟦qoğamdyq tyñdau|qoğamdyqtyñdau⟧ ötkızdı.
@SUB
B Tyñdauğa ⟦qatysuşylar, negızınen|qatysuşylar,negızınen⟧ zeinetkerler men studentter, öz pıkırlerın aitty.
B Anyqtama telefony: 8 (7172) 55-20-31.
F Avtor: Aruana Seitqali, saiasi şoluşy
@AFTER
@FOOT"""),
}
