# Mixed: a small JSON-like serializer, tokenizer and recursive-descent
# parser written in plain Python. Stresses character-at-a-time string
# indexing, slicing, dict/list construction, recursion and isinstance checks.

def dump(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, str):
        out.append('"')
        out.append(v.replace("\\", "\\\\").replace('"', '\\"'))
        out.append('"')
    elif isinstance(v, list):
        out.append("[")
        first = True
        for x in v:
            if not first:
                out.append(", ")
            first = False
            dump(x, out)
        out.append("]")
    elif isinstance(v, dict):
        out.append("{")
        first = True
        for k in v:
            if not first:
                out.append(", ")
            first = False
            dump(k, out)
            out.append(": ")
            dump(v[k], out)
        out.append("}")
    else:
        raise TypeError("cannot dump")


def to_text(v):
    out = []
    dump(v, out)
    return "".join(out)


DIGITS = "0123456789"
WS = " \t\r\n"


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in WS:
            i += 1
        elif c in "{}[]:,":
            toks.append((c, None))
            i += 1
        elif c == '"':
            i += 1
            buf = []
            while s[i] != '"':
                if s[i] == "\\":
                    i += 1
                buf.append(s[i])
                i += 1
            i += 1
            toks.append(("s", "".join(buf)))
        elif c == "-" or c in DIGITS:
            j = i + 1
            while j < n and s[j] in DIGITS:
                j += 1
            toks.append(("n", int(s[i:j])))
            i = j
        elif s.startswith("true", i):
            toks.append(("k", True))
            i += 4
        elif s.startswith("false", i):
            toks.append(("k", False))
            i += 5
        elif s.startswith("null", i):
            toks.append(("k", None))
            i += 4
        else:
            raise ValueError("bad char at %d" % i)
    return toks


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos][0]

    def take(self, kind):
        t = self.toks[self.pos]
        if t[0] != kind:
            raise ValueError("expected " + kind)
        self.pos += 1
        return t

    def value(self):
        kind, val = self.toks[self.pos]
        if kind == "{":
            return self.obj()
        if kind == "[":
            return self.arr()
        self.pos += 1
        return val

    def obj(self):
        self.take("{")
        d = {}
        if self.peek() == "}":
            self.pos += 1
            return d
        while True:
            key = self.take("s")[1]
            self.take(":")
            d[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
            else:
                self.take("}")
                return d

    def arr(self):
        self.take("[")
        lst = []
        if self.peek() == "]":
            self.pos += 1
            return lst
        while True:
            lst.append(self.value())
            if self.peek() == ",":
                self.pos += 1
            else:
                self.take("]")
                return lst


def make_doc(n):
    people = []
    for i in range(n):
        people.append({
            "id": i,
            "name": "user" + str(i),
            "active": i % 3 == 0,
            "score": (i * 37) % 1000 - 500,
            "tags": ["t" + str(i % 5), "q\"x", "back\\slash"],
            "manager": None if i % 4 else i // 4,
        })
    return {"count": n, "people": people, "meta": {"version": 3, "ok": True}}


def walk(v):
    # Structural checksum of a decoded value.
    if isinstance(v, dict):
        s = 1
        for k in v:
            s += len(k) + walk(v[k])
        return s
    if isinstance(v, list):
        s = 2
        for x in v:
            s += walk(x)
        return s
    if isinstance(v, str):
        return len(v)
    if v is True:
        return 3
    if v is False or v is None:
        return 5
    return v % 101


def main():
    doc = make_doc(300)
    total = 0
    for r in range(50):
        text = to_text(doc)
        back = Parser(tokenize(text)).value()
        w = walk(back)
        total += w + len(text)
        # Order-independent round-trip check (dict order is not relied on).
        again = to_text(back)
        if len(again) != len(text) or w != walk(doc):
            total = -1
            break
    print(total)


main()
