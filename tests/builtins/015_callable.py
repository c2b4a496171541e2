# callable()
class C:
    def m(self):
        pass
class Call:
    def __call__(self):
        pass
for v in (len, print, C, C(), C().m, C.m, Call(), lambda: 0, 1, "s", None, int, type):
    print(callable(v))
