// The runtime: generic operations on Values, used by the VM, the builtin
// types and the modules. Every function here may raise (see vm/error.h)
// unless it says otherwise.
#pragma once
#include <cstddef>
#include <cstdint>

#include "gc/heap.h"
#include "obj/object.h"
#include "vm/error.h"

namespace minnow {

// ---------------------------------------------------------------------------
// Builtin types and singletons (defined in the obj/ file of each type).

extern const Type type_type, object_type, none_type, bool_type, int_type, float_type,
    complex_type, str_type, bytes_type, bytearray_type, memoryview_type, list_type,
    tuple_type, dict_type, set_type, frozenset_type, range_type, slice_type,
    builtin_fn_type, function_type, bound_method_type, closure_cell_type, code_type,
    generator_type, coroutine_type, module_type, property_type, staticmethod_type,
    classmethod_type, super_type, ellipsis_type, not_implemented_type;

struct Singleton {
  const Type* type;
};
extern const Singleton none_obj, ellipsis_obj, not_implemented_obj;
struct BoolObj {
  const Type* type;
  bool value;
};
extern const BoolObj true_obj, false_obj;

inline Value none() { return Value{reinterpret_cast<uintptr>(&none_obj)}; }
inline Value ellipsis() { return Value{reinterpret_cast<uintptr>(&ellipsis_obj)}; }
inline Value not_implemented() { return Value{reinterpret_cast<uintptr>(&not_implemented_obj)}; }
inline Value true_() { return Value{reinterpret_cast<uintptr>(&true_obj)}; }
inline Value false_() { return Value{reinterpret_cast<uintptr>(&false_obj)}; }
inline Value bool_(bool b) { return b ? true_() : false_(); }
inline bool is_none(Value v) { return v == none(); }
inline Value small(intptr v) { return Value::from_small(v); }
inline Value from_ptr(const void* p) { return Value{reinterpret_cast<uintptr>(p)}; }

// The type of any value (small ints are ints).
inline const Type* type_of(Value v) { return v.is_small() ? &int_type : v.obj()->type; }
inline bool is_type(Value v, const Type* t) { return v.is_obj() && v.obj()->type == t; }
// Is type a a subclass of b (via the MRO)?
bool is_subtype(const Type* a, const Type* b);
// isinstance(v, t) for a single type t.
bool isinstance(Value v, const Type* t);
// The builtin part of v: v itself, or Instance::base for an instance of a
// Python subclass of a builtin type (list, dict, int, str...).
Value native_of(Value v, const Type* native);
// Name of the type of v, for error messages.
const char* type_name(Value v);

// ---------------------------------------------------------------------------
// Text output.

struct Printer {
  void (*write)(Printer* self, const char* s, size_t n);
};
void print_cstr(Printer* p, const char* s);
inline void print_bytes(Printer* p, const char* s, size_t n) { p->write(p, s, n); }
void print_int(Printer* p, intptr v);
// repr(v) / str(v) to the printer (recursion-checked).
void print_value(Printer* p, Value v, bool repr);
// Python-style quoted repr of UTF-8 text (chooses ' or "); with bytes, of
// binary data (b'...', bytes from 0x80 up as \xNN), and escape_sq escapes '
// even inside "..." (as bytearray's repr does).
void print_quoted(Printer* p, const char* s, size_t n, bool bytes = false, bool escape_sq = false);

// A growable text buffer in the GC heap; must live on the C stack (so the
// buffer is reachable through it) or inside a reachable object.
struct StrBuilder : Printer {
  char* buf;
  size_t len;
  size_t cap;
  StrBuilder();
  void reserve(size_t extra);
  void add(const char* s, size_t n);
  void add_char(char c);
  void add_cstr(const char* s);
  void add_codepoint(uint32_t cp);  // as UTF-8
  // Turns the contents into a str (the builder is emptied).
  Value to_str();
  Value to_bytes();
};

// Printers for the console (stdout and stderr through the port).
extern Printer stdout_printer;
extern Printer stderr_printer;

// ---------------------------------------------------------------------------
// Strings (obj/str.cpp).

// New str from UTF-8 bytes (validity is the caller's promise).
Value str_new(const char* s, size_t n);
Value str_from_cstr(const char* s);
// A str of n bytes to be filled in by the caller before anyone else sees it.
// It is the only way to make a heap str: fill exactly n bytes and never
// change its len or resize it (str.cpp keeps data after the text).
Str* str_alloc(size_t n);
// Interned str with this text (one object per text; names and attributes).
const Str* intern(const char* s, size_t n);
const Str* intern_str(const Str* s);
uint32_t str_hash(const Str* s);
bool str_equal(const Str* a, const Str* b);
inline bool is_str(Value v) { return v.is_obj() && v.obj()->type == &str_type; }
// For str or a subclass of str: its Str; else null.
const Str* as_str(Value v);
// Number of code points in UTF-8 text.
size_t utf8_count(const char* s, size_t n);

// ---------------------------------------------------------------------------
// Numbers (obj/int.cpp, obj/float.cpp).

// Any int (small, or big if cfg::bigint) from a C integer.
Value int_from(intptr v);
Value int_from_i64(int64_t v);
Value int_from_u64(uint64_t v);
// int value of an int/bool (or subclass); raises OverflowError if out of range.
intptr int_to_intptr(Value v);
int64_t int_to_i64(Value v);
bool is_int(Value v);        // int, bool, or a subclass
// Converts with __index__ (TypeError if v has none): used for indices.
Value index_value(Value v);
intptr index_intptr(Value v);   // OverflowError if it does not fit
double float_value(Value v);    // float(v) for int/float/bool, or __float__
Value float_new(double d);
bool is_float(Value v);
Value complex_new(double re, double im);
// An int from digit text (no sign, prefix or underscores) in base 2..36;
// the compiler uses it for literals. Raises ValueError on a bad digit.
Value int_from_digits(const char* s, size_t n, int base);
// pow(base, exp, mod) for ints (or bools): Python 3.8+ semantics, ValueError
// for a zero modulus or a non-invertible base with a negative exponent.
Value int_pow_mod(Value base, Value exp, Value mod);

// ---------------------------------------------------------------------------
// Bytes (obj/bytes.cpp).

Value bytes_new(const char* s, size_t n);
// A bytes of n bytes for the caller to fill in before anyone else sees it.
Value bytes_alloc(size_t n, uint8_t** data);

// ---------------------------------------------------------------------------
// Exceptions (obj/exception.cpp).

// A new instance of exception type t with these args.
Value exc_new(const Type* t, size_t n_args, const Value* args);
Value exc_new_msg(const Type* t, const char* msg);
// A SyntaxError (or subclass) carrying msg, filename, line and column
// (1-based column, as Python shows it), and the text of the line if known.
Value syntax_error_new(const Type* t, const char* msg, const Str* filename, uint32_t line,
                       uint32_t col, const char* line_text, size_t line_len);

// ---------------------------------------------------------------------------
// Generic object protocol.

bool truthy(Value v);
Value repr(Value v);   // -> str
Value str_of(Value v); // str(v)
intptr hash(Value v);  // TypeError for unhashable
size_t len(Value v);

Value unary_op(UnaryOp op, Value v);
Value binary_op(BinOp op, Value lhs, Value rhs);
bool equal(Value a, Value b);  // a == b, fast for identical objects
bool less(Value a, Value b);   // a < b
bool contains(Value container, Value item);

// Attributes. getattr raises AttributeError; getattr_or_null returns null.
Value getattr(Value obj, const Str* name);
Value getattr_or_null(Value obj, const Str* name);
void setattr(Value obj, const Str* name, Value value);
void delattr(Value obj, const Str* name);
// obj.name(...) calls: sets dest[0] to the callable and dest[1] to self (or
// null when no self is to be passed). Raises AttributeError.
void load_method(Value obj, const Str* name, Value dest[2]);
// As load_method, but returns false instead of raising.
bool load_method_maybe(Value obj, const Str* name, Value dest[2]);
// Looks a name up on a type (its MRO); null if absent. No descriptor binding.
Value type_lookup(const Type* t, const Str* name);
// The value for name in a constant table, or null.
Value table_lookup(const Table* tab, const Str* name);

// Calls. args: n_args positional values, then n_kw (name, value) pairs.
Value call(Value fn, size_t n_args, size_t n_kw, const Value* args);
// call(fn, first, *args, **kw): a bound self or class put in front.
Value call_with_first(Value fn, Value first, size_t n_args, size_t n_kw, const Value* args);
Value call0(Value fn);
Value call1(Value fn, Value a);
Value call2(Value fn, Value a, Value b);
// Calls obj.name(args...); args as for call().
Value call_method(Value obj, const Str* name, size_t n_args, const Value* args);
bool callable(Value v);

// Subscription.
Value subscr(Value obj, Value index);
void store_subscr(Value obj, Value index, Value value);
void delete_subscr(Value obj, Value index);

// Iteration. iternext returns Value::stop() at the end.
Value getiter(Value obj);
Value iternext(Value iter);

// Buffers: bytes-like objects. get_buffer raises TypeError if v has none.
bool get_buffer_maybe(Value v, Buffer* out, bool writable);
void get_buffer(Value v, Buffer* out, bool writable);

// ---------------------------------------------------------------------------
// Sequences.

struct SliceIndices {
  intptr start, stop, step;
  size_t count;  // number of items selected
};
// If index is a slice object, computes what it selects from a sequence of
// seq_len items (Python's slice.indices) and returns true; returns false for
// a non-slice. Raises ValueError for a zero step. seq_len is read after
// the bounds' __index__ methods ran (they may resize the sequence): pass the
// length field itself.
bool slice_indices(Value index, const size_t& seq_len, SliceIndices* out);
// Turns an index (int or __index__) into a position in [0, seq_len), counting
// negative ones from the end; raises IndexError("<what> index out of range").
size_t seq_index(Value index, size_t seq_len, const char* what);

// Recursion guard for repr/eq/hash of containers: returns false if v is
// already being printed further up (print "[...]" then); else remembers it
// until repr_leave(v). Also calls check_stack().
bool repr_enter(Value v);
void repr_leave(Value v);
// An exception skips the repr_leave calls of the reprs it unwinds: the VM
// notes the level when it enters Python code and unwinds to it when an
// exception reaches that code (vm_execute).
size_t repr_level();
void repr_unwind(size_t level);

// ---------------------------------------------------------------------------
// Argument parsing for builtins.

// Raises TypeError unless min <= n_args <= max (and no keywords if !kw_ok).
void check_args(const Str* fn_name, size_t n_args, size_t n_kw, size_t min, size_t max, bool kw_ok);

// Fills out[i] for each name in names (positional first, then keyword);
// missing optional ones are left as Value::null(). required = how many
// leading names must be given. Raises TypeError for unknown keywords,
// duplicates, and too many/few arguments.
void parse_args(const Str* fn_name, size_t n_args, size_t n_kw, const Value* args,
                const Str* const* names, size_t n_names, size_t required, Value* out);

// ---------------------------------------------------------------------------
// Objects shared by many files.

// An instance of a Python class. dict holds its attributes; base is the
// builtin part when the class inherits from a builtin type other than object
// (e.g. the List of `class L(list)`), else null.
struct Instance {
  const Type* type;
  Dict* dict;
  Value base;
};

// Uncaught-exception printing: "Traceback (most recent call last):" etc.
void print_exception(Printer* p, Value exc);
// The process exit status a SystemExit asks for: 0 for None, the int code
// (low 8 bits), else 1 after printing the code to stderr as CPython does.
// Reading `code` or printing it may run Python code; if that raises,
// nothing more is printed and the status is 1.
int system_exit_status(Value exc);

}  // namespace minnow
