// The pcc-signing module: Ed25519 by libsodium, behind the table in ed25519.h. Built as a
// separate shared module so that the program loads libsodium only when it needs a signature.
#include "ed25519.h"

#include <QtGlobal>

#include <sodium.h>

static_assert(crypto_sign_PUBLICKEYBYTES == pcc::Ed25519::PublicKeyBytes);
static_assert(crypto_sign_SECRETKEYBYTES == pcc::Ed25519::SecretKeyBytes);
static_assert(crypto_sign_BYTES == pcc::Ed25519::SignatureBytes);

extern "C" Q_DECL_EXPORT const PccEd25519 *pcc_ed25519()
{
    static const PccEd25519 functions{crypto_sign_keypair, crypto_sign_detached, crypto_sign_verify_detached, sodium_memzero};
    return sodium_init() < 0 ? nullptr : &functions;
}
