# tuple displays
t = (1, 2, 3)
print(t, len(t))
print(())
print((1,))
u = 4, 5
print(u)
print(t + u, t * 2)
print(t[1], t[-1])
print((1, 2) < (1, 2, 0))
try:
    t[0] = 5
except TypeError:
    print("TypeError")
