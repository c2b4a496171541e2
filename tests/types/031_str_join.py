# str.join
print(",".join(["a", "b", "c"]))
print("".join(("x", "y")))
print("-".join("abc"))
print(" ".join([]))
print("+".join(str(i) for i in range(5)))
print(", ".join({"k1": 1, "k2": 2}))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
