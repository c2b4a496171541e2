// Entry points of the io module (mod/io.cpp) used by the rest of the core.
#pragma once
#include "vm/runtime.h"

namespace minnow {

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True): builtins.open and io.open. args as for call().
Value io_open(size_t n_args, size_t n_kw, const Value* args);

// raise_os_error(err) with a file name attached (shown by str(e), as
// "[Errno 2] No such file or directory: 'name'"). Used by io and os.
[[noreturn]] [[gnu::cold]] void raise_os_error_path(int err, Value path);

}  // namespace minnow
