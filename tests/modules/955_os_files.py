# os: directories, stat, rename, remove
import os
d = "_os_test_dir"
print(os.sep)
cwd = os.getcwd()
os.mkdir(d)
print(d in os.listdir(), d in os.listdir("."), d in os.listdir(b"."))
st = os.stat(d)
print(len(st), st[0] & 0xF000 == 0x4000)
os.chdir(d)
print(os.getcwd() == cwd + "/" + d, os.listdir())
with open("f.txt", "w") as f:
    f.write("12345")
print(os.stat("f.txt")[6], os.stat("f.txt")[0] & 0xF000 == 0x8000)
os.rename("f.txt", "g.txt")
print(os.listdir())
try:
    os.remove("f.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.mkdir("g.txt")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.stat("nope")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir("nope")
except OSError as e:
    print(type(e).__name__, e.errno)
os.unlink("g.txt")
os.chdir("..")
try:
    os.chdir("nope")
except OSError as e:
    print(type(e).__name__)
os.rmdir(d)
print(d in os.listdir())
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e)
