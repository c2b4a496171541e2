// bool: a subclass of int with exactly two instances, True and False.
//
// A bool is the int 0 or 1 in arithmetic (int's slots accept BoolObj
// operands); only &, | and ^ between two bools give a bool back, and repr
// prints the name.
#include "obj/int.h"

namespace minnow {

constinit const BoolObj true_obj = {&bool_type, true};
constinit const BoolObj false_obj = {&bool_type, false};

static Value bool_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("bool() takes no keyword arguments");
  if (n_args > 1) raise_fmt(&exc::TypeError, "bool expected at most 1 argument, got %z", n_args);
  return n_args ? bool_(truthy(args[0])) : false_();
}

static void bool_print(Printer* p, Value v, bool) { print_cstr(p, v.as<BoolObj>()->value ? "True" : "False"); }

static Value bool_unary_op(UnaryOp op, Value v) {
  if (op == UnaryOp::Bool) return v;
  return int_unary_op(op, v);
}

static Value bool_binary_op(BinOp op, Value a, Value b) {
  BinOp base = non_inplace(op);
  if ((base == BinOp::And || base == BinOp::Or || base == BinOp::Xor) && is_bool_obj(a) && is_bool_obj(b)) {
    bool x = a.as<BoolObj>()->value, y = b.as<BoolObj>()->value;
    return bool_(base == BinOp::And ? (x && y) : base == BinOp::Or ? (x || y) : (x != y));
  }
  return int_binary_op(op, a, b);
}

// bool has no methods of its own: lookups continue in int (its base).
constexpr TypeSlots bool_slots = {
    bool_make_new, bool_print, nullptr, bool_unary_op, bool_binary_op,
    int_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type bool_type = {
    &type_type, QSTR(bool), 0, &bool_type, &int_type, &bool_slots, nullptr};

}  // namespace minnow
