# dir() lists attribute names, sorted
class C:
    cls_attr = 1
    def method(self):
        pass
c = C()
c.inst = 2
names = dir(c)
print([n for n in names if not n.startswith("__")])
print(names == sorted(names))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
