// The bytecode instruction set, declared once.
//
// Encoding: one opcode byte, then the operand in the format given by the
// table (little-endian):
//   NONE  no operand
//   U8    one byte
//   U16   two bytes; an EXTENDED_ARG prefix supplies the high 16 bits when an
//         index does not fit (EXTENDED_ARG hi; OP lo  =>  arg = hi<<16 | lo)
//   I16   two bytes, signed
//   J     three bytes: absolute offset of the jump target in the code
//   NC    two U16s: a name index, then an inline-cache slot index
//         (0 .. Code::n_caches-1, a distinct slot for each instruction)
//
// Stack notation in the comments: (before -- after), top of stack on the
// right. "null" is Value::null(). The effect column is the net change in stack
// depth; V marks a variable effect computed by stack_effect() from the operand.
//
// Exception handling uses a table in the code object rather than block
// instructions: when an instruction in [start, end) raises, the VM drops the
// stack to `depth` items, pushes the exception and jumps to `handler`.
// `finally` bodies are compiled inline on every exit path.
#pragma once
#include <cstdint>

namespace minnow {

enum class OpFormat : uint8_t { NONE, U8, U16, I16, J, NC };

constexpr int V = 1000;  // variable stack effect marker

// X(name, format, stack effect, doc)
#define MINNOW_OPCODES(X)                                                                      \
  X(NOP, NONE, 0, "does nothing")                                                             \
  X(EXTENDED_ARG, U16, 0, "high 16 bits of the next instruction's operand")                   \
  /* stack */                                                                                 \
  X(POP_TOP, NONE, -1, "(a -- )")                                                             \
  X(COPY, U8, 1, "(.. x <n-1 items> -- .. x <n-1 items> x); COPY 1 duplicates TOS")          \
  X(SWAP, U8, 0, "swap TOS with the n-th item (SWAP 2 swaps the top two)")                    \
  X(ROT_THREE, NONE, 0, "(a b c -- c a b)")                                                   \
  /* constants */                                                                             \
  X(LOAD_CONST, U16, 1, "( -- consts[arg])")                                                  \
  X(LOAD_SMALL_INT, I16, 1, "( -- arg as int)")                                               \
  X(LOAD_NONE, NONE, 1, "( -- None)")                                                         \
  X(LOAD_TRUE, NONE, 1, "( -- True)")                                                         \
  X(LOAD_FALSE, NONE, 1, "( -- False)")                                                       \
  X(LOAD_ASSERTION_ERROR, NONE, 1, "( -- AssertionError)")                                    \
  X(LOAD_BUILD_CLASS, NONE, 1, "( -- builtins.__build_class__)")                              \
  /* local variables: slots of the frame */                                                   \
  X(LOAD_FAST, U16, 1, "( -- locals[arg]); UnboundLocalError if null")                        \
  X(STORE_FAST, U16, -1, "(v -- ); locals[arg] = v")                                          \
  X(DELETE_FAST, U16, 0, "locals[arg] = null; UnboundLocalError if already null")             \
  X(LOAD_DEREF, U16, 1, "( -- cell.value) of the cell in locals[arg]; NameError/UnboundLocalError if empty") \
  X(STORE_DEREF, U16, -1, "(v -- ); cell in locals[arg] gets v")                              \
  X(DELETE_DEREF, U16, 0, "empties the cell in locals[arg]")                                  \
  X(LOAD_CLOSURE, U16, 1, "( -- the cell object in locals[arg]) for building closures")       \
  X(LOAD_CLASSDEREF, U16, 1, "class body: frame's locals dict[varnames[arg]] else cell value") \
  /* names in dicts */                                                                        \
  X(LOAD_GLOBAL, NC, 1, "( -- globals[name] or builtins[name]); NameError")                   \
  X(STORE_GLOBAL, U16, -1, "(v -- ); globals[names[arg]] = v")                                \
  X(DELETE_GLOBAL, U16, 0, "del globals[names[arg]]")                                         \
  X(LOAD_NAME, U16, 1, "( -- v) from the frame's locals dict, then globals, then builtins")   \
  X(STORE_NAME, U16, -1, "(v -- ); frame's locals dict[names[arg]] = v")                      \
  X(DELETE_NAME, U16, 0, "del frame's locals dict[names[arg]]")                               \
  /* attributes */                                                                            \
  X(LOAD_ATTR, NC, 0, "(obj -- obj.name)")                                                    \
  X(STORE_ATTR, NC, -2, "(v obj -- ); obj.name = v")                                          \
  X(DELETE_ATTR, U16, -1, "(obj -- ); del obj.name")                                          \
  X(LOAD_METHOD, NC, 1, "(obj -- fn self) where self is null if fn must not get obj")         \
  /* calls: keyword args are pushed as (name-str value) pairs after the positionals */       \
  X(CALL, U16, V, "(fn a1..an -- result), arg = n")                                           \
  X(CALL_KW, U16, V, "(fn a1..an k1 v1..km vm -- result), arg = n | m<<8")                    \
  X(CALL_METHOD, U16, V, "(fn self_or_null a1..an -- result), arg = n")                       \
  X(CALL_METHOD_KW, U16, V, "(fn self_or_null a1..an k1 v1..km vm -- result), arg = n | m<<8") \
  X(CALL_EX, U8, V, "(fn args_tuple [kwargs_dict] -- result), arg = 1 if the dict is there")  \
  /* subscripts and slices */                                                                 \
  X(BINARY_SUBSCR, NONE, -1, "(obj index -- obj[index])")                                     \
  X(STORE_SUBSCR, NONE, -3, "(v obj index -- ); obj[index] = v")                              \
  X(DELETE_SUBSCR, NONE, -2, "(obj index -- ); del obj[index]")                               \
  X(BUILD_SLICE, U8, V, "(start stop [step] -- slice), arg = 2 or 3")                         \
  /* operators */                                                                             \
  X(BINARY_OP, U8, -1, "(a b -- a op b), arg = BinOp (arithmetic, in-place, comparisons)")    \
  X(CONTAINS_OP, U8, -1, "(a b -- a in b), arg 1 = not in")                                  \
  X(IS_OP, U8, -1, "(a b -- a is b), arg 1 = is not")                                         \
  X(UNARY_NEG, NONE, 0, "(a -- -a)")                                                          \
  X(UNARY_POS, NONE, 0, "(a -- +a)")                                                          \
  X(UNARY_INVERT, NONE, 0, "(a -- ~a)")                                                       \
  X(UNARY_NOT, NONE, 0, "(a -- not a)")                                                       \
  /* control flow */                                                                          \
  X(JUMP, J, 0, "goto arg")                                                                   \
  X(POP_JUMP_IF_FALSE, J, -1, "(a -- ); goto arg if not a")                                   \
  X(POP_JUMP_IF_TRUE, J, -1, "(a -- ); goto arg if a")                                        \
  X(JUMP_IF_FALSE_OR_POP, J, V, "(a -- a) and goto arg if not a, else (a -- )")               \
  X(JUMP_IF_TRUE_OR_POP, J, V, "(a -- a) and goto arg if a, else (a -- )")                    \
  X(GET_ITER, NONE, 0, "(obj -- iter(obj))")                                                  \
  X(FOR_ITER, J, 1, "(it -- it next) or, when exhausted, (it -- ) and goto arg")              \
  X(RETURN_VALUE, NONE, -1, "(v -- ); return v from the frame")                               \
  /* exceptions */                                                                            \
  X(RAISE, U8, V, "arg 0: re-raise the handled exception; 1: (exc -- ) raise exc; 2: (exc cause -- ) raise exc from cause") \
  X(RERAISE, NONE, -1, "(exc -- ); raise exc again, keeping its traceback")                   \
  X(PUSH_EXC_INFO, NONE, 1, "(exc -- prev exc): prev = the handled exception before; exc becomes the handled one") \
  X(POP_EXCEPT, NONE, -1, "(prev -- ); the handled exception becomes prev again")             \
  X(CHECK_EXC_MATCH, NONE, 0, "(exc type -- exc bool): isinstance(exc, type), type may be a tuple") \
  X(BEFORE_WITH, NONE, 1, "(mgr -- exit_bound enter_result)")                                 \
  X(WITH_EXCEPT_START, NONE, 1, "(exit_bound prev exc -- exit_bound prev exc res): res = exit(type, exc, tb)") \
  /* generators and coroutines */                                                             \
  X(YIELD_VALUE, NONE, 0, "(v -- sent): suspend the generator yielding v")                    \
  X(GET_YIELD_FROM_ITER, NONE, 0, "(obj -- iter) for yield from (generators and coroutines pass through)") \
  X(YIELD_FROM, NONE, -1, "(it v -- result): send v into it until it stops; result = StopIteration value") \
  X(GET_AWAITABLE, NONE, 0, "(obj -- awaitable iterator) via __await__ or a coroutine")       \
  X(GET_AITER, NONE, 0, "(obj -- obj.__aiter__())")                                           \
  X(GET_ANEXT, NONE, 1, "(aiter -- aiter awaitable of aiter.__anext__())")                    \
  X(END_ASYNC_FOR, NONE, -2, "(aiter exc -- ); if exc is StopAsyncIteration end the loop, else re-raise") \
  X(BEFORE_ASYNC_WITH, NONE, 1, "(mgr -- aexit_bound awaitable_of_aenter)")                  \
  /* building objects */                                                                      \
  X(MAKE_FUNCTION, U8, V, "([defaults_tuple] [kwdefaults_dict] [closure_tuple] code -- fn), arg bits 1,2,8 say which are there") \
  X(BUILD_TUPLE, U16, V, "(a1..an -- (a1..an))")                                              \
  X(BUILD_LIST, U16, V, "(a1..an -- [a1..an])")                                               \
  X(BUILD_SET, U16, V, "(a1..an -- {a1..an})")                                                \
  X(BUILD_MAP, U16, V, "(k1 v1..kn vn -- {k1: v1..})")                                        \
  X(BUILD_STRING, U16, V, "(s1..sn -- s1+..+sn) for f-strings")                               \
  X(LIST_APPEND, U16, -1, "(list <arg-1 items> v -- list <arg-1 items>); list.append(v)")     \
  X(SET_ADD, U16, -1, "as LIST_APPEND, for sets")                                             \
  X(MAP_ADD, U16, -2, "(map <arg-1 items> k v -- map <arg-1 items>); map[k] = v")             \
  X(LIST_EXTEND, U16, -1, "(list <arg-1 items> it -- list <arg-1 items>); list.extend(it)")   \
  X(SET_UPDATE, U16, -1, "as LIST_EXTEND, for sets")                                          \
  X(DICT_UPDATE, U16, -1, "(map <arg-1 items> m -- map <arg-1 items>); map.update(m)")        \
  X(DICT_MERGE, U16, -1, "as DICT_UPDATE, but a repeated key is a TypeError (for f(**a, **b))") \
  X(LIST_TO_TUPLE, NONE, 0, "(list -- tuple(list))")                                          \
  X(UNPACK_SEQUENCE, U16, V, "(seq -- an..a1): exactly arg items, a1 on top")                 \
  X(UNPACK_EX, U16, V, "(seq -- ..): arg = before | after<<8; pushes after items, a list, before items, first item on top") \
  X(FORMAT_VALUE, U8, V, "(v [spec] -- str): arg & 3: 0 none, 1 str, 2 repr, 3 ascii; arg & 4: a spec str is on top") \
  /* modules */                                                                               \
  X(IMPORT_NAME, U16, -1, "(level fromlist -- module) of names[arg]")                        \
  X(IMPORT_FROM, U16, 1, "(module -- module module.names[arg]) (or the submodule)")           \
  X(IMPORT_STAR, NONE, -1, "(module -- ); copy its public names into the frame's locals")    \
  /* the REPL */                                                                              \
  X(PRINT_EXPR, NONE, -1, "(v -- ); if v is not None print repr(v) and set builtins._ = v")

enum class Op : uint8_t {
#define X(name, fmt, effect, doc) name,
  MINNOW_OPCODES(X)
#undef X
};

inline constexpr int kNumOpcodes = 0
#define X(name, fmt, effect, doc) +1
    MINNOW_OPCODES(X)
#undef X
    ;
static_assert(kNumOpcodes == static_cast<int>(Op::PRINT_EXPR) + 1);
static_assert(kNumOpcodes <= 256, "opcodes fit in a byte");

inline constexpr OpFormat kOpFormat[] = {
#define X(name, fmt, effect, doc) OpFormat::fmt,
    MINNOW_OPCODES(X)
#undef X
};

inline constexpr const char* kOpName[] = {
#define X(name, fmt, effect, doc) #name,
    MINNOW_OPCODES(X)
#undef X
};

inline constexpr int kOpEffect[] = {
#define X(name, fmt, effect, doc) effect,
    MINNOW_OPCODES(X)
#undef X
};

// Operand bytes after the opcode byte.
constexpr int operand_size(OpFormat f) {
  switch (f) {
    case OpFormat::NONE: return 0;
    case OpFormat::U8: return 1;
    case OpFormat::U16: return 2;
    case OpFormat::I16: return 2;
    case OpFormat::J: return 3;
    case OpFormat::NC: return 4;
  }
  return 0;
}

// Net stack effect of an instruction with its operand (for V ops too).
// `jump` selects the effect when a conditional jump is taken.
constexpr int stack_effect(Op op, uint32_t arg, bool jump) {
  switch (op) {
    case Op::CALL: return -static_cast<int>(arg);
    case Op::CALL_KW: return -static_cast<int>((arg & 0xff) + 2 * (arg >> 8));
    case Op::CALL_METHOD: return -static_cast<int>(arg) - 1;
    case Op::CALL_METHOD_KW: return -static_cast<int>((arg & 0xff) + 2 * (arg >> 8)) - 1;
    case Op::CALL_EX: return arg ? -2 : -1;
    case Op::BUILD_SLICE: return 1 - static_cast<int>(arg);
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op::FOR_ITER: return jump ? -1 : 1;
    case Op::RAISE: return -static_cast<int>(arg);
    case Op::MAKE_FUNCTION:
      return -(((arg & 1) ? 1 : 0) + ((arg & 2) ? 1 : 0) + ((arg & 8) ? 1 : 0));
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING: return 1 - static_cast<int>(arg);
    case Op::BUILD_MAP: return 1 - 2 * static_cast<int>(arg);
    case Op::UNPACK_SEQUENCE: return static_cast<int>(arg) - 1;
    case Op::UNPACK_EX: return static_cast<int>((arg & 0xff) + (arg >> 8));
    case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    default: return kOpEffect[static_cast<int>(op)];
  }
}

}  // namespace minnow
