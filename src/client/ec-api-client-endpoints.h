/* ec-api-client-endpoints.h: the endpoints of docs/api.md other than the
 * records, each with its typed reply.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-api-client.h"

G_BEGIN_DECLS

/**
 * EcProfileChanges:
 * @birthday: (nullable): `YYYY-MM-DD`
 * @id_number: (nullable): a national ID or resident certificate number
 * @passport: (nullable): a passport number
 * @address: (nullable): a mailing address
 * @phone: (nullable): a Taiwan phone number
 *
 * The profile fields to change with PUT /api/v1/profile; a %NULL field
 * keeps its value.  The strings are the caller's.
 */
typedef struct {
  const char *birthday;
  const char *id_number;
  const char *passport;
  const char *address;
  const char *phone;
} EcProfileChanges;

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

EcAccount *ec_api_client_get_me_finish (EcApiClient  *self,
                                        GAsyncResult *result,
                                        GError      **error);

void ec_api_client_lookup_accounts_async (EcApiClient        *self,
                                          const char         *id_number,
                                          const char         *name,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);

GPtrArray *ec_api_client_lookup_accounts_finish (EcApiClient  *self,
                                                 GAsyncResult *result,
                                                 GError      **error);

void ec_api_client_get_profile_async (EcApiClient        *self,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);

EcProfile *ec_api_client_get_profile_finish (EcApiClient  *self,
                                             GAsyncResult *result,
                                             GError      **error);

void ec_api_client_update_profile_async (EcApiClient            *self,
                                         const EcProfileChanges *changes,
                                         GCancellable           *cancellable,
                                         GAsyncReadyCallback     callback,
                                         gpointer                user_data);

EcProfile *ec_api_client_update_profile_finish (EcApiClient  *self,
                                                GAsyncResult *result,
                                                GError      **error);

void ec_api_client_get_agency_async (EcApiClient        *self,
                                     const char         *oid,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);

EcAgency *ec_api_client_get_agency_finish (EcApiClient  *self,
                                           GAsyncResult *result,
                                           GError      **error);

void ec_api_client_create_account_request_async (EcApiClient        *self,
                                                 const char         *agency_oid,
                                                 const char         *reason,
                                                 const char         *idempotency_key,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);

EcAccountRequest *ec_api_client_create_account_request_finish (EcApiClient  *self,
                                                               GAsyncResult *result,
                                                               GError      **error);

void ec_api_client_list_account_requests_async (EcApiClient        *self,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);

GPtrArray *ec_api_client_list_account_requests_finish (EcApiClient  *self,
                                                       GAsyncResult *result,
                                                       GError      **error);

void ec_api_client_get_account_request_async (EcApiClient        *self,
                                              gint64              id,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);

EcAccountRequest *ec_api_client_get_account_request_finish (EcApiClient  *self,
                                                            GAsyncResult *result,
                                                            GError      **error);

void ec_api_client_request_recovery_async (EcApiClient        *self,
                                           const char         *route,
                                           const char         *account,
                                           const char         *phone,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);

char *ec_api_client_request_recovery_finish (EcApiClient  *self,
                                             GAsyncResult *result,
                                             GError      **error);

void ec_api_client_confirm_recovery_async (EcApiClient        *self,
                                           const char         *route,
                                           const char         *account,
                                           const char         *code,
                                           const char         *new_password,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);

gboolean ec_api_client_confirm_recovery_finish (EcApiClient  *self,
                                                GAsyncResult *result,
                                                GError      **error);

G_END_DECLS
