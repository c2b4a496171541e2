# __exit__ sees exceptions and may suppress them
class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        if typ is None:
            print("clean exit")
            return False
        print("exit with", typ.__name__, val)
        return issubclass(typ, self.kind)
with Suppress(KeyError):
    raise KeyError("suppressed")
print("after suppressed")
try:
    with Suppress(KeyError):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
with Suppress(Exception):
    pass
class Enter:
    def __enter__(self):
        raise RuntimeError("in enter")
    def __exit__(self, *a):
        print("not called")
try:
    with Enter():
        print("not run")
except RuntimeError as e:
    print(e)
