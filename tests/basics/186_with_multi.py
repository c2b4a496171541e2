# with statements holding several managers exit in reverse order
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n)
with CM(1) as a, CM(2) as b:
    print("body", a, b)
with CM(3), CM(4) as d, CM(5):
    print("d", d)
with (CM(6) as x,
      CM(7) as y):
    print(x + y)
