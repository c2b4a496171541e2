# and/or return one of their operands and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default")
print(None and 1)
print([] or {} or 0)
def t(v):
    print("t", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(2) and t(3))
