# comparing and sorting strings by code point
words = ["banana", "Banana", "apple", "Apple", "äpfel", "zebra", "", "a"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, reverse=True)[:3])
print("a" < "b" < "c", "abc" < "abd" < "abe", "Z" < "a" < "é")
print(min(words), max(words))
