# Case mapping and character classes beyond ASCII (Unicode tables).
words = ["Straße", "ǅungla", "ΌΣΟΣ σοφός", "İstanbul", "ﬁne", "Ǉ", "ŉ", "ΑΣ'Σ", "Σ", "aΣ", "ΣΑ", "café", "ÀÉÎõü", "日本語", "ǈ"]
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.lower()))
for w in words + ["Ⅻ", "ⅻ", "ª", "ᾈ", "ǅ", "Ab", "aB"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isidentifier())
for c in ["٣", "²", "½", "Ⅷ", "𝟙", "௰", "a", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85"]:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(), c.isalpha())
print("a\u00a0b\u2003c\u3000d".split(), "\u2028x\u2029".strip(), "x\x1fy".split())
print([repr(c) for c in "\x00\x1b\x7f\x9f\xa0\xad\u0378\u200b\u2028\ue000\U000e0001\U0010ffff é€😀"])
print(repr("\x00\x1b\x7f\x9f\xa0\xad\u0378\u200b\u2028\ue000\U000e0001\U0010ffff é€😀"))
print("ǆemal".title(), "ǳ".capitalize(), "ß".title(), "ßa".capitalize(), "ﬀ".title())
print("ᾳ".upper(), "ᾳ".title(), "ΐ".upper(), "ŉ".upper(), "ǰ".upper())
print("x_ä1".isidentifier(), "ä".isidentifier(), "1ä".isidentifier(), "a·b".isidentifier(), "℘".isidentifier(), "a\u0300".isidentifier())
