# async for over an asynchronous iterator
class Tick:
    def __await__(self):
        yield "tick"
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i
async def main():
    total = 0
    async for v in ARange(4):
        print("got", v)
        total += v
    else:
        print("loop else")
    return total
c = main()
ticks = 0
while True:
    try:
        c.send(None)
        ticks += 1
    except StopIteration as e:
        print("total", e.value, "ticks", ticks)
        break
