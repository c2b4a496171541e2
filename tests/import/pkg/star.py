# pkg.star: used with from-import * through a package path
__all__ = ["star_a"]
star_a = "a"
star_b = "b"
