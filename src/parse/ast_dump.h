// Print an AST in exactly the format of CPython 3.11's `ast.dump(tree)`
// (default arguments: annotate_fields=True, include_attributes=False, no
// indent). Used to compare Minnow's parser against python3 as an oracle.
#pragma once

#include <cstddef>

#include "parse/ast.h"

namespace minnow {

struct DumpWriter {
    void (*write)(void* ctx, const char* s, size_t n);
    void* ctx;
    // Optional: print the Python repr of an Int, Float or Imag constant
    // (e.g. 0xff -> "255", 1e3 -> "1000.0", 2j -> "2j") through `write`.
    // Without it, decimal ints print as written, other-base ints that fit
    // in 64 bits are converted, and floats print their source text.
    void (*number)(void* ctx, const ast::Constant* c);
    // Also print lineno/col_offset of nodes that have them (like
    // include_attributes=True, but without end positions).
    bool positions;
};

void ast_dump(const ast::Node* n, const DumpWriter& w);

}  // namespace minnow
