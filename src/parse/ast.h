// Minnow abstract syntax tree.
//
// The node classes and their fields mirror CPython 3.11's `ast` module one to
// one (same class names, same field names, same order), minus `match` and
// `except*`. That makes python3's `ast.dump` a test oracle (see ast_dump.h).
//
// Representation contract:
//  - Every node is a plain, trivially destructible struct deriving from Node,
//    whose header is {kind, line, col}: line is 1-based, col is the 0-based
//    byte offset in the UTF-8 line (CPython's col_offset). Nodes that have no
//    position in CPython (arguments, comprehension, withitem) still carry the
//    header; their position is that of their first token.
//  - Expressions and statements are both reached through `Node*`. An
//    optional child (`?` in CPython's ASDL) is nullptr when
//    absent. Use `n->as<Name>()` to downcast (asserts the kind) and
//    `n->is<Name>()` to test.
//  - Sequences are `Seq<T>`: an arena array of `count` pointers. Items are
//    never null except where noted (Dict.keys, arguments.kw_defaults).
//  - Identifiers and string payloads are (pointer, length) views. They point
//    either into the source buffer or into the arena, so the source text must
//    outlive the tree. Strings are UTF-8; a lone surrogate written as an
//    escape ("\ud800") is encoded as the 3-byte generalized UTF-8 form.
//  - Every node is allocated from the caller's Arena; nothing is ever freed
//    individually and nothing needs destruction.
#pragma once

#include <cstddef>
#include <cstdint>

namespace minnow {

// Memory for the parser. alloc returns 8-byte aligned memory and never
// returns null: on exhaustion it reports MemoryError and does not return.
struct Arena {
    void* (*alloc)(Arena* self, size_t bytes);
};

namespace ast {

// X-macro: every concrete node class, in CPython's ASDL order.
#define MINNOW_AST_NODES(X)                                                    \
    /* mod */                                                                  \
    X(Module) X(Interactive) X(Expression)                                     \
    /* stmt */                                                                 \
    X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete)         \
    X(Assign) X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If)      \
    X(With) X(AsyncWith) X(Raise) X(Try) X(Assert) X(Import) X(ImportFrom)     \
    X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue)                 \
    /* expr */                                                                 \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict)      \
    X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await)         \
    X(Yield) X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr)    \
    X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) X(Tuple)  \
    X(Slice)                                                                   \
    /* helper records */                                                       \
    X(comprehension) X(ExceptHandler) X(arguments) X(arg) X(keyword) X(alias)  \
    X(withitem)

enum class NodeKind : uint8_t {
#define MINNOW_AST_ENUM(name) name,
    MINNOW_AST_NODES(MINNOW_AST_ENUM)
#undef MINNOW_AST_ENUM
    Count_
};

// Class name of a node kind ("FunctionDef", "arg", ...).
const char* node_kind_name(NodeKind k);

inline bool is_stmt_kind(NodeKind k) {
    return k >= NodeKind::FunctionDef && k <= NodeKind::Continue;
}
inline bool is_expr_kind(NodeKind k) {
    return k >= NodeKind::BoolOp && k <= NodeKind::Slice;
}

// --- Enumerations that CPython models as singleton node classes -----------

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OperatorKind : uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor,
    BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* expr_context_name(ExprContext c);  // "Load", ...
const char* boolop_name(BoolOpKind k);         // "And", "Or"
const char* operator_name(OperatorKind k);     // "Add", ...
const char* unaryop_name(UnaryOpKind k);       // "Invert", ...
const char* cmpop_name(CmpOpKind k);           // "Eq", ...

// --- Basic building blocks --------------------------------------------------

// An identifier: UTF-8 bytes, not NUL-terminated.
struct Ident {
    const char* s;
    uint32_t len;

    bool eq(const char* lit) const;  // compare with a NUL-terminated string
};

struct Node;

