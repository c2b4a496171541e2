# A program that fills the heap gets MemoryError; once it drops its data
# the heap is free again and the interpreter works normally. (Minnow's heap
# has a fixed size; CPython would take the machine's memory, hence the .exp.)
import gc

gc.collect()
start = gc.mem_free()


def recovered():
    gc.collect()
    return gc.mem_free() > start * 9 // 10


def workload():
    d = {i: str(i) for i in range(3000)}
    l = sorted(d.values())
    s = "-".join(l[:5])
    return len(d), s, sum(i * i for i in range(1000))


def fill(make):
    data = []
    try:
        while True:
            data.append(make(len(data)))
    except MemoryError:
        n = len(data)
    data = None
    return n > 0


print("lists", fill(lambda i: [i] * 100), recovered(), workload())
print("strings", fill(lambda i: "x" * 1000 + str(i)), recovered(), workload())
print("bytes", fill(lambda i: bytes(5000)), recovered(), workload())
print("dicts", fill(lambda i: {j: j for j in range(20)}), recovered(), workload())
print("ints", fill(lambda i: 10**50 + i), recovered(), workload())
print("floats", fill(lambda i: i + 0.5), recovered(), workload())
print("tuples", fill(lambda i: (i, i, i)), recovered(), workload())
print("objects", fill(lambda i: type("C", (), {})), recovered(), workload())


# One container growing until the heap is full.
def grow(step):
    x = step(None)
    try:
        while True:
            x = step(x)
    except MemoryError:
        pass
    return True


def list_append(x):
    if x is None:
        return []
    x.append(len(x))
    return x


def dict_set(x):
    if x is None:
        return {}
    x[len(x)] = None
    return x


def set_add(x):
    if x is None:
        return set()
    x.add(len(x))
    return x


def str_concat(x):
    return "" if x is None else x + "abcdefgh" * 100


def bigint_square(x):
    return 3 if x is None else x * x + 1


def bytearray_extend(x):
    if x is None:
        return bytearray()
    x.extend(b"z" * 1000)
    return x


for step in (list_append, dict_set, set_add, str_concat, bigint_square, bytearray_extend):
    print(step.__name__, grow(step), recovered(), workload())


# Running out inside nested calls, a generator, a class body, a comprehension.
def nested(n, keep):
    keep.append([0] * 1000)
    return nested(n + 1, keep) if n < 100000 else n


try:
    nested(0, [])
except (MemoryError, RecursionError) as e:
    print("nested", type(e).__name__ in ("MemoryError", "RecursionError"))
print("nested", recovered(), workload())


def gen():
    keep = []
    while True:
        keep.append("y" * 10000)
        yield len(keep)


try:
    for n in gen():
        pass
except MemoryError:
    print("generator MemoryError")
print("generator", recovered(), workload())

try:
    class Big:
        data = [[0] * 1000 for i in range(100000)]
except MemoryError:
    print("class body MemoryError")
print("class body", recovered(), workload())

try:
    big = [[j for j in range(1000)] for i in range(100000)]
except MemoryError:
    print("comprehension MemoryError")
big = None
print("comprehension", recovered(), workload())

# Errors raised while the heap is full still work, as do handlers.
keep = []
try:
    while True:
        keep.append([0] * 100)
except MemoryError:
    pass
try:
    try:
        {}["missing"]
    except KeyError:
        print("KeyError while full")
    try:
        raise ValueError("full")
    except ValueError:
        print("ValueError while full")
except MemoryError:
    print("MemoryError while full")
keep = None
print("after full", recovered(), workload())

try:
    raise MemoryError("mine")
except MemoryError as e:
    print("raised", e.args)
print("done")
