# left-to-right evaluation order
def t(v):
    print("eval", v)
    return v
t(1) + t(2) * t(3)
print([t("a"), t("b")])
print({t("k1"): t("v1"), t("k2"): t("v2")})
def f(a, b, c=None):
    return a
f(t("x"), t("y"), c=t("z"))
d = {}
d[t("key")] = t("value")
t("obj").upper()