// A sequence of child pointers allocated from the arena. Empty lists have
// count == 0 (items may then be nullptr).
template <class T>
struct Seq {
    T** items;
    uint32_t count;

    T* operator[](uint32_t i) const { return items[i]; }
    T** begin() const { return items; }
    T** end() const { return items + count; }
    bool empty() const { return count == 0; }
};

// Sequence of identifiers (Global.names, Nonlocal.names).
struct IdentList {
    Ident* items;
    uint32_t count;

    const Ident& operator[](uint32_t i) const { return items[i]; }
    const Ident* begin() const { return items; }
    const Ident* end() const { return items + count; }
};

// Called by as<T>() on a kind mismatch (a bug in the caller): traps.
[[noreturn]] void assert_kind_failed(NodeKind have, NodeKind want);

struct Node {
    NodeKind kind;
    uint32_t line;  // 1-based
    uint32_t col;   // 0-based byte offset within the line

    template <class T>
    bool is() const { return kind == T::KIND; }

    template <class T>
    T* as() {
        if (kind != T::KIND) assert_kind_failed(kind, T::KIND);
        return static_cast<T*>(this);
    }
    template <class T>
    const T* as() const {
        if (kind != T::KIND) assert_kind_failed(kind, T::KIND);
        return static_cast<const T*>(this);
    }
};

#define MINNOW_NODE(name) static constexpr NodeKind KIND = NodeKind::name

// --- Helper records -------------------------------------------------------

struct arg;
struct keyword;
struct alias;
struct withitem;
struct comprehension;
struct ExceptHandler;
struct arguments;

struct arg : Node {
    MINNOW_NODE(arg);
    Ident name;          // CPython field `arg` (a member may not share its class's name)
    Node* annotation;    // optional; may be a Starred for `*args: *Ts`
};

// Parameters of a def or lambda. kw_defaults has one entry per kwonlyargs,
// nullptr where the parameter has no default; defaults aligns with the LAST
// len(defaults) entries of posonlyargs + args.
struct arguments : Node {
    MINNOW_NODE(arguments);
    Seq<arg> posonlyargs;
    Seq<arg> args;
    arg* vararg;         // optional
    Seq<arg> kwonlyargs;
    Seq<Node> kw_defaults;
    arg* kwarg;          // optional
    Seq<Node> defaults;
};

struct keyword : Node {
    MINNOW_NODE(keyword);
    Ident arg;           // s == nullptr for `**value`
    Node* value;
    bool is_double_star() const { return arg.s == nullptr; }
};

struct alias : Node {
    MINNOW_NODE(alias);
    Ident name;          // dotted name ("os.path") or "*"
    Ident asname;        // s == nullptr when absent
};

struct withitem : Node {
    MINNOW_NODE(withitem);
    Node* context_expr;
    Node* optional_vars;  // optional
};

struct comprehension : Node {
    MINNOW_NODE(comprehension);
    Node* target;
    Node* iter;
    Seq<Node> ifs;
    bool is_async;
};

struct ExceptHandler : Node {
    MINNOW_NODE(ExceptHandler);
    Node* type;          // optional
    Ident name;          // s == nullptr when absent
    Seq<Node> body;
};

// --- mod --------------------------------------------------------------------

struct Module : Node {            // type_ignores is always empty
    MINNOW_NODE(Module);
    Seq<Node> body;
};
struct Interactive : Node {
    MINNOW_NODE(Interactive);
    Seq<Node> body;
};
struct Expression : Node {
    MINNOW_NODE(Expression);
    Node* body;
};

// --- stmt -------------------------------------------------------------------

// FunctionDef and AsyncFunctionDef share one layout (FunctionDefBase).
struct FunctionDefBase : Node {
    Ident name;
    arguments* args;
    Seq<Node> body;
    Seq<Node> decorator_list;
    Node* returns;       // optional
};
struct FunctionDef : FunctionDefBase { MINNOW_NODE(FunctionDef); };
struct AsyncFunctionDef : FunctionDefBase { MINNOW_NODE(AsyncFunctionDef); };

