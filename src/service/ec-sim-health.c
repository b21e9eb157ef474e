/* ec-sim-health.c: GET /api/v1/health.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-health"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-health.h"

/* Says the service is up, which one it is and what its clock says: the
 * demo and the tests move that clock, and clients judge pending uploads
 * by it rather than by their own. */
static void
handle_health (EcSimContext *ctx)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *now_text = ec_time_to_iso8601 (ctx->now);
  g_autofree char *started_text = ec_time_to_iso8601 (ec_sim_server_get_started (ctx->server));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "ok");
  json_builder_set_member_name (builder, "service");
  json_builder_add_string_value (builder, "elearn-sim");
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);
  json_builder_set_member_name (builder, "time");
  json_builder_add_string_value (builder, now_text);
  json_builder_set_member_name (builder, "started");
  json_builder_add_string_value (builder, started_text);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

void
ec_sim_health_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "GET", "/api/v1/health", EC_SIM_AUTH_NONE, handle_health);
}
