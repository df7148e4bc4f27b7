"""Cyrillic Kazakh to the 2021 Latin alphabet, letter by letter (the table of
../shared/reference/GRAMMAR.md section 5): the held-out sets write their Latin-script pages in
Cyrillic and turn them into Latin with lat() when they are built."""

LAT = dict(zip("абвгғдежзийкқлмнңоөпрстуұүфхһшыіэ",
               "abvgğdejziikqlmnñoöprstuūüfhhşyıe"))
LAT.update({"ә": "ä", "ё": "io", "ц": "ts", "ч": "ç", "щ": "şş", "ъ": "", "ь": "", "ю": "iu", "я": "ia"})
UP = {"и": "İ", "й": "İ", "і": "I"}


def lat(text):
    out = []
    for ch in text:
        low = ch.lower()
        if low not in LAT:
            out.append(ch)
        elif ch == low:
            out.append(LAT[low])
        else:
            t = UP.get(low) or LAT[low]
            out.append(t[:1].upper() + t[1:])
    return "".join(out)
