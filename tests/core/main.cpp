// doctest's runner for the core suite; the same sources build natively and as WebAssembly under node.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
