# building strings in loops
out = ""
for i in range(5):
    out += str(i) * i
print(out)
parts = []
for w in ["a", "bb", "ccc"]:
    parts.append(w.upper() + str(len(w)))
print(",".join(parts))
table = ""
for r in range(1, 4):
    table += " ".join("%2d" % (r * c) for c in range(1, 4)) + "\n"
print(table, end="")
