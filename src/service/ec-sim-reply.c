/* ec-sim-reply.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-reply"

#include "config.h"

#include "ec-sim-reply.h"

#include "ec-core.h"

/**
 * ec_sim_reply_json:
 * @msg: the request being answered
 * @status: the HTTP status
 * @body: (transfer none): the JSON document to send
 *
 * Every response of the API is UTF-8 JSON; the content type says so
 * explicitly so that a client never has to sniff.
 */
void
ec_sim_reply_json (SoupServerMessage *msg,
                   guint              status,
                   JsonNode          *body)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  gsize            length = 0;

  json_generator_set_root (generator, body);
  text = json_generator_to_data (generator, &length);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json; charset=utf-8",
                                    SOUP_MEMORY_TAKE, g_steal_pointer (&text),
                                    length);
}

/**
 * ec_sim_reply_error_begin:
 * @code: the stable error code a client maps to its own errors
 * @message: an English sentence for logs; clients show their own text
 *
 * Starts the one error shape of the API, for an error that carries more
 * than ec_sim_reply_error() writes: the caller adds its members, then
 * ends the two objects.
 *
 * Returns: (transfer full): a builder inside the "error" object.
 */
JsonBuilder *
ec_sim_reply_error_begin (const char *code,
                          const char *message)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  return builder;
}

/**
 * ec_sim_reply_error:
 * @msg: the request being answered
 * @status: the HTTP status (4xx or 5xx)
 * @code: the stable error code a client maps to its own errors
 * @message: an English sentence for logs; clients show their own text
 * @field: (nullable): the request field at fault, if any
 *
 * Writes the one error shape of the API:
 * `{"error": {"code": "…", "message": "…", "field": "…"}}`.
 */
void
ec_sim_reply_error (SoupServerMessage *msg,
                    guint              status,
                    const char        *code,
                    const char        *message,
                    const char        *field)
{
  g_autoptr (JsonBuilder) builder = ec_sim_reply_error_begin (code, message);
  g_autoptr (JsonNode) root = NULL;

  if (field != NULL)
    {
      json_builder_set_member_name (builder, "field");
      json_builder_add_string_value (builder, field);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_reply_json (msg, status, root);
}

/**
 * ec_sim_reply_add_string_or_null:
 * @builder: a builder inside an object
 * @name: the member's name
 * @value: (nullable): the member's value
 *
 * Adds a member that the API writes as JSON null when it has no value, so
 * that a client always finds the member.
 */
void
ec_sim_reply_add_string_or_null (JsonBuilder *builder,
                                 const char  *name,
                                 const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * ec_sim_reply_add_time_or_null:
 * @builder: a builder inside an object
 * @name: the member's name
 * @unix_time: a time, or %EC_TIME_NEVER
 *
 * Adds a time as the API writes it (ISO 8601 with Taiwan's offset), or
 * JSON null for %EC_TIME_NEVER.
 */
void
ec_sim_reply_add_time_or_null (JsonBuilder *builder,
                               const char  *name,
                               gint64       unix_time)
{
  g_autofree char *text = unix_time != EC_TIME_NEVER ? ec_time_to_iso8601 (unix_time) : NULL;

  ec_sim_reply_add_string_or_null (builder, name, text);
}
