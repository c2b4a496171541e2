// A fixed-size message builder for compile-time error messages (no printf in
// the core). Output is silently truncated to fit; always NUL-terminated.
#pragma once

#include <cstddef>
#include <cstdint>

#include "config.h"

namespace minnow {

// MSG("text") marks a message literal that reaches raise_msg, a %s of
// raise_fmt or MsgBuf::add unchanged without being their direct argument
// (a table entry, a variable set in branches): a board build compresses it
// like the direct ones (tools/boards/compress_msgs.py).
#define MSG(text) text

#if MINNOW_COMPRESSED_MSGS
// A build that compresses error messages (config.h) expands them where they
// are used: expand_msg returns msg itself, or its text written to buf, which
// holds kMsgExpanded bytes and a NUL (defined in vm/error.cpp).
inline constexpr size_t kMsgExpanded = 200;
const char* expand_msg(const char* msg, char* buf);
#endif

// The text of a message that may be compressed, valid while this object
// lives: `MsgText m(msg);` then m.text. Without compression it is msg.
struct MsgText {
    const char* text;
#if MINNOW_COMPRESSED_MSGS
    char buf[kMsgExpanded + 1];
    explicit MsgText(const char* msg) : text(expand_msg(msg, buf)) {}
#else
    explicit MsgText(const char* msg) : text(msg) {}
#endif
};

struct MsgBuf {
    char buf[200];
    uint32_t n = 0;

    MsgBuf() { buf[0] = 0; }
    // A compressed message piece (a board build's, see expand_msg) is
    // expanded first.
    MsgBuf& add(const char* s) {
#if MINNOW_COMPRESSED_MSGS
        if (*s == 1) return add_expanded(s);
#endif
        while (*s) add_char(*s++);
        return *this;
    }
    MsgBuf& add(const char* s, size_t len) {
        for (size_t i = 0; i < len; i++) add_char(s[i]);
        return *this;
    }
#if MINNOW_COMPRESSED_MSGS
    [[gnu::noinline]] MsgBuf& add_expanded(const char* s) { return add(MsgText(s).text); }
#endif
    MsgBuf& add_char(char c) {
        if (n + 1 < sizeof buf) {
            buf[n++] = c;
            buf[n] = 0;
        }
        return *this;
    }
    MsgBuf& add_uint(uint32_t v) {
        char tmp[12];
        int k = 0;
        do {
            tmp[k++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (k > 0) add_char(tmp[--k]);
        return *this;
    }
    // Upper-case hex with at least `digits` digits ("U+%04X" style).
    MsgBuf& add_hex(uint32_t v, int digits) {
        char tmp[8];
        int k = 0;
        do {
            tmp[k++] = "0123456789ABCDEF"[v & 15];
            v >>= 4;
        } while (v != 0 || k < digits);
        while (k > 0) add_char(tmp[--k]);
        return *this;
    }
    const char* c_str() const { return buf; }
};

}  // namespace minnow
