# close() raises GeneratorExit in the generator
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
it.close()
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = bad()
next(it)
try:
    it.close()
except RuntimeError:
    print("RuntimeError")
def never_started():
    print("not printed")
    yield
never_started().close()
print("closed fresh")
