# comparisons between strings
print("abc" == "abc", "abc" != "abd")
print("abc" < "abd", "ab" < "abc", "b" > "abc")
print("" < "a", "Z" < "a")
print("abc" <= "abc", "abc" >= "abd")
print("a" in "cat", "at" in "cat", "ta" in "cat", "" in "cat")
