/* ec-sim-context.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-context"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-context.h"
#include "ec-sim-reply.h"

void
ec_sim_context_reply_json (EcSimContext *ctx,
                           guint         status,
                           JsonNode     *body)
{
  ec_sim_reply_json (ctx->msg, status, body);
  ctx->replied = TRUE;
}

void
ec_sim_context_reply_empty (EcSimContext *ctx,
                            guint         status)
{
  soup_server_message_set_status (ctx->msg, status, NULL);
  ctx->replied = TRUE;
}

void
ec_sim_context_reply_error (EcSimContext *ctx,
                            guint         status,
                            const char   *code,
                            const char   *message,
                            const char   *field)
{
  ec_sim_reply_error (ctx->msg, status, code, message, field);
  ctx->replied = TRUE;
}

/**
 * ec_sim_context_reply_invalid:
 * @ctx: the request
 * @error: an #EC_VALIDATION_ERROR from the domain core
 * @field: the request field that failed
 *
 * Answers 422 with the validator's code ("invalid_checksum", "too_long" …)
 * and the field, so that the client knows both what and where.  The
 * message is the core's English one (for logs; the service sets no locale),
 * and validators never quote an ID number or a password.
 */
void
ec_sim_context_reply_invalid (EcSimContext *ctx,
                              const GError *error,
                              const char   *field)
{
  const char *code = "invalid";

  if (error->domain == EC_VALIDATION_ERROR)
    code = ec_validation_error_to_string (error->code);

  ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, code, error->message, field);
}

/**
 * ec_sim_context_reply_internal:
 *
 * A fault of the service itself (the database refused a write).  The
 * transaction has been rolled back by the caller; the client may retry.
 */
void
ec_sim_context_reply_internal (EcSimContext *ctx,
                               const GError *error)
{
  g_warning ("%s %s: %s", soup_server_message_get_method (ctx->msg),
             g_uri_get_path (soup_server_message_get_uri (ctx->msg)),
             error != NULL ? error->message : "internal error");
  ec_sim_context_reply_error (ctx, SOUP_STATUS_INTERNAL_SERVER_ERROR, "internal_error",
                              "The service failed; nothing was changed. Try again.", NULL);
}

/**
 * ec_sim_context_require_body:
 *
 * Returns: %TRUE if the request sent a JSON object; otherwise answers 400
 *   `invalid_json` and returns %FALSE.
 */
gboolean
ec_sim_context_require_body (EcSimContext *ctx)
{
  if (ctx->body != NULL)
    return TRUE;

  ec_sim_context_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "invalid_json",
                              "The request body must be a JSON object.", NULL);
  return FALSE;
}

/**
 * ec_sim_context_get_string:
 * @ctx: the request
 * @member: a member of the body
 * @required: whether its absence is an error
 *
 * Returns: (nullable): the member's string; %NULL if absent or not a string,
 *   in which case a required member has been answered with 422
 *   `missing_field` or `invalid_type` (check @ctx->replied).
 */
const char *
ec_sim_context_get_string (EcSimContext *ctx,
                           const char   *member,
                           gboolean      required)
{
  JsonNode *node;

  if (ctx->body == NULL)
    {
      if (required)
        ec_sim_context_require_body (ctx);
      return NULL;
    }

  node = json_object_get_member (ctx->body, member);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "missing_field",
                                    "A required field is missing.", member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_type",
                                  "This field must be a string.", member);
      return NULL;
    }

  return json_node_get_string (node);
}

/**
 * ec_sim_context_get_int:
 * @out_value: (out): the integer
 *
 * Returns: %TRUE if the member is present and an integer.  An absent
 *   required member, or a present one of another type, is answered with 422.
 */
gboolean
ec_sim_context_get_int (EcSimContext *ctx,
                        const char   *member,
                        gboolean      required,
                        gint64       *out_value)
{
  JsonNode *node = ctx->body != NULL ? json_object_get_member (ctx->body, member) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "missing_field",
                                    "A required field is missing.", member);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_type",
                                  "This field must be an integer.", member);
      return FALSE;
    }

  *out_value = json_node_get_int (node);
  return TRUE;
}

/**
 * ec_sim_context_get_param_id:
 *
 * Returns: the path parameter @name as a positive integer, or 0 after
 *   answering 404 (a malformed id names no resource).
 */
gint64
ec_sim_context_get_param_id (EcSimContext *ctx,
                             const char   *name)
{
  const char *text = g_hash_table_lookup (ctx->params, name);
  guint64     value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "not_found",
                                  "No such resource.", NULL);
      return 0;
    }

  return (gint64) value;
}

const char *
ec_sim_context_get_header (EcSimContext *ctx,
                           const char   *name)
{
  return soup_message_headers_get_one (soup_server_message_get_request_headers (ctx->msg), name);
}
