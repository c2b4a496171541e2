# case conversion
s = "hello World 123"
print(s.upper(), s.lower(), s.swapcase())
print(s.capitalize(), "HELLO".capitalize(), "".capitalize())
print(s.title(), "they're bill's".title())
print("mIxEd 9 Case!".swapcase(), "a-b_c d".title())
