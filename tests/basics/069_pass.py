# pass in every kind of block
def f():
    pass
class C:
    pass
if True:
    pass
for i in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
print(f(), type(C()).__name__, i)
