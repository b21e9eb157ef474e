/* ec-client-error.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-client-error"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ec-client-error.h"

/* The detail a UI needs to act on an error (which field, how long to wait,
 * the service's own code) travels inside the GError, so that it survives
 * g_task_return_error() and g_propagate_error() unchanged. */
typedef struct {
  char *server_code;
  char *field;
  guint retry_after;
  GStrv missing;
} EcClientErrorPrivate;

static void
ec_client_error_private_init (EcClientErrorPrivate *priv)
{
}

static void
ec_client_error_private_copy (const EcClientErrorPrivate *src,
                              EcClientErrorPrivate       *dest)
{
  dest->server_code = g_strdup (src->server_code);
  dest->field = g_strdup (src->field);
  dest->retry_after = src->retry_after;
  dest->missing = g_strdupv (src->missing);
}

static void
ec_client_error_private_clear (EcClientErrorPrivate *priv)
{
  g_clear_pointer (&priv->server_code, g_free);
  g_clear_pointer (&priv->field, g_free);
  g_clear_pointer (&priv->missing, g_strfreev);
}

/* clang-format off */
G_DEFINE_EXTENDED_ERROR (EcClientError, ec_client_error)
/* clang-format on */

static const char *
message_for (EcClientError code)
{
  switch (code)
    {
    case EC_CLIENT_ERROR_OFFLINE:
      return _ ("Cannot reach the learning service. Check your network connection; your saved records stay available.");
    case EC_CLIENT_ERROR_TIMED_OUT:
      return _ ("The learning service did not answer in time. Try again in a moment.");
    case EC_CLIENT_ERROR_TLS:
      return _ ("The learning service’s security certificate is not trusted, so the connection was stopped to protect your data.");
    case EC_CLIENT_ERROR_INSECURE_URL:
      return _ ("The service address must start with https:// so that your password is never sent unencrypted.");
    case EC_CLIENT_ERROR_INVALID_CREDENTIALS:
      return _ ("The account or the password is wrong. Check them, or recover the password by SMS.");
    case EC_CLIENT_ERROR_ACCOUNT_LOCKED:
      return _ ("The account is locked after too many wrong passwords. Wait a while, or recover the password by SMS.");
    case EC_CLIENT_ERROR_UNAUTHORIZED:
      return _ ("You are not logged in. Log in to continue.");
    case EC_CLIENT_ERROR_SESSION_EXPIRED:
      return _ ("Your session has expired. Log in again to continue.");
    case EC_CLIENT_ERROR_FORBIDDEN:
      return _ ("This cannot be done with the account you are logged in with.");
    case EC_CLIENT_ERROR_NOT_FOUND:
      return _ ("The learning service does not know this item.");
    case EC_CLIENT_ERROR_CONFLICT:
      return _ ("This conflicts with what the learning service already holds.");
    case EC_CLIENT_ERROR_INVALID_INPUT:
      return _ ("The learning service refused a field. Correct it and try again.");
    case EC_CLIENT_ERROR_RATE_LIMITED:
      return _ ("Too many requests in a short time. Wait a moment before trying again.");
    case EC_CLIENT_ERROR_SERVER:
      return _ ("The learning service had a problem. Nothing was changed; try again later.");
    case EC_CLIENT_ERROR_MALFORMED_REPLY:
      return _ ("The learning service sent a reply this app does not understand. Nothing was changed; try again later.");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * ec_client_error_new:
 * @code: what went wrong
 * @server_code: (nullable): the service's error code, if it sent one
 * @field: (nullable): the request field at fault
 * @retry_after: seconds to wait (rate limits, a locked account), or 0
 *
 * Returns: (transfer full): an #EC_CLIENT_ERROR with the translated message
 *   of @code.
 */
GError *
ec_client_error_new (EcClientError code,
                     const char   *server_code,
                     const char   *field,
                     guint         retry_after)
{
  GError               *error = g_error_new_literal (EC_CLIENT_ERROR, code, message_for (code));
  EcClientErrorPrivate *priv = ec_client_error_get_private (error);

  priv->server_code = g_strdup (server_code);
  priv->field = g_strdup (field);
  priv->retry_after = retry_after;
  return error;
}

/**
 * ec_client_error_get_code:
 *
 * Returns: (nullable): the service's stable error code ("invalid_checksum",
 *   "not_advanced_member" …), if the error came from a reply.
 */
const char *
ec_client_error_get_code (const GError *error)
{
  EcClientErrorPrivate *priv = ec_client_error_get_private (error);

  return priv != NULL ? priv->server_code : NULL;
}

/**
 * ec_client_error_get_field:
 *
 * Returns: (nullable): the request field the service refused.
 */
const char *
ec_client_error_get_field (const GError *error)
{
  EcClientErrorPrivate *priv = ec_client_error_get_private (error);

  return priv != NULL ? priv->field : NULL;
}

/**
 * ec_client_error_get_retry_after:
 *
 * Returns: how many seconds to wait before trying again, or 0.
 */
guint
ec_client_error_get_retry_after (const GError *error)
{
  EcClientErrorPrivate *priv = ec_client_error_get_private (error);

  return priv != NULL ? priv->retry_after : 0;
}

/**
 * ec_client_error_get_missing:
 *
 * Returns: (nullable): for a refused conversion application, the profile
 *   fields still missing.
 */
const char *const *
ec_client_error_get_missing (const GError *error)
{
  EcClientErrorPrivate *priv = ec_client_error_get_private (error);

  return priv != NULL ? (const char *const *) priv->missing : NULL;
}

void
ec_client_error_set_missing (GError            *error,
                             const char *const *missing)
{
  EcClientErrorPrivate *priv = ec_client_error_get_private (error);

  g_return_if_fail (priv != NULL);

  g_strfreev (priv->missing);
  priv->missing = g_strdupv ((GStrv) missing);
}
