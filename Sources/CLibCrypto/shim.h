#ifndef PTCE_CLIBCRYPTO_SHIM_H
#define PTCE_CLIBCRYPTO_SHIM_H
/* OpenSSL's libcrypto (Debian's libssl-dev), for one thing: the SHA-256 digests of the audit
   trail. Building BoringSSL through swift-crypto for that one function took most of a first
   build's time. */
#include <openssl/sha.h>

/* SHA-256 of `count` bytes into `digest` (32 bytes), by libcrypto's SHA-256 functions
   themselves. OpenSSL 3's one-shot SHA256() goes through EVP_Q_digest, whose first call
   loads the configuration and the default provider: a sixth of `ptce check`'s own work.
   These functions are deprecated in OpenSSL 3 (for the EVP interface), not removed; the
   same digest, without the provider machinery. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
static inline int ptce_sha256(const void *bytes, size_t count, unsigned char *digest) {
    SHA256_CTX context;
    if (!SHA256_Init(&context)) return 0;
    if (!SHA256_Update(&context, bytes, count)) return 0;
    return SHA256_Final(digest, &context);
}
#pragma GCC diagnostic pop
#endif
