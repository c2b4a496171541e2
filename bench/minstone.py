# Minstone: a small synthetic "systems programming" mix in the spirit of the
# classic Dhrystone/Pystone family (written from scratch for Minnow).
# Each iteration does record copying and linking, global variable updates,
# integer arithmetic on locals, enum-like constant comparisons, 1-D and 2-D
# list indexing, short string comparison, and many small procedure calls.

KIND_A = 0
KIND_B = 1
KIND_C = 2
KIND_D = 3

LOOPS = 350000

g_flag = False
g_level = 0
g_char = "A"
g_table = [0] * 40
g_grid = [[0] * 40 for _ in range(40)]
g_head = None


class Rec:
    def __init__(self, link=None, kind=KIND_A, level=0, amount=0, tag=""):
        self.link = link
        self.kind = kind
        self.level = level
        self.amount = amount
        self.tag = tag

    def clone(self):
        return Rec(self.link, self.kind, self.level, self.amount, self.tag)


def next_kind(kind):
    # Rotate through the enum-like kinds.
    if kind == KIND_A:
        return KIND_B
    if kind == KIND_B:
        return KIND_C
    if kind == KIND_C:
        return KIND_D
    return KIND_A


def kind_matches(kind, wanted):
    return kind == wanted or (kind == KIND_D and wanted == KIND_A)


def bump_level(level):
    global g_level
    g_level = (g_level + level) % 10007
    return level + 7


def set_flag(ch):
    global g_flag, g_char
    g_flag = ch >= "M"
    g_char = ch


def char_step(ch):
    code = ord(ch) + 1
    if code > ord("Z"):
        code = ord("A")
    return chr(code)


def tag_less(a, b):
    # Compare two short tags, counting as "less" when a sorts before b.
    if a == b:
        return False
    return a < b


def fill_tables(i, v):
    row = i % 38
    g_table[row] = v
    g_table[row + 1] = g_table[row] + row
    line = g_grid[row]
    line[row + 2] += 1
    g_grid[row + 1][row] = g_table[row + 1]
    return line[row + 2]


def adjust(rec, delta):
    rec.amount += delta
    if rec.amount > 1000:
        rec.amount -= 997
    rec.level = bump_level(rec.level) % 100
    return rec.amount


def link_step(rec):
    global g_head
    copy = rec.clone()
    copy.link = g_head
    copy.kind = next_kind(rec.kind)
    if kind_matches(copy.kind, KIND_A):
        copy.amount = adjust(copy, 3)
    else:
        copy.amount = adjust(copy, -1)
    # Keep only a short chain so memory stays bounded.
    if g_head is not None:
        g_head.link = None
    g_head = copy
    return copy


def arith(a, b):
    c = a * 3 + b
    d = (c - a) // 2 + (b % 7)
    e = d * d % 1009
    return e - c + a * b % 13


def run(loops):
    rec = Rec(None, KIND_A, 0, 10, "REC ONE")
    other_tag = "REC TWO"
    ch = "A"
    acc = 0
    i = 0
    while i < loops:
        a = i % 17
        b = i % 11
        acc += arith(a, b)
        set_flag(ch)
        ch = char_step(ch)
        if tag_less(rec.tag, other_tag):
            acc += 1
        rec = link_step(rec)
        acc += fill_tables(i, a + b)
        if g_flag:
            acc += rec.amount % 5
        else:
            acc -= rec.level % 3
        i += 1
    return acc


def main():
    acc = run(LOOPS)
    grid_sum = 0
    for row in g_grid:
        for v in row:
            grid_sum += v
    print(acc, g_level, g_char, sum(g_table), grid_sum % 1000003)


main()
