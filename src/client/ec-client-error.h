/* ec-client-error.h: what can go wrong between the app and the service.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EcClientError:
 * @EC_CLIENT_ERROR_OFFLINE: the service cannot be reached (no network,
 *   connection refused, name not found, connection dropped).
 * @EC_CLIENT_ERROR_TIMED_OUT: the service did not answer in time.
 * @EC_CLIENT_ERROR_TLS: the service's certificate is not trusted; never
 *   bypassed.
 * @EC_CLIENT_ERROR_INSECURE_URL: the service address is not HTTPS (plain
 *   HTTP is allowed for loopback addresses only).
 * @EC_CLIENT_ERROR_INVALID_CREDENTIALS: wrong account or password.
 * @EC_CLIENT_ERROR_ACCOUNT_LOCKED: too many wrong passwords; see
 *   ec_client_error_get_retry_after().
 * @EC_CLIENT_ERROR_UNAUTHORIZED: the request needs a login.
 * @EC_CLIENT_ERROR_SESSION_EXPIRED: the session has expired: log in again
 *   (with remembered credentials, if any).
 * @EC_CLIENT_ERROR_FORBIDDEN: not allowed with this account or route.
 * @EC_CLIENT_ERROR_NOT_FOUND: no such thing.
 * @EC_CLIENT_ERROR_CONFLICT: the request conflicts with the current state
 *   (an application already pending, an ID another person holds).
 * @EC_CLIENT_ERROR_INVALID_INPUT: the service refused a field; see
 *   ec_client_error_get_field() and ec_client_error_get_code().
 * @EC_CLIENT_ERROR_RATE_LIMITED: too many requests; see
 *   ec_client_error_get_retry_after().
 * @EC_CLIENT_ERROR_SERVER: the service failed (5xx); try again later.
 * @EC_CLIENT_ERROR_MALFORMED_REPLY: the service answered something that is
 *   not the API (bad JSON, missing members): nothing is stored from it.
 *
 * Errors of the API client and the session, each with a translated message
 * that says what to do.  Extra detail travels with the error (it is an
 * extended #GError) and is read with the getters below.
 */
typedef enum {
  EC_CLIENT_ERROR_OFFLINE,
  EC_CLIENT_ERROR_TIMED_OUT,
  EC_CLIENT_ERROR_TLS,
  EC_CLIENT_ERROR_INSECURE_URL,
  EC_CLIENT_ERROR_INVALID_CREDENTIALS,
  EC_CLIENT_ERROR_ACCOUNT_LOCKED,
  EC_CLIENT_ERROR_UNAUTHORIZED,
  EC_CLIENT_ERROR_SESSION_EXPIRED,
  EC_CLIENT_ERROR_FORBIDDEN,
  EC_CLIENT_ERROR_NOT_FOUND,
  EC_CLIENT_ERROR_CONFLICT,
  EC_CLIENT_ERROR_INVALID_INPUT,
  EC_CLIENT_ERROR_RATE_LIMITED,
  EC_CLIENT_ERROR_SERVER,
  EC_CLIENT_ERROR_MALFORMED_REPLY,
} EcClientError;

#define EC_CLIENT_ERROR (ec_client_error_quark ())

GQuark ec_client_error_quark (void);

GError *ec_client_error_new (EcClientError code,
                             const char   *server_code,
                             const char   *field,
                             guint         retry_after);

const char        *ec_client_error_get_code (const GError *error);
const char        *ec_client_error_get_field (const GError *error);
guint              ec_client_error_get_retry_after (const GError *error);
const char *const *ec_client_error_get_missing (const GError *error);
void               ec_client_error_set_missing (GError            *error,
                                                const char *const *missing);

G_END_DECLS
