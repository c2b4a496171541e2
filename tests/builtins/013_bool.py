# bool() of many values
for v in (0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", b"", b"\x00", [], [0], (), (0,), {}, {0: 0},
          set(), range(0), range(1), None, ..., 10 ** 30):
    print(repr(v), bool(v))
print(bool())
