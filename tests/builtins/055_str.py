# str() constructor
print(str(), str(1), str(1.5), str([1]), str(None), str(True), str("s"), str(b"b"))
print(str(b"abc", "utf-8"), str(bytearray(b"xy"), "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
class S:
    def __str__(self):
        return "custom str"
print(str(S()))
class NoStr:
    def __repr__(self):
        return "from repr"
print(str(NoStr()))
