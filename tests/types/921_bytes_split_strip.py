# bytes split, rsplit, splitlines, strip, partition
print(b" a  b\tc\n".split(), b" a  b ".split(None, 1), b" a  b ".rsplit(None, 1))
print(b"a b c".split(maxsplit=1), b"a b c".rsplit(maxsplit=0), b"   ".split(), b"".split())
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 2), b"a,b,,c".rsplit(b",", 2))
print(b"a::b::c".split(b"::"), b"a::b::c".rsplit(sep=b"::", maxsplit=1), b"".split(b","))
print(b"abc".split(b"abc"), b"xabcx".split(bytearray(b"abc")), b"a,b".split(b",", -1))
try:
    b"abc".split(b"")
except ValueError:
    print("ValueError")
print(bytearray(b"a b").split(), bytearray(b"a,b").rsplit(b","))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\n\nl2\n".splitlines(True), b"".splitlines())
print(b"x\r\n".splitlines(keepends=True), bytearray(b"p\nq").splitlines())
print(b" \t\n\x0b\x0cab \r".strip(), b"  ab  ".lstrip(), b"  ab  ".rstrip())
print(b"xyabyx".strip(b"xy"), b"xyabyx".lstrip(b"y"), b"xyabyx".rstrip(b"xy"), b"ab".strip(b""))
print(b"abc".strip(None), bytearray(b"--a--").strip(b"-"), b"aaa".strip(b"a"))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"="), b"abc".rpartition(b"="))
print(bytearray(b"k:v").partition(b":"), b"abc".partition(bytearray(b"b")))
try:
    b"abc".partition(b"")
except ValueError:
    print("ValueError")
