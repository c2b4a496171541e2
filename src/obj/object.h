// The object model: the header every object starts with, type objects and
// their slots, interned strings, and the tables of builtin methods.
//
// Invariants:
// - Every object starts with `const Type* type`. Builtin types are constinit
//   data in flash; classes made by Python code live in the GC heap and are
//   `HeapType`s (a Type with a dict, bases and MRO), flagged kTypeHeap.
// - A slot that is null means "this type does not support the operation".
//   A slot may also return Value::not_impl_slot() to decline for the given
//   operands, and the runtime then tries the other operand or raises.
// - Slots receive the object they were found on. For an instance of a Python
//   subclass of a builtin type, the runtime passes the builtin part
//   (Instance::base) to the builtin's slots and methods.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "config.h"
#include "obj/value.h"

namespace minnow {

struct Type;
struct Str;
struct Dict;
struct Tuple;
struct Printer;

struct Obj {
  const Type* type;
};

// ---------------------------------------------------------------------------
// Operators handed to the binary_op and unary_op slots.

enum class BinOp : uint8_t {
  // Arithmetic, in the order of the compiler's AugAssign/BinOp mapping.
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
  // The in-place forms: In(op) = op + InplaceOffset.
  IAdd, ISub, IMul, IMatMul, ITrueDiv, IFloorDiv, IMod, IPow, ILShift, IRShift, IAnd, IOr, IXor,
  // Rich comparisons. Eq/Ne fall back to identity in the runtime.
  Lt, Le, Eq, Ne, Gt, Ge,
  // `item in container`: called as binary_op(Contains, container, item).
  Contains,
  // divmod(a, b), routed through the same slot so numbers need one entry point.
  DivMod,
};
inline constexpr int kInplaceOffset = static_cast<int>(BinOp::IAdd) - static_cast<int>(BinOp::Add);
inline constexpr BinOp inplace_of(BinOp op) { return static_cast<BinOp>(static_cast<int>(op) + kInplaceOffset); }
inline constexpr bool is_inplace(BinOp op) { return op >= BinOp::IAdd && op <= BinOp::IXor; }
inline constexpr BinOp non_inplace(BinOp op) {
  return is_inplace(op) ? static_cast<BinOp>(static_cast<int>(op) - kInplaceOffset) : op;
}

enum class UnaryOp : uint8_t {
  Bool,    // -> True/False
  Len,     // -> small int
  Hash,    // -> small int
  Neg, Pos, Invert,
  Abs,
  Int,     // int(x) for numbers
  Float,   // float(x) for numbers
};

// ---------------------------------------------------------------------------
// Slots. `args` holds n_args positional values followed by n_kw pairs of
// (name: Str, value).

using MakeNewFn = Value (*)(const Type* type, size_t n_args, size_t n_kw, const Value* args);
using CallFn = Value (*)(Value self, size_t n_args, size_t n_kw, const Value* args);
// repr=true for repr(), false for str(). Writes text to the printer.
using PrintFn = void (*)(Printer* p, Value self, bool repr);
using UnaryFn = Value (*)(UnaryOp op, Value self);
using BinaryFn = Value (*)(BinOp op, Value lhs, Value rhs);
// Returns the attribute or Value::null() if there is none.
using GetAttrFn = Value (*)(Value self, const Str* name);
// Stores value, or deletes when value is null. Returns false if not handled.
using SetAttrFn = bool (*)(Value self, const Str* name, Value value);
// value == kSubscrLoad: return self[index]; kSubscrDelete: del self[index];
// otherwise self[index] = value. Stores and deletes return None.
using SubscrFn = Value (*)(Value self, Value index, Value value);
inline constexpr Value kSubscrLoad = Value::null();
inline constexpr Value kSubscrDelete = Value{26};
using GetIterFn = Value (*)(Value self);
// Next item, or Value::stop() when exhausted (no StopIteration is raised).
using IterNextFn = Value (*)(Value self);

// A contiguous byte buffer exported by bytes, bytearray, memoryview, array.
struct Buffer {
  void* data;
  size_t len;       // in bytes
  char typecode;    // struct-module code of one item, 'B' for bytes
  bool writable;
};
using GetBufferFn = bool (*)(Value self, Buffer* out, bool writable);

// ---------------------------------------------------------------------------
// Builtin functions and method tables (constinit data in flash).

struct BuiltinFn;
enum class FnKind : uint8_t {
  Fixed0, Fixed1, Fixed2, Fixed3,  // exactly 0..3 positional arguments
  Var,                              // n_args in [min_args, max_args], no keywords
  VarKw,                            // anything: gets the raw (n_args, n_kw, args)
  // An operator method of a number type (int.__add__, float.__neg__...),
  // one shared entry point for all of them (see make_number_dunder2).
  NumOp1, NumOp2,
};

struct BuiltinFn {
  const Type* type;  // &builtin_fn_type (layout-compatible with Obj)
  const Str* name;
  FnKind kind;
  uint8_t min_args;
  uint8_t max_args;  // for Var; 255 = unbounded
  union {
    Value (*f0)();
    Value (*f1)(Value);
    Value (*f2)(Value, Value);
    Value (*f3)(Value, Value, Value);
    Value (*var)(size_t n_args, const Value* args);
    Value (*var_kw)(size_t n_args, size_t n_kw, const Value* args);
    UnaryFn unary;    // NumOp1: the type's unary_op slot
    BinaryFn binary;  // NumOp2: the type's binary_op slot
  };
};
// Calls of NumOp1 and NumOp2 functions (int.cpp), arguments counted.
Value number_op1(const BuiltinFn* b, Value self);
Value number_op2(const BuiltinFn* b, Value self, Value other);

// staticmethod/classmethod objects; constexpr ones in a method table make a
// builtin's static or class method (fn points at a BuiltinFn there).
struct StaticMethodObj {
  const Type* type;  // &staticmethod_type or &classmethod_type
  const void* fn;    // the wrapped callable object
  Value func() const { return Value{reinterpret_cast<uintptr>(fn)}; }
};

struct MethodEntry;
// A fixed table of names -> values, searched linearly. Used for the methods
// of builtin types and the globals of builtin modules.
struct Table {
  const MethodEntry* entries;
  uint32_t count;
};

// A table entry holds an object (a pointer cannot become a Value in a
// constant expression, hence the pointer). Modules with int constants set
// them in their init function (errno).
struct MethodEntry {
  const Str* name;
  const void* obj;
  Value value() const { return Value{reinterpret_cast<uintptr>(obj)}; }
};
constexpr MethodEntry entry(const Str* name, const void* obj) { return {name, obj}; }
template <size_t N>
constexpr Table make_table(const MethodEntry (&e)[N]) { return {e, N}; }

// ---------------------------------------------------------------------------
// Type objects.

enum TypeFlags : uint32_t {
  kTypeHeap = 1u << 0,         // made by a class statement (lives in the heap)
  kTypeBaseOK = 1u << 1,       // Python classes may inherit from it
  kTypeException = 1u << 2,    // BaseException or a subclass
  kTypeHasGetattr = 1u << 3,   // a Python class (or base) defines __getattr__
  kTypeHasGetattribute = 1u << 4,
  kTypeHasSetattr = 1u << 5,   // __setattr__ or __delattr__
  kTypeHasDescriptors = 1u << 6,  // some class attribute defines __set__/__delete__
  kTypeIterIsSelf = 1u << 7,   // iter(x) is x (iterators)
  // A mutable builtin (list, dict, set, bytearray...): a Python subclass
  // instance is made empty by make_new and filled by __init__.
  kTypeInitFills = 1u << 8,
  kTypeHasInstanceDict = 1u << 9,  // instances are Instance (attributes in a dict)
};

// The slots of a type, in a table of their own: many types have the same
// set (all exception types, for one), and they share one table. Definitions
// write them in two lines: make_new..binary_op, then getattr..get_buffer.
struct TypeSlots {
  MakeNewFn make_new;
  PrintFn print;
  CallFn call;
  UnaryFn unary_op;
  BinaryFn binary_op;
  GetAttrFn getattr;
  SetAttrFn setattr;
  SubscrFn subscr;
  GetIterFn getiter;
  IterNextFn iternext;
  GetBufferFn get_buffer;
};

// The getiter slot of an iterator: iter(it) is it (vm/runtime.cpp).
Value iter_self(Value self);
// The slots of a type whose instances are plain iterators.
constexpr TypeSlots iterator_slots(IterNextFn next) {
  TypeSlots s{};
  s.getiter = iter_self;
  s.iternext = next;
  return s;
}

struct Type {
  const Type* type;  // &type_type (layout-compatible with Obj)
  const Str* name;
  uint32_t flags;
  // The builtin type whose layout instances have (itself for builtins).
  const Type* native;
  // Single base for builtin types (null for object); for heap types see bases.
  const Type* base;
  // Never null, so t->slots->x can be read for any type.
  const TypeSlots* slots;
  // Methods and class attributes of a builtin type (null if none).
  const Table* locals;
};
// Seven words; ~120 of them live in flash.
static_assert(sizeof(Type) == 7 * sizeof(void*));

// All null: the slots of every class made by Python code. The runtime looks
// at kTypeHeap first and goes to the class dict (and the native type's slots).
extern const TypeSlots no_slots;

// A class made by Python code (kTypeHeap set): a Type in the GC heap with
// what only classes have. Builtin types are plain Types, so these fields
// are read only through the helpers below, which check kTypeHeap first.
struct HeapType : Type {
  Dict* dict;    // the class namespace
  Tuple* bases;
  Tuple* mro;    // C3 linearisation, starting with this type
};

inline bool is_heap_type(const Type* t) { return t->flags & kTypeHeap; }
// t as a class made by Python code, or null for a builtin type.
inline HeapType* as_heap_type(const Type* t) {
  return is_heap_type(t) ? static_cast<HeapType*>(const_cast<Type*>(t)) : nullptr;
}
// The namespace and MRO of a class made by Python code; null for a builtin.
inline Dict* class_dict(const Type* t) {
  const HeapType* h = as_heap_type(t);
  return h ? h->dict : nullptr;
}
inline const Tuple* class_mro(const Type* t) {
  const HeapType* h = as_heap_type(t);
  return h ? h->mro : nullptr;
}

// ---------------------------------------------------------------------------
// Strings. UTF-8 bytes stored right after the header, always NUL-terminated.

struct Str {
  const Type* type;  // &str_type (layout-compatible with Obj)
  uint32_t hash;     // 0 = not computed yet
  uint32_t len;      // bytes, excluding the NUL
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* mut_data() { return reinterpret_cast<char*>(this + 1); }
};

constexpr uint32_t hash_bytes(const char* s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= static_cast<uint8_t>(s[i]);
    h *= 16777619u;
  }
  // On a 32-bit target the hash must fit a small int (31 bits, signed), so
  // that hash(s) and the hash the tables use agree without a big int.
  if constexpr (sizeof(void*) == 4) h &= 0x3fffffffu;
  return h == 0 ? 1 : h;
}

