/* ec-demo-admin.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-demo-admin"

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "ec-api-reply.h"
#include "ec-demo-admin-private.h"

/* The admin endpoints stand in for the platform's back office (docs/api.md);
 * the demo uses two of them: the made-up learners' logins, and the service
 * clock.  They are not the learner's API, so they do not go through
 * EcApiClient (no token, no retries: moving the clock twice is not the same
 * as moving it once), but their answers mean what the API's do: the same
 * %EC_CLIENT_ERROR codes, from the same ec-api-reply.c. */

/* Moving the clock runs the service's upload batch before it answers,
 * which takes a while on a large demo database. */
#define ADMIN_TIMEOUT_SECONDS 60

#define PERSONAS_PATH "/admin/personas"
#define CLOCK_PATH "/admin/clock"

struct _EcDemoAdmin {
  GObject parent_instance;

  SoupSession *session;
  /* Ends with a slash: the endpoints' paths are relative to it. */
  char *base_url;
};

/* What a request is named by in the debug log and in its errors. */
typedef struct {
  const char *method;
  const char *path;
} Endpoint;

static const Endpoint personas_endpoint = { "GET", PERSONAS_PATH };
static const Endpoint clock_endpoint = { "POST", CLOCK_PATH };

G_DEFINE_FINAL_TYPE (EcDemoAdmin, ec_demo_admin, G_TYPE_OBJECT)

/* The task's value is the reply's JSON; each finish function reads its
 * endpoint's shape from it. */
static void
on_reply_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (GTask) task = G_TASK (user_data);
  const Endpoint *endpoint = g_task_get_task_data (task);
  SoupMessage    *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr (GError) transport_error = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonNode) root = NULL;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &transport_error);
  if (bytes == NULL)
    {
      g_task_return_error (task, ec_api_reply_transport_error_new (msg, endpoint->method, endpoint->path,
                                                                   transport_error));
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (msg)))
    {
      g_task_return_error (task, ec_api_reply_error_new (msg, endpoint->method, endpoint->path, bytes));
      return;
    }

  root = ec_api_reply_read_success (msg, endpoint->method, endpoint->path, bytes, &error);
  if (root == NULL && error == NULL)
    error = ec_api_reply_malformed_error_new (endpoint->method, endpoint->path, "no body");
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&root), (GDestroyNotify) json_node_unref);
}

/* Sends @endpoint's request with @body (JSON, or %NULL) for @task, which
 * it takes. */
