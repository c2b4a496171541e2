# int(str, base)
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("10", 3))
print(int("123456789012345678901234567890", 10))
print(int("-ffffffffffffffffffff", 16))
for bad in ("12a", "", " ", "0x", "1.5", "--1"):
    try:
        int(bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    int("9", 8)
except ValueError:
    print("ValueError base 8")
