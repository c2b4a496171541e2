# custom exception classes
class MyError(Exception):
    pass
class Detailed(MyError):
    def __init__(self, what, code=0):
        super().__init__(what)
        self.what = what
        self.code = code
    def __str__(self):
        return "Detailed(%s, %d)" % (self.what, self.code)
for exc in (MyError("plain"), Detailed("disk", 5)):
    try:
        raise exc
    except MyError as e:
        print(type(e).__name__, e, e.args)
print(issubclass(Detailed, MyError), isinstance(Detailed("x"), Exception))
class WithRepr(Exception):
    def __repr__(self):
        return "custom repr"
print(repr(WithRepr()))
