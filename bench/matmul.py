# Matrix multiply: dense square matrices as lists of lists, both integer and
# float, plus a transpose. Stresses nested loops and list indexing.

def make(n, seed, as_float):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 75 + 74) % 65537
            v = x % 19 - 9
            row.append(v * 0.25 if as_float else v)
        m.append(row)
    return m


def transpose(m):
    n = len(m)
    return [[m[i][j] for i in range(n)] for j in range(n)]


def mul(a, b):
    n = len(a)
    bt = transpose(b)
    out = []
    for i in range(n):
        ai = a[i]
        row = []
        for j in range(n):
            bj = bt[j]
            s = 0
            for k in range(n):
                s += ai[k] * bj[k]
            row.append(s)
        out.append(row)
    return out


def trace(m):
    t = 0
    for i in range(len(m)):
        t += m[i][i]
    return t


def main():
    a = make(140, 1, False)
    b = make(140, 2, False)
    c = mul(mul(a, b), a)
    fa = make(140, 3, True)
    fb = make(140, 4, True)
    fc = mul(fa, fb)
    fd = mul(fc, fa)
    print(trace(c), sum(c[7]), "%.6f" % trace(fd), "%.6f" % sum(fc[3]))


main()
