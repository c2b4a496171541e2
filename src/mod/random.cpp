// The random module: MicroPython's set (getrandbits, seed, randrange,
// randint, choice, random, uniform) plus shuffle with MINNOW_CPYTHON_EXTRA.
//
// The generator is xoshiro128** (Blackman and Vigna): four 32-bit words of
// state and only 32-bit shifts, rotates and multiplies, cheap on a
// Cortex-M0. Sequences are not CPython's (its generator is the Mersenne
// Twister); only the distributions match. The state is seeded from the
// port's microsecond ticks on first use, or by seed().
#include "config.h"
#include "obj/list.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

namespace {

struct RngState {
  uint32_t s[4];
  bool seeded;
};
RngState rng;

inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

// A 32-bit integer hash finaliser: spreads every input bit over the output.
uint32_t mix32(uint32_t z) {
  z = (z ^ (z >> 16)) * 0x85EBCA6Bu;
  z = (z ^ (z >> 13)) * 0xC2B2AE35u;
  return z ^ (z >> 16);
}

void seed_from(uint64_t v) {
  uint32_t acc = static_cast<uint32_t>(v) ^ mix32(static_cast<uint32_t>(v >> 32) + 0x7F4A7C15u);
  for (int i = 0; i < 4; i++) {
    acc += 0x9E3779B9u;
    rng.s[i] = mix32(acc);
  }
  // The all-zero state is the one fixed point of the generator.
  if ((rng.s[0] | rng.s[1] | rng.s[2] | rng.s[3]) == 0) rng.s[0] = 1;
  rng.seeded = true;
}

uint32_t next32() {
  if (!rng.seeded) seed_from(port::ticks_us());
  uint32_t* s = rng.s;
  uint32_t result = rotl(s[1] * 5, 7) * 9;
  uint32_t t = s[1] << 9;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 11);
  return result;
}

// An int of k random bits (k >= 0); big when k is large.
Value random_bits(size_t k) {
  if (k <= 32) {
    uint32_t r = k == 0 ? 0 : next32() >> (32 - k);
    return int_from_u64(r);
  }
  if (k <= 64) {
    uint64_t r = (static_cast<uint64_t>(next32()) << 32) | next32();
    return int_from_u64(r >> (64 - k));
  }
  // Whole 32-bit words, most significant first, then the remaining bits.
  Value r = small(0);
  size_t rest = k;
  Value shift = small(32);
  while (rest >= 32) {
    r = binary_op(BinOp::Or, binary_op(BinOp::LShift, r, shift), int_from_u64(next32()));
    rest -= 32;
  }
  if (rest) {
    r = binary_op(BinOp::Or, binary_op(BinOp::LShift, r, small(static_cast<intptr>(rest))),
                  int_from_u64(next32() >> (32 - rest)));
  }
  return r;
}

// A uniform int in [0, n) for n > 0 (rejection sampling on bit_length(n) bits).
Value below(Value n) {
  if (n.is_small() && static_cast<uint64_t>(n.small()) <= UINT32_MAX) {
    uint32_t m = static_cast<uint32_t>(n.small());
    int bits = 0;
    while (bits < 32 && (m - 1) >> bits) bits++;
    for (;;) {
      uint32_t r = bits == 0 ? 0 : next32() >> (32 - bits);
      if (r < m) return small(static_cast<intptr>(r));
    }
  }
  Value bl = call_method(n, QSTR(bit_length), 0, nullptr);
  size_t k = static_cast<size_t>(index_intptr(bl));
  for (;;) {
    Value r = random_bits(k);
    if (less(r, n)) return r;
  }
}

Value random_getrandbits(Value k) {
  intptr n = index_intptr(k);
  if (n < 0) raise_value_error("number of bits must be non-negative");
  return random_bits(static_cast<size_t>(n));
}

Value random_seed(size_t n_args, const Value* args) {
  Value a = n_args ? args[0] : none();
  if (is_none(a)) {
    double now = port::time_s();
    uint64_t wall = now > 0 && now < 1e12 ? static_cast<uint64_t>(now * 1e6) : 0;
    seed_from(port::ticks_us() ^ (wall << 20));
  } else if (a.is_small()) {
    seed_from(static_cast<uint64_t>(a.small()));
  } else if (is_int(a)) {
    // Big ints: their value modulo 2**64 (the low words decide).
    Value low = binary_op(BinOp::And, a, int_from_u64(UINT64_MAX));
    seed_from(static_cast<uint64_t>(int_to_i64(binary_op(BinOp::RShift, low, small(1)))) * 2 +
              static_cast<uint64_t>(truthy(binary_op(BinOp::And, low, small(1)))));
  } else {
    seed_from(static_cast<uint64_t>(hash(a)));
  }
  return none();
}

