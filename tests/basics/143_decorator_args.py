# decorators that take arguments
def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def ping():
    return "ping"
print(ping())
def tag(name):
    return lambda f: lambda: "<%s>%s</%s>" % (name, f(), name)
@tag("b")
def text():
    return "bold"
print(text())
