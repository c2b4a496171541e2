// int (and the pieces of it that bool, float, complex and math share).
//
// Representation
//   An int is a small int (unboxed in the Value, see obj/value.h) whenever
//   its value fits the small range; only values outside that range live in a
//   heap BigInt. So the form of an int is canonical: a BigInt never equals a
//   small int, and code may rely on that (equality, hashing, dict keys).
//   Without cfg::bigint there are no BigInts at all: results outside the
//   small range raise OverflowError.
//
//   A BigInt is allocated with gc::kNoScan (its only pointer is to the
//   constinit int_type) and holds a normalized magnitude of bignum digits
//   right after the header. It is immutable once anyone else can see it.
//
// Operands
//   Number slots receive natives: a small int, a BigInt, or a BoolObj (a bool
//   is the int 0 or 1 in arithmetic). int_view() spreads any of them into a
//   bignum::Int view for the kernels in util/bignum.h.
#pragma once
#include "util/bignum.h"
#include "vm/runtime.h"

namespace minnow {

struct BigInt {
  const Type* type;  // &int_type
  uint32_t len;      // digits in use; the top one is nonzero
  uint32_t neg;      // 1 when the value is negative
  bignum::Digit* digits() { return reinterpret_cast<bignum::Digit*>(this + 1); }
  const bignum::Digit* digits() const { return reinterpret_cast<const bignum::Digit*>(this + 1); }
  bignum::Int view() const { return bignum::Int{digits(), len, neg != 0}; }
};

inline bool is_bigint(Value v) { return v.is_obj() && v.obj()->type == &int_type; }
inline bool is_bool_obj(Value v) { return v.is_obj() && v.obj()->type == &bool_type; }
// A native int operand: small int, BigInt or bool (not a subclass instance).
inline bool is_int_native(Value v) { return v.is_small() || is_bigint(v) || is_bool_obj(v); }

// A view of the native int v (small, BigInt or bool); buf holds the digits
// of a small value and must outlive the view.
bignum::Int int_view(Value v, bignum::Digit buf[bignum::kU64Digits]);
// The int with the value of a view (copies the digits; small when it fits).
Value int_from_view(bignum::Int a);

// bignum::poll_hook (set by vm_init): a long big-int operation is a safe
// point for Ctrl-C (and the step budget).
void int_poll_interrupt();

// Python's numeric hash: a number's value modulo P = 2**kHashBits - 1 with
// its sign, -1 mapped to -2, so that equal ints, floats and complexes hash
// alike. On 64-bit hosts P = 2**61 - 1 as in CPython; on 32-bit ports it is
// 2**30 - 1 (CPython's 32-bit builds use 2**31 - 1) so that every numeric
// hash fits a small int.
inline constexpr int kHashBits = sizeof(intptr) == 8 ? 61 : 30;
inline constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;

// The hash of a small int.
inline intptr int_hash_small(intptr v) {
  constexpr int64_t m = static_cast<int64_t>(kHashModulus);
  int64_t w = v;
  if (w >= m || w <= -m) v = static_cast<intptr>(w % m);
  return v == -1 ? -2 : v;
}
// hash() of a native int.
intptr int_hash(Value v);

// The int i (native) as the nearest double, correctly rounded; raises
// OverflowError "int too large to convert to float" beyond the double range.
double int_to_double(Value i);
// -1, 0 or 1 as the native int i is <, ==, > the double d, compared exactly.
// d must not be nan.
int int_cmp_double(Value i, double d);
// int(d): truncates toward zero; OverflowError for infinities, ValueError
// for nan (Python's messages).
Value int_from_double(double d);

// The binary_op slot of int (and bool): handles int, bool, float and complex
// operands in either position and declines anything else.
Value int_binary_op(BinOp op, Value a, Value b);
// The unary_op and getattr slots of int (bool shares them).
Value int_unary_op(UnaryOp op, Value v);
Value int_getattr(Value self, const Str* name);
// Sign of a native int: -1, 0 or 1.
int int_sign(Value i);

// Parses Python int() text: surrounding whitespace, a sign, underscores
// between digits, and with base 0 a 0x/0o/0b prefix (or a 16/8/2 base with
// its matching prefix). base is 0 or 2..36. Returns Value::null() if the
// text is not a valid int of that base.
Value int_parse(const char* s, size_t n, int base);

// gcd(|a|, |b|) of two native ints.
Value int_gcd(Value a, Value b);
// The floor of the square root of a nonnegative native int.
Value int_isqrt(Value n);

// pow(a, b, m) for ints (also declared in vm/runtime.h).
Value int_pow_mod(Value a, Value b, Value m);

// ---------------------------------------------------------------------------
// Operator methods (x.__add__(y) and friends) of the number types, for
// Python code that calls them directly (super().__add__(y) in a subclass).
// Each forwards to the type's slot; a declined operation gives
// NotImplemented, as in CPython.

// Rank of a native number in the tower int < float < complex (3: other).
int number_rank(Value v);

// rank: of the method's own type; a wider operand gives NotImplemented
// ((1).__add__(1.5) is NotImplemented even though 1 + 1.5 works). The
// BuiltinFn keeps the operator in min_args and rank + 4 * reflected in
// max_args, so one function (number_op2) runs them all.
constexpr BuiltinFn make_number_dunder2(const Str* name, BinaryFn slot, BinOp op, bool reflected, int rank) {
  BuiltinFn b{&builtin_fn_type, name, FnKind::NumOp2, static_cast<uint8_t>(op),
              static_cast<uint8_t>(rank + (reflected ? 4 : 0)), {}};
  b.binary = slot;
  return b;
}
constexpr BuiltinFn make_number_dunder1(const Str* name, UnaryFn slot, UnaryOp op) {
  BuiltinFn b{&builtin_fn_type, name, FnKind::NumOp1, static_cast<uint8_t>(op), 0, {}};
  b.unary = slot;
  return b;
}

// X(name, BinOp, reflected) lists for the method tables: every number type
// has the first; int and float the second; int alone the third.
#define MINNOW_NUMBER_DUNDERS(X)                                                                  \
  X(__add__, Add, false) X(__radd__, Add, true) X(__sub__, Sub, false) X(__rsub__, Sub, true)     \
  X(__mul__, Mul, false) X(__rmul__, Mul, true) X(__truediv__, TrueDiv, false)                    \
  X(__rtruediv__, TrueDiv, true) X(__pow__, Pow, false) X(__rpow__, Pow, true)                    \
  X(__eq__, Eq, false) X(__ne__, Ne, false) X(__lt__, Lt, false) X(__le__, Le, false)             \
  X(__gt__, Gt, false) X(__ge__, Ge, false)
#define MINNOW_REAL_DUNDERS(X)                                                                    \
  X(__floordiv__, FloorDiv, false) X(__rfloordiv__, FloorDiv, true) X(__mod__, Mod, false)        \
  X(__rmod__, Mod, true) X(__divmod__, DivMod, false) X(__rdivmod__, DivMod, true)
#define MINNOW_INT_DUNDERS(X)                                                                     \
  X(__lshift__, LShift, false) X(__rlshift__, LShift, true) X(__rshift__, RShift, false)          \
  X(__rrshift__, RShift, true) X(__and__, And, false) X(__rand__, And, true) X(__or__, Or, false) \
  X(__ror__, Or, true) X(__xor__, Xor, false) X(__rxor__, Xor, true)
// X(name, UnaryOp): all number types; int adds __invert__.
#define MINNOW_NUMBER_UNARY_DUNDERS(X) \
  X(__neg__, Neg) X(__pos__, Pos) X(__abs__, Abs) X(__bool__, Bool) X(__hash__, Hash)

}  // namespace minnow
