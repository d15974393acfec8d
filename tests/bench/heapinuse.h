#pragma once

#include <QtGlobal>

#include <malloc.h>

// Bytes the heap holds for the program now, as glibc's allocator counts them.
inline qint64 heapInUse()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}