template <size_t N>
struct StaticStr {
  Str hdr;
  char text[N];
};

extern const Type str_type;

template <size_t N>
constexpr StaticStr<N> make_static_str(const char (&s)[N]) {
  StaticStr<N> r{{&str_type, hash_bytes(s, N - 1), static_cast<uint32_t>(N - 1)}, {}};
  for (size_t i = 0; i < N; i++) r.text[i] = s[i];
  return r;
}

// Interned names (see qstrs.def): one constant object holds them all, one
// member q_x per name, so that a name is also known by its 16-bit offset in
// the pool (the intern index, obj/str.cpp). QSTR(x) is the Str* of q_x.
struct QstrPool {
#define Q(name) StaticStr<sizeof(#name)> q_##name;
#define QS(id, text) StaticStr<sizeof(text)> q_##id;
#include "obj/qstrs.def"
#undef Q
#undef QS
};
inline constexpr QstrPool kQstrPool = {
#define Q(name) make_static_str(#name),
#define QS(id, text) make_static_str(text),
#include "obj/qstrs.def"
#undef Q
#undef QS
};
#define QSTR(name) (&::minnow::kQstrPool.q_##name.hdr)

inline Value qv(const Str* s) { return Value::from_obj(reinterpret_cast<const Obj*>(s)); }

