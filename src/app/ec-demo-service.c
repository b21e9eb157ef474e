/* ec-demo-service.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-demo-service"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <signal.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "ec-demo-service.h"
#include "ec-core.h"

/* The demo runs the same reference service the tests use, as a child
 * process on loopback with a port the system picks, so that the demo can
 * never collide with another instance or reach beyond this machine. */

struct _EcDemoService {
  GObject parent_instance;

  char        *executable;
  GSubprocess *process;
  char        *url;
  /* For the admin endpoints only (docs/api.md, "Admin endpoints"): the
   * learner's API goes through the app's EcApiClient like any service's. */
  SoupSession *session;
};

/* Moving the clock runs the service's upload batch before it answers,
 * which takes a while on a large demo database. */
#define ADMIN_TIMEOUT_SECONDS 60

G_DEFINE_FINAL_TYPE (EcDemoService, ec_demo_service, G_TYPE_OBJECT)

static void
ec_demo_service_dispose (GObject *object)
{
  EcDemoService *self = EC_DEMO_SERVICE (object);

  ec_demo_service_stop (self);

  G_OBJECT_CLASS (ec_demo_service_parent_class)->dispose (object);
}

static void
ec_demo_service_finalize (GObject *object)
{
  EcDemoService *self = EC_DEMO_SERVICE (object);

  g_free (self->executable);
  g_free (self->url);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ec_demo_service_parent_class)->finalize (object);
}

static void
ec_demo_service_class_init (EcDemoServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ec_demo_service_dispose;
  object_class->finalize = ec_demo_service_finalize;
}

static void
ec_demo_service_init (EcDemoService *self)
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

/**
 * ec_demo_service_new:
 * @executable: the path of elearn-sim
 *
 * Returns: (transfer full): a demo service, not started yet.
 */
EcDemoService *
ec_demo_service_new (const char *executable)
{
  EcDemoService *self;

  g_return_val_if_fail (executable != NULL, NULL);

  self = g_object_new (EC_TYPE_DEMO_SERVICE, NULL);
  self->executable = g_strdup (executable);
  return self;
}

/**
 * ec_demo_service_find_executable:
 *
 * Looks for elearn-sim where it can be: `EC_SIM_PATH` (tests), beside this
 * program in the build tree, then the installed one.
 *
 * Returns: (transfer full) (nullable): a path, or %NULL if there is none.
 */
char *
ec_demo_service_find_executable (void)
{
  const char      *from_env = g_getenv ("EC_SIM_PATH");
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);

  if (from_env != NULL && g_file_test (from_env, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (from_env);

  if (self_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self_path);
      g_autofree char *in_build = g_build_filename (dir, "..", "service", "elearn-sim", NULL);
      g_autofree char *beside = g_build_filename (dir, "elearn-sim", NULL);

      if (g_file_test (in_build, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&in_build);
      if (g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&beside);
    }

  return g_find_program_in_path ("elearn-sim");
}

static void
on_url_line_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcDemoService *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, NULL, &error);
  if (line == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _ ("The demo service stopped before it was ready."));
      ec_demo_service_stop (self);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_free (self->url);
  self->url = g_strdup (g_strstrip (line));
  g_task_return_pointer (task, g_strdup (self->url), g_free);
}

/**
 * ec_demo_service_start_async:
 * @self: a demo service
 * @cancellable: (nullable): cancels waiting for the service
 * @callback: called once the service is listening, or has failed
 * @user_data: data for @callback
 *
 * Starts elearn-sim on loopback and waits, without blocking, for the line
 * with its URL.
 */
