# a coroutine driven by hand with send()
async def answer():
    return 42
coro = answer()
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("main returned", e.value)
c = main()
print(c.send is not None)
c.close()
