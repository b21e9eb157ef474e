/* ec-api-json.h: the API's JSON read into the domain's values.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the client library: the app sees values, never JSON.
 */

#pragma once

#ifndef EC_CLIENT_COMPILATION
#error "ec-api-json.h is private to the client library: include ec-client.h"
#endif

#include <json-glib/json-glib.h>

#include "ec-core.h"
#include "ec-records-page.h"

G_BEGIN_DECLS

EcRecord *ec_api_json_to_record (JsonObject *object,
                                 GError    **error);

EcRecordsPage *ec_api_json_to_records_page (JsonNode *root,
                                            GError  **error);

EcAccountState *ec_api_json_to_account_state (JsonObject *object,
                                              GError    **error);

EcAccount *ec_api_json_to_account (JsonObject *object,
                                   GError    **error);

GPtrArray *ec_api_json_to_masked_accounts (JsonObject *reply,
                                           GError    **error);

EcProfile *ec_api_json_to_profile (JsonObject *reply,
                                   GError    **error);

EcAgency *ec_api_json_to_agency (JsonObject *reply,
                                 GError    **error);

EcAccountRequest *ec_api_json_to_account_request (JsonObject *object,
                                                  GError    **error);

GPtrArray *ec_api_json_to_account_requests (JsonObject *reply,
                                            GError    **error);

char *ec_api_json_from_account_state (const EcAccountState *state);

G_END_DECLS
