#pragma once

#include <cstddef>

// Ed25519 signatures, by libsodium in the pcc-signing module (signing/), which the program loads
// only when it first checks or makes a signature: most volunteers never install an update, and
// libsodium then costs nothing at start. The sizes are fixed by Ed25519 itself.
namespace pcc::Ed25519 {
constexpr int PublicKeyBytes = 32;
constexpr int SecretKeyBytes = 64;
constexpr int SignatureBytes = 64;
} // namespace pcc::Ed25519

extern "C" {
struct PccEd25519
{
    int (*keypair)(unsigned char *publicKey, unsigned char *secretKey);
    int (*signDetached)(unsigned char *signature, unsigned long long *signatureLength, const unsigned char *message,
                        unsigned long long messageLength, const unsigned char *secretKey);
    int (*verifyDetached)(const unsigned char *signature, const unsigned char *message, unsigned long long messageLength,
                          const unsigned char *publicKey);
    void (*memzero)(void *bytes, size_t length);
};
// Null when libsodium cannot start.
using PccGetEd25519 = const PccEd25519 *();
}
