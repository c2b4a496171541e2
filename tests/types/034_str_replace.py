# str.replace
print("aaa".replace("a", "b"))
print("aaa".replace("a", "b", 2))
print("hello".replace("l", ""))
print("abc".replace("", "-"))
print("abcabc".replace("bc", "XYZ"))
print("none".replace("x", "y"))
print("aaa".replace("a", "b", 0))
print("ééé".replace("é", "e", 1))
