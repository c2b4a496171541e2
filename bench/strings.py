# String building: str.join over lists, += concatenation, %-formatting,
# str.format, slicing, split, replace, upper/lower and find.

def build_join(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    s = ",".join(parts)
    return len(s)


def build_concat(n):
    s = ""
    for i in range(n):
        s += "x" + str(i % 10)
    return len(s)


def formatting(n):
    total = 0
    for i in range(n):
        a = "%d:%s:%5.2f" % (i, "ab", i * 0.5)
        b = "{}-{}-{}".format(i, a, i * 2)
        total += len(a) + len(b)
    return total


def manipulate(n):
    text = "the quick brown fox jumps over the lazy dog "
    count = 0
    for i in range(n):
        words = text.split()
        up = text.upper()
        rep = up.replace("THE", "A")
        count += len(words) + len(rep) + rep.find("DOG")
        count += len(text[i % 10: 30])
        if text.startswith("the") and text.endswith(" "):
            count += 1
        count += len(" ".join(w[1:] + w[0] for w in words[:3]))
    return count


def main():
    a = 0
    for r in range(20):
        a += build_join(10000 + r)
    b = 0
    for r in range(20):
        b += build_concat(5000 + r)
    c = formatting(150000)
    d = manipulate(150000)
    print(a, b, c, d)


main()
