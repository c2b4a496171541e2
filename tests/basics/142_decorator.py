# function decorators
def shout(fn):
    def wrapper(*args):
        return fn(*args).upper()
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("bob"))
calls = []
def log(fn):
    calls.append(fn.__name__)
    return fn
@log
def one():
    return 1
print(one(), calls)
