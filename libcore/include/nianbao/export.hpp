// Symbol visibility for the shared library libnianbao-core.
#pragma once

#if defined(NIANBAO_CORE_BUILDING)
#define NIANBAO_API __attribute__((visibility("default")))
#else
#define NIANBAO_API
#endif
