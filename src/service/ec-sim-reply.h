/* ec-sim-reply.h: how the reference service writes its responses.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

void ec_sim_reply_json (SoupServerMessage *msg,
                        guint              status,
                        JsonNode          *body);

JsonBuilder *ec_sim_reply_error_begin (const char *code,
                                       const char *message);

void ec_sim_reply_error (SoupServerMessage *msg,
                         guint              status,
                         const char        *code,
                         const char        *message,
                         const char        *field);

void ec_sim_reply_add_string_or_null (JsonBuilder *builder,
                                      const char  *name,
                                      const char  *value);
void ec_sim_reply_add_time_or_null (JsonBuilder *builder,
                                    const char  *name,
                                    gint64       unix_time);

G_END_DECLS
