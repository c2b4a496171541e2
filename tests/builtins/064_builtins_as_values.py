# builtin functions are ordinary values
fs = [abs, len, str, repr, bool]
print([f("ab") if f in (len, str, repr, bool) else f(-1) for f in fs])
print(list(map(len, ["a", "bb"])), sorted([-3, 2], key=abs))
ops = {"max": max, "min": min, "sum": sum}
print({k: f([3, 1, 2]) for k, f in ops.items()})
print(abs.__name__, len.__name__)
