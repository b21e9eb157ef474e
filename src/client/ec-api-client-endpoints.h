/* ec-api-client-endpoints.h: the endpoints of docs/api.md that answer one object.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-api-client.h"

G_BEGIN_DECLS

/* Endpoints answering one JSON object: GET /api/v1/me, GET/PUT
 * /api/v1/profile, GET /api/v1/agencies/{oid}, POST/GET applications,
 * POST /api/v1/account-lookup, password recovery.  Each has its own
 * _async function; they share this finish function. */
JsonObject *ec_api_client_object_finish (EcApiClient  *self,
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

G_END_DECLS
