// Unit tests for the containers' C API: the Map hash table (random
// operations checked against std::unordered_map, all index widths,
// deletion holes, copies), list_sort (against std::stable_sort), tuple
// hashing and slice_indices. Python-level behaviour is covered by the
// script tests (tests/types/9NN_containers_*.py).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "obj/dict.h"
#include "obj/list.h"
#include "obj/slice.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow::port {
extern char* g_stack_top;
}

using namespace minnow;

namespace {

alignas(16) char g_heap[32 << 20];

class MapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char here;
    port::g_stack_top = &here + 2048;
    // Another suite may have started the VM already: share it.
    if (!ts.builtins) vm_init(g_heap, sizeof g_heap);
  }
};

// Keys are ints, or strs "k<n>" (the reference map keys them as text).
Value make_key(bool is_str, long n) {
  if (!is_str) return small(n);
  std::string s = "k" + std::to_string(n);
  return str_new(s.data(), s.size());
}
std::string ref_key(bool is_str, long n) { return (is_str ? "s" : "i") + std::to_string(n); }

TEST_F(MapTest, RandomOperationsMatchReference) {
  for (unsigned seed = 1; seed <= 4; seed++) {
    std::mt19937 rng(seed);
    std::unordered_map<std::string, long> ref;
    Dict* d = dict_new();
    long keyspace = 50L * seed * seed;
    for (int op = 0; op < 40000; op++) {
      int r = static_cast<int>(rng() % 100);
      long n = static_cast<long>(rng() % keyspace);
      bool str_key = rng() & 1;
      Value key = make_key(str_key, n);
      std::string rk = ref_key(str_key, n);
      if (r < 50) {
        long v = static_cast<long>(rng() % 1000);
        map_set(&d->map, key, small(v));
        ref[rk] = v;
      } else if (r < 75) {
        Value got = map_remove(&d->map, key);
        auto it = ref.find(rk);
        ASSERT_EQ(it == ref.end(), got.is_null());
        if (it != ref.end()) {
          ASSERT_EQ(got.small(), it->second);
          ref.erase(it);
        }
      } else if (r < 98) {
        Value got = str_key ? map_get_str(&d->map, key.as<Str>()) : map_get(&d->map, key);
        auto it = ref.find(rk);
        ASSERT_EQ(it == ref.end(), got.is_null()) << rk;
        if (it != ref.end()) ASSERT_EQ(got.small(), it->second);
      } else {
        // popitem: the last entry is always live.
        if (d->map.count) {
          MapEntry* e = &d->map.entries[d->map.used - 1];
          ASSERT_FALSE(e->key.is_null());
          Value k = e->key;
          ref.erase(is_str(k) ? "s" + std::string(k.as<Str>()->data() + 1) : "i" + std::to_string(k.small()));
          map_remove_entry(&d->map, e);
        }
      }
      ASSERT_EQ(d->map.count, ref.size());
    }
    size_t pos = 0, seen = 0;
    while (map_next(&d->map, &pos)) seen++;
    EXPECT_EQ(seen, ref.size());
    Map copy;
    map_copy(&copy, &d->map);
    for (auto& [k, v] : ref) {
      Value key = make_key(k[0] == 's', std::stol(k.substr(1)));
      EXPECT_EQ(map_get(&copy, key).small(), v);
    }
  }
}

TEST_F(MapTest, AllIndexWidths) {
  // 8-bit slots up to 255 entries, 16-bit up to 65535, then 32-bit.
  Dict* d = dict_new();
  const long n = 70000;
  for (long i = 0; i < n; i++) map_set(&d->map, small(i * 3), small(i));
  EXPECT_EQ(d->map.count, static_cast<uint32_t>(n));
  EXPECT_GT(d->map.cap, 65535u);
  for (long i = 0; i < n; i++) ASSERT_EQ(map_get(&d->map, small(i * 3)).small(), i);
  EXPECT_TRUE(map_get(&d->map, small(1)).is_null());
  for (long i = 0; i < n; i += 2) ASSERT_FALSE(map_remove(&d->map, small(i * 3)).is_null());
  for (long i = 0; i < n; i++) ASSERT_EQ(map_get(&d->map, small(i * 3)).is_null(), i % 2 == 0);
}

