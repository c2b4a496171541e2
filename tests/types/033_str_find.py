# find, rfind, index, rindex, count
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("bye"))
print(s.rfind("hello"), s.rfind("o", 0, 8), s.find("o", -5))
print(s.index("world"), s.rindex("l"))
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
print(s.find(""), s.rfind(""))
try:
    s.index("zzz")
except ValueError:
    print("ValueError index")
try:
    s.rindex("zzz")
except ValueError:
    print("ValueError rindex")