void
ec_demo_service_start_async (EcDemoService      *self,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDataInputStream) out = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *database = NULL;

  g_return_if_fail (EC_IS_DEMO_SERVICE (self));
  g_return_if_fail (self->process == NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_demo_service_start_async);

  /* The service's standard input is a pipe this process holds and never
   * writes to: if the app dies without stopping it, the pipe closes and
   * the service exits too. */
  /* The demo learners, in a database of the demo's own under the user's
   * data folder (so that an application made or a clock moved in the demo
   * is still there next time), with the admin endpoints that move the
   * clock: the service listens on loopback only.  Its sessions last 30 days
   * of the service clock, so that moving the clock to watch hours upload
   * does not log the learner out. */
  dir = g_build_filename (g_get_user_data_dir (), "elearn-companion", "demo", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               "%s: %s", dir, g_strerror (saved_errno));
      return;
    }
  database = g_strconcat ("--database=", dir, G_DIR_SEPARATOR_S, "service.sqlite", NULL);
  self->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                    &error, self->executable, "--address=127.0.0.1",
                                    "--port=0", "--seed=demo", "--admin", database, "--session-ttl=2592000",
                                    "--exit-on-stdin-eof", NULL);
  if (self->process == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (self->process));
  g_data_input_stream_read_line_async (out, G_PRIORITY_DEFAULT, cancellable,
                                       on_url_line_cb, g_steal_pointer (&task));
}

/**
 * ec_demo_service_start_finish:
 *
 * Returns: (transfer full): the service's URL, or %NULL with @error set.
 */
char *
ec_demo_service_start_finish (EcDemoService *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_demo_service_start_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ec_demo_service_get_url:
 *
 * Returns: (nullable): the URL of the running service.
 */
const char *
ec_demo_service_get_url (EcDemoService *self)
{
  g_return_val_if_fail (EC_IS_DEMO_SERVICE (self), NULL);

  return self->url;
}

/**
 * ec_demo_service_stop:
 *
 * Stops the child service; the demo's data dies with it.
 */
void
ec_demo_service_stop (EcDemoService *self)
{
  g_return_if_fail (EC_IS_DEMO_SERVICE (self));

  if (self->process == NULL)
    return;

  /* Requests still on their way fail now rather than at their timeout. */
  soup_session_abort (self->session);
  g_subprocess_send_signal (self->process, SIGTERM);
  g_subprocess_wait (self->process, NULL, NULL);
  g_clear_object (&self->process);
  g_clear_pointer (&self->url, g_free);
}

static void
on_admin_reply_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  SoupMessage *msg = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  guint status;

  body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  if (body == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        /* Translators: %s says why, as the network library put it. */
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED,
                                 _ ("The demo service could not be reached: %s"), error->message);
      return;
    }

  status = soup_message_get_status (msg);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      /* Translators: %u is an HTTP status code, such as 404. */
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _ ("The demo service refused the request (HTTP status %u)."), status);
      return;
    }

  if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_task_return_new_error (task, EC_DATA_ERROR, EC_DATA_ERROR_MALFORMED,
                               "%s", _ ("The demo service’s answer could not be read."));
      return;
    }

  g_task_return_pointer (task, json_object_ref (json_node_get_object (json_parser_get_root (parser))),
                         (GDestroyNotify) json_object_unref);
}

/* One request to an admin endpoint; the task's result is the reply's JSON
 * object. */
static void
admin_request (EcDemoService *self,
               const char    *method,
               const char    *path,
               const char    *body,
               GTask         *task)
{
  g_autofree char *uri = NULL;
  g_autoptr (SoupMessage) msg = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (self->url == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED, "%s",
                               _ ("The demo service is not running."));
      g_object_unref (task);
      return;
    }

  /* The service's URL ends with a slash; the paths start with one. */
  uri = g_strconcat (self->url, g_str_has_suffix (self->url, "/") ? path + 1 : path, NULL);
  msg = soup_message_new (method, uri);
  if (msg == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "%s",
                               _ ("The demo service’s address is not usable."));
      g_object_unref (task);
      return;
    }
  if (body != NULL)
    {
      g_autoptr (GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }

  g_task_set_task_data (task, g_object_ref (msg), g_object_unref);
  soup_session_send_and_read_async (self->session, msg, G_PRIORITY_DEFAULT, cancellable, on_admin_reply_cb,
                                    task);
}

