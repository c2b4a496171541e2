# Generators: generator functions with yield, chained generator pipelines,
# generator expressions consumed by sum(), and yield from delegation.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def take(src, n):
    for x in src:
        if n <= 0:
            return
        n -= 1
        yield x


def flatten(nested):
    for part in nested:
        yield from part


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def pipeline(n):
    total = 0
    for v in take(squares(evens(count_up(n))), n // 3):
        total += v % 1000
    return total


def genexpr(n):
    return sum(x * 3 for x in range(n) if x % 3 != 0)


def delegate(n):
    nested = [range(i % 10) for i in range(n)]
    total = 0
    for x in flatten(nested):
        total += x
    return total


def fibs(rounds):
    total = 0
    for r in range(rounds):
        for f in take(fib_gen(), 60):
            total += f % 97
    return total


def main():
    a = b = c = 0
    for r in range(8):
        a += pipeline(300000)
        b += genexpr(300000)
        c += delegate(30000)
    print(a, b, c, fibs(10000))


main()
