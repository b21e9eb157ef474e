/* ec-sim-context.h: one request as a handler of the reference service sees
 * it.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "ec-sim-db.h"

G_BEGIN_DECLS

typedef struct _EcSimServer EcSimServer;

/**
 * EcSimContext:
 * @server: the service
 * @db: its database
 * @msg: the request being answered
 * @params: path parameters by name ("id" for `/applications/{id}`)
 * @body: (nullable): the request's JSON object, if it sent one
 * @now: the service clock, in Unix seconds (movable by /admin/clock)
 * @account_id: the authenticated account, or 0
 * @person_id: its person, or 0
 * @client: who is asking, for rate limits (the peer's address)
 * @replied: whether a response has been set
 *
 * Handlers read the request from here and answer through the reply
 * functions below, which also mark the context as replied so that a
 * helper that already answered (a missing field, say) stops the handler.
 */
typedef struct {
  EcSimServer       *server;
  EcSimDb           *db;
  SoupServerMessage *msg;
  GHashTable        *params;
  JsonObject        *body;
  gint64             now;
  gint64             account_id;
  gint64             person_id;
  const char        *client;
  gboolean           replied;
} EcSimContext;

typedef void (*EcSimHandler) (EcSimContext *ctx);

void ec_sim_context_reply_json (EcSimContext *ctx,
                                guint         status,
                                JsonNode     *body);

void ec_sim_context_reply_empty (EcSimContext *ctx,
                                 guint         status);

void ec_sim_context_reply_error (EcSimContext *ctx,
                                 guint         status,
                                 const char   *code,
                                 const char   *message,
                                 const char   *field);

void ec_sim_context_reply_invalid (EcSimContext *ctx,
                                   const GError *error,
                                   const char   *field);

void ec_sim_context_reply_internal (EcSimContext *ctx,
                                    const GError *error);

gboolean ec_sim_context_require_body (EcSimContext *ctx);

const char *ec_sim_context_get_string (EcSimContext *ctx,
                                       const char   *member,
                                       gboolean      required);

gboolean ec_sim_context_get_int (EcSimContext *ctx,
                                 const char   *member,
                                 gboolean      required,
                                 gint64       *out_value);

gint64 ec_sim_context_get_param_id (EcSimContext *ctx,
                                    const char   *name);

const char *ec_sim_context_get_header (EcSimContext *ctx,
                                       const char   *name);

G_END_DECLS
