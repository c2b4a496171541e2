# simple if statements
x = 5
if x > 3:
    print("big")
if x > 10:
    print("huge")
if x:
    print("truthy")
if 0:
    print("no")
if "":
    print("no")
if "a":
    print("non-empty string")
if None:
    print("no")
if []:
    print("no")
if [0]:
    print("non-empty list")