static void
send_request (EcDemoAdmin    *self,
              const Endpoint *endpoint,
              const char     *body,
              GTask          *task)
{
  g_autofree char *uri = g_strconcat (self->base_url, endpoint->path + 1, NULL);
  g_autoptr (SoupMessage) msg = soup_message_new (endpoint->method, uri);
  GCancellable *cancellable = g_task_get_cancellable (task);

  g_task_set_task_data (task, (gpointer) endpoint, NULL);

  /* An address that is not a URL is refused as the API client refuses
   * it. */
  if (msg == NULL)
    {
      g_task_return_error (task, ec_client_error_new (EC_CLIENT_ERROR_INSECURE_URL, NULL, NULL, 0));
      g_object_unref (task);
      return;
    }

  /* As for the API: a redirect is never followed, it could lead anywhere. */
  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept", "application/json");
  if (body != NULL)
    {
      g_autoptr (GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }

  soup_session_send_and_read_async (self->session, msg, G_PRIORITY_DEFAULT, cancellable, on_reply_cb, task);
}

static void
ec_demo_admin_dispose (GObject *object)
{
  EcDemoAdmin *self = EC_DEMO_ADMIN (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (ec_demo_admin_parent_class)->dispose (object);
}

static void
ec_demo_admin_finalize (GObject *object)
{
  EcDemoAdmin *self = EC_DEMO_ADMIN (object);

  g_free (self->base_url);

  G_OBJECT_CLASS (ec_demo_admin_parent_class)->finalize (object);
}

static void
ec_demo_admin_class_init (EcDemoAdminClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ec_demo_admin_dispose;
  object_class->finalize = ec_demo_admin_finalize;
}

static void
ec_demo_admin_init (EcDemoAdmin *self)
{
  self->session = soup_session_new_with_options ("timeout", ADMIN_TIMEOUT_SECONDS, NULL);
}

/**
 * ec_demo_persona_free:
 * @persona: (nullable): a persona's login
 */
void
ec_demo_persona_free (EcDemoPersona *persona)
{
  if (persona == NULL)
    return;

  g_free (persona->persona);
  g_free (persona->name);
  g_free (persona->identity);
  g_free (persona->route);
  g_free (persona->account);
  g_free (persona->password);
  g_free (persona);
}

/* A member that must be a string with something in it; %NULL otherwise. */
static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return *json_node_get_string (node) != '\0' ? json_node_get_string (node) : NULL;
}

/* A member that must be an array; %NULL otherwise. */
static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static GError *
personas_malformed (const char *what)
{
  return ec_api_reply_malformed_error_new (personas_endpoint.method, personas_endpoint.path, what);
}

/**
 * _ec_demo_admin_read_personas: (skip)
 * @root: the reply of `GET /admin/personas`
 *
 * The whole reply or nothing: a persona or a login that lacks a member
 * the picker shows or the login needs fails it all.
 *
 * Returns: (transfer full) (element-type EcDemoPersona): one #EcDemoPersona
 *   per login, in the reply's order, or %NULL with an
 *   %EC_CLIENT_ERROR_MALFORMED_REPLY.
 */
GPtrArray *
_ec_demo_admin_read_personas (JsonNode *root,
                              GError  **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_demo_persona_free);
  JsonArray *personas;

  personas = JSON_NODE_HOLDS_OBJECT (root) ? array_member (json_node_get_object (root), "personas") : NULL;
  if (personas == NULL)
    {
      g_propagate_error (error, personas_malformed ("no array of personas"));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (personas); i++)
    {
      JsonNode   *node = json_array_get_element (personas, i);
      JsonObject *persona = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonArray  *logins = persona != NULL ? array_member (persona, "logins") : NULL;

      if (logins == NULL || string_member (persona, "persona") == NULL || string_member (persona, "name") == NULL
          || string_member (persona, "identity") == NULL)
        {
          g_autofree char *what = g_strdup_printf ("persona %u is not an object with persona, name, identity "
                                                   "and logins",
                                                   i);

          g_propagate_error (error, personas_malformed (what));
          return NULL;
        }

      for (guint l = 0; l < json_array_get_length (logins); l++)
        {
          JsonNode      *login_node = json_array_get_element (logins, l);
          JsonObject    *login = JSON_NODE_HOLDS_OBJECT (login_node) ? json_node_get_object (login_node) : NULL;
          EcDemoPersona *item;

          if (login == NULL || string_member (login, "route") == NULL || string_member (login, "account") == NULL
              || string_member (login, "password") == NULL)
            {
              g_autofree char *what = g_strdup_printf ("login %u of persona %u is not an object with route, "
                                                       "account and password",
                                                       l, i);

              g_propagate_error (error, personas_malformed (what));
              return NULL;
            }

          item = g_new0 (EcDemoPersona, 1);
          item->persona = g_strdup (string_member (persona, "persona"));
          item->name = g_strdup (string_member (persona, "name"));
          item->identity = g_strdup (string_member (persona, "identity"));
          item->route = g_strdup (string_member (login, "route"));
          item->account = g_strdup (string_member (login, "account"));
          item->password = g_strdup (string_member (login, "password"));
          g_ptr_array_add (list, item);
        }
    }

  return g_steal_pointer (&list);
}

/**
 * _ec_demo_admin_read_clock: (skip)
 * @root: the reply of `POST /admin/clock`
 *
 * The reply says where the clock is now; nothing of it is kept, but a
 * reply without it is not the service's.
 *
 * Returns: %TRUE, or %FALSE with an %EC_CLIENT_ERROR_MALFORMED_REPLY.
 */
gboolean
_ec_demo_admin_read_clock (JsonNode *root,
                           GError  **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode   *offset = object != NULL ? json_object_get_member (object, "offset_seconds") : NULL;

  if (object == NULL || string_member (object, "time") == NULL || offset == NULL
      || !JSON_NODE_HOLDS_VALUE (offset) || json_node_get_value_type (offset) != G_TYPE_INT64)
    {
      g_propagate_error (error, ec_api_reply_malformed_error_new (clock_endpoint.method, clock_endpoint.path,
                                                                  "no time and offset_seconds"));
      return FALSE;
    }
  return TRUE;
}

