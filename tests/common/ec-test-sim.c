/* ec-test-sim.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-sim.h"

#include <signal.h>

/* Tests talk to the service the way the app does: a separate process over
 * loopback HTTP, so that what they prove is what a learner gets. */

struct _EcTestSim {
  GSubprocess *process;
  char        *url;
};

/**
 * ec_test_sim_start:
 * @extra_args: (nullable): arguments after the defaults (loopback, port 0)
 *
 * Starts the executable named by `EC_SIM_PATH` (set by tests/meson.build)
 * and waits for the URL line it prints once listening.  Fails the test if it
 * does not come up.
 */
EcTestSim *
ec_test_sim_start (const char *const *extra_args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GDataInputStream) out = NULL;
  const char *path = g_getenv ("EC_SIM_PATH");
  EcTestSim  *sim;

  g_assert_nonnull (path);

  g_ptr_array_add (argv, (gpointer) path);
  g_ptr_array_add (argv, (gpointer) "--address=127.0.0.1");
  g_ptr_array_add (argv, (gpointer) "--port=0");
  /* A test that crashes must not leave a service behind. */
  g_ptr_array_add (argv, (gpointer) "--exit-on-stdin-eof");
  for (guint i = 0; extra_args != NULL && extra_args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) extra_args[i]);
  g_ptr_array_add (argv, NULL);

  sim = g_new0 (EcTestSim, 1);
  sim->process = g_subprocess_newv ((const char *const *) argv->pdata,
                                    G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                    &error);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (sim->process));
  sim->url = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sim->url);
  g_assert_true (g_str_has_prefix (sim->url, "http://127.0.0.1:")
                 || g_str_has_prefix (sim->url, "https://127.0.0.1:"));

  return sim;
}

const char *
ec_test_sim_get_url (EcTestSim *sim)
{
  return sim->url;
}

/**
 * ec_test_sim_stop:
 *
 * Stops the service with SIGTERM, as a session manager would, and checks
 * that it shut down cleanly.
 */
void
ec_test_sim_stop (EcTestSim *sim)
{
  g_autoptr (GError) error = NULL;

  if (sim == NULL)
    return;

  g_subprocess_send_signal (sim->process, SIGTERM);
  g_subprocess_wait (sim->process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (sim->process));
  g_assert_cmpint (g_subprocess_get_exit_status (sim->process), ==, 0);

  g_object_unref (sim->process);
  g_free (sim->url);
  g_free (sim);
}

/**
 * ec_test_sim_assert_refused:
 * @args: arguments the service must refuse, ending with %NULL
 *
 * Runs the executable with @args and checks that it exits with a failure
 * instead of starting.  Its standard input is closed at once: a service
 * that started anyway exits with 0 and fails the test instead of hanging
 * it.
 */
void
ec_test_sim_assert_refused (const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  const char *path = g_getenv ("EC_SIM_PATH");

  g_assert_nonnull (path);

  g_ptr_array_add (argv, (gpointer) path);
  /* First, so that an argument of the test's can override it. */
  g_ptr_array_add (argv, (gpointer) "--port=0");
  g_ptr_array_add (argv, (gpointer) "--exit-on-stdin-eof");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char *const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                   | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  g_assert_no_error (error);
  g_output_stream_close (g_subprocess_get_stdin_pipe (process), NULL, NULL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), !=, 0);
}