// randrange(stop) or randrange(start, stop[, step]).
Value random_randrange(size_t n_args, const Value* args) {
  Value start = small(0), stop, step = small(1);
  if (n_args == 1) {
    stop = index_value(args[0]);
  } else {
    start = index_value(args[0]);
    stop = index_value(args[1]);
    if (n_args > 2) step = index_value(args[2]);
  }
  Value width = binary_op(BinOp::Sub, stop, start);
  if (step == small(1)) {
    if (!less(small(0), width)) raise_fmt(&exc::ValueError, "empty range for randrange() (%r, %r, %r)", start, stop, width);
    return binary_op(BinOp::Add, start, below(width));
  }
  if (step == small(0)) raise_value_error("zero step for randrange()");
  // Number of values: ceil(width / step) for either sign of step.
  Value count = binary_op(BinOp::FloorDiv, binary_op(BinOp::Sub, binary_op(BinOp::Add, width, step),
                                                     less(small(0), step) ? small(1) : small(-1)),
                          step);
  if (!less(small(0), count)) raise_value_error("empty range for randrange()");
  return binary_op(BinOp::Add, start, binary_op(BinOp::Mul, step, below(count)));
}

Value random_randint(Value a, Value b) {
  Value args[2] = {a, binary_op(BinOp::Add, index_value(b), small(1))};
  return random_randrange(2, args);
}

Value random_choice(Value seq) {
  size_t n = len(seq);
  if (n == 0) raise_index_error("Cannot choose from an empty sequence");
  return subscr(seq, below(small(static_cast<intptr>(n))));
}

#if MINNOW_CPYTHON_EXTRA
// Fisher-Yates, in place, on any mutable sequence.
Value random_shuffle(Value seq) {
  size_t n = len(seq);
  for (size_t i = n; i > 1; i--) {
    size_t j = static_cast<size_t>(below(small(static_cast<intptr>(i))).small());
    if (j == i - 1) continue;
    if (is_list(seq)) {
      List* l = seq.as<List>();
      if (l->len != n) raise_msg(&exc::RuntimeError, "list changed size during shuffle");
      Value t = l->items[i - 1];
      l->items[i - 1] = l->items[j];
      l->items[j] = t;
    } else {
      Value a = subscr(seq, small(static_cast<intptr>(i - 1)));
      Value b = subscr(seq, small(static_cast<intptr>(j)));
      store_subscr(seq, small(static_cast<intptr>(i - 1)), b);
      store_subscr(seq, small(static_cast<intptr>(j)), a);
    }
  }
  return none();
}
#endif

// A float in [0.0, 1.0) with 53 random bits.
double random_double() {
  uint32_t a = next32() >> 5;  // 27 bits
  uint32_t b = next32() >> 6;  // 26 bits
  return (static_cast<double>(a) * 67108864.0 + static_cast<double>(b)) * (1.0 / 9007199254740992.0);
}

Value random_random() {
  if constexpr (!cfg::float_) raise_type_error("no float support");
  return float_new(random_double());
}

Value random_uniform(Value a, Value b) {
  if constexpr (!cfg::float_) raise_type_error("no float support");
  double x = float_value(a), y = float_value(b);
  return float_new(x + (y - x) * random_double());
}

constexpr BuiltinFn random_getrandbits_fn = make_fn1(QSTR(getrandbits), random_getrandbits);
constexpr BuiltinFn random_seed_fn = make_fn_var(QSTR(seed), 0, 1, random_seed);
constexpr BuiltinFn random_randrange_fn = make_fn_var(QSTR(randrange), 1, 3, random_randrange);
constexpr BuiltinFn random_randint_fn = make_fn2(QSTR(randint), random_randint);
constexpr BuiltinFn random_choice_fn = make_fn1(QSTR(choice), random_choice);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn random_shuffle_fn = make_fn1(QSTR(shuffle), random_shuffle);
#endif
constexpr BuiltinFn random_random_fn = make_fn0(QSTR(random), random_random);
constexpr BuiltinFn random_uniform_fn = make_fn2(QSTR(uniform), random_uniform);

constexpr MethodEntry random_globals_entries[] = {
    entry(QSTR(__name__), QSTR(random)),
    entry(QSTR(choice), &random_choice_fn),
    entry(QSTR(getrandbits), &random_getrandbits_fn),
    entry(QSTR(randint), &random_randint_fn),
    entry(QSTR(random), &random_random_fn),
    entry(QSTR(randrange), &random_randrange_fn),
    entry(QSTR(seed), &random_seed_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(shuffle), &random_shuffle_fn),
#endif
    entry(QSTR(uniform), &random_uniform_fn),
};
constexpr Table random_globals = make_table(random_globals_entries);

}  // namespace

constinit const BuiltinModule random_module = {QSTR(random), &random_globals, nullptr};

}  // namespace minnow
