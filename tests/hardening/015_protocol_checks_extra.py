# hardening/013's checks on CPython extras MicroPython leaves out:
# with_traceback, function __defaults__/__kwdefaults__/__code__/__closure__
# assignment and sys.setrecursionlimit.
try:
    ValueError().with_traceback
except AttributeError:
    print("SKIP")
    raise SystemExit


def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__)


e = ValueError()
t("with_traceback(5)", lambda: e.with_traceback(5))
t("with_traceback(None)", lambda: e.with_traceback(None) is e)
try:
    raise KeyError
except KeyError as k:
    print("traceback kept", e.with_traceback(k.__traceback__) is e, e.__traceback__ is k.__traceback__)


# Function attributes that a call trusts keep their types, and __code__
# assignment takes effect (it was stored aside and ignored).
def f(a, b=2):
    return a + b


def kw(*, c=1):
    return c


t("__defaults__ = 5", lambda: setattr(f, "__defaults__", 5))
t("call after", lambda: f(1))
t("__defaults__ = (10,)", lambda: setattr(f, "__defaults__", (10,)) or f(1))
t("__defaults__ = None", lambda: setattr(f, "__defaults__", None) or f(1))
t("__kwdefaults__ = 5", lambda: setattr(kw, "__kwdefaults__", 5))
t("__kwdefaults__ = {'c': 7}", lambda: setattr(kw, "__kwdefaults__", {"c": 7}) or kw())
t("__code__ = 5", lambda: setattr(f, "__code__", 5))
t("__code__ = other", lambda: setattr(f, "__code__", (lambda a, b: a * b).__code__) or f(3, 4))


def outer():
    x = 1

    def inner():
        return x

    return inner


t("__code__ with free vars", lambda: setattr(f, "__code__", outer().__code__))
t("__closure__ =", lambda: setattr(outer(), "__closure__", None))



# A recursion limit below the current depth is refused (or no call could
# be made any more).
import sys

old = sys.getrecursionlimit()
t("setrecursionlimit(1)", lambda: sys.setrecursionlimit(1))
t("setrecursionlimit(0)", lambda: sys.setrecursionlimit(0))
print(sys.getrecursionlimit() == old)


# The plain reads of the other extras of functions, cells, generators,
# tracebacks and sys.
def g(a, b=2, *, c=3):
    y = a

    def h():
        return y

    return h


h = g(1)
print(g.__defaults__, g.__kwdefaults__, g.__closure__, h.__closure__[0].cell_contents, g.__annotations__)


def gen2():
    yield 1


it = gen2()
print(it.gi_running, it.gi_frame is not None, next(it), list(it), it.gi_frame)
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
    print(type(tb.tb_lineno).__name__, tb.tb_next)
s = "".join(["inter", "ned"])
print(sys.intern(s) == "interned", sys.intern(s) is sys.intern("interned"))
print(IOError is OSError, EnvironmentError is OSError)
