#ifndef FEEDMERGE_CZLIB_SHIM_H
#define FEEDMERGE_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro (it passes the library's version and the stream's size); Swift sees
// no macros with arguments, so reach it through a function.
static inline int fm_inflate_init_gzip(z_stream *stream) {
    // 15 + 16: the largest window, and a gzip header and trailer (not zlib's).
    return inflateInit2(stream, 15 + 16);
}

#endif
