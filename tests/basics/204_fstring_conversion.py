# !r and !s conversions
s = "text"
print(f"{s!r} {s!s} {s}")
print(f"{'a b'!r:>10}|")
class C:
    def __repr__(self):
        return "REPR"
    def __str__(self):
        return "STR"
print(f"{C()} {C()!r} {C()!s}")
print(f"{[s]!s}")
