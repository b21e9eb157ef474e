/* ec-sim-admin.c: /admin/clock.  The /admin endpoints exist only when the
 * service runs with --admin (docs/api.md, "Admin endpoints").
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-admin"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-admin.h"

static void
reply_clock (EcSimContext *ctx)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  gint64           now = ec_sim_server_now (ctx->server);
  g_autofree char *text = ec_time_to_iso8601 (now);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "time");
  json_builder_add_string_value (builder, text);
  json_builder_set_member_name (builder, "offset_seconds");
  json_builder_add_int_value (builder, ec_sim_server_get_clock_offset (ctx->server));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

static void
handle_get_clock (EcSimContext *ctx)
{
  reply_clock (ctx);
}

/* The clock only moves forward: uploads and sessions are judged against
 * it, and a clock going back would make recorded uploads lie in the
 * future. */
static void
handle_set_clock (EcSimContext *ctx)
{
  gint64      offset = ec_sim_server_get_clock_offset (ctx->server);
  gint64      advance = 0;
  const char *time_text;

  if (!ec_sim_context_require_body (ctx))
    return;

  time_text = ec_sim_context_get_string (ctx, "time", FALSE);
  if (ctx->replied)
    return;

  if (time_text != NULL)
    {
      g_autoptr (GError) error = NULL;
      gint64 target = ec_time_from_iso8601 (time_text, &error);

      if (error != NULL)
        {
          ec_sim_context_reply_invalid (ctx, error, "time");
          return;
        }
      advance = target - ctx->now;
    }
  else if (json_object_has_member (ctx->body, "advance_days"))
    {
      if (!ec_sim_context_get_int (ctx, "advance_days", TRUE, &advance))
        return;
      advance *= 24 * 60 * 60;
    }
  else if (!ec_sim_context_get_int (ctx, "advance_seconds", TRUE, &advance))
    return;

  if (advance < 0 || advance > (gint64) 3660 * 24 * 60 * 60)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "out_of_range",
                                  "The clock moves forward only, by at most ten years.", NULL);
      return;
    }

  ec_sim_server_set_clock_offset (ctx->server, offset + advance);
  reply_clock (ctx);
}

void
ec_sim_admin_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "GET", "/admin/clock", EC_SIM_AUTH_ADMIN, handle_get_clock);
  ec_sim_server_add_route (server, "POST", "/admin/clock", EC_SIM_AUTH_ADMIN, handle_set_clock);
}
