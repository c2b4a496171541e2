# underscores in numeric literals
print(1_000_000)
print(0x_ff_ff)
print(0b_1010_1010)
print(0o_7_7)
print(1_0.5_0)
print(1e1_0)
print(123_456_789_012_345_678_901)
