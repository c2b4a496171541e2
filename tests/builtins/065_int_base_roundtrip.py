# numeric builtins combined: bin/hex/oct of computed values and int() back
for v in (7, 100, 2 ** 33, -17):
    assert int(bin(v), 0) == v and int(hex(v), 0) == v and int(oct(v), 0) == v
    print(v, bin(v)[2:] if v > 0 else bin(v)[3:], len(hex(v)))
print(int("0b" + "1" * 70, 0) == 2 ** 70 - 1)
