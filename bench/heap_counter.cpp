// Global operator new/delete that keep a running count; they replace the defaults for the
// whole benchmark process, libnianbao-core included.
#include "heap_counter.hpp"

#include <malloc.h>

#include <cstdlib>
#include <new>

namespace {

bool counting = false;
std::size_t in_use = 0, peak = 0, allocations = 0;

void* allocate(std::size_t size) {
    void* p = std::malloc(size == 0 ? 1 : size);
    if (!p) throw std::bad_alloc();
    if (counting) {
        in_use += malloc_usable_size(p);
        peak = in_use > peak ? in_use : peak;
        ++allocations;
    }
    return p;
}

void release(void* p) noexcept {
    if (!p) return;
    if (counting) {
        const std::size_t size = malloc_usable_size(p);
        in_use = in_use > size ? in_use - size : 0;  // freed memory allocated before the start
    }
    std::free(p);
}

} // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

namespace bench {

void heap_start() {
    in_use = peak = allocations = 0;
    counting = true;
}

HeapUse heap_stop() {
    counting = false;
    return {peak, allocations};
}

} // namespace bench
