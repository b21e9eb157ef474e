/* ec-sim-secret.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-secret"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "ec-sim-secret.h"

/* Passwords are stored as PBKDF2-HMAC-SHA256 (RFC 8018) with a random salt,
 * written "pbkdf2-sha256$ITERATIONS$SALT_HEX$HASH_HEX".  The iteration count
 * is modest because this service holds made-up demo accounts and its tests
 * log in hundreds of times; the format records it, so it can be raised
 * without breaking stored hashes. */
#define PBKDF2_ITERATIONS 20000
#define SALT_BYTES 16
#define HASH_BYTES 32

/* Session tokens and salts need unpredictable bytes: GLib's GRand is not a
 * cryptographic generator, so they come from the kernel. */
static void
fill_random (guint8 *buffer,
             gsize   length)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = getrandom (buffer + done, length - done, 0);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        g_error ("No randomness from the kernel: %s", g_strerror (errno));
      done += (gsize) n;
    }
}

static char *
to_hex (const guint8 *bytes,
        gsize         length)
{
  GString *hex = g_string_sized_new (length * 2);

  for (gsize i = 0; i < length; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);
  return g_string_free (hex, FALSE);
}

static void
pbkdf2_sha256 (const char   *password,
               const guint8 *salt,
               gsize         salt_length,
               guint         iterations,
               guint8        out[HASH_BYTES])
{
  /* One block is enough: the derived key is exactly one SHA-256 output. */
  guint8 block_index[4] = { 0, 0, 0, 1 };
  guint8 u[HASH_BYTES];
  gsize  u_length = HASH_BYTES;
  g_autoptr (GHmac) hmac = g_hmac_new (G_CHECKSUM_SHA256, (const guchar *) password, strlen (password));

  g_hmac_update (hmac, salt, salt_length);
  g_hmac_update (hmac, block_index, sizeof block_index);
  g_hmac_get_digest (hmac, u, &u_length);
  memcpy (out, u, HASH_BYTES);

  for (guint i = 1; i < iterations; i++)
    {
      g_autoptr (GHmac) round = g_hmac_new (G_CHECKSUM_SHA256, (const guchar *) password, strlen (password));

      g_hmac_update (round, u, HASH_BYTES);
      u_length = HASH_BYTES;
      g_hmac_get_digest (round, u, &u_length);
      for (guint j = 0; j < HASH_BYTES; j++)
        out[j] ^= u[j];
    }
}

/**
 * ec_sim_password_hash:
 * @password: the password
 *
 * Returns: (transfer full): the string to store.
 */
char *
ec_sim_password_hash (const char *password)
{
  guint8           salt[SALT_BYTES];
  guint8           hash[HASH_BYTES];
  g_autofree char *salt_hex = NULL;
  g_autofree char *hash_hex = NULL;

  fill_random (salt, sizeof salt);
  pbkdf2_sha256 (password, salt, sizeof salt, PBKDF2_ITERATIONS, hash);
  salt_hex = to_hex (salt, sizeof salt);
  hash_hex = to_hex (hash, sizeof hash);
  return g_strdup_printf ("pbkdf2-sha256$%u$%s$%s", PBKDF2_ITERATIONS, salt_hex, hash_hex);
}

/**
 * ec_sim_password_verify:
 * @password: what the person typed
 * @stored: (nullable): what ec_sim_password_hash() gave
 *
 * Returns: %TRUE if @password matches; the comparison takes the same time
 *   wherever the first difference is.
 */
gboolean
ec_sim_password_verify (const char *password,
                        const char *stored)
{
  g_auto (GStrv) parts = NULL;
  guint8           salt[SALT_BYTES];
  guint8           hash[HASH_BYTES];
  g_autofree char *hash_hex = NULL;
  guint64          iterations;
  guint8           diff = 0;

  if (password == NULL || stored == NULL)
    return FALSE;

  parts = g_strsplit (stored, "$", 4);
  if (g_strv_length (parts) != 4 || g_strcmp0 (parts[0], "pbkdf2-sha256") != 0
      || strlen (parts[2]) != SALT_BYTES * 2 || strlen (parts[3]) != HASH_BYTES * 2)
    return FALSE;

  iterations = g_ascii_strtoull (parts[1], NULL, 10);
  if (iterations == 0 || iterations > 10000000)
    return FALSE;

  for (guint i = 0; i < SALT_BYTES; i++)
    {
      int hi = g_ascii_xdigit_value (parts[2][2 * i]);
      int lo = g_ascii_xdigit_value (parts[2][2 * i + 1]);

      if (hi < 0 || lo < 0)
        return FALSE;
      salt[i] = (guint8) (hi * 16 + lo);
    }

  pbkdf2_sha256 (password, salt, sizeof salt, (guint) iterations, hash);
  hash_hex = to_hex (hash, sizeof hash);
  for (guint i = 0; i < HASH_BYTES * 2; i++)
    diff |= (guint8) (hash_hex[i] ^ parts[3][i]);

  return diff == 0;
}

/**
 * ec_sim_token_new:
 *
 * Returns: (transfer full): a new bearer token: 32 random bytes, hex.
 */
char *
ec_sim_token_new (void)
{
  guint8 bytes[32];

  fill_random (bytes, sizeof bytes);
  return to_hex (bytes, sizeof bytes);
}

/**
 * ec_sim_token_hash:
 *
 * Returns: (transfer full): what the database stores for @token, so that a
 *   copy of the database gives no usable session.
 */
char *
ec_sim_token_hash (const char *token)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);
}

/**
 * ec_sim_random_digits:
 * @n_digits: how many
 *
 * Returns: (transfer full): a random decimal code, such as an SMS code.
 */
char *
ec_sim_random_digits (guint n_digits)
{
  g_autofree guint8 *bytes = g_malloc (n_digits);
  char              *code = g_malloc (n_digits + 1);

  fill_random (bytes, n_digits);
  for (guint i = 0; i < n_digits; i++)
    code[i] = (char) ('0' + bytes[i] % 10);
  code[n_digits] = '\0';
  return code;
}