struct ClassDef : Node {
    MINNOW_NODE(ClassDef);
    Ident name;
    Seq<Node> bases;
    Seq<keyword> keywords;
    Seq<Node> body;
    Seq<Node> decorator_list;
};

struct Return : Node {
    MINNOW_NODE(Return);
    Node* value;         // optional
};

struct Delete : Node {
    MINNOW_NODE(Delete);
    Seq<Node> targets;
};

struct Assign : Node {   // targets[0] = targets[1] = ... = value
    MINNOW_NODE(Assign);
    Seq<Node> targets;
    Node* value;
};

struct AugAssign : Node {
    MINNOW_NODE(AugAssign);
    Node* target;
    OperatorKind op;
    Node* value;
};

struct AnnAssign : Node {
    MINNOW_NODE(AnnAssign);
    Node* target;
    Node* annotation;
    Node* value;         // optional
    bool simple;         // target is a bare, unparenthesized Name
};

struct ForBase : Node {
    Node* target;
    Node* iter;
    Seq<Node> body;
    Seq<Node> orelse;
};
struct For : ForBase { MINNOW_NODE(For); };
struct AsyncFor : ForBase { MINNOW_NODE(AsyncFor); };

struct While : Node {
    MINNOW_NODE(While);
    Node* test;
    Seq<Node> body;
    Seq<Node> orelse;
};

struct If : Node {       // elif chains nest as a single If in orelse
    MINNOW_NODE(If);
    Node* test;
    Seq<Node> body;
    Seq<Node> orelse;
};

struct WithBase : Node {
    Seq<withitem> items;
    Seq<Node> body;
};
struct With : WithBase { MINNOW_NODE(With); };
struct AsyncWith : WithBase { MINNOW_NODE(AsyncWith); };

struct Raise : Node {
    MINNOW_NODE(Raise);
    Node* exc;           // optional
    Node* cause;         // optional
};

struct Try : Node {
    MINNOW_NODE(Try);
    Seq<Node> body;
    Seq<ExceptHandler> handlers;
    Seq<Node> orelse;
    Seq<Node> finalbody;
};

struct Assert : Node {
    MINNOW_NODE(Assert);
    Node* test;
    Node* msg;           // optional
};

struct Import : Node {
    MINNOW_NODE(Import);
    Seq<alias> names;
};

struct ImportFrom : Node {
    MINNOW_NODE(ImportFrom);
    Ident module;        // s == nullptr for `from . import x`
    Seq<alias> names;
    uint32_t level;      // number of leading dots
};

struct Global : Node {
    MINNOW_NODE(Global);
    IdentList names;
};
struct Nonlocal : Node {
    MINNOW_NODE(Nonlocal);
    IdentList names;
};

struct Expr : Node {     // expression statement
    MINNOW_NODE(Expr);
    Node* value;
};

struct Pass : Node { MINNOW_NODE(Pass); };
struct Break : Node { MINNOW_NODE(Break); };
struct Continue : Node { MINNOW_NODE(Continue); };

// --- expr -------------------------------------------------------------------

struct BoolOp : Node {   // `a or b or c` is one BoolOp with 3 values
    MINNOW_NODE(BoolOp);
    BoolOpKind op;
    Seq<Node> values;   // count >= 2
};

struct NamedExpr : Node {
    MINNOW_NODE(NamedExpr);
    Node* target;        // always a Name (Store)
    Node* value;
};

struct BinOp : Node {
    MINNOW_NODE(BinOp);
    Node* left;
    OperatorKind op;
    Node* right;
};

struct UnaryOp : Node {
    MINNOW_NODE(UnaryOp);
    UnaryOpKind op;
    Node* operand;
};

struct Lambda : Node {
    MINNOW_NODE(Lambda);
    arguments* args;
    Node* body;
};

