# print() keyword arguments
print("a", "b", "c", sep=", ")
print(1, 2, sep="")
print("no newline", end=" ")
print("continued")
print(sep="x")
print(*[1, 2, 3])
print(*"abc", sep="-", end=".\n")
print(None, sep=None, end=None)
values = [1, (2,), {"k": "v"}, "s"]
print(values)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("to", "file", file=w)
print(w.parts)
