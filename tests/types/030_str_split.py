# str.split and str.rsplit
print("a b  c".split())
print("  lead and trail  ".split())
print("a,b,,c".split(","))
print("a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1))
print("".split(), "".split(","))
print("a::b::c".split("::"))
print("x y z".rsplit(None, 1))
print("one\ttwo\nthree".split())
print("abc".split("abc"))
try:
    "a".split("")
except ValueError:
    print("ValueError empty separator")
