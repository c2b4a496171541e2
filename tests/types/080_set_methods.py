# set mutation methods
s = {1, 2, 3}
s.add(4)
s.add(1)
print(sorted(s))
s.remove(4)
s.discard(4)
s.discard(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(p in (1, 3), len(s))
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError:
    print("KeyError empty")
s.update([5, 6], (7,))
print(sorted(s))
