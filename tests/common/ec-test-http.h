/* ec-test-http.h: JSON requests to elearn-sim for the tests.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

SoupSession *ec_test_http_session_new (void);

JsonNode *ec_test_http_request (SoupSession         *session,
                                const char          *base_url,
                                const char          *method,
                                const char          *path,
                                const char          *token,
                                const char          *json_body,
                                guint                expected_status,
                                SoupMessageHeaders **out_headers);

void ec_test_http_assert_error (JsonNode   *reply,
                                const char *code,
                                const char *field);

char *ec_test_http_join_strings (JsonObject *object,
                                 const char *member);

gint64 ec_test_http_retry_after (SoupMessageHeaders *headers);
gint64 ec_test_http_parse_time (const char *text);

G_END_DECLS
