# indexing strings
s = "python"
print(s[0], s[5], s[-1], s[-6])
try:
    s[6]
except IndexError:
    print("IndexError")
for i in range(len(s)):
    print(i, s[i])
