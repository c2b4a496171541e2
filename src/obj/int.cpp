// The int type: small ints (unboxed) and BigInts (heap), with Python's
// semantics for every operator. The digit arithmetic is util/bignum's; this
// file chooses sizes, allocates results and maps errors onto exceptions.
//
// Result discipline: an operation sizes its result with the kernel's bound
// function, computes into a small stack buffer when the bound is tiny and
// straight into a BigInt of that size otherwise, then finishes: a value that
// fits the small range becomes a small int (the BigInt is given back to the
// heap at once), a BigInt much larger than needed is shrunk in place. No
// temporaries are copied around; scratch space comes from the stack when it
// is small and from the heap (freed right after) when it is not.
//
// Size guard: every bound is checked before anything is computed, so
// 10 ** 10 ** 10 or 1 << 10 ** 12 fail fast with MemoryError or
// OverflowError instead of running for hours.
#include "obj/int.h"

#include <cmath>
#include <cstring>

#include "config.h"
#include "gc/heap.h"
#include "obj/float.h"
#include "obj/format.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "util/unicode.h"

namespace minnow {

using bignum::Digit;
using bignum::Int;

namespace {

constexpr unsigned kIntptrBits = sizeof(intptr) * 8;

// ---------------------------------------------------------------------------
// Allocation and results.

[[noreturn]] [[gnu::cold]] void raise_no_bigint() { raise_overflow_error("small int overflow"); }

BigInt* big_alloc(size_t n) {
  if constexpr (!cfg::bigint) raise_no_bigint();
  if (n == bignum::kTooBig || n > UINT32_MAX || n > (SIZE_MAX - sizeof(BigInt)) / sizeof(Digit))
    raise_memory_error();
  BigInt* b = static_cast<BigInt*>(gc::alloc(sizeof(BigInt) + n * sizeof(Digit), gc::kNoScan));
  b->type = &int_type;
  return b;
}

// If the view's value fits the small range, stores it in *out.
inline bool view_to_small(Int r, intptr* out) {
  uint64_t mag;
  if (r.n == 0) mag = 0;
  else if (r.n == 1) mag = r.d[0];
  else if (r.n == 2) mag = r.d[0] | (static_cast<uint64_t>(r.d[1]) << 32);
  else return false;
  uint64_t limit = static_cast<uint64_t>(Value::small_max) + (r.neg ? 1 : 0);
  if (mag > limit) return false;
  *out = r.neg ? -static_cast<intptr>(mag) : static_cast<intptr>(mag);
  return true;
}

inline size_t blocks_for(size_t digits) {
  return (sizeof(BigInt) + digits * sizeof(Digit) + cfg::gc_block - 1) / cfg::gc_block;
}

// Where an operation writes its result digits (see the file comment).
// Trivially destructible: a raise between get() and finish() only leaves
// garbage for the collector.
struct Result {
  static constexpr size_t kLocal = 6;
  Digit local[kLocal];
  BigInt* big = nullptr;
  size_t cap = 0;

  Digit* get(size_t n) {
    if (n <= kLocal) return local;
    if constexpr (!cfg::bigint) {
      // No BigInts: the digits go to a plain buffer, in case the value
      // turns out small after all (int.from_bytes(bytes(20), 'big')).
      if (n > SIZE_MAX / (2 * sizeof(Digit))) raise_memory_error();
      return static_cast<Digit*>(gc::alloc(n * sizeof(Digit), gc::kNoScan));
    }
    big = big_alloc(n);
    cap = n;
    return big->digits();
  }
  // r must be a view into the buffer get() returned.
  Value finish(Int r) {
    intptr s;
    if (view_to_small(r, &s)) {
      if (big) gc::free(big);
      return small(s);
    }
    if constexpr (!cfg::bigint) raise_no_bigint();
    if (!big) {
      big = big_alloc(r.n);
      memcpy(big->digits(), r.d, r.n * sizeof(Digit));
    } else if (blocks_for(r.n) < blocks_for(cap)) {
      big = static_cast<BigInt*>(gc::realloc(big, sizeof(BigInt) + r.n * sizeof(Digit)));
    }
    big->len = static_cast<uint32_t>(r.n);
    big->neg = r.neg;
    return from_ptr(big);
  }
};

// Temporary digits for a kernel: on the stack when few, else a heap buffer
// kept between operations (a GC root) so that a loop of big divisions does
// not allocate and clear its scratch space each time. The cached buffer is
// taken last, after every allocation that could raise, and given back
// before anything else runs, so it is never held across a raise (but for
// a KeyboardInterrupt from inside the kernel, which frees it first: see
// int_poll_interrupt).
constexpr size_t kScratchCacheMax = cfg::level >= MINNOW_LEVEL_FULL ? 16384 : 256;  // digits
Digit* scratch_cache = nullptr;
size_t scratch_cache_cap = 0;
bool scratch_cache_busy = false;

struct Scratch {
  static constexpr size_t kLocal = 32;
  Digit local[kLocal];
  Digit* heap = nullptr;
  bool cached = false;