struct IfExp : Node {
    MINNOW_NODE(IfExp);
    Node* test;
    Node* body;
    Node* orelse;
};

struct Dict : Node {     // keys[i] == nullptr means `**values[i]`
    MINNOW_NODE(Dict);
    Seq<Node> keys;
    Seq<Node> values;
};

struct Set : Node {
    MINNOW_NODE(Set);
    Seq<Node> elts;
};

struct CompBase : Node {  // ListComp, SetComp, GeneratorExp
    Node* elt;
    Seq<comprehension> generators;
};
struct ListComp : CompBase { MINNOW_NODE(ListComp); };
struct SetComp : CompBase { MINNOW_NODE(SetComp); };
struct GeneratorExp : CompBase { MINNOW_NODE(GeneratorExp); };

struct DictComp : Node {
    MINNOW_NODE(DictComp);
    Node* key;
    Node* value;
    Seq<comprehension> generators;
};

struct Await : Node {
    MINNOW_NODE(Await);
    Node* value;
};
struct Yield : Node {
    MINNOW_NODE(Yield);
    Node* value;         // optional
};
struct YieldFrom : Node {
    MINNOW_NODE(YieldFrom);
    Node* value;
};

// `a < b < c`: ops has comparators.count entries.
struct Compare : Node {
    MINNOW_NODE(Compare);
    Node* left;
    CmpOpKind* ops;
    Seq<Node> comparators;
};

struct Call : Node {
    MINNOW_NODE(Call);
    Node* func;
    Seq<Node> args;     // may contain Starred
    Seq<keyword> keywords;
};

// conversion: -1 (none), 's' (115), 'r' (114), 'a' (97).
struct FormattedValue : Node {
    MINNOW_NODE(FormattedValue);
    Node* value;
    int32_t conversion;
    Node* format_spec;   // optional; a JoinedStr when present
};

struct JoinedStr : Node {  // values: Constant(Str) and FormattedValue
    MINNOW_NODE(JoinedStr);
    Seq<Node> values;
};

enum class ConstKind : uint8_t {
    None, True, False, Ellipsis,
    Int,    // text = digits only, no prefix, no underscores; see `base`
    Float,  // text = literal without underscores ("1.5e3", "1.", ".5")
    Imag,   // text = the literal without underscores and without the j/J
    Str,    // text = UTF-8 value after escape processing (may hold NULs)
    Bytes,  // text = byte value after escape processing
};

struct Constant : Node {
    MINNOW_NODE(Constant);
    ConstKind value_kind;
    uint8_t base;        // Int only: 10, 16, 8 or 2
    bool u_prefix;       // Str only: first part written with a lowercase u prefix
                         // (CPython kind='u')
    const char* text;    // see ConstKind; nullptr for None/True/False/Ellipsis
    uint32_t len;
};

struct Attribute : Node {
    MINNOW_NODE(Attribute);
    Node* value;
    Ident attr;
    ExprContext ctx;
};

struct Subscript : Node {
    MINNOW_NODE(Subscript);
    Node* value;
    Node* slice;         // a Slice, a Tuple (possibly of Slices), or any expr
    ExprContext ctx;
};

struct Starred : Node {
    MINNOW_NODE(Starred);
    Node* value;
    ExprContext ctx;
};

struct Name : Node {
    MINNOW_NODE(Name);
    Ident id;
    ExprContext ctx;
};

struct List : Node {
    MINNOW_NODE(List);
    Seq<Node> elts;
    ExprContext ctx;
};

struct Tuple : Node {
    MINNOW_NODE(Tuple);
    Seq<Node> elts;
    ExprContext ctx;
};

struct Slice : Node {
    MINNOW_NODE(Slice);
    Node* lower;         // optional
    Node* upper;         // optional
    Node* step;          // optional
};

#undef MINNOW_NODE

}  // namespace ast
}  // namespace minnow
