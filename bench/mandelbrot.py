# Float maths: escape-time Mandelbrot set over a small grid.
# Stresses float multiply/add/compare in a tight while loop.

def mandel(w, h, max_iter):
    inside = 0
    total_iter = 0
    for py in range(h):
        ci = 2.0 * py / h - 1.0
        for px in range(w):
            cr = 3.0 * px / w - 2.0
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            if k == max_iter:
                inside += 1
            total_iter += k
    return inside, total_iter


def main():
    inside, total = mandel(300, 200, 300)
    print(inside, total)


main()
