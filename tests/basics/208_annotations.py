# annotations are accepted and do not change behaviour
x: int = 5
y: "a string annotation"
def f(a: int, b: str = "s", *args: float, c: list = None, **kw: dict) -> tuple:
    return a, b, args, c
print(x)
print(f(1, "two", 3.0, c=[4]))
class C:
    attr: int = 3
    other: str
print(C.attr, hasattr(C, "other"))
def g() -> None:
    v: int
    v = 2
    return v
print(g())
try:
    y
except NameError:
    print("annotation alone does not bind")
