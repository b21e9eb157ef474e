/* ec-sim-faults.c: /admin/faults, failures on demand.  A client has to
 * survive a service that fails, hangs, drops the connection or answers
 * garbage; the service produces those faults itself, on the real
 * connection, so that the client's tests need no mock (docs/api.md,
 * "Admin endpoints").
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-faults"

#include "config.h"

#include <string.h>

#include "ec-sim-faults.h"
#include "ec-sim-reply.h"

#define FAULTS_KEY "ec-sim-faults"
#define MAX_COUNT 1000
#define MAX_DELAY_MS (10 * 60 * 1000)
#define MAX_FAULTS 100

typedef enum {
  FAULT_STATUS_500,
  FAULT_STATUS_503,
  FAULT_DROP,
  FAULT_DELAY,
  FAULT_MALFORMED_JSON,
  FAULT_TRUNCATED,
} FaultKind;

static const char *const kind_ids[] = {
  [FAULT_STATUS_500] = "status-500",
  [FAULT_STATUS_503] = "status-503",
  [FAULT_DROP] = "drop",
  [FAULT_DELAY] = "delay",
  [FAULT_MALFORMED_JSON] = "malformed-json",
  [FAULT_TRUNCATED] = "truncated",
};

typedef struct {
  char     *path;
  FaultKind kind;
  guint     remaining;
  guint     delay_ms;
} Fault;

/* The faults of one service, in the order they were asked for, and the
 * messages held back (delayed, to be cut or dropped) until their timeout
 * runs. */
typedef struct {
  GPtrArray *faults;
  GPtrArray *held;
} Faults;

typedef struct {
  Faults            *faults;
  SoupServerMessage *msg;
  FaultKind          kind;
  guint              source_id;
  gulong             finished_id;
} Held;

static void
fault_free (gpointer data)
{
  Fault *fault = data;

  g_free (fault->path);
  g_free (fault);
}

static void
held_free (gpointer data)
{
  Held *held = data;

  g_clear_handle_id (&held->source_id, g_source_remove);
  g_clear_signal_handler (&held->finished_id, held->msg);
  g_clear_object (&held->msg);
  g_free (held);
}

static void
faults_free (gpointer data)
{
  Faults *faults = data;

  g_ptr_array_unref (faults->faults);
  g_ptr_array_unref (faults->held);
  g_free (faults);
}

static Faults *
get_faults (EcSimServer *server)
{
  return g_object_get_data (G_OBJECT (server), FAULTS_KEY);
}

/* The real reply is there; cut its body in the middle, as a connection
 * that broke inside a proxy would leave it (the HTTP framing stays
 * right, the JSON does not). */
static void
truncate_reply (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  g_autoptr (GBytes) bytes = soup_message_body_flatten (body);
  gsize size = g_bytes_get_size (bytes);

  soup_message_body_truncate (body);
  soup_message_body_append (body, SOUP_MEMORY_COPY, g_bytes_get_data (bytes, NULL), size / 2);
}

/* Closes the connection without a byte of reply, as a crashed service or
 * a broken network would. */
static void
drop_connection (SoupServerMessage *msg)
{
  g_autoptr (GIOStream) stream = soup_server_message_steal_connection (msg);

  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
}

static gboolean
on_held_timeout_cb (gpointer user_data)
{
  Held *held = user_data;
  g_autoptr (SoupServerMessage) msg = g_object_ref (held->msg);
  FaultKind kind = held->kind;

  held->source_id = 0;
  /* Frees @held: the message leaves the fault's hands first. */
  g_ptr_array_remove (held->faults->held, held);

  if (kind == FAULT_DROP)
    {
      drop_connection (msg);
      return G_SOURCE_REMOVE;
    }

  if (kind == FAULT_TRUNCATED)
    truncate_reply (msg);
  soup_server_message_unpause (msg);
  return G_SOURCE_REMOVE;
}

/* The client went away while the message was held (or the service is
 * stopping): nothing to send any more. */
static void
on_held_finished_cb (SoupServerMessage *msg,
                     gpointer           user_data)
{
  Held *held = user_data;

  g_ptr_array_remove (held->faults->held, held);
}

/* Holds @msg back for @delay_ms: the dispatcher answers it as usual, and
 * the answer leaves (or is cut, or dropped) only when the timeout runs. */
static void
hold (Faults            *faults,
      SoupServerMessage *msg,
      FaultKind          kind,
      guint              delay_ms)
{
  Held *held = g_new0 (Held, 1);

  held->faults = faults;
  held->msg = g_object_ref (msg);
  held->kind = kind;
  held->finished_id = g_signal_connect (msg, "finished", G_CALLBACK (on_held_finished_cb), held);
  held->source_id = g_timeout_add (delay_ms, on_held_timeout_cb, held);
  g_ptr_array_add (faults->held, held);

  soup_server_message_pause (msg);
}

/* The dispatcher's hook (EcSimServer::request-received): applies the next
 * pending fault for @path, if any.  Returns %TRUE if the fault answered
 * (or dropped) @msg and the dispatcher must leave it alone; %FALSE if it is
 * to be dispatched as usual (a delayed or truncated reply is held back and
 * altered later). */
