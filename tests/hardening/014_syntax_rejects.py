# Source text CPython rejects is a SyntaxError here too, and what it
# accepts compiles: identifiers are XID_Start XID_Continue* (no currency
# signs, middle dots or zero-width characters in front, no digits of other
# scripts first), and a few targets are forbidden.
cases = [
    # identifiers
    "é = 1", "ε = 1", "x· = 1", "·x = 1", "x€ = 1", "€ = 1", "‿ = 1", "x‿y = 1", "x\u200b = 1",
    "x\u200c = 1", "٣ = 1", "x٣ = 1", "x = ٣", "x = ١٢", "\u0301x = 1", "x\u0301 = 1", "ª = 1",
    "℘ = 1", "ℵ = 1", "〆 = 1", "Ⅻ = 1", "𝔘𝔫𝔦 = 1", "x = a → b", "x = ½", "x = ²", "ⅰ = 1",
    # __debug__ as a target
    "x.__debug__ = 1", "x.__debug__: int", "del x.__debug__", "x.__debug__ += 1", "x = a.__debug__",
    "def __debug__(): pass", "async def __debug__(): pass", "class __debug__: pass",
    "class A(__debug__=1): pass", "class A(x=__debug__): pass", "f(__debug__=1)",
    # import * outside the module level
    "class A:\n    from x import *", "def f():\n    from x import *", "if 1:\n    from x import *",
    # a walrus as a dict key must be parenthesized
    "x = {y := 1: 2}", "x = {(y := 1): 2}", "x = {y := 1}", "x = {1: y := 2}", "x = {1: (y := 2)}",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "ok")
    except SyntaxError:
        print(repr(src), "SyntaxError")

# The error names the character.
for src in ["x€ = 1", "x\u200b = 1"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg)
é·ε = 5
print(é·ε)
