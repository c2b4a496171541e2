# functions as first-class values
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([abs, str, lambda x: x * 3], -4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](2, 3), ops["-"](2, 3))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda x: x + 1, abs)(-5))
print(f"{apply_all.__name__}")
