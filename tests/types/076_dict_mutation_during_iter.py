# changing a dict while iterating raises RuntimeError
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print("RuntimeError")
d = {1: "a", 2: "b"}
for k in list(d):
    del d[k]
print(d)
d = {1: 1, 2: 2}
for k in d:
    d[k] = d[k] * 10
print(d)
