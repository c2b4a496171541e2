# dict access methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 9), d.setdefault("c", 3), d)
print(d.pop("b"), d.pop("b", "gone"), d)
try:
    d.pop("b")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError:
    print("KeyError empty")
