# nested lists and dicts
data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]}
for u in data["users"]:
    print(u["name"], len(u["tags"]))
data["users"][1]["tags"].append("z")
print(data)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
