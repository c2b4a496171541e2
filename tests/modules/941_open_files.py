# open(): text and binary files, modes, buffering, errors
import io
name = "_io_test_tmp.txt"
with open(name, "w") as f:
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
    print(f.write("héllo\n"), f.write("line2\nline3"))
    f.writelines(["\nx", "y"])
    print(f.tell())
print(f.closed)
f = open(name)
print(f.read(2), f.read(3), f.tell())
print(repr(f.readline()), f.readlines())
f.seek(0)
print(len(f.read()), f.read())
f.seek(0)
print([l for l in f])
f.close()
try:
    f.read()
except ValueError:
    print("ValueError")
f = open(name, "a")
f.write("Z")
f.close()
print(open(name).read().endswith("yZ"))
with open(name, "rb") as f:
    print(f.read(4), f.readline(), f.tell())
    f.seek(-2, 2)
    print(f.read())
    f.seek(1)
    ba = bytearray(3)
    print(f.readinto(ba), ba)
with open(name, "wb") as f:
    f.write(b"\x00\x01" * 3000)
    f.write(bytes(range(256)))
with open(name, "rb") as f:
    data = f.read()
    print(len(data), data[:4], data[-3:])
with open(name, "w") as f:
    f.write("0123456789")
with open(name, "r+") as f:
    f.write("abc")
    f.seek(0)
    print(repr(f.read(3)))
    f.seek(3)
    f.write("DEF")
    f.seek(0)
    print(repr(f.read(6)))
try:
    open("_does_not_exist.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    open(name, "x")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(name, "rw")
except ValueError:
    print("ValueError")
try:
    open(name, "rb", encoding="utf-8")
except ValueError:
    print("ValueError")
f = open(name, "w", encoding="utf-8")
f.write("x")
try:
    f.read()
except OSError:
    print("OSError")
f.close()
f = open(name, "r")
try:
    f.write("x")
except OSError:
    print("OSError")
f.close()
with open(name, "w") as f:
    try:
        f.write(b"x")
    except TypeError:
        print("TypeError")
with open(name, "wb") as f:
    try:
        f.write("x")
    except TypeError:
        print("TypeError")
with open(name, "w") as f:
    for i in range(2000):
        f.write("line %d\n" % i)
n = 0
with open(name) as f:
    for line in f:
        n += int(line.split()[1])
print(n)
import os
os.remove(name)
print(name in os.listdir())
