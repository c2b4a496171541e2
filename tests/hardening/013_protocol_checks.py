# Special methods and attributes given odd values: the checks CPython makes
# (TypeError, RuntimeError...) and the right result otherwise, never a
# crash, a hang or a silently wrong answer.
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__)


# __call__ that is not a function is not bound: called as it is.
class F:
    def __call__(self, *a, **k):
        return ("F", len(a), sorted(k))


class G:
    pass


G.__call__ = F()


class H:
    pass


H.__call__ = G()
t("callable instance chain", lambda: H()(1, 2, x=3))


class S:
    __call__ = staticmethod(lambda *a: a)


class CM:
    __call__ = classmethod(lambda *a: len(a))


class D:
    def __get__(self, obj, typ):
        return lambda *a: ("bound by __get__", a)


class WithD:
    __call__ = D()


t("staticmethod __call__", lambda: S()(1))
t("classmethod __call__", lambda: CM()(1))
t("descriptor __call__", lambda: WithD()(1))


class Loop:
    pass


Loop.__call__ = Loop()  # never ends: RecursionError (it was a hang)
t("__call__ loop", lambda: Loop()(1))


class NotCallable:
    __call__ = 5


t("__call__ = 5", lambda: NotCallable()())

# Exception attributes keep their types.
e = ValueError()
t("__context__ = 1", lambda: setattr(e, "__context__", 1))
t("__traceback__ = 1", lambda: setattr(e, "__traceback__", 1))
t("__cause__ = 1", lambda: setattr(e, "__cause__", 1))
t("__context__ = KeyError()", lambda: setattr(e, "__context__", KeyError()))
t("__traceback__ = None", lambda: setattr(e, "__traceback__", None))
try:
    raise KeyError
except KeyError as k:
    e.__traceback__ = k.__traceback__
    print("traceback kept", e.__traceback__ is k.__traceback__)


# __index__ and __len__ returning a bool or an int subclass.
class IndexTrue:
    def __index__(self):
        return True


class MyInt(int):
    pass


class IndexSub:
    def __index__(self):
        return MyInt(2)


class LenTrue:
    def __len__(self):
        return True


t("list[True index]", lambda: [10, 20][IndexTrue()])
t("range[int subclass index]", lambda: range(10)[IndexSub()])
t("str[True index]", lambda: "ab"[IndexTrue()])
t("hex(True index)", lambda: hex(IndexTrue()))
t("len True", lambda: len(LenTrue()))


class IntTrue:
    def __int__(self):
        return True


t("int(__int__ True)", lambda: (int(IntTrue()), type(int(IntTrue())).__name__))
t("bool(len True)", lambda: bool(LenTrue()))

# Slice bounds whose __index__ changes the list: the length is read after.
L = []


class Clear:
    def __index__(self):
        L.clear()
        return 1


L[:] = range(10)
t("slice load, list cleared", lambda: L[Clear():8:Clear()])
L[:] = range(10)
t("slice load step 1, list cleared", lambda: L[Clear():8])
L[:] = range(10)
t("slice del, list cleared", lambda: L.__delitem__(slice(Clear(), None, Clear())))
L[:] = range(10)
t("slice store, list cleared", lambda: L.__setitem__(slice(Clear(), 3), [7, 8]) or L)
B = bytearray(b"0123456789")


class ClearB:
    def __index__(self):
        B.clear()
        return 1


t("bytearray slice, cleared", lambda: B[ClearB():8:2])

# A deque changed while it is compared.
from collections import deque


class Grow:
    def __eq__(self, other):
        for i in range(100):
            a.append(i)
        return True


a = deque([Grow(), Grow(), 1])
b = deque([Grow(), Grow(), 1])
t("deque == while growing", lambda: a == b)


class Shrink:
    def __eq__(self, other):
        a.clear()
        return True


a = deque([Shrink(), Shrink(), 1])
b = deque([Shrink(), Shrink(), 1])
t("deque < while cleared", lambda: a < b)


# __class__ and __dict__ assignment do what they say.
class A:
    def who(self):
        return "A"


class B2(A):
    def who(self):
        return "B"


class Other:
    pass


x = A()
x.__class__ = B2
t("after __class__ =", lambda: (type(x).__name__, x.who(), isinstance(x, B2), "__class__" in x.__dict__))
t("__class__ = int", lambda: setattr(x, "__class__", int))
t("__class__ = 5", lambda: setattr(x, "__class__", 5))
t("del __class__", lambda: delattr(x, "__class__"))
x.__dict__ = {"q": 5}
t("after __dict__ =", lambda: (x.q, x.__dict__))
t("__dict__ = 5", lambda: setattr(x, "__dict__", 5))


class L1(list):
    pass


class L2(list):
    pass


y = L1([1])
y.__class__ = L2
t("list subclass __class__", lambda: (type(y).__name__, y))
t("list subclass to plain class", lambda: setattr(y, "__class__", A))


class E1(Exception):
    pass


class E2(Exception):
    pass


z = E1(1)
z.__class__ = E2
t("exception __class__", lambda: repr(z))
t("class __name__ = 5", lambda: setattr(A, "__name__", 5))
A.__name__ = "Renamed"
t("class __name__ =", lambda: A.__name__)

# A builtin type's own methods are reached as such.
t("(5).__repr__()", lambda: (5).__repr__())
t("[1].__repr__()", lambda: [1].__repr__())
t("None.__repr__()", lambda: None.__repr__())
t("True.__repr__()", lambda: True.__repr__())
t("{1: 2}.__repr__()", lambda: {1: 2}.__repr__())
t("b'x'.__str__()", lambda: b"x".__str__())
t("ValueError(1).__repr__()", lambda: ValueError(1).__repr__())
t("range(3).__repr__()", lambda: range(3).__repr__())


class LR(list):
    def __repr__(self):
        return "LR" + super().__repr__()


t("super().__repr__() of a list", lambda: repr(LR([1])))

# exec and eval of a generator's code make a generator, and leave the
# handler state alone.
def gen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1


try:
    raise KeyError("outer")
except KeyError:
    t("eval generator code", lambda: type(eval(gen.__code__, {})).__name__)
    t("exec generator code", lambda: exec(gen.__code__, {}))
    try:
        raise
    except Exception as e:
        print("re-raised", repr(e))

import sys

# None in sys.modules blocks an import.
sys.modules["_blocked_module"] = None
try:
    import _blocked_module

    print("imported", _blocked_module)
except ImportError:
    print("ImportError")
try:
    from _blocked_module import x
except ImportError:
    print("ImportError")
del sys.modules["_blocked_module"]
print("done")
