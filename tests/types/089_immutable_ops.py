# strings and tuples create new objects; lists mutate in place
s = "abc"
t = s
s += "d"
print(s, t)
a = [1]
b = a
a += [2]
print(a, b)
u = (1,)
v = u
u += (2,)
print(u, v)
f = frozenset([1])
g = f
f |= {2}
print(sorted(f), sorted(g))