  Digit* get(size_t n) {
    if (n <= kLocal) return local;
    if (n == bignum::kTooBig || n > SIZE_MAX / (2 * sizeof(Digit))) raise_memory_error();
    if (!scratch_cache_busy && n <= kScratchCacheMax) {
      if (n > scratch_cache_cap) {
        if (!scratch_cache) gc::add_roots(&scratch_cache, 1);
        size_t want = n < 256 ? 256 : n;
        Digit* p = static_cast<Digit*>(gc::alloc(want * sizeof(Digit), gc::kNoScan));
        if (scratch_cache) gc::free(scratch_cache);
        scratch_cache = p;
        scratch_cache_cap = want;
      }
      scratch_cache_busy = cached = true;
      return scratch_cache;
    }
    heap = static_cast<Digit*>(gc::alloc(n * sizeof(Digit), gc::kNoScan));
    return heap;
  }
  void release() {
    if (cached) scratch_cache_busy = cached = false;
    if (heap) gc::free(heap);
    heap = nullptr;
  }
};

}  // namespace

void int_poll_interrupt() {
  bool raising = port::interrupt_pending;
  if constexpr (cfg::step_budget) raising = raising || steps_left == 0;
  // The abandoned kernel may hold the scratch cache: nothing uses it after.
  if (raising) scratch_cache_busy = false;
  check_interrupt();
}

namespace {

// The digit view of any native int, and the small value if it is one.
struct Operand {
  Digit buf[bignum::kU64Digits];
  Int v;
  explicit Operand(Value x) : v(int_view(x, buf)) {}
};

inline intptr bool_value(Value v) { return v.as<BoolObj>()->value ? 1 : 0; }

// The value of a native int that is small or a bool.
inline bool small_or_bool(Value v, intptr* out) {
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  if (is_bool_obj(v)) {
    *out = bool_value(v);
    return true;
  }
  return false;
}

// Without cfg::bigint no BigInt exists: code after the small-int cases
// says so, which lets the compiler drop the BigInt branches and the linker
// leave the digit kernels out of minimal builds.
inline void no_bigints_past_here() {
  if constexpr (!cfg::bigint) __builtin_unreachable();
}

// Is |x| small enough to convert to a double exactly?
inline bool exact_in_double(intptr x) { return int64_t(x) >= -(int64_t(1) << 53) && int64_t(x) <= (int64_t(1) << 53); }

[[noreturn]] [[gnu::cold]] void raise_negative_shift() { raise_value_error("negative shift count"); }
[[noreturn]] [[gnu::cold]] void raise_too_many_digits() { raise_overflow_error("too many digits in integer"); }

// ---------------------------------------------------------------------------
// Operations on views.

Value big_mul(Int x, Int y) {
  if (x.n == 0 || y.n == 0) return small(0);
  Result r;
  Digit* d = r.get(x.n + y.n);
  Scratch s;
  Digit* sc = s.get(bignum::mag_mul_scratch(x.n, y.n));
  Int p = bignum::mul(d, x, y, sc);
  s.release();
  return r.finish(p);
}

// q and/or r (either may be null) of floor division.
void big_divmod(Int x, Int y, Value* q, Value* rem) {
  Result rq, rr;
  Digit* dq = q ? rq.get(bignum::divmod_q_size(x.n, y.n)) : nullptr;
  Digit* dr = rem ? rr.get(y.n) : nullptr;
  Scratch s;
  Digit* sc = s.get(bignum::divmod_scratch(x.n, y.n));
  bignum::DivMod res = bignum::divmod(dq, dr, x, y, sc);
  s.release();
  if (q) *q = rq.finish(res.q);
  if (rem) *rem = rr.finish(res.r);
}

Value big_shl(Int x, Int count) {
  if (count.neg) raise_negative_shift();
  if (x.n == 0) return small(0);
  uint64_t k;
  if (bignum::to_u64(count, &k) != bignum::Status::ok) raise_too_many_digits();
  size_t need = bignum::shl_size(x.n, k);
  if (need == bignum::kTooBig) raise_too_many_digits();
  Result r;
  return r.finish(bignum::shl(r.get(need), x, k));
}

Value big_shr(Int x, Int count) {
  if (count.neg) raise_negative_shift();
  uint64_t k;
  if (bignum::to_u64(count, &k) != bignum::Status::ok || k >= bignum::bit_length(x))
    return small(x.neg ? -1 : 0);
  Result r;
  return r.finish(bignum::shr(r.get(x.n + 1), x, k));
}

Value big_pow(Int x, Int e) {
  // e >= 0 here. The trivial bases never grow, whatever the exponent.
  if (e.n == 0) return small(1);
  if (x.n == 0) return small(0);
  if (x.n == 1 && x.d[0] == 1) return small(x.neg && (e.d[0] & 1) ? -1 : 1);
  if (e.n > 2) raise_memory_error();
  size_t need = bignum::pow_size(x, e);
  if (need == bignum::kTooBig) raise_memory_error();
  Result r;
  Digit* d = r.get(need);
  Scratch s;
  Digit* sc = s.get(bignum::pow_scratch(x, e));
  Int p = bignum::pow(d, x, e, sc);
  s.release();
  return r.finish(p);
}

// a ** b with b < 0: a float, as Python computes it.
Value int_pow_negative(Value a, Value b) {
#if MINNOW_FLOAT
  double x = int_to_double(a), y = int_to_double(b);
  Value r = float_pow(x, y);
  return r;  // a negative exponent never gives a complex result for an int base
#else
  (void)a;
  (void)b;
  raise_value_error("negative power with no float support");
#endif
}

Value cmp_result(BinOp op, int c) {
  switch (op) {
    case BinOp::Lt: return bool_(c < 0);
    case BinOp::Le: return bool_(c <= 0);
    case BinOp::Eq: return bool_(c == 0);
    case BinOp::Ne: return bool_(c != 0);
    case BinOp::Gt: return bool_(c > 0);
    default: return bool_(c >= 0);
  }
}

// The general path: at least one operand is a BigInt, or a small-int
// operation overflowed.
Value big_binary_op(BinOp op, Value a, Value b) {
  // Without big ints only an overflow gets here (and the digit arithmetic
  // is left out of the build).
  if constexpr (!cfg::bigint) raise_no_bigint();
  Operand oa(a), ob(b);
  Int x = oa.v, y = ob.v;
  switch (op) {
    case BinOp::Add: {
      Result r;
      return r.finish(bignum::add(r.get(bignum::add_size(x, y)), x, y));
    }
    case BinOp::Sub: {
      Result r;
      return r.finish(bignum::sub(r.get(bignum::add_size(x, y)), x, y));
    }
    case BinOp::Mul: return big_mul(x, y);
    case BinOp::FloorDiv: {
      if (y.n == 0) raise_zero_division("integer division or modulo by zero");
      Value q;
      big_divmod(x, y, &q, nullptr);
      return q;
    }
    case BinOp::Mod: {
      if (y.n == 0) raise_zero_division("integer modulo by zero");
      Value m;
      big_divmod(x, y, nullptr, &m);
      return m;
    }
    case BinOp::DivMod: {
      if (y.n == 0) raise_zero_division("integer division or modulo by zero");
      Value qr[2];
      big_divmod(x, y, &qr[0], &qr[1]);
      return tuple_new(2, qr);
    }
    case BinOp::TrueDiv: {
      if (y.n == 0) raise_zero_division("division by zero");
#if MINNOW_FLOAT
      Scratch s;
      double d;
      bignum::Status st = bignum::true_div(x, y, &d, s.get(bignum::true_div_scratch(x.n, y.n)));
      s.release();
      if (st != bignum::Status::ok) raise_overflow_error("integer division result too large for a float");
      return float_new(d);
#else
      raise_type_error("no float support");
#endif
    }
    case BinOp::Pow:
      if (y.neg) return int_pow_negative(a, b);
      return big_pow(x, y);
    case BinOp::LShift: return big_shl(x, y);
    case BinOp::RShift: return big_shr(x, y);
    case BinOp::And: {
      Result r;
      return r.finish(bignum::bit_and(r.get(bignum::bitwise_size(x, y)), x, y));
    }
    case BinOp::Or: {
      Result r;
      return r.finish(bignum::bit_or(r.get(bignum::bitwise_size(x, y)), x, y));
    }
    case BinOp::Xor: {
      Result r;
      return r.finish(bignum::bit_xor(r.get(bignum::bitwise_size(x, y)), x, y));
    }
    case BinOp::Lt: case BinOp::Le: case BinOp::Eq: case BinOp::Ne: case BinOp::Gt: case BinOp::Ge:
      return cmp_result(op, bignum::cmp(x, y));
    default: return Value::not_impl_slot();
  }
}

// x ** y for small x and 0 <= y; null when it overflows intptr.
Value small_pow(intptr x, intptr y) {
  intptr result = 1, base = x;
  for (;;) {
    if (y & 1) {
      if (__builtin_mul_overflow(result, base, &result)) return Value::null();
    }
    y >>= 1;
    if (!y) break;
    if (__builtin_mul_overflow(base, base, &base)) return Value::null();
  }
  return int_from(result);
}

// Both operands small (or bool): the common cases without digit arrays.
// Returns null to send the operation to the general path.
Value small_binary_op(BinOp op, intptr x, intptr y) {
  intptr r;
  switch (op) {
    case BinOp::Add:
      if (!__builtin_add_overflow(x, y, &r)) return int_from(r);
      return Value::null();
    case BinOp::Sub:
      if (!__builtin_sub_overflow(x, y, &r)) return int_from(r);
      return Value::null();
    case BinOp::Mul:
      if (!__builtin_mul_overflow(x, y, &r)) return int_from(r);
      return Value::null();
    case BinOp::FloorDiv: case BinOp::Mod: case BinOp::DivMod: {
      if (y == 0) {
        raise_zero_division(op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      }
      // Small ints are never INTPTR_MIN, so x / y cannot overflow.
      intptr q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        q--;
        m += y;
      }
      if (op == BinOp::FloorDiv) return int_from(q);
      if (op == BinOp::Mod) return small(m);
      Value qr[2] = {int_from(q), small(m)};
      return tuple_new(2, qr);
    }
    case BinOp::TrueDiv:
      if (y == 0) raise_zero_division("division by zero");
#if MINNOW_FLOAT
      if (exact_in_double(x) && exact_in_double(y))
        return float_new(static_cast<double>(x) / static_cast<double>(y));
      return Value::null();
#else
      raise_type_error("no float support");
#endif
    case BinOp::Pow:
      if (y < 0) return int_pow_negative(small(x), small(y));
      return small_pow(x, y);
    case BinOp::LShift:
      if (y < 0) raise_negative_shift();
      if (x == 0) return small(0);
      if (y < static_cast<intptr>(kIntptrBits) - 1) {
        r = static_cast<intptr>(static_cast<uintptr>(x) << y);
        if ((r >> y) == x) return int_from(r);
      }
      return Value::null();
    case BinOp::RShift:
      if (y < 0) raise_negative_shift();
      if (y >= static_cast<intptr>(kIntptrBits)) return small(x < 0 ? -1 : 0);
      return small(x >> y);
    case BinOp::And: return small(x & y);
    case BinOp::Or: return small(x | y);
    case BinOp::Xor: return small(x ^ y);
    case BinOp::Lt: return bool_(x < y);
    case BinOp::Le: return bool_(x <= y);
    case BinOp::Eq: return bool_(x == y);
    case BinOp::Ne: return bool_(x != y);
    case BinOp::Gt: return bool_(x > y);
    case BinOp::Ge: return bool_(x >= y);
    default: return Value::not_impl_slot();
  }
}

// An int operand against a float or complex one.
Value mixed_binary_op(BinOp op, Value a, Value b) {
#if MINNOW_FLOAT
  if (is_complex_obj(a) || is_complex_obj(b)) return complex_binary_op(op, a, b);
  if (is_float_obj(a) || is_float_obj(b)) return float_binary_op(op, a, b);
#else
  (void)op;
  (void)a;
  (void)b;
#endif
  return Value::not_impl_slot();
}

// ---------------------------------------------------------------------------
// Text.

inline bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Length of a whitespace character (ASCII or Unicode, as str.isspace()) at
// s[i..n), or 0.
size_t space_at(const char* s, size_t i, size_t n) {
  uint8_t c = static_cast<uint8_t>(s[i]);
  if (c < 0x80) return ascii_space(static_cast<char>(c)) || (c >= 0x1c && c <= 0x1f) ? 1 : 0;
  size_t len = utf8_seq_len(c);
  if (i + len > n) return 0;
  const char* p = s + i;
  uint32_t cp = utf8_next(&p);
  return unicode::is_space(cp) ? len : 0;
}

inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Digits (with single underscores between them) in base: the value, or null
// for bad text.
Value parse_digits(const char* s, size_t n, int base, bool neg) {
  if (n == 0) return Value::null();
  // Fast path: accumulate while the value fits an intptr.
  intptr acc = 0;
  bool prev_us = true;  // an '_' may not come first
  size_t i = 0;
  for (; i < n; i++) {
    char c = s[i];
    if (c == '_') {
      if (prev_us) return Value::null();
      prev_us = true;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return Value::null();
    prev_us = false;
    if (__builtin_mul_overflow(acc, static_cast<intptr>(base), &acc) || __builtin_add_overflow(acc, static_cast<intptr>(d), &acc))
      break;
  }
  if (i == n) {
    if (prev_us) return Value::null();
    return int_from(neg ? -acc : acc);
  }
  if constexpr (!cfg::bigint) raise_no_bigint();
  Result r;
  Int v;
  if (bignum::from_string(r.get(bignum::from_string_size(n, static_cast<unsigned>(base))), &v, s, n,
                          static_cast<unsigned>(base), true) != bignum::Status::ok) {
    return Value::null();
  }
  if (neg) v = bignum::negate(v);
  return r.finish(v);
}

void print_big(Printer* p, const BigInt* b) {
  Int x = b->view();
  size_t cap = bignum::to_string_size(x.n, 10);
  char local[160];
  char* buf = cap <= sizeof local ? local : static_cast<char*>(gc::alloc(cap, gc::kNoScan));
  Scratch s;
  size_t len = bignum::to_string(buf, x, 10, s.get(bignum::to_string_scratch(x.n, 10)));
  s.release();
  p->write(p, buf, len);
  if (buf != local) gc::free(buf);
}

}  // namespace

// ---------------------------------------------------------------------------
// Public helpers.

Int int_view(Value v, Digit buf[bignum::kU64Digits]) {
  if (v.is_small()) return bignum::from_i64(buf, v.small());
  if (is_bool_obj(v)) return bignum::from_i64(buf, bool_value(v));
  return v.as<BigInt>()->view();
}

Value int_from_view(Int a) {
  intptr s;
  if (view_to_small(a, &s)) return small(s);
  BigInt* b = big_alloc(a.n);
  memcpy(b->digits(), a.d, a.n * sizeof(Digit));
  b->len = static_cast<uint32_t>(a.n);
  b->neg = a.neg;
  return from_ptr(b);
}

Value int_from(intptr v) {
  if (Value::fits_small(v)) return small(v);
  return int_from_i64(v);
}

Value int_from_i64(int64_t v) {
  if (v >= Value::small_min && v <= Value::small_max) return small(static_cast<intptr>(v));
  Digit buf[bignum::kU64Digits];
  return int_from_view(bignum::from_i64(buf, v));
}

Value int_from_u64(uint64_t v) {
  if (v <= static_cast<uint64_t>(Value::small_max)) return small(static_cast<intptr>(v));
  Digit buf[bignum::kU64Digits];
  return int_from_view(bignum::from_u64(buf, v));
}

bool is_int(Value v) {
  if (v.is_small()) return true;
  if (!v.is_obj()) return false;
  const Type* t = v.obj()->type;
  if (t == &int_type || t == &bool_type) return true;
  return (t->flags & kTypeHeap) && is_subtype(t, &int_type);
}

// The native int of v (an int, bool or subclass instance), else TypeError.
static Value native_int(Value v) {
  if (v.is_small()) return v;
  if (!is_int(v)) raise_fmt(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
  return native_of(v, &int_type);
}

intptr int_to_intptr(Value v) {
  if (v.is_small()) return v.small();
  v = native_int(v);
  intptr s;
  if (small_or_bool(v, &s)) return s;
  no_bigints_past_here();
  Int x = v.as<BigInt>()->view();
  if (!bignum::fits_intptr(x)) raise_overflow_error("cannot fit 'int' into an index-sized integer");
  return bignum::to_intptr(x);
}

int64_t int_to_i64(Value v) {
  if (v.is_small()) return v.small();
  v = native_int(v);
  intptr s;
  if (small_or_bool(v, &s)) return s;
  no_bigints_past_here();
  int64_t out;
  if (bignum::to_i64(v.as<BigInt>()->view(), &out) != bignum::Status::ok)
    raise_overflow_error("Python int too large to convert to C long");
  return out;
}

int number_rank(Value v) {
  if (is_int_native(v)) return 0;
#if MINNOW_FLOAT
  if (is_float_obj(v)) return 1;
  if (is_complex_obj(v)) return 2;
#endif
  return 3;
}

Value number_op2(const BuiltinFn* b, Value self, Value other) {
  self = native_of(self, nullptr);
  other = native_of(other, nullptr);
  if (number_rank(other) > (b->max_args & 3)) return not_implemented();
  BinOp op = static_cast<BinOp>(b->min_args);
  Value r = b->max_args & 4 ? b->binary(op, other, self) : b->binary(op, self, other);
  return r.is_not_impl_slot() ? not_implemented() : r;
}

Value number_op1(const BuiltinFn* b, Value self) {
  Value r = b->unary(static_cast<UnaryOp>(b->min_args), native_of(self, nullptr));
  return r.is_not_impl_slot() ? not_implemented() : r;
}

int int_sign(Value i) {
  intptr s;
  if (small_or_bool(i, &s)) return (s > 0) - (s < 0);
  return i.as<BigInt>()->neg ? -1 : 1;
}

bool int_is_negative(Value i) { return int_sign(native_int(i)) < 0; }

// The numeric hash of a BigInt (see kHashBits).
static intptr big_hash(const BigInt* b) {
  if constexpr (kHashBits == 61) {
    return bignum::hash(b->view());
  } else {
    // Horner's rule on the digits from the top, modulo P.
    uint64_t h = 0;
    for (size_t i = b->len; i-- > 0;) h = ((h << 32) | b->digits()[i]) % kHashModulus;
    intptr r = static_cast<intptr>(h);
    if (b->neg) r = -r;
    return r == -1 ? -2 : r;
  }
}

intptr int_hash(Value v) {
  intptr s;
  if (small_or_bool(v, &s)) return int_hash_small(s);
  no_bigints_past_here();
  return big_hash(v.as<BigInt>());
}

#if MINNOW_FLOAT
double int_to_double(Value i) {
  intptr s;
  if (small_or_bool(i, &s)) return static_cast<double>(s);
  no_bigints_past_here();
  double d;
  if (bignum::to_double(i.as<BigInt>()->view(), &d) != bignum::Status::ok)
    raise_overflow_error("int too large to convert to float");
  return d;
}

int int_cmp_double(Value i, double d) {
  if (d == __builtin_inf()) return -1;
  if (d == -__builtin_inf()) return 1;
  intptr s;
  if (small_or_bool(i, &s) && exact_in_double(s)) {
    double x = static_cast<double>(s);
    return (x > d) - (x < d);
  }
  Operand o(i);
  int si = o.v.n == 0 ? 0 : o.v.neg ? -1 : 1;
  int sd = (d > 0) - (d < 0);
  if (si != sd) return si < sd ? -1 : 1;
  Digit buf[bignum::kDoubleDigits];
  Int t = bignum::from_double(buf, d);  // d truncated toward zero
  int c = bignum::cmp(o.v, t);
  if (c != 0) return c;
  double whole = std::trunc(d);
  return d > whole ? -1 : d < whole ? 1 : 0;
}

Value int_from_double(double d) {
  if (d != d) raise_value_error("cannot convert float NaN to integer");
  if (d == __builtin_inf() || d == -__builtin_inf()) raise_overflow_error("cannot convert float infinity to integer");
  constexpr double limit = static_cast<double>(Value::small_max) + 1.0;  // a power of two
  if (d > -limit && d < limit) return small(static_cast<intptr>(d));
  Result r;
  return r.finish(bignum::from_double(r.get(bignum::kDoubleDigits), d));
}
#endif

Value int_from_digits(const char* s, size_t n, int base) {
  Value v = parse_digits(s, n, base, false);
  if (v.is_null()) raise_value_error("invalid digit in integer literal");
  return v;
}

static Value int_parse_ascii(const char* s, size_t n, int base);

// int_parse for text with non-ASCII characters: Unicode decimal digits
// become ASCII ones (int('١٢') == 12); other characters are kept.
static Value int_parse_unicode(const char* s, size_t n, int base) {
  char local[64];
  char* buf = n <= sizeof local ? local : static_cast<char*>(gc::alloc(n, gc::kNoScan));
  size_t m = 0;
  const char* p = s;
  const char* end = s + n;
  while (p < end) {
    const char* q = p;
    if (static_cast<uint8_t>(*p) < 0x80 || p + utf8_seq_len(static_cast<uint8_t>(*p)) > end) {
      buf[m++] = *p++;
      continue;
    }
    int d = unicode::decimal_value(utf8_next(&p));
    if (d >= 0 && space_at(q, 0, static_cast<size_t>(p - q)) == 0) {
      buf[m++] = static_cast<char>('0' + d);
    } else {
      while (q < p) buf[m++] = *q++;
    }
  }
  return int_parse_ascii(buf, m, base);
}

Value int_parse(const char* s, size_t n, int base) {
  for (size_t k = 0; k < n; k++)
    if (static_cast<uint8_t>(s[k]) >= 0x80) return int_parse_unicode(s, n, base);
  return int_parse_ascii(s, n, base);
}

static Value int_parse_ascii(const char* s, size_t n, int base) {
  size_t i = 0, w;
  while (i < n && (w = space_at(s, i, n)) != 0) i += w;
  while (n > i) {
    // Trailing whitespace: step back over one character at a time.
    size_t j = n - 1;
    while (j > i && utf8_is_cont(static_cast<uint8_t>(s[j]))) j--;
    if (space_at(s, j, n) != n - j) break;
    n = j;
  }
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  s += i;
  n -= i;
  if (n >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      s += 2;
      n -= 2;
      if (n && s[0] == '_') {  // one '_' may follow the prefix
        s++;
        n--;
        if (n && s[0] == '_') return Value::null();
      }
      return n ? parse_digits(s, n, base, neg) : Value::null();
    }
  }
  if (base == 0) {
    // No prefix: decimal, and a leading zero allows only zeros ("00", "0_0").
    if (n && s[0] == '0') {
      for (size_t k = 0; k < n; k++)
        if (s[k] != '0' && s[k] != '_') return Value::null();
    }
    base = 10;
  }
  return parse_digits(s, n, base, neg);
}

Value int_gcd(Value a, Value b) {
  intptr x, y;
  if (small_or_bool(a, &x) && small_or_bool(b, &y)) {
    uintptr u = x < 0 ? static_cast<uintptr>(-x) : static_cast<uintptr>(x);
    uintptr v = y < 0 ? static_cast<uintptr>(-y) : static_cast<uintptr>(y);
    while (v) {
      uintptr t = u % v;
      u = v;
      v = t;
    }
    return int_from_u64(u);
  }
  no_bigints_past_here();
  Operand oa(a), ob(b);
  Result r;
  Digit* d = r.get(bignum::gcd_size(oa.v.n, ob.v.n));
  Scratch s;
  Int g = bignum::gcd(d, oa.v, ob.v, s.get(bignum::gcd_scratch(oa.v.n, ob.v.n)));
  s.release();
  return r.finish(g);
}

Value int_isqrt(Value n) {
  intptr x;
  if (small_or_bool(n, &x)) {
    uint64_t v = static_cast<uint64_t>(x);
    if (v < 2) return small(x);
    unsigned bits = 64 - static_cast<unsigned>(__builtin_clzll(v));
    uint64_t r = uint64_t(1) << ((bits + 1) / 2);  // >= sqrt(v)
    for (;;) {
      uint64_t y = (r + v / r) / 2;
      if (y >= r) break;
      r = y;
    }
    return int_from_u64(r);
  }
  no_bigints_past_here();
  // Newton's iteration from a power of two above the root: decreases to
  // floor(sqrt(n)) and stops there.
  Operand o(n);
  uint64_t bits = bignum::bit_length(o.v);
  Value r = big_binary_op(BinOp::LShift, small(1), int_from_u64((bits + 1) / 2));
  for (;;) {
    Value q = int_binary_op(BinOp::FloorDiv, n, r);
    Value y = int_binary_op(BinOp::RShift, int_binary_op(BinOp::Add, r, q), small(1));
    if (truthy(int_binary_op(BinOp::Ge, y, r))) return r;
    r = y;
  }
}

Value int_pow_mod(Value a, Value b, Value m) {
  a = native_int(a);
  b = native_int(b);
  m = native_int(m);
  if (int_sign(m) == 0) raise_value_error("pow() 3rd argument cannot be 0");
  intptr xa, xb, xm;
  if (small_or_bool(a, &xa) && small_or_bool(b, &xb) && small_or_bool(m, &xm) && xb >= 0 && xm > 0 &&
      static_cast<uint64_t>(xm) <= UINT32_MAX) {
    uint64_t mod = static_cast<uint64_t>(xm);
    intptr am = xa % xm;
    uint64_t base = static_cast<uint64_t>(am < 0 ? am + xm : am), acc = 1 % mod;
    for (uint64_t e = static_cast<uint64_t>(xb); e; e >>= 1) {
      if (e & 1) acc = acc * base % mod;
      base = base * base % mod;
    }
    return small(static_cast<intptr>(acc));
  }
  Operand oa(a), ob(b), om(m);
  Result r;
  Digit* d = r.get(om.v.n);
  Scratch s;
  Int out;
  bignum::Status st = bignum::pow_mod(d, &out, oa.v, ob.v, om.v, s.get(bignum::pow_mod_scratch(oa.v.n, om.v.n)));
  s.release();
  if (st == bignum::Status::not_invertible) raise_value_error("base is not invertible for the given modulus");
  return r.finish(out);
}

size_t int_to_digits(Value i, int base, char* buf, size_t bufsize) {
  i = native_int(i);
  intptr s;
  if (small_or_bool(i, &s)) {
    uintptr mag = s < 0 ? static_cast<uintptr>(0) - static_cast<uintptr>(s) : static_cast<uintptr>(s);
    char tmp[sizeof(uintptr) * 8];
    size_t n = 0;
    do {
      tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[mag % static_cast<unsigned>(base)];
      mag /= static_cast<unsigned>(base);
    } while (mag);
    if (n > bufsize) return n;
    for (size_t k = 0; k < n; k++) buf[k] = tmp[n - 1 - k];
    return n;
  }
  no_bigints_past_here();
  Int x = bignum::abs_of(i.as<BigInt>()->view());
  size_t cap = bignum::to_string_size(x.n, static_cast<unsigned>(base));
  if (cap > bufsize) return cap;
  Scratch sc;
  size_t n = bignum::to_string(buf, x, static_cast<unsigned>(base),
                               sc.get(bignum::to_string_scratch(x.n, static_cast<unsigned>(base))));
  sc.release();
  return n;
}

// ---------------------------------------------------------------------------
// Slots.

Value int_binary_op(BinOp op, Value a, Value b) {
  op = non_inplace(op);
  if (a.is_small() && b.is_small()) {
    Value r = small_binary_op(op, a.small(), b.small());
    if (!r.is_null()) return r;
    return big_binary_op(op, a, b);
  }
  if (!is_int_native(a) || !is_int_native(b)) return mixed_binary_op(op, a, b);
  intptr x, y;
  if (small_or_bool(a, &x) && small_or_bool(b, &y)) {
    Value r = small_binary_op(op, x, y);
    if (!r.is_null()) return r;
  }
  return big_binary_op(op, a, b);
}

Value int_unary_op(UnaryOp op, Value v) {
  intptr s;
  if (small_or_bool(v, &s)) {
    switch (op) {
      case UnaryOp::Bool: return bool_(s != 0);
      case UnaryOp::Hash: return small(int_hash_small(s));
      case UnaryOp::Neg: return int_from(-s);
      case UnaryOp::Pos: case UnaryOp::Int: return small(s);
      case UnaryOp::Invert: return small(~s);
      case UnaryOp::Abs: return int_from(s < 0 ? -s : s);
#if MINNOW_FLOAT
      case UnaryOp::Float: return float_new(static_cast<double>(s));
#endif
      default: return Value::not_impl_slot();
    }
  }
  no_bigints_past_here();
  const BigInt* b = v.as<BigInt>();
  switch (op) {
    case UnaryOp::Bool: return true_();
    case UnaryOp::Hash: return small(big_hash(b));
    case UnaryOp::Pos: case UnaryOp::Int: return v;
    case UnaryOp::Neg: case UnaryOp::Abs: {
      bool neg = op == UnaryOp::Neg ? !b->neg : false;
      if (neg == (b->neg != 0)) return v;
      Result r;
      Digit* d = r.get(b->len);
      memcpy(d, b->digits(), b->len * sizeof(Digit));
      return r.finish(Int{d, b->len, neg});
    }
    case UnaryOp::Invert: {
      Result r;
      return r.finish(bignum::bit_not(r.get(b->len + 1), b->view()));
    }
#if MINNOW_FLOAT
    case UnaryOp::Float: return float_new(int_to_double(v));
#endif
    default: return Value::not_impl_slot();
  }
}

static void int_print(Printer* p, Value v, bool) {
  if (v.is_small()) {
    print_int(p, v.small());
    return;
  }
  no_bigints_past_here();
  print_big(p, v.as<BigInt>());
}

// int(x): the conversion of one argument.
static Value int_of(Value x) {
  if (x.is_small() || is_bigint(x)) return x;
  if (is_bool_obj(x)) return small(bool_value(x));
#if MINNOW_FLOAT
  if (is_float_obj(x)) return int_from_double(float_of(x));
#endif
  const Str* s = as_str(x);
  if (s) {
    Value r = int_parse(s->data(), s->len, 10);
    if (r.is_null()) raise_fmt(&exc::ValueError, "invalid literal for int() with base 10: %r", x);
    return r;
  }
  const Type* t = type_of(x);
  if (t->flags & kTypeHeap) {
    static constexpr const Str* hooks[] = {QSTR(__int__), QSTR(__index__), QSTR(__trunc__)};
    for (const Str* name : hooks) {
      if (type_lookup(t, name).is_null()) continue;
      Value r = call_method(x, name, 0, nullptr);
      if (!is_int(r)) raise_fmt(&exc::TypeError, "%q returned non-int (type %s)", name, type_name(r));
      return index_value(r);  // a bool or an int subclass: its plain int
    }
    if (is_int(x)) return int_of(native_of(x, &int_type));
  }
  Buffer buf;
  if (get_buffer_maybe(x, &buf, false)) {
    Value r = int_parse(static_cast<const char*>(buf.data), buf.len, 10);
    if (r.is_null()) raise_fmt(&exc::ValueError, "invalid literal for int() with base 10: %r", x);
    return r;
  }
  return unary_op(UnaryOp::Int, x);
}

static Value int_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  if (n_args == 1 && n_kw == 0) return int_of(args[0]);
  static constexpr const Str* names[] = {QSTR(x), QSTR(base)};
  Value a[2];
  parse_args(QSTR(int), n_args, n_kw, args, names, 2, 0, a);
  if (a[0].is_null()) {
    if (!a[1].is_null()) raise_type_error("int() missing string argument");
    return small(0);
  }
  if (a[1].is_null()) return int_of(a[0]);
  intptr base = index_intptr(a[1]);
  if (base != 0 && (base < 2 || base > 36)) raise_value_error("int() base must be >= 2 and <= 36, or 0");
  const Str* s = as_str(a[0]);
  Value r;
  if (s) {
    r = int_parse(s->data(), s->len, static_cast<int>(base));
  } else {
    Buffer buf;
    if (!get_buffer_maybe(a[0], &buf, false) || is_int(a[0]))
      raise_type_error("int() can't convert non-string with explicit base");
    r = int_parse(static_cast<const char*>(buf.data), buf.len, static_cast<int>(base));
  }
  if (r.is_null())
    raise_fmt(&exc::ValueError, "invalid literal for int() with base %d: %r", static_cast<int>(base), a[0]);
  return r;
}

// ---------------------------------------------------------------------------
// Methods and attributes. `self` is always a native int or bool.

Value int_getattr(Value self, const Str* name) {
  if (name == QSTR(real) || name == QSTR(numerator)) return int_of(self);
  if (name == QSTR(imag)) return small(0);
  if (name == QSTR(denominator)) return small(1);
  return Value::null();
}

static Value int_bit_length(Value self) {
  intptr s;
  if (small_or_bool(self, &s)) {
    uint64_t m = s < 0 ? uint64_t(0) - static_cast<uint64_t>(s) : static_cast<uint64_t>(s);
    return small(m ? 64 - __builtin_clzll(m) : 0);
  }
  return int_from_u64(bignum::bit_length(self.as<BigInt>()->view()));
}

#if MINNOW_CPYTHON_EXTRA
static Value int_bit_count(Value self) {
  Operand o(self);
  return int_from_u64(bignum::bit_count(o.v));
}
#endif

static Value int_self(Value self) { return int_of(self); }

#if MINNOW_CPYTHON_EXTRA
static Value int_as_integer_ratio(Value self) {
  Value items[2] = {int_of(self), small(1)};
  return tuple_new(2, items);
}
#endif

static Value int_round(size_t n_args, const Value* args) {
  Value self = int_of(args[0]);
  if (n_args < 2 || is_none(args[1])) return self;
  Value nd = index_value(args[1]);
  if (int_sign(nd) >= 0) return self;
  // Round to a multiple of 10**-nd, ties to even.
  Value m = int_binary_op(BinOp::Pow, small(10), int_unary_op(UnaryOp::Neg, nd));
  Value qr = int_binary_op(BinOp::DivMod, self, m);
  Value q = qr.as<Tuple>()->items()[0], r = qr.as<Tuple>()->items()[1];
  Value twice = int_binary_op(BinOp::Add, r, r);
  int c = truthy(int_binary_op(BinOp::Gt, twice, m)) ? 1 : truthy(int_binary_op(BinOp::Eq, twice, m)) ? 0 : -1;
  if (c > 0 || (c == 0 && truthy(int_binary_op(BinOp::And, q, small(1))))) q = int_binary_op(BinOp::Add, q, small(1));
  return int_binary_op(BinOp::Mul, q, m);
}

// byteorder argument: true for 'little'.
static bool byteorder_little(Value v) {
  if (v.is_null()) return false;
  const Str* s = as_str(v);
  if (!s) raise_fmt(&exc::TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(v));
  if (str_equal(s, QSTR(little))) return true;
  if (str_equal(s, QSTR(big))) return false;
  raise_value_error("byteorder must be either 'little' or 'big'");
}

static Value int_to_bytes(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(self), QSTR(length), QSTR(byteorder), QSTR(signed)};
  if (n_args > 3) raise_fmt(&exc::TypeError, "to_bytes() takes at most 2 positional arguments (%z given)", n_args - 1);
  Value a[4];
  parse_args(QSTR(to_bytes), n_args, n_kw, args, names, 4, 1, a);
  Value self = native_int(a[0]);
  intptr len = a[1].is_null() ? 1 : index_intptr(a[1]);
  if (len < 0) raise_value_error("length argument must be non-negative");
  bool little = byteorder_little(a[2]);
  bool is_signed = !a[3].is_null() && truthy(a[3]);
  uint8_t* data;
  Value out = bytes_alloc(static_cast<size_t>(len), &data);
  Operand o(self);
  if (bignum::to_bytes(data, static_cast<size_t>(len), o.v, little, is_signed) != bignum::Status::ok) {
    if (o.v.neg && !is_signed) raise_overflow_error("can't convert negative int to unsigned");
    raise_overflow_error("int too big to convert");
  }
  return out;
}

