# async with calls __aenter__ and __aexit__
class Tick:
    def __await__(self):
        yield
class Res:
    async def __aenter__(self):
        print("aenter")
        await Tick()
        return "resource"
    async def __aexit__(self, typ, val, tb):
        print("aexit", typ.__name__ if typ else None)
        return typ is KeyError
async def main():
    async with Res() as r:
        print("using", r)
    async with Res():
        raise KeyError("swallowed")
    return "finished"
c = main()
while True:
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
        break
