# send() resumes a generator with a value
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
try:
    g.send("stop")
except StopIteration:
    print("stopped")
def avg():
    total = 0
    n = 0
    mean = None
    while True:
        x = yield mean
        total += x
        n += 1
        mean = total / n
a = avg()
next(a)
print(a.send(10), a.send(20), a.send(60))
g2 = echo()
try:
    g2.send(5)
except TypeError:
    print("TypeError")
