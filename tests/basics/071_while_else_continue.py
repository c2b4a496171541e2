# continue in while-else still reaches else
i = 0
out = []
while i < 6:
    i += 1
    if i % 2:
        continue
    out.append(i)
else:
    out.append("else")
print(out)
for word in ["alpha", "beta"]:
    for ch in word:
        if ch == "z":
            break
    else:
        print("no z in", word)
        continue
    print("never")
