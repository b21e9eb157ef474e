/* ec-sim-server.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-server"

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "ec-core.h"
#include "ec-sim-reply.h"
#include "ec-sim-routes.h"
#include "ec-sim-secret.h"
#include "ec-sim-server.h"

/* Request bodies are small JSON objects; anything bigger is refused before
 * it is parsed. */
#define MAX_BODY_BYTES (64 * 1024)

typedef struct {
  char        *method;
  char       **segments; /* the pattern split on '/'; "{name}" segments capture */
  EcSimAuth    auth;
  EcSimHandler handler;
} Route;

struct _EcSimServer {
  GObject parent_instance;

  SoupServer *soup;
  EcSimDb    *db;
  GPtrArray  *routes;
  gboolean    admin;
  gint64      session_ttl;
  gint64      clock_offset;
  GDateTime  *started;
  gboolean    https;
  /* The office calendar, read once: every upload status needs it. */
  EcCalendar *calendar;

  EcSimRateLimiter *lookup_limiter;
};

G_DEFINE_FINAL_TYPE (EcSimServer, ec_sim_server, G_TYPE_OBJECT)

enum {
  CLOCK_CHANGED,
  REQUEST_RECEIVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
route_free (gpointer data)
{
  Route *route = data;

  g_free (route->method);
  g_strfreev (route->segments);
  g_free (route);
}

/* Matches a request path against a route's segments, collecting "{name}"
 * parameters. */
static gboolean
route_matches_path (const Route *route,
                    char *const *segments,
                    GHashTable  *params)
{
  guint i;

  for (i = 0; route->segments[i] != NULL && segments[i] != NULL; i++)
    {
      const char *pattern = route->segments[i];
      gsize       length = strlen (pattern);

      if (length > 2 && pattern[0] == '{' && pattern[length - 1] == '}')
        {
          if (segments[i][0] == '\0')
            return FALSE;
          if (params != NULL)
            g_hash_table_insert (params, g_strndup (pattern + 1, length - 2), g_strdup (segments[i]));
        }
      else if (strcmp (pattern, segments[i]) != 0)
        return FALSE;
    }

  return route->segments[i] == NULL && segments[i] == NULL;
}

/* Resolves the bearer token into the account it was issued to.  An unknown
 * token and an expired one get different codes: the client renews an
 * expired session with stored credentials, but must not for a bad one. */
static gboolean
authenticate (EcSimContext *ctx)
{
  const char      *header = ec_sim_context_get_header (ctx, "Authorization");
  g_autofree char *hash = NULL;
  sqlite3_stmt    *stmt;
  gboolean         expired = FALSE;

  if (header == NULL || !g_str_has_prefix (header, "Bearer ") || header[7] == '\0')
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
                                  "Log in first: this endpoint needs a session token.", NULL);
      return FALSE;
    }

  hash = ec_sim_token_hash (header + 7);
  stmt = ec_sim_db_prepare (ctx->db,
                            "SELECT s.account_id, a.person_id, s.expires_at FROM sessions s"
                            " JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?");
  ec_sim_db_bind_text (stmt, 1, hash);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      expired = sqlite3_column_int64 (stmt, 2) <= ctx->now;
      if (!expired)
        {
          ctx->account_id = sqlite3_column_int64 (stmt, 0);
          ctx->person_id = sqlite3_column_int64 (stmt, 1);
        }
    }
  sqlite3_reset (stmt);

  if (ctx->account_id != 0)
    return TRUE;

  if (expired)
    ec_sim_context_reply_error (ctx, SOUP_STATUS_UNAUTHORIZED, "session_expired",
                                "The session has expired: log in again.", NULL);
  else
    ec_sim_context_reply_error (ctx, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
                                "The session token is not valid: log in again.", NULL);
  return FALSE;
}

/* Parses a JSON object body, if one was sent.  A body that is not a JSON
 * object is a client error answered here, before any handler runs. */
