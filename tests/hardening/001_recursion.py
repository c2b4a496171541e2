# Recursion in Python code raises RecursionError (a RuntimeError) and the
# program carries on normally afterwards.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError", isinstance(e, RuntimeError))

print(sum(range(10)))


# Caught deep inside: the frames unwind and the caller sees a value.
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(0) > 50)


# Mutual recursion through methods and special methods.
class A:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return self + other

    def __len__(self):
        return len(self)

    def __repr__(self):
        return repr(self)

    def __eq__(self, other):
        return self == other

    def __hash__(self):
        return hash(self)

    def __getattr__(self, name):
        return getattr(self, name)

    def __iter__(self):
        return iter(self)

    def __bool__(self):
        return bool(self)

a = A(1)
for name, f in [("add", lambda: a + a), ("len", lambda: len(a)), ("repr", lambda: repr(a)),
                ("eq", lambda: a == a), ("hash", lambda: hash(a)), ("getattr", lambda: a.missing),
                ("iter", lambda: iter(a)), ("bool", lambda: bool(a)), ("str", lambda: str(a)),
                ("format", lambda: "%s" % a)]:
    try:
        f()
        print(name, "no error")
    except RecursionError:
        print(name, "RecursionError")


# Recursion through a class body, a decorator, a comprehension, a generator.
def make_class(n):
    class C:
        x = make_class(n + 1)
    return C

try:
    make_class(0)
except RecursionError:
    print("class body RecursionError")


def gen(n):
    yield from gen(n + 1)

try:
    list(gen(0))
except RecursionError:
    print("generator RecursionError")


def comp(n):
    return [comp(n + 1) for _ in range(1)]

try:
    comp(0)
except RecursionError:
    print("comprehension RecursionError")


# Recursion inside an exception handler and in finally.
def in_handler(n):
    try:
        raise ValueError(n)
    except ValueError:
        return in_handler(n + 1)

try:
    in_handler(0)
except RecursionError:
    print("handler RecursionError")


def in_finally(n):
    try:
        pass
    finally:
        return in_finally(n + 1)

try:
    in_finally(0)
except RecursionError:
    print("finally RecursionError")

# The interpreter still works after all of that.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20))
print([x * x for x in range(5)], "done")