/**
 * ec_demo_admin_new:
 * @base_url: the service's URL, as elearn-sim prints it
 *   (`http://127.0.0.1:41234/`)
 *
 * Nothing is sent yet.  The admin endpoints exist only on a service run
 * with `--admin`: elsewhere every request fails with
 * %EC_CLIENT_ERROR_NOT_FOUND.
 *
 * Returns: (transfer full): the admin side of that service.
 */
EcDemoAdmin *
ec_demo_admin_new (const char *base_url)
{
  EcDemoAdmin *self;

  g_return_val_if_fail (base_url != NULL, NULL);

  self = g_object_new (EC_TYPE_DEMO_ADMIN, NULL);
  self->base_url = g_str_has_suffix (base_url, "/") ? g_strdup (base_url) : g_strconcat (base_url, "/", NULL);
  return self;
}

/**
 * ec_demo_admin_get_base_url:
 *
 * Returns: the service's URL, ending with a slash.
 */
const char *
ec_demo_admin_get_base_url (EcDemoAdmin *self)
{
  g_return_val_if_fail (EC_IS_DEMO_ADMIN (self), NULL);

  return self->base_url;
}

/**
 * ec_demo_admin_list_personas_async:
 * @self: the admin side of a service
 * @cancellable: (nullable): cancels the request
 * @callback: called with the list
 * @user_data: data for @callback
 *
 * Asks the service for the demo learners' logins (`GET /admin/personas`).
 */
void
ec_demo_admin_list_personas_async (EcDemoAdmin        *self,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  GTask *task;

  g_return_if_fail (EC_IS_DEMO_ADMIN (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_demo_admin_list_personas_async);
  send_request (self, &personas_endpoint, NULL, task);
}

/**
 * ec_demo_admin_list_personas_finish:
 *
 * Returns: (transfer full) (element-type EcDemoPersona): one #EcDemoPersona
 *   per login, in the demo's order (empty if the service has no demo
 *   learners), or %NULL with @error set: an %EC_CLIENT_ERROR, or
 *   %G_IO_ERROR_CANCELLED.
 */
GPtrArray *
ec_demo_admin_list_personas_finish (EcDemoAdmin  *self,
                                    GAsyncResult *result,
                                    GError      **error)
{
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, ec_demo_admin_list_personas_async), NULL);

  root = g_task_propagate_pointer (G_TASK (result), error);
  if (root == NULL)
    return NULL;
  return _ec_demo_admin_read_personas (root, error);
}

/**
 * ec_demo_admin_advance_clock_async:
 * @self: the admin side of a service
 * @days: how many days to move the service clock forward, at least 1
 * @cancellable: (nullable): cancels waiting for the reply
 * @callback: called once the clock has moved
 * @user_data: data for @callback
 *
 * Moves the service clock forward (`POST /admin/clock`).  The service runs
 * its upload batch before it answers, so that hours due by the new date are
 * uploaded by the time @callback runs.  The request is sent once: a
 * second attempt would move the clock again.
 */
void
ec_demo_admin_advance_clock_async (EcDemoAdmin        *self,
                                   guint               days,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autofree char *body = NULL;
  GTask           *task;

  g_return_if_fail (EC_IS_DEMO_ADMIN (self));
  g_return_if_fail (days > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_demo_admin_advance_clock_async);
  body = g_strdup_printf ("{\"advance_days\": %u}", days);
  send_request (self, &clock_endpoint, body, task);
}

/**
 * ec_demo_admin_advance_clock_finish:
 *
 * Returns: %TRUE once the clock has moved, or %FALSE with @error set: an
 *   %EC_CLIENT_ERROR (%EC_CLIENT_ERROR_INVALID_INPUT for a move beyond
 *   what the service allows), or %G_IO_ERROR_CANCELLED.
 */
gboolean
ec_demo_admin_advance_clock_finish (EcDemoAdmin  *self,
                                    GAsyncResult *result,
                                    GError      **error)
{
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ec_demo_admin_advance_clock_async), FALSE);

  root = g_task_propagate_pointer (G_TASK (result), error);
  if (root == NULL)
    return FALSE;
  return _ec_demo_admin_read_clock (root, error);
}