static Value int_from_bytes(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(cls), QSTR(bytes), QSTR(byteorder), QSTR(signed)};
  if (n_args > 3) raise_fmt(&exc::TypeError, "from_bytes() takes at most 2 positional arguments (%z given)", n_args - 1);
  Value a[4];
  parse_args(QSTR(from_bytes), n_args, n_kw, args, names, 4, 2, a);
  Value data = a[1];
  Buffer buf;
  if (!get_buffer_maybe(data, &buf, false)) {
    data = call1(from_ptr(&bytes_type), data);
    get_buffer(data, &buf, false);
  }
  bool little = byteorder_little(a[2]);
  bool is_signed = !a[3].is_null() && truthy(a[3]);
  Result r;
  Value v = r.finish(bignum::from_bytes(r.get(bignum::from_bytes_size(buf.len)),
                                        static_cast<const uint8_t*>(buf.data), buf.len, little, is_signed));
  const Type* cls = a[0].as<Type>();
  if (cls != &int_type) return call1(a[0], v);
  return v;
}

static Value int_index(Value self) { return int_of(self); }
#if MINNOW_FLOAT
static Value int_float(Value self) { return float_new(int_to_double(self)); }
#endif

constexpr BuiltinFn int_bit_length_fn = make_fn1(QSTR(bit_length), int_bit_length);
constexpr BuiltinFn int_conjugate_fn = make_fn1(QSTR(conjugate), int_self);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn int_bit_count_fn = make_fn1(QSTR(bit_count), int_bit_count);
constexpr BuiltinFn int_as_integer_ratio_fn = make_fn1(QSTR(as_integer_ratio), int_as_integer_ratio);
#endif
constexpr BuiltinFn int_to_bytes_fn = make_fn_kw(QSTR(to_bytes), int_to_bytes);
constexpr BuiltinFn int_from_bytes_fn = make_fn_kw(QSTR(from_bytes), int_from_bytes);
constexpr StaticMethodObj int_from_bytes_cm = {&classmethod_type, &int_from_bytes_fn};
constexpr BuiltinFn int_round_fn = make_fn_var(QSTR(__round__), 1, 2, int_round);
constexpr BuiltinFn int_trunc_fn = make_fn1(QSTR(__trunc__), int_self);
constexpr BuiltinFn int_floor_fn = make_fn1(QSTR(__floor__), int_self);
constexpr BuiltinFn int_ceil_fn = make_fn1(QSTR(__ceil__), int_self);
constexpr BuiltinFn int_index_fn = make_fn1(QSTR(__index__), int_index);
constexpr BuiltinFn int_int_fn = make_fn1(QSTR(__int__), int_index);
#if MINNOW_FLOAT
constexpr BuiltinFn int_float_fn = make_fn1(QSTR(__float__), int_float);
#endif

