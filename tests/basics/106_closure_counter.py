# closure state that persists between calls
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = accumulate()
print(acc("a"), acc("b"))
