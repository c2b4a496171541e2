# Subclasses of str, and user classes meeting str formatting.
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, repr(s), s.shout(), len(s), s + "x", "x" + s, s * 2, s == "hi", "hi" == s, s in ["hi"])
print(isinstance(s, str), type(s).__name__, type(s + "x").__name__, type(str(s)).__name__)
print(s[0], s[::-1], list(s), "-".join([s, s]), s.split("i"), "%s!" % s, "{}?".format(s), f"{s:>5}", hash(s) == hash("hi"))
print(s.startswith(S("h")), "hello".find(S("l")), "a,b".split(S(",")), S("x").join(["1", "2"]), "hi" < S("hj"))
class R(str):
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "R?"
r = R("x")
print(r, repr(r), str(r), "%s %r" % (r, r), "{} {!r}".format(r, r), [r], f"{r}", f"{r!r}")
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "abc"), "{:xyz}".format(F()), f"{F():q}", "{0:{1}}".format(F(), "n"))
class N(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(N("abc"), type(N("a")).__name__, N("q") == "Q")
d = {S("k"): 1}
print(d["k"], "k" in d, S("k") in {"k": 2})
class P:
    pass
try:
    format(P(), "x")
except TypeError as e:
    print(e)
print(format(P(), "") [:3])
class I(int):
    pass
print("%d %x" % (I(5), I(255)), format(I(7), "03"), "{:b}".format(I(5)))
print(str.upper("abc"), str.join(",", "ab"), str.__len__("xyz"), "abc".__getitem__(-1))