// The operator methods cost a few KB of flash: full level only.
#if MINNOW_CPYTHON_EXTRA
#define X(name, op, refl) \
  constexpr BuiltinFn int##name##fn = make_number_dunder2(QSTR(name), int_binary_op, BinOp::op, refl, 0);
MINNOW_NUMBER_DUNDERS(X)
MINNOW_REAL_DUNDERS(X)
MINNOW_INT_DUNDERS(X)
#undef X
#define X(name, op) constexpr BuiltinFn int##name##fn = make_number_dunder1(QSTR(name), int_unary_op, UnaryOp::op);
MINNOW_NUMBER_UNARY_DUNDERS(X)
X(__invert__, Invert)
#undef X
#endif

constexpr MethodEntry int_locals_entries[] = {
    entry(QSTR(bit_length), &int_bit_length_fn),
    entry(QSTR(conjugate), &int_conjugate_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(bit_count), &int_bit_count_fn),
    entry(QSTR(as_integer_ratio), &int_as_integer_ratio_fn),
#endif
    entry(QSTR(to_bytes), &int_to_bytes_fn),
    entry(QSTR(from_bytes), &int_from_bytes_cm),
    entry(QSTR(__round__), &int_round_fn),
    entry(QSTR(__trunc__), &int_trunc_fn),
    entry(QSTR(__floor__), &int_floor_fn),
    entry(QSTR(__ceil__), &int_ceil_fn),
    entry(QSTR(__index__), &int_index_fn),
    entry(QSTR(__int__), &int_int_fn),
#if MINNOW_FLOAT
    entry(QSTR(__float__), &int_float_fn),
#endif
#if MINNOW_CPYTHON_EXTRA
#define X(name, ...) entry(QSTR(name), &int##name##fn),
    MINNOW_NUMBER_DUNDERS(X) MINNOW_REAL_DUNDERS(X) MINNOW_INT_DUNDERS(X)
    MINNOW_NUMBER_UNARY_DUNDERS(X) X(__invert__)
#undef X
#endif
};
constexpr Table int_locals = make_table(int_locals_entries);

constexpr TypeSlots int_slots = {
    int_make_new, int_print, nullptr, int_unary_op, int_binary_op,
    int_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type int_type = {
    &type_type, QSTR(int), kTypeBaseOK, &int_type, &object_type, &int_slots, &int_locals};

}  // namespace minnow
