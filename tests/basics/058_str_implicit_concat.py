# adjacent literals are joined at compile time
s = "ab" "cd" 'ef'
print(s)
t = ("first "
     "second "
     "third")
print(t)
print(b"x" b"y")
print(r"\n" "\t|")
