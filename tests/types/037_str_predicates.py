# is* predicates
tests = ["abc", "ABC", "Abc", "123", "a1", "", " \t\n", "Title Case", "x_y", "_9", "9_"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isspace(), t.isupper(), t.islower())
