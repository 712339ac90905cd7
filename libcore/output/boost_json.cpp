// Boost.JSON compiled into nianbao_output (its header-only mode) instead of linking
// libboost_json.so: one shared library less to load at every start of the CLI (measured, with the
// shared library: +0.45 ms CPU per `nianbao check` of one report; BENCHMARKS.md, issue 13).
#include <boost/json/src.hpp>
