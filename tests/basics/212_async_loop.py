# a tiny round-robin event loop running several coroutines
class Yield:
    def __await__(self):
        yield
def run(coros):
    queue = list(coros)
    results = []
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
async def task(name, steps):
    for i in range(steps):
        print(name, i)
        await Yield()
    return name + " done"
print(run([task("a", 3), task("b", 1), task("c", 2)]))
