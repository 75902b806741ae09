#pragma once

// Whether this test runs in the sanitizer build (CI's ci-qt6: clang with AddressSanitizer
// and UndefinedBehaviorSanitizer), where our code runs 3 to 8 times slower and allocates
// through ASan's allocator. Tests of big inputs (many megabytes, thousands of processes)
// scale their sizes with sanitizerSlowdown() so the suite stays within CI's time; what they
// prove stays the same. From the compiler's own macros, so no build option is needed.

namespace bitext::test {

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BITEXT_TEST_ASAN 1
#endif
#endif
#if !defined(BITEXT_TEST_ASAN) && defined(__SANITIZE_ADDRESS__)
#define BITEXT_TEST_ASAN 1
#endif

constexpr bool sanitizerBuild()
{
#ifdef BITEXT_TEST_ASAN
    return true;
#else
    return false;
#endif
}

// How many times slower the sanitizer build runs our code (measured: importing a 3 MiB
// transcript takes 8 times the CPU of the gcc -O2 build); 1 elsewhere.
constexpr int sanitizerSlowdown()
{
    return sanitizerBuild() ? 8 : 1;
}

} // namespace bitext::test
