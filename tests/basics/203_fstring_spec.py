# format specs in f-strings
x = 3.14159
n = 255
s = "hi"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:e}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:08b}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^6}")
print(f"{n:,}|{1234567:_}|{-n:+}|{n:+}")
width = 8
prec = 3
print(f"{x:{width}.{prec}f}|")
print(f"{12:5d}|{-12:05d}|{0.5:%}|{0.25:.0%}")