static gboolean
parse_body (EcSimContext *ctx,
            JsonParser   *parser)
{
  SoupMessageBody *body = soup_server_message_get_request_body (ctx->msg);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  JsonNode *root;

  if (body == NULL || body->length == 0)
    return TRUE;

  if (body->length > MAX_BODY_BYTES)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too_large",
                                  "The request body is too large.", NULL);
      return FALSE;
    }

  bytes = soup_message_body_flatten (body);
  if (!g_utf8_validate_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL)
      || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), &error)
      || (root = json_parser_get_root (parser)) == NULL
      || !JSON_NODE_HOLDS_OBJECT (root))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "invalid_json",
                                  "The request body must be a JSON object.", NULL);
      return FALSE;
    }

  ctx->body = json_node_get_object (root);
  return TRUE;
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
  g_auto (GStrv) segments = g_strsplit (path, "/", -1);
  g_autoptr (GHashTable) params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GString) allowed = g_string_new (NULL);
  GInetSocketAddress *remote;
  g_autofree char    *client = NULL;
  EcSimContext        ctx = { 0 };
  const Route        *found = NULL;
  gboolean            handled = FALSE;

  g_signal_emit (self, signals[REQUEST_RECEIVED], 0, msg, path, &handled);
  if (handled)
    return;

  for (guint i = 0; i < self->routes->len; i++)
    {
      const Route *route = g_ptr_array_index (self->routes, i);

      if (route->auth == EC_SIM_AUTH_ADMIN && !self->admin)
        continue;
      if (!route_matches_path (route, segments, NULL))
        continue;

      if (strcmp (route->method, method) == 0)
        {
          found = route;
          route_matches_path (route, segments, params);
          break;
        }
      g_string_append_printf (allowed, "%s%s", allowed->len > 0 ? ", " : "", route->method);
    }

  if (found == NULL)
    {
      if (allowed->len > 0)
        {
          soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                        "Allow", allowed->str);
          ec_sim_reply_error (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method_not_allowed",
                              "This path does not accept that method.", NULL);
        }
      else
        ec_sim_reply_error (msg, SOUP_STATUS_NOT_FOUND, "not_found", "No such endpoint.", NULL);
      return;
    }

  remote = G_INET_SOCKET_ADDRESS (soup_server_message_get_remote_address (msg));
  if (remote != NULL)
    client = g_inet_address_to_string (g_inet_socket_address_get_address (remote));

  ctx.server = self;
  ctx.db = self->db;
  ctx.msg = msg;
  ctx.params = params;
  ctx.now = ec_sim_server_now (self);
  ctx.client = client != NULL ? client : "unknown";

  if (!parse_body (&ctx, parser))
    return;
  if (found->auth == EC_SIM_AUTH_LEARNER && !authenticate (&ctx))
    return;

  found->handler (&ctx);

  if (!ctx.replied)
    {
      g_critical ("%s %s: the handler gave no answer", method, path);
      ec_sim_context_reply_internal (&ctx, NULL);
    }
}

static void
ec_sim_server_dispose (GObject *object)
{
  EcSimServer *self = EC_SIM_SERVER (object);

  if (self->soup != NULL)
    soup_server_disconnect (self->soup);
  g_clear_object (&self->soup);
  g_clear_object (&self->db);
  g_clear_object (&self->lookup_limiter);

  G_OBJECT_CLASS (ec_sim_server_parent_class)->dispose (object);
}

static void
ec_sim_server_finalize (GObject *object)
{
  EcSimServer *self = EC_SIM_SERVER (object);

  g_clear_pointer (&self->routes, g_ptr_array_unref);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (ec_sim_server_parent_class)->finalize (object);
}

