#ifndef PTCE_CLIBCRYPTO_SHIM_H
#define PTCE_CLIBCRYPTO_SHIM_H
/* OpenSSL's libcrypto (Debian's libssl-dev), for one thing: the SHA-256 digests of the audit
   trail. Building BoringSSL through swift-crypto for that one function took most of a first
   build's time. */
#include <openssl/sha.h>
#endif
