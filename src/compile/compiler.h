// The compiler: source text -> Code objects (see bytecode/code.h).
//
// Pipeline: parse (parse/parser.h) -> scope analysis (compile/scope.h) ->
// code generation (compile_stmt.cpp, compile_expr.cpp, compile_func.cpp) ->
// assembly (compile/emit.h). The AST lives in an arena of GC chunks that is
// dropped as soon as the code is generated; in File mode the module is
// parsed, analysed and compiled one top-level statement at a time so that
// only one statement's tree is ever in memory.
#pragma once
#include <cstddef>

#include "bytecode/code.h"

namespace minnow {

enum class CompileMode {
  File,    // a module (exec)
  Single,  // one REPL input: expression statements print via PRINT_EXPR
  Eval,    // one expression, whose value the code returns
};

// Parses and compiles src[0, len). Raises SyntaxError / IndentationError /
// TabError / MemoryError / RecursionError (through vm/error.h) on failure.
// opt_level is -O: at 1 and above asserts are dropped and __debug__ is False.
Code* compile(const char* src, size_t len, const Str* filename, CompileMode mode, int opt_level);

}  // namespace minnow
