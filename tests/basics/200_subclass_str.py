# subclassing str
class Tag(str):
    def wrap(self):
        return "<" + self + ">"
t = Tag("b")
print(t.wrap(), t.upper(), len(t))
print(type(t.upper()).__name__, isinstance(t, str))
class Shout(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Shout("hey"), Shout("x") == "X")
print({"B": 1}[Shout("b")])
