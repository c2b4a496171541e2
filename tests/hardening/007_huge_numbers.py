# Numbers too big to build are refused at once (CPython tries, and takes
# minutes or hours, hence the .exp file), and conversions between str and
# int of hundreds of thousands of digits finish: Minnow has no
# int_max_str_digits limit (CPython 3.11 raises ValueError past 4300
# digits; MicroPython has no limit either).
def t(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(name, type(e).__name__)


t("10 ** 10**10", lambda: 10 ** (10**10))
t("2 ** 2**40", lambda: 2 ** (2**40))
t("(10**5000) ** 10**10", lambda: (10**5000) ** 10**10)
t("[0] * 2**31", lambda: len([0] * (2**31)))
t("round(15, -10**9)", lambda: round(15, -(10**9)))
t("int of 200000 nines", lambda: len(str(int("9" * 200000))))
t("str of 2**300000", lambda: len(str(2**300000)))
t("int of 5000 ones", lambda: int("1" * 5000) % 1000007)
t("int base 7", lambda: int("6" * 20000, 7) % 1000007)
t("hex of 2**10**5", lambda: len(hex(2**100000)))
t("format with commas", lambda: len("{:,}".format(10**20000)))
print("done")
