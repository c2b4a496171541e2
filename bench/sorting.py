# Sorting: list.sort() and sorted() on ints, strings, tuples, with key
# functions (lambda and method), reverse=True, and nearly-sorted input.
# Data comes from a small linear congruential generator (no imports).

class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % bound


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty


def checksum(seq):
    c = 0
    for i in range(0, len(seq), 97):
        c = (c * 31 + seq[i]) % 1000003
    return c


def sort_ints(rng, n):
    data = [rng.next(100000) for _ in range(n)]
    a = sorted(data)
    data.sort(reverse=True)
    b = sorted(data, key=lambda v: (v % 1000, v))
    return checksum(a) + checksum(data) + checksum(b)


def sort_strings(rng, n):
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = []
    for _ in range(n):
        w = ""
        for k in range(3 + rng.next(6)):
            w += letters[rng.next(26)]
        words.append(w)
    words.sort()
    by_len = sorted(words, key=len)
    c = 0
    for i in range(0, n, 53):
        c = (c * 7 + len(by_len[i]) + ord(words[i][0])) % 1000003
    return c


def sort_objects(rng, n):
    items = [Item("i" + str(i), rng.next(1000), rng.next(50)) for i in range(n)]
    items.sort(key=lambda it: it.price)
    by_value = sorted(items, key=lambda it: (-it.price * it.qty, it.name))
    c = 0
    for i in range(0, n, 31):
        c = (c * 13 + items[i].price + by_value[i].qty) % 1000003
    return c


def nearly_sorted(n):
    data = list(range(n))
    for i in range(0, n - 1, 50):
        data[i], data[i + 1] = data[i + 1], data[i]
    data.sort()
    return checksum(data)


def main():
    rng = Rng(42)
    total = 0
    for r in range(10):
        total += sort_ints(rng, 20000)
        total += sort_strings(rng, 8000)
        total += sort_objects(rng, 8000)
        total += nearly_sorted(50000)
    print(total)


main()