TEST_F(MapTest, InsertionOrderAndHoles) {
  Dict* d = dict_new();
  for (long i = 0; i < 20; i++) map_set(&d->map, small(i), small(i));
  for (long i = 0; i < 20; i += 2) map_remove(&d->map, small(i));
  map_set(&d->map, small(4), small(99));
  std::vector<long> order;
  size_t pos = 0;
  while (MapEntry* e = map_next(&d->map, &pos)) order.push_back(e->key.small());
  std::vector<long> want = {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 4};
  EXPECT_EQ(order, want);
  // Churn at a constant size must not grow the table without bound.
  for (long i = 100; i < 5000; i++) {
    map_set(&d->map, small(i), small(i));
    map_remove(&d->map, small(i));
  }
  EXPECT_LE(d->map.cap, 64u);
  map_clear(&d->map);
  EXPECT_EQ(d->map.count, 0u);
  EXPECT_TRUE(map_get(&d->map, small(1)).is_null());
}

TEST_F(MapTest, SetPopIsLinear) {
  Set* s = set_new(&set_type);
  for (long i = 0; i < 20000; i++) set_add(s, small(i));
  Value pop[2];
  load_method(from_ptr(s), QSTR(pop), pop);
  for (long i = 0; i < 20000; i++) ASSERT_EQ(call(pop[0], 1, 0, &pop[1]).small(), i);
  EXPECT_EQ(s->map.count, 0u);
}

TEST_F(MapTest, SortMatchesStableSort) {
  std::mt19937 rng(7);
  for (size_t n : {0u, 1u, 2u, 5u, 63u, 64u, 65u, 200u, 1000u, 5000u}) {
    for (int mod : {3, 1000000}) {
      std::vector<long> v(n);
      for (auto& x : v) x = static_cast<long>(rng() % mod) - mod / 2;
      List* l = list_new(n);
      for (size_t i = 0; i < n; i++) l->items[i] = small(v[i]);
      list_sort(l, Value::null(), false);
      std::stable_sort(v.begin(), v.end());
      for (size_t i = 0; i < n; i++) ASSERT_EQ(l->items[i].small(), v[i]);
      list_sort(l, Value::null(), true);
      for (size_t i = 0; i < n; i++) ASSERT_EQ(l->items[i].small(), v[n - 1 - i]);
    }
  }
  // Stability with equal str keys: tuples (key, position) sorted on key.
  std::vector<std::pair<std::string, long>> pairs;
  List* l = list_new(3000);
  for (long i = 0; i < 3000; i++) {
    std::string k = "w" + std::to_string(rng() % 50);
    pairs.push_back({k, i});
    Value kv[2] = {str_new(k.data(), k.size()), small(i)};
    l->items[i] = tuple_new(2, kv);
  }
  list_sort(l, Value::null(), false);
  std::stable_sort(pairs.begin(), pairs.end());
  for (size_t i = 0; i < pairs.size(); i++) ASSERT_EQ(l->items[i].as<Tuple>()->items()[1].small(), pairs[i].second);
}

TEST_F(MapTest, TupleHashAndSlices) {
  Value a[3] = {small(1), str_from_cstr("x"), small(-5)};
  Value b[3] = {small(1), str_from_cstr("x"), small(-5)};
  EXPECT_EQ(hash(tuple_new(3, a)), hash(tuple_new(3, b)));
  EXPECT_NE(hash(tuple_new(2, a)), hash(tuple_new(3, a)));
  SliceIndices si;
  EXPECT_FALSE(slice_indices(small(3), 10, &si));
  ASSERT_TRUE(slice_indices(slice_new(none(), none(), small(-2)), 10, &si));
  EXPECT_EQ(si.start, 9);
  EXPECT_EQ(si.stop, -1);
  EXPECT_EQ(si.count, 5u);
  ASSERT_TRUE(slice_indices(slice_new(small(-100), small(100), none()), 4, &si));
  EXPECT_EQ(si.start, 0);
  EXPECT_EQ(si.stop, 4);
  EXPECT_EQ(si.count, 4u);
}

}  // namespace