// ---------------------------------------------------------------------------
// constexpr builders for builtin functions and tables.

extern const Type builtin_fn_type;

constexpr BuiltinFn make_fn0(const Str* name, Value (*f)()) {
  BuiltinFn b{&builtin_fn_type, name, FnKind::Fixed0, 0, 0, {}};
  b.f0 = f;
  return b;
}
constexpr BuiltinFn make_fn1(const Str* name, Value (*f)(Value)) {
  BuiltinFn b{&builtin_fn_type, name, FnKind::Fixed1, 1, 1, {}};
  b.f1 = f;
  return b;
}
constexpr BuiltinFn make_fn2(const Str* name, Value (*f)(Value, Value)) {
  BuiltinFn b{&builtin_fn_type, name, FnKind::Fixed2, 2, 2, {}};
  b.f2 = f;
  return b;
}
constexpr BuiltinFn make_fn3(const Str* name, Value (*f)(Value, Value, Value)) {
  BuiltinFn b{&builtin_fn_type, name, FnKind::Fixed3, 3, 3, {}};
  b.f3 = f;
  return b;
}
// max_args 255 = no upper bound.
constexpr BuiltinFn make_fn_var(const Str* name, uint8_t min_args, uint8_t max_args,
                                Value (*f)(size_t, const Value*)) {
  BuiltinFn b{&builtin_fn_type, name, FnKind::Var, min_args, max_args, {}};
  b.var = f;
  return b;
}
constexpr BuiltinFn make_fn_kw(const Str* name, Value (*f)(size_t, size_t, const Value*)) {
  BuiltinFn b{&builtin_fn_type, name, FnKind::VarKw, 0, 255, {}};
  b.var_kw = f;
  return b;
}

}  // namespace minnow
