# helper: raises while being imported
print("importing _raises")
attempts = 1
raise ValueError("module failed")
