# @ and @= with __matmul__, __rmatmul__, __imatmul__
class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        n = len(self.rows)
        m = len(o.rows[0])
        k = len(o.rows)
        return Mat([[sum(self.rows[i][t] * o.rows[t][j] for t in range(k)) for j in range(m)] for i in range(n)])
    def __rmatmul__(self, o):
        return "rmatmul with " + str(o)
a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print((a @ b).rows)
c = a
c @= b
print(c.rows, a.rows)
print(5 @ a)
class InPlace:
    def __imatmul__(self, o):
        return "imatmul"
x = InPlace()
x @= 1
print(x)
