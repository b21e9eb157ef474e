/* ec-demo-service.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-demo-service"

#include "config.h"

#include <errno.h>
#include <signal.h>

#include <glib/gi18n.h>

#include "demo/ec-demo-service.h"

/* The demo runs the same reference service the tests use, as a child
 * process on loopback with a port the system picks, so that the demo can
 * never collide with another instance or reach beyond this machine. */

struct _EcDemoService {
  GObject parent_instance;

  char        *executable;
  GSubprocess *process;
  char        *url;
};

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
 * Stops the child service and waits for it to exit; its database stays
 * for the next start.
 */
void
ec_demo_service_stop (EcDemoService *self)
{
  g_return_if_fail (EC_IS_DEMO_SERVICE (self));

  if (self->process == NULL)
    return;

  g_subprocess_send_signal (self->process, SIGTERM);
  g_subprocess_wait (self->process, NULL, NULL);
  g_clear_object (&self->process);
  g_clear_pointer (&self->url, g_free);
}
