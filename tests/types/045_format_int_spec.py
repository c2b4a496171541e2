# format specs for integers
for spec in ("d", "5d", "<5d", "^5d", ">5d", "05d", "+d", " d", "x", "#x", "X", "#X",
             "o", "#o", "b", "#b", "08b", ",", "_", "_x", "c", "e", ".2f", "%"):
    print(spec, repr(format(77, spec)))
print(format(-77, "05d"), format(-77, "=+8d"), format(77, "*^9"))
print(format(2 ** 70, ","), format(-(2 ** 70), "x"))
