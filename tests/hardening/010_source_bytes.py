# Source text with NUL bytes or invalid UTF-8 is a SyntaxError, whether it
# comes from compile(), exec(), eval() or a module file.
cases = [
    ("nul in str", "x = 1\0"),
    ("nul in bytes", b"x = 1\0"),
    ("nul on its own line", b"x = 1\n\0\n"),
    ("nul in a string literal", b"x = '\0'"),
    ("nul in a comment", b"# \0\nx = 1"),
    ("bad start byte", b"x = \xff\n"),
    ("bad continuation", b'x = "\xc3\x28"\n'),
    ("beyond U+10FFFF", b'x = "\xf4\x90\x80\x80"'),
    ("lone continuation", b"\x80"),
    ("truncated sequence", b'x = "\xe2\x82"'),
    ("overlong encoding", b'x = "\xc0\xaf"'),
    ("bad byte in a name", b"a\xffb = 1"),
    ("bad byte at the end", b"x = 1\n\xe2"),
    ("good utf-8", b'x = "\xc3\xa9\xe2\x82\xac"'),
    ("utf-8 bom", b"\xef\xbb\xbfx = 1\n"),
]
for name, src in cases:
    for how in ("exec", "compile"):
        try:
            if how == "exec":
                exec(src, {})
            else:
                compile(src, "<src>", "exec")
            print(name, how, "ok")
        except SyntaxError:
            print(name, how, "SyntaxError")

for mod in ("_nul_source", "_bad_utf8_source"):
    try:
        __import__(mod)
        print(mod, "imported")
    except SyntaxError:
        print(mod, "SyntaxError")
print(eval(b"1 + 2"), eval("'\\x00'") == chr(0))
