# await suspends through an awaitable that yields
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got
async def worker():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b
c = worker()
print(c.send(None))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("done", e.value)
async def outer():
    return await worker() * 2
c = outer()
c.send(None)
c.send(1)
try:
    c.send(2)
except StopIteration as e:
    print("outer", e.value)
