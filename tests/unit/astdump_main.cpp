// Test tool: parse Python files with Minnow's parser and print the AST in
// python3's ast.dump() format, or "SyntaxError: msg (line L, col C)".
//
//   astdump_main MODE [--pos] [--multi] FILE...
//     MODE   exec | single | eval
//     --pos  also print lineno/col_offset (compare with a custom python dump)
//     --multi  print "== FILE" before each result (several files per run)
//     --parse-only  print "ok" instead of the dump (for huge trees: the
//                   dumper recurses, the parser does not for long chains)
// FILE "-" reads stdin. \N{...} escapes are resolved by asking python3.
#include <csetjmp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "parse/ast_dump.h"
#include "parse/parser.h"

using namespace minnow;

namespace {

struct BumpArena : Arena {
    std::vector<char*> chunks;
    char* cur = nullptr;
    size_t left = 0;

    BumpArena() { alloc = &BumpArena::do_alloc; }
    ~BumpArena() { clear(); }
    void clear() {
        for (char* c : chunks) free(c);
        chunks.clear();
        cur = nullptr;
        left = 0;
    }
    static void* do_alloc(Arena* self, size_t n) {
        BumpArena* a = static_cast<BumpArena*>(self);
        n = (n + 7) & ~size_t(7);
        if (n > a->left) {
            size_t sz = n > (1u << 20) ? n : (1u << 20);
            char* c = static_cast<char*>(malloc(sz));
            if (!c) abort();
            a->chunks.push_back(c);
            a->cur = c;
            a->left = sz;
        }
        void* p = a->cur;
        a->cur += n;
        a->left -= n;
        return p;
    }
};

jmp_buf g_jmp;
std::string g_err;

const char* kind_name(ErrorKind k) {
    switch (k) {
        case ErrorKind::SyntaxError: return "SyntaxError";
        case ErrorKind::IndentationError: return "IndentationError";
        case ErrorKind::TabError: return "TabError";
        case ErrorKind::MemoryError: return "MemoryError";
        case ErrorKind::RecursionError: return "RecursionError";
    }
    return "?";
}

void on_error(void*, ErrorKind k, const char* msg, uint32_t line, uint32_t col) {
    g_err = std::string(kind_name(k)) + ": " + msg + " (line " + std::to_string(line) + ", col " +
            std::to_string(col) + ")";
    longjmp(g_jmp, 1);
}

uint32_t lookup_name(void*, const char* name, size_t len) {
    std::string n(name, len);
    for (char c : n) {
        if (!(isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '-')) return UINT32_MAX;
    }
    std::string cmd =
        "python3 -c \"import unicodedata,sys; print(ord(unicodedata.lookup(sys.argv[1])))\" '" + n +
        "' 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return UINT32_MAX;
    char buf[64] = {0};
    bool ok = fgets(buf, sizeof buf, p) != nullptr;
    int rc = pclose(p);
    if (!ok || rc != 0) return UINT32_MAX;
    return static_cast<uint32_t>(strtoul(buf, nullptr, 10));
}

void write_out(void* ctx, const char* s, size_t n) { static_cast<std::string*>(ctx)->append(s, n); }

// Python's repr() for a finite double, or for the imaginary part of a
// complex (which omits the ".0" of integral values).
std::string float_repr(double v, bool imag) {
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    if (std::isnan(v)) return "nan";
    char buf[64];
    int prec = 1;
    for (; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, nullptr) == v) break;
    }
    // buf is "d.ddde[+-]XX": collect digits and the decimal exponent.
    std::string digits;
    const char* p = buf;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') digits += *p;
    }
    int exp10 = atoi(p + 1);
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    int decpt = exp10 + 1;  // digits d1d2... represent 0.d1d2... * 10^decpt
    std::string out = neg ? "-" : "";
    if (v == 0) {
        out += imag ? "0" : "0.0";
        return out;
    }
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out += "0." + std::string(-decpt, '0') + digits;
        } else if (static_cast<size_t>(decpt) >= digits.size()) {
            out += digits + std::string(decpt - digits.size(), '0');
            if (!imag) out += ".0";
        } else {
            out += digits.substr(0, decpt) + "." + digits.substr(decpt);
        }
    } else {
        out += digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        int e = decpt - 1;
        char eb[16];
        snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        out += eb;
    }
    return out;
}

void print_number(void* ctx, const ast::Constant* c) {
    std::string* out = static_cast<std::string*>(ctx);
    std::string text(c->text, c->len);
    if (c->value_kind == ast::ConstKind::Int) {
        // Base conversion into base-1e9 limbs (little endian).
        std::vector<uint32_t> limbs{0};
        for (char ch : text) {
            uint64_t d = isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : (ch | 0x20) - 'a' + 10;
            uint64_t carry = d;
            for (uint32_t& l : limbs) {
                uint64_t x = static_cast<uint64_t>(l) * c->base + carry;
                l = static_cast<uint32_t>(x % 1000000000u);
                carry = x / 1000000000u;
            }
            if (carry) limbs.push_back(static_cast<uint32_t>(carry));
        }
        std::string s = std::to_string(limbs.back());
        for (size_t i = limbs.size() - 1; i-- > 0;) {
            char b[16];
            snprintf(b, sizeof b, "%09u", limbs[i]);
            s += b;
        }
        *out += s;
        return;
    }
    double v = strtod(text.c_str(), nullptr);
    if (c->value_kind == ast::ConstKind::Float) {
        *out += float_repr(v, false);
    } else {
        *out += float_repr(v, true) + "j";
    }
}

bool read_file(const char* path, std::string* out) {
    FILE* f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return false;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
    if (f != stdin) fclose(f);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s exec|single|eval [--pos] [--multi] FILE...\n", argv[0]);
        return 2;
    }
    ParseMode mode = ParseMode::File;
    if (strcmp(argv[1], "single") == 0) mode = ParseMode::Single;
    else if (strcmp(argv[1], "eval") == 0) mode = ParseMode::Eval;
    bool pos = false, multi = false, parse_only = false;
    int i = 2;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
        if (strcmp(argv[i], "--pos") == 0) pos = true;
        if (strcmp(argv[i], "--multi") == 0) multi = true;
        if (strcmp(argv[i], "--parse-only") == 0) parse_only = true;
    }
    for (; i < argc; i++) {
        static std::string src;
        src.clear();
        if (!read_file(argv[i], &src)) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            return 2;
        }
        static BumpArena arena;
        arena.clear();
        static std::string out;
        out.clear();
        if (multi) printf("== %s\n", argv[i]);
        if (setjmp(g_jmp) == 0) {
            ParseConfig cfg;
            cfg.arena = &arena;
            cfg.error = on_error;
            cfg.lookup_unicode_name = lookup_name;
            ast::Node* tree = parse(cfg, src.data(), src.size(), mode);
            DumpWriter w{write_out, &out, print_number, pos};
            if (parse_only) out = "ok";
            else ast_dump(tree, w);
            fwrite(out.data(), 1, out.size(), stdout);
            fputc('\n', stdout);
        } else {
            printf("%s\n", g_err.c_str());
        }
    }
    return 0;
}
