/* ec-api-reply.h: what the service's answers mean: the JSON of a success,
 * and the %EC_CLIENT_ERROR of everything else.  The one place that turns
 * HTTP failures into errors.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the client library.
 */

#pragma once

#ifndef EC_CLIENT_COMPILATION
#error "ec-api-reply.h is private to the client library: include ec-client.h"
#endif

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

GError *ec_api_reply_malformed_error_new (const char *method,
                                          const char *path,
                                          const char *what);

JsonNode *ec_api_reply_read_success (SoupMessage *msg,
                                     const char  *method,
                                     const char  *path,
                                     GBytes      *bytes,
                                     GError     **error);

GError *ec_api_reply_error_new (SoupMessage *msg,
                                const char  *method,
                                const char  *path,
                                GBytes      *bytes);

GError *ec_api_reply_transport_error_new (SoupMessage  *msg,
                                          const char   *method,
                                          const char   *path,
                                          const GError *error);

G_END_DECLS
