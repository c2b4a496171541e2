# exceptions through awaits and throw() into a coroutine
class Wait:
    def __await__(self):
        return (yield "waiting")
async def inner():
    try:
        await Wait()
    except ValueError as e:
        print("inner caught", e)
        return "handled"
async def outer():
    r = await inner()
    raise KeyError(r)
c = outer()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except KeyError as e:
    print("outer raised", e)
async def never():
    await Wait()
c = never()
c.send(None)
c.close()
print("closed")