static JsonObject *
admin_request_finish (GAsyncResult *result,
                      GError      **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static char *
dup_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

/* One EcDemoPersona per login, in the service's order; %NULL if the reply
 * is not in the shape of docs/api.md. */
static GPtrArray *
parse_personas (JsonObject *reply)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_demo_persona_free);
  JsonNode  *personas_node = json_object_get_member (reply, "personas");
  JsonArray *personas;

  if (personas_node == NULL || !JSON_NODE_HOLDS_ARRAY (personas_node))
    return NULL;

  personas = json_node_get_array (personas_node);
  for (guint i = 0; i < json_array_get_length (personas); i++)
    {
      JsonNode   *node = json_array_get_element (personas, i);
      JsonObject *persona;
      JsonNode   *logins_node;
      JsonArray  *logins;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return NULL;
      persona = json_node_get_object (node);
      logins_node = json_object_get_member (persona, "logins");
      if (logins_node == NULL || !JSON_NODE_HOLDS_ARRAY (logins_node))
        return NULL;

      logins = json_node_get_array (logins_node);
      for (guint l = 0; l < json_array_get_length (logins); l++)
        {
          JsonNode *login_node = json_array_get_element (logins, l);
          g_autoptr (EcDemoPersona) item = g_new0 (EcDemoPersona, 1);
          JsonObject *login;

          if (!JSON_NODE_HOLDS_OBJECT (login_node))
            return NULL;
          login = json_node_get_object (login_node);
          item->persona = dup_member (persona, "persona");
          item->name = dup_member (persona, "name");
          item->identity = dup_member (persona, "identity");
          item->route = dup_member (login, "route");
          item->account = dup_member (login, "account");
          item->password = dup_member (login, "password");
          if (item->persona == NULL || item->name == NULL || item->identity == NULL || item->route == NULL
              || item->account == NULL || item->password == NULL)
            return NULL;
          g_ptr_array_add (list, g_steal_pointer (&item));
        }
    }

  return g_steal_pointer (&list);
}

static void
on_personas_reply_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) reply = admin_request_finish (result, &error);
  g_autoptr (GPtrArray) personas = NULL;

  if (reply == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  personas = parse_personas (reply);
  if (personas == NULL)
    {
      g_task_return_new_error (task, EC_DATA_ERROR, EC_DATA_ERROR_MALFORMED, "%s",
                               _ ("The demo service’s list of learners could not be read."));
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&personas), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * ec_demo_service_list_personas_async:
 * @self: a started demo service
 * @cancellable: (nullable): cancels the request
 * @callback: called with the list
 * @user_data: data for @callback
 *
 * Asks the service for the demo learners' logins (`GET /admin/personas`).
 */
void
ec_demo_service_list_personas_async (EcDemoService      *self,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  GTask *request;

  g_return_if_fail (EC_IS_DEMO_SERVICE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_demo_service_list_personas_async);

  /* The inner task carries the HTTP exchange; the outer one the list. */
  request = g_task_new (self, cancellable, on_personas_reply_cb, g_steal_pointer (&task));
  admin_request (self, "GET", "/admin/personas", NULL, request);
}

/**
 * ec_demo_service_list_personas_finish:
 *
 * Returns: (transfer full) (element-type EcDemoPersona): one #EcDemoPersona
 *   per login, in the demo's order (empty if the service has no demo
 *   learners), or %NULL with @error set.
 */
GPtrArray *
ec_demo_service_list_personas_finish (EcDemoService *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_demo_service_list_personas_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_clock_reply_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) reply = admin_request_finish (result, &error);

  if (reply == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ec_demo_service_advance_clock_async:
 * @self: a started demo service
 * @days: how many days to move the service clock forward
 * @cancellable: (nullable): cancels waiting for the reply
 * @callback: called once the clock has moved
 * @user_data: data for @callback
 *
 * Moves the service clock forward (`POST /admin/clock`).  The service runs
 * its upload batch before it answers, so that hours due by the new date are
 * uploaded by the time @callback runs.
 */
void
ec_demo_service_advance_clock_async (EcDemoService      *self,
                                     guint               days,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *body = NULL;
  GTask           *request;

  g_return_if_fail (EC_IS_DEMO_SERVICE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_demo_service_advance_clock_async);

  body = g_strdup_printf ("{\"advance_days\": %u}", days);
  request = g_task_new (self, cancellable, on_clock_reply_cb, g_steal_pointer (&task));
  admin_request (self, "POST", "/admin/clock", body, request);
}

/**
 * ec_demo_service_advance_clock_finish:
 *
 * Returns: %TRUE once the clock has moved, or %FALSE with @error set.
 */
gboolean
ec_demo_service_advance_clock_finish (EcDemoService *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_demo_service_advance_clock_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
