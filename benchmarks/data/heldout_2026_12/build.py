import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from pages_a import A; from pages_b import B; from pages_c import C; from pages_d import D
root = pathlib.Path(__file__).resolve().parent
KK = {"c3_amanat_qabyldau.txt","c4_akzhol_maslihat.txt"} | set(D)
PUB = {  # gold dates, ISO with the time as printed
 "a1_amanat_congress.txt":"2023-01-31T12:40","a2_turnout_regions.txt":"2023-03-20T09:15",
 "a3_akzhol_tax.txt":"2023-10-05T16:05","a4_karaganda_maslikhat.txt":"2021-02-18T11:30",
 "b1_reception_greeting.txt":"2024-04-12T09:15","b2_respublica_program.txt":"2023-02-07T18:40",
 "b3_peoples_party_tariffs.txt":"2023-11-23T13:05","b4_osdp_elections.txt":"2023-01-15T10:20",
 "c1_auyl_budget.txt":"2022-11-03T10:40","c2_nurotan_rename.txt":"2022-03-01T15:25",
 "c3_amanat_qabyldau.txt":"2024-04-05T10:00","c4_akzhol_maslihat.txt":"2023-02-22T14:30",
 "d1_nurotan_suezi.txt":"2021-09-14T11:05","d2_saylau_qorytyndy.txt":"2023-03-21T18:20",
 "d3_auyl_agrobagdarlama.txt":"2023-06-09T09:45","d4_jastar_qanaty.txt":"2022-12-02T16:10",
}
for d in ("docs","gold","bysite/a","bysite/b","bysite/c","bysite/d"):
    (root/d).mkdir(parents=True, exist_ok=True)
for site, pages in (("a",A),("b",B),("c",C),("d",D)):
    for name, blocks in pages.items():
        raw = "\n".join(l for _, l in blocks) + "\n"
        (root/"docs"/name).write_text(raw, encoding="utf-8")
        (root/"bysite"/site/name).write_text(raw, encoding="utf-8")
        body = [l for k, l in blocks if k == "B"]
        title = [l for k, l in blocks if k == "T"][0]
        furn = [l for k, l in blocks if k in "FD"]
        # long furniture lines as substrings; short ones (menu words, counters) as whole lines
        drop = [l for l in furn if len(l) >= 20]
        drop_lines = [l for l in furn if len(l) < 20]
        # a furniture line that also occurs inside the body can't be a drop snippet
        btxt = "\n".join(body)
        drop = [l for l in drop if l not in btxt]
        gold = {"file": name, "lang": "kk" if name in KK else "ru", "title": title,
                "published": PUB[name], "text": "\n\n".join(body), "drop": drop,
                "drop_lines": drop_lines, "fixes": [], "entities": {}}
        (root/"gold"/(name[:-4]+".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
print("built", len(list((root/"docs").iterdir())))
