/* ec-sim-server.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-server"

#include "config.h"

#include <libsoup/soup.h>

#include "ec-core.h"
#include "ec-sim-reply.h"
#include "ec-sim-server.h"

#define API_PREFIX "/api/v1"

struct _EcSimServer {
  GObject parent_instance;

  SoupServer *soup;
  GDateTime  *started;
};

G_DEFINE_FINAL_TYPE (EcSimServer, ec_sim_server, G_TYPE_OBJECT)

typedef void (*RouteHandler) (EcSimServer       *self,
                              SoupServerMessage *msg);

/* One row per endpoint of docs/api.md: a fixed table keeps the whole API
 * visible in one place and lets the dispatcher answer 405 for a known path
 * with the wrong method, rather than a misleading 404. */
typedef struct {
  const char  *method;
  const char  *path;
  RouteHandler handler;
} Route;

static void handle_health (EcSimServer       *self,
                           SoupServerMessage *msg);

static const Route routes[] = {
  { "GET", API_PREFIX "/health", handle_health },
};

static void
handle_health (EcSimServer       *self,
               SoupServerMessage *msg)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = ec_time_to_iso8601 (g_date_time_to_unix (now));
  g_autofree char *started_text = ec_time_to_iso8601 (g_date_time_to_unix (self->started));

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
  ec_sim_reply_json (msg, SOUP_STATUS_OK, root);
}

static void
on_request_cb (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  EcSimServer *self = EC_SIM_SERVER (user_data);
  const char  *method = soup_server_message_get_method (msg);
  gboolean     path_known = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    {
      if (g_strcmp0 (routes[i].path, path) != 0)
        continue;

      path_known = TRUE;
      if (g_strcmp0 (routes[i].method, method) == 0)
        {
          routes[i].handler (self, msg);
          return;
        }
    }

  if (path_known)
    ec_sim_reply_error (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method_not_allowed",
                        "This path does not accept that method.", NULL);
  else
    ec_sim_reply_error (msg, SOUP_STATUS_NOT_FOUND, "not_found",
                        "No such endpoint.", NULL);
}

static void
ec_sim_server_dispose (GObject *object)
{
  EcSimServer *self = EC_SIM_SERVER (object);

  if (self->soup != NULL)
    soup_server_disconnect (self->soup);
  g_clear_object (&self->soup);

  G_OBJECT_CLASS (ec_sim_server_parent_class)->dispose (object);
}

static void
ec_sim_server_finalize (GObject *object)
{
  EcSimServer *self = EC_SIM_SERVER (object);

  g_clear_pointer (&self->started, g_date_time_unref);

  G_OBJECT_CLASS (ec_sim_server_parent_class)->finalize (object);
}

static void
ec_sim_server_class_init (EcSimServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ec_sim_server_dispose;
  object_class->finalize = ec_sim_server_finalize;
}

static void
ec_sim_server_init (EcSimServer *self)
{
  self->started = g_date_time_new_now_utc ();
  self->soup = soup_server_new ("server-header", "elearn-sim/" PACKAGE_VERSION " ", NULL);
  soup_server_add_handler (self->soup, NULL, on_request_cb, self, NULL);
}

/**
 * ec_sim_server_new:
 *
 * Returns: (transfer full): a service that is not listening yet.
 */
EcSimServer *
ec_sim_server_new (void)
{
  return g_object_new (EC_TYPE_SIM_SERVER, NULL);
}

/**
 * ec_sim_server_listen:
 * @self: a service
 * @address: an IP address to listen on ("127.0.0.1", "::1", …)
 * @port: a TCP port, or 0 for one the system picks
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the service is listening.
 */
gboolean
ec_sim_server_listen (EcSimServer *self,
                      const char  *address,
                      guint        port,
                      GError     **error)
{
  g_autoptr (GInetAddress) inet = NULL;
  g_autoptr (GSocketAddress) socket_address = NULL;

  g_return_val_if_fail (EC_IS_SIM_SERVER (self), FALSE);
  g_return_val_if_fail (address != NULL, FALSE);

  inet = g_inet_address_new_from_string (address);
  if (inet == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "“%s” is not an IP address", address);
      return FALSE;
    }
  if (port > G_MAXUINT16)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "%u is not a TCP port", port);
      return FALSE;
    }

  socket_address = g_inet_socket_address_new (inet, (guint16) port);
  return soup_server_listen (self->soup, socket_address, 0, error);
}

/**
 * ec_sim_server_dup_url:
 * @self: a listening service
 *
 * Returns: (transfer full) (nullable): the base URL clients use, such as
 *   `http://127.0.0.1:41234/`, or %NULL if the service is not listening.
 */
char *
ec_sim_server_dup_url (EcSimServer *self)
{
  GSList *uris;
  char   *url = NULL;

  g_return_val_if_fail (EC_IS_SIM_SERVER (self), NULL);

  uris = soup_server_get_uris (self->soup);
  if (uris != NULL)
    url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  return url;
}