static void
ec_sim_server_class_init (EcSimServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ec_sim_server_dispose;
  object_class->finalize = ec_sim_server_finalize;

  /**
   * EcSimServer::clock-changed:
   *
   * Emitted after the service clock moved (an /admin/clock request), so
   * that time-driven work such as the upload batch catches up at once.
   */
  signals[CLOCK_CHANGED] = g_signal_new ("clock-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  /**
   * EcSimServer::request-received:
   * @msg: the request, before it is dispatched
   * @path: its path
   *
   * Emitted for every request before it reaches its route, so that a
   * group of endpoints can act on requests that are not its own (the
   * faults of /admin/faults) without the dispatcher knowing about it.
   *
   * Returns: %TRUE if the handler answered (or dropped) @msg and the
   *   dispatcher must leave it alone.
   */
  signals[REQUEST_RECEIVED] = g_signal_new ("request-received", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0,
                                            g_signal_accumulator_true_handled, NULL, NULL,
                                            G_TYPE_BOOLEAN, 2,
                                            SOUP_TYPE_SERVER_MESSAGE,
                                            G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
ec_sim_server_init (EcSimServer *self)
{
  self->started = g_date_time_new_now_utc ();
  self->routes = g_ptr_array_new_with_free_func (route_free);
  self->session_ttl = EC_SIM_DEFAULT_SESSION_TTL;
  self->calendar = ec_calendar_new_default ();
  self->lookup_limiter = ec_sim_rate_limiter_new (EC_SIM_DEFAULT_LOOKUP_LIMIT,
                                                  EC_SIM_DEFAULT_LOOKUP_WINDOW);
  self->soup = soup_server_new ("server-header", "elearn-sim/" PACKAGE_VERSION " ", NULL);
  soup_server_add_handler (self->soup, NULL, on_request_cb, self, NULL);
}

/**
 * ec_sim_server_new:
 * @db: the service's database
 *
 * Returns: (transfer full): a service with every endpoint of docs/api.md,
 *   not listening yet.
 */
EcSimServer *
ec_sim_server_new (EcSimDb *db)
{
  EcSimServer *self;

  g_return_val_if_fail (EC_IS_SIM_DB (db), NULL);

  self = g_object_new (EC_TYPE_SIM_SERVER, NULL);
  self->db = g_object_ref (db);
  self->clock_offset = ec_sim_db_get_meta (db, "clock_offset");

  ec_sim_routes_register (self);

  return self;
}

EcSimDb *
ec_sim_server_get_db (EcSimServer *self)
{
  g_return_val_if_fail (EC_IS_SIM_SERVER (self), NULL);

  return self->db;
}

/**
 * ec_sim_server_get_calendar:
 *
 * Returns: (transfer none): the government office calendar that the upload
 *   rules count working days with.
 */
EcCalendar *
ec_sim_server_get_calendar (EcSimServer *self)
{
  g_return_val_if_fail (EC_IS_SIM_SERVER (self), NULL);

  return self->calendar;
}

/**
 * ec_sim_server_set_admin:
 *
 * Turns the /admin endpoints on or off (off by default: they move the
 * clock and approve applications, which only tests and the demo may do).
 */
void
ec_sim_server_set_admin (EcSimServer *self,
                         gboolean     admin)
{
  g_return_if_fail (EC_IS_SIM_SERVER (self));

  self->admin = admin;
}

void
ec_sim_server_set_session_ttl (EcSimServer *self,
                               gint64       seconds)
{
  g_return_if_fail (EC_IS_SIM_SERVER (self));
  g_return_if_fail (seconds > 0);

  self->session_ttl = seconds;
}

gint64
ec_sim_server_get_session_ttl (EcSimServer *self)
{
  g_return_val_if_fail (EC_IS_SIM_SERVER (self), EC_SIM_DEFAULT_SESSION_TTL);

  return self->session_ttl;
}

/**
 * ec_sim_server_set_lookup_limiter:
 * @limiter: (transfer none): the limit of POST /api/v1/account-lookup
 *
 * The lookup tells whether an ID number and a name go together, so each
 * client may ask only so often (--lookup-limit, --lookup-window).
 */
void
ec_sim_server_set_lookup_limiter (EcSimServer      *self,
                                  EcSimRateLimiter *limiter)
{
  g_return_if_fail (EC_IS_SIM_SERVER (self));
  g_return_if_fail (EC_IS_SIM_RATE_LIMITER (limiter));

  g_set_object (&self->lookup_limiter, limiter);
}

/**
 * ec_sim_server_get_lookup_limiter:
 *
 * Returns: (transfer none): the limiter of the official account lookup.
 */
EcSimRateLimiter *
ec_sim_server_get_lookup_limiter (EcSimServer *self)
{
  g_return_val_if_fail (EC_IS_SIM_SERVER (self), NULL);

  return self->lookup_limiter;
}

/**
 * ec_sim_server_add_route:
 * @self: the service
 * @method: "GET", "POST", …
 * @pattern: a path, with "{name}" for a parameter segment
 * @auth: who may call it
 * @handler: the handler
 */
void
ec_sim_server_add_route (EcSimServer *self,
                         const char  *method,
                         const char  *pattern,
                         EcSimAuth    auth,
                         EcSimHandler handler)
{
  Route *route;

  g_return_if_fail (EC_IS_SIM_SERVER (self));
  g_return_if_fail (pattern != NULL && pattern[0] == '/');

  route = g_new0 (Route, 1);
  route->method = g_strdup (method);
  route->segments = g_strsplit (pattern, "/", -1);
  route->auth = auth;
  route->handler = handler;
  g_ptr_array_add (self->routes, route);
}

/**
 * ec_sim_server_now:
 *
 * Returns: the service clock: the real time moved by the offset that
 *   /admin/clock sets, so that tests and the demo can see days pass.
 */
gint64
ec_sim_server_now (EcSimServer *self)
{
  return g_get_real_time () / G_USEC_PER_SEC + self->clock_offset;
}

/**
 * ec_sim_server_set_clock_offset:
 *
 * Moves the service clock; the offset is kept in the database, so a
 * restarted service keeps its date.
 */
void
ec_sim_server_set_clock_offset (EcSimServer *self,
                                gint64       offset)
{
  g_return_if_fail (EC_IS_SIM_SERVER (self));

  self->clock_offset = offset;
  ec_sim_db_set_meta (self->db, "clock_offset", offset);
  g_signal_emit (self, signals[CLOCK_CHANGED], 0);
}

/**
 * ec_sim_server_get_started:
 *
 * Returns: when the service started, in Unix seconds (real time).
 */
gint64
ec_sim_server_get_started (EcSimServer *self)
{
  g_return_val_if_fail (EC_IS_SIM_SERVER (self), 0);

  return g_date_time_to_unix (self->started);
}

gint64
ec_sim_server_get_clock_offset (EcSimServer *self)
{
  g_return_val_if_fail (EC_IS_SIM_SERVER (self), 0);

  return self->clock_offset;
}

/**
 * ec_sim_server_set_tls_files:
 * @cert_file: a PEM certificate (chain)
 * @key_file: its PEM private key
 *
 * Makes the service speak HTTPS only.
 */
gboolean
ec_sim_server_set_tls_files (EcSimServer *self,
                             const char  *cert_file,
                             const char  *key_file,
                             GError     **error)
{
  g_autoptr (GTlsCertificate) certificate = NULL;

  g_return_val_if_fail (EC_IS_SIM_SERVER (self), FALSE);

  certificate = g_tls_certificate_new_from_files (cert_file, key_file, error);
  if (certificate == NULL)
    return FALSE;

  soup_server_set_tls_certificate (self->soup, certificate);
  self->https = TRUE;
  return TRUE;
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
  return soup_server_listen (self->soup, socket_address,
                             self->https ? SOUP_SERVER_LISTEN_HTTPS : 0, error);
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
