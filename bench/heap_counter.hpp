// Counts what `operator new` hands out while a scope is open: the peak heap in use and the
// number of allocations, for "memory per report" (C++ allocations; ICU's malloc is not seen).
#pragma once

#include <cstddef>

namespace bench {

struct HeapUse {
    std::size_t peak_bytes = 0;
    std::size_t allocations = 0;
};

// Measures `fn()`: bytes that were already allocated before do not count.
template <class Fn> HeapUse measure_heap(Fn&& fn);

void heap_start();
HeapUse heap_stop();

template <class Fn> HeapUse measure_heap(Fn&& fn) {
    heap_start();
    fn();
    return heap_stop();
}

} // namespace bench