static gboolean
on_server_request_received_cb (EcSimServer       *server,
                               SoupServerMessage *msg,
                               const char        *path,
                               gpointer           user_data)
{
  Faults   *faults = get_faults (server);
  Fault    *fault = NULL;
  FaultKind kind;
  guint     delay_ms;

  if (faults == NULL || faults->faults->len == 0)
    return FALSE;

  for (guint i = 0; i < faults->faults->len && fault == NULL; i++)
    {
      Fault *candidate = g_ptr_array_index (faults->faults, i);

      if (strcmp (candidate->path, path) == 0)
        fault = candidate;
    }
  if (fault == NULL)
    return FALSE;

  kind = fault->kind;
  delay_ms = fault->delay_ms;
  if (--fault->remaining == 0)
    g_ptr_array_remove (faults->faults, fault);

  g_message ("Fault %s on %s %s", kind_ids[kind], soup_server_message_get_method (msg), path);

  switch (kind)
    {
    case FAULT_STATUS_500:
      ec_sim_reply_error (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, "internal_error",
                          "Injected fault: the service failed.", NULL);
      return TRUE;
    case FAULT_STATUS_503:
      ec_sim_reply_error (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "unavailable",
                          "Injected fault: the service is unavailable.", NULL);
      return TRUE;
    case FAULT_MALFORMED_JSON:
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json; charset=utf-8", SOUP_MEMORY_STATIC,
                                        "{\"status\": ok, \"records\": [}", strlen ("{\"status\": ok, \"records\": [}"));
      return TRUE;
    case FAULT_DROP:
      /* Dropped from a timeout, once the message is paused: libsoup must
       * not be inside its own processing of the message then. */
      hold (faults, msg, kind, 0);
      return TRUE;
    case FAULT_DELAY:
      hold (faults, msg, kind, delay_ms);
      return FALSE;
    case FAULT_TRUNCATED:
      hold (faults, msg, kind, 0);
      return FALSE;
    default:
      g_assert_not_reached ();
    }
}

static void
reply_faults (EcSimContext *ctx,
              guint         status)
{
  Faults *faults = get_faults (ctx->server);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "faults");
  json_builder_begin_array (builder);
  for (guint i = 0; i < faults->faults->len; i++)
    {
      Fault *fault = g_ptr_array_index (faults->faults, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, fault->path);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kind_ids[fault->kind]);
      json_builder_set_member_name (builder, "remaining");
      json_builder_add_int_value (builder, fault->remaining);
      if (fault->kind == FAULT_DELAY)
        {
          json_builder_set_member_name (builder, "delay_ms");
          json_builder_add_int_value (builder, fault->delay_ms);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, status, root);
}

static gboolean
parse_kind (const char *text,
            FaultKind  *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_ids); i++)
    {
      if (strcmp (text, kind_ids[i]) == 0)
        {
          *out_kind = (FaultKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
handle_list (EcSimContext *ctx)
{
  reply_faults (ctx, SOUP_STATUS_OK);
}

/* The faults apply to the learner's API only: a fault on /admin/faults
 * itself could never be taken back. */
static void
handle_add (EcSimContext *ctx)
{
  Faults     *faults = get_faults (ctx->server);
  const char *path, *kind_text;
  gint64      count = 1, delay_ms = 0;
  FaultKind   kind;
  Fault      *fault;

  if (!ec_sim_context_require_body (ctx))
    return;
  path = ec_sim_context_get_string (ctx, "path", TRUE);
  if (ctx->replied)
    return;
  kind_text = ec_sim_context_get_string (ctx, "kind", TRUE);
  if (ctx->replied)
    return;

  if (!g_str_has_prefix (path, "/api/"))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_format",
                                  "A fault applies to a path of the API, under /api/.", "path");
      return;
    }
  if (!parse_kind (kind_text, &kind))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_kind",
                                  "No such kind of fault.", "kind");
      return;
    }

  if (!ec_sim_context_get_int (ctx, "count", FALSE, &count) && ctx->replied)
    return;
  if (count < 1 || count > MAX_COUNT)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "out_of_range",
                                  "count must be from 1 to 1000.", "count");
      return;
    }

  if (kind == FAULT_DELAY)
    {
      if (!ec_sim_context_get_int (ctx, "delay_ms", TRUE, &delay_ms))
        return;
      if (delay_ms < 1 || delay_ms > MAX_DELAY_MS)
        {
          ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "out_of_range",
                                      "delay_ms must be from 1 to 600000.", "delay_ms");
          return;
        }
    }

  if (faults->faults->len >= MAX_FAULTS)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_CONFLICT, "conflict",
                                  "Too many pending faults: delete them first.", NULL);
      return;
    }

  fault = g_new0 (Fault, 1);
  fault->path = g_strdup (path);
  fault->kind = kind;
  fault->remaining = (guint) count;
  fault->delay_ms = (guint) delay_ms;
  g_ptr_array_add (faults->faults, fault);

  reply_faults (ctx, SOUP_STATUS_CREATED);
}

/* Forgets the pending faults.  Replies already held back still leave as
 * planned: their requests were made under the fault. */
static void
handle_clear (EcSimContext *ctx)
{
  Faults *faults = get_faults (ctx->server);

  g_ptr_array_set_size (faults->faults, 0);
  ec_sim_context_reply_empty (ctx, SOUP_STATUS_NO_CONTENT);
}

void
ec_sim_faults_register (EcSimServer *server)
{
  Faults *faults = g_new0 (Faults, 1);

  faults->faults = g_ptr_array_new_with_free_func (fault_free);
  faults->held = g_ptr_array_new_with_free_func (held_free);
  g_object_set_data_full (G_OBJECT (server), FAULTS_KEY, faults, faults_free);
  g_signal_connect (server, "request-received", G_CALLBACK (on_server_request_received_cb), NULL);

  ec_sim_server_add_route (server, "GET", "/admin/faults", EC_SIM_AUTH_ADMIN, handle_list);
  ec_sim_server_add_route (server, "POST", "/admin/faults", EC_SIM_AUTH_ADMIN, handle_add);
  ec_sim_server_add_route (server, "DELETE", "/admin/faults", EC_SIM_AUTH_ADMIN, handle_clear);
}
