# with statement calls __enter__ and __exit__
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("no target")
def f():
    with CM("c"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            break
