# class attributes versus instance attributes
class C:
    count = 0
    def __init__(self):
        C.count += 1
a = C()
b = C()
print(C.count, a.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
C.new = "added later"
print(b.new)
