/* ec-api-client.h: the app's side of docs/api.md.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ec-client-error.h"
#include "ec-records-page.h"

G_BEGIN_DECLS

#define EC_TYPE_API_CLIENT (ec_api_client_get_type ())

G_DECLARE_FINAL_TYPE (EcApiClient, ec_api_client, EC, API_CLIENT, GObject)

/* Every request has a timeout; idempotent ones (GET, PUT, DELETE, and a
 * POST with an Idempotency-Key) are retried after a network error or a
 * 5xx, with exponential backoff. */
#define EC_API_CLIENT_DEFAULT_TIMEOUT 20
#define EC_API_CLIENT_MAX_ATTEMPTS 3

EcApiClient *ec_api_client_new (const char *base_url,
                                GError    **error);

const char *ec_api_client_get_base_url (EcApiClient *self);

void ec_api_client_set_timeout (EcApiClient *self,
                                guint        seconds);

void ec_api_client_set_retry_delay (EcApiClient *self,
                                    guint        milliseconds);

void ec_api_client_set_tls_database (EcApiClient  *self,
                                     GTlsDatabase *database);

void ec_api_client_set_token (EcApiClient *self,
                              const char  *token);

const char *ec_api_client_get_token (EcApiClient *self);

/* The generic call under every endpoint: @body may be %NULL; the reply's
 * JSON (or %NULL for 204/304) comes back from the finish function. */
void ec_api_client_request_async (EcApiClient        *self,
                                  const char         *method,
                                  const char         *path,
                                  JsonNode           *body,
                                  const char         *idempotency_key,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data);

JsonNode *ec_api_client_request_finish (EcApiClient  *self,
                                        GAsyncResult *result,
                                        GError      **error);

/* POST /api/v1/sessions.  On success the client keeps the token; the
 * finish function returns the account logged in to. */
void ec_api_client_login_async (EcApiClient        *self,
                                const char         *route,
                                const char         *account,
                                const char         *password,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data);

EcAccount *ec_api_client_login_finish (EcApiClient  *self,
                                       GAsyncResult *result,
                                       GError      **error);

/* DELETE /api/v1/sessions/current; forgets the token either way. */
void ec_api_client_logout_async (EcApiClient        *self,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data);

gboolean ec_api_client_logout_finish (EcApiClient  *self,
                                      GAsyncResult *result,
                                      GError      **error);

/* Endpoints answering one JSON object: GET /api/v1/me, GET/PUT
 * /api/v1/profile, GET /api/v1/agencies/{oid}, POST/GET applications,
 * POST /api/v1/account-lookup, password recovery.  Each has its own
 * _async function; they share this finish function. */
JsonObject *ec_api_client_object_finish (EcApiClient  *self,
                                         GAsyncResult *result,
                                         GError      **error);

void ec_api_client_get_me_async (EcApiClient        *self,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data);

void ec_api_client_lookup_accounts_async (EcApiClient        *self,
                                          const char         *id_number,
                                          const char         *name,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);

void ec_api_client_get_profile_async (EcApiClient        *self,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);

void ec_api_client_update_profile_async (EcApiClient        *self,
                                         JsonObject         *fields,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);

void ec_api_client_get_agency_async (EcApiClient        *self,
                                     const char         *oid,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);

void ec_api_client_create_application_async (EcApiClient        *self,
                                             const char         *agency_oid,
                                             const char         *reason,
                                             const char         *idempotency_key,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);

void ec_api_client_list_applications_async (EcApiClient        *self,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);

void ec_api_client_get_application_async (EcApiClient        *self,
                                          gint64              id,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);

void ec_api_client_request_recovery_async (EcApiClient        *self,
                                           const char         *route,
                                           const char         *account,
                                           const char         *phone,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);

void ec_api_client_confirm_recovery_async (EcApiClient        *self,
                                           const char         *route,
                                           const char         *account,
                                           const char         *code,
                                           const char         *new_password,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);

/* GET /api/v1/records, one page.  @cursor and @etag may be %NULL (a full
 * fetch); with @etag, an unchanged record gives a page with not_modified
 * set. */
void ec_api_client_fetch_records_async (EcApiClient        *self,
                                        const char         *cursor,
                                        const char         *etag,
                                        guint               limit,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);

EcRecordsPage *ec_api_client_fetch_records_finish (EcApiClient  *self,
                                                   GAsyncResult *result,
                                                   GError      **error);

G_END_DECLS
