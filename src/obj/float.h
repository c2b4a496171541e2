// float and complex: boxed doubles.
//
// A FloatObj or ComplexObj is allocated with gc::kNoScan (its only pointer is
// to a constinit type) and never changes after creation. constexpr ones may
// sit in flash (math.pi, cmath.infj...).
//
// Without cfg::float_ none of this is compiled: the types, math and cmath
// are left out and float literals are a compile error of the port.
#pragma once
#include "config.h"
#include "vm/runtime.h"

namespace minnow {

struct FloatObj {
  const Type* type;  // &float_type
  double value;
};

struct ComplexObj {
  const Type* type;  // &complex_type
  double re;
  double im;
};

inline bool is_float_obj(Value v) { return v.is_obj() && v.obj()->type == &float_type; }
inline bool is_complex_obj(Value v) { return v.is_obj() && v.obj()->type == &complex_type; }
inline double float_of(Value v) { return v.as<FloatObj>()->value; }

#if MINNOW_FLOAT

// Python's hash(float): equal to hash(int) for integral values, so that
// equal numbers are the same dict key. Infinities hash to +-314159; a nan
// hashes by the identity of its object (obj), as in CPython 3.10+.
intptr float_hash(double d, Value obj);

// If v is a native int, bool or float, stores its value as a double (ints
// correctly rounded, OverflowError when too large) and returns true.
bool number_to_double(Value v, double* out);

// x ** y with Python's float semantics. Returns Value::null() when the
// result is complex (negative base, fractional exponent); the caller makes
// the complex result. Raises ZeroDivisionError for 0.0 ** negative and
// OverflowError when a finite operation overflows.
Value float_pow(double x, double y);

// The binary_op slots: each handles int, bool, float and complex operands
// in either position and declines anything else.
Value float_binary_op(BinOp op, Value a, Value b);
Value complex_binary_op(BinOp op, Value a, Value b);

// Complex helpers shared with cmath.
struct Cplx {
  double re, im;
};
// If v is a native number (int, bool, float, complex), stores it as a
// complex and returns true.
bool number_to_complex(Value v, Cplx* out);
// The complex argument of cmath functions: numbers, __complex__, __float__,
// __index__; TypeError otherwise.
Cplx complex_arg(Value v);
Cplx complex_pow(Cplx a, Cplx b);  // raises ZeroDivisionError for 0 ** neg
// repr() of one part of a complex (Python's rule: no ".0" on integral parts).
size_t complex_part_repr(double d, char* buf);

#endif

}  // namespace minnow
