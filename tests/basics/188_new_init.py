# __new__ creates, __init__ initialises
class Single:
    _inst = None
    def __new__(cls, *args):
        print("new", args)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Other())
class Tagged(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = Tagged(1, 2)
print(t, len(t), type(t).__name__)
