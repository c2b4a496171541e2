# Closures: creating nested functions, reading captured variables,
# nonlocal rebinding, lambdas, and higher-order helpers (compose, map-like).

def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def apply_all(funcs, x):
    for f in funcs:
        x = f(x)
    return x


def make_accumulator():
    items = []

    def push(v):
        items.append(v)
        return len(items)

    def total():
        s = 0
        for v in items:
            s += v
        return s
    return push, total


def adders(n):
    total = 0
    for i in range(n):
        f = make_adder(i % 13)
        total += f(i)
    return total


def counters(n):
    c = make_counter()
    last = 0
    for i in range(n):
        last = c(i % 5)
    return last


def composed(n):
    double = lambda x: x * 2
    dec = make_adder(-1)
    h = compose(double, dec)
    chain = [h, make_adder(3), double, lambda x: x % 1000]
    total = 0
    for i in range(n):
        total += apply_all(chain, i)
    return total


def accumulators(n):
    grand = 0
    for r in range(n // 1000):
        push, total = make_accumulator()
        for i in range(1000):
            push(i % 17)
        grand += total()
    return grand


def main():
    print(adders(1000000), counters(1500000), composed(500000),
          accumulators(800000))


main()
