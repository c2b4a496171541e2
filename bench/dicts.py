# Dict and set work: insertion, lookup, update, deletion, membership tests,
# string keys and int keys, set union/intersection.

def int_dict(n):
    # n stays small (working set of a few thousand entries); callers repeat.
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    total = 0
    for i in range(n):
        total += d[i]
    for i in range(0, n, 3):
        del d[i]
    for k in d:
        total += k
    return total + len(d)


def str_dict(n):
    keys = []
    for i in range(500):
        keys.append("key" + str(i))
    counts = {}
    for i in range(n):
        k = keys[(i * 13) % 500]
        counts[k] = counts.get(k, 0) + 1
    total = 0
    for k in keys:
        if k in counts:
            total += counts[k]
    return total + len(counts)


def set_work(n):
    a = set()
    b = set()
    for i in range(n):
        a.add(i * 3 % 7919)
        b.add(i * 5 % 7919)
    hits = 0
    for i in range(n):
        if i in a:
            hits += 1
        if i in b:
            hits += 2
    u = a | b
    x = a & b
    dif = a - b
    return hits + len(u) + len(x) + len(dif)


def word_index(n):
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
    idx = {}
    for i in range(n):
        w = words[i % 10] + str(i % 37)
        lst = idx.get(w)
        if lst is None:
            lst = []
            idx[w] = lst
        lst.append(i)
    total = 0
    for w, lst in idx.items():
        total += len(lst) * len(w)
    return total


def main():
    a = 0
    for r in range(60):
        a += int_dict(10000)
    c = 0
    for r in range(45):
        c += set_work(10000)
    d = 0
    for r in range(35):
        d += word_index(20000)
    print(a, str_dict(800000), c, d)


main()
