# + and * on strings
s = "ab" + "cd"
print(s)
print("ab" * 3)
print(3 * "-")
print("x" * 0 == "")
print("x" * -1 == "")
print(s + "" + s)
