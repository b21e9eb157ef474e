/* test-health.c: the service's first endpoint and its error shape, over
 * real HTTP on loopback.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-service.h"

typedef EcTestService Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  ec_test_service_set_up (fixture, NULL);
  g_object_set (fixture->session, "timeout", 10, NULL);
}

static void
test_health (Fixture      *fixture,
             gconstpointer user_data)
{
  /* Every reply of the API is JSON: ec_test_service_call() checks the
   * content type. */
  g_autoptr (JsonNode) root = ec_test_service_call (fixture, "GET", "/api/v1/health", NULL, NULL, 200);
  JsonObject *object = json_node_get_object (root);
  g_autoptr (GDateTime) time = NULL;

  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "ok");
  g_assert_cmpstr (json_object_get_string_member (object, "service"), ==, "elearn-sim");

  /* Times carry their offset (docs/api.md): the service writes Taiwan's. */
  time = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "time"), NULL);
  g_assert_nonnull (time);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (object, "time"), "+08:00"));
}

static void
test_unknown_path (Fixture      *fixture,
                   gconstpointer user_data)
{
  ec_test_service_assert_error (fixture, "GET", "/api/v1/no-such-thing", NULL, NULL, 404, "not_found", NULL);
}

static void
test_wrong_method (Fixture      *fixture,
                   gconstpointer user_data)
{
  ec_test_service_assert_error (fixture, "DELETE", "/api/v1/health", NULL, NULL, 405, "method_not_allowed", NULL);
}

static void
test_bad_port_refused (void)
{
  ec_test_sim_assert_refused ((const char *[]){ "--port=70000", NULL });
}

/* A parent that dies (the demo app, a crashed test) closes the service's
 * standard input; the service must exit instead of lingering on a port. */
static void
test_exits_with_parent (void)
{
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDataInputStream) out = NULL;
  g_autofree char *url = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                              &error, g_getenv ("EC_SIM_PATH"), "--port=0",
                              "--exit-on-stdin-eof", NULL);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  url = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));

  g_output_stream_close (g_subprocess_get_stdin_pipe (process), NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/service/health", Fixture, NULL, fixture_set_up, test_health, ec_test_service_tear_down);
  g_test_add ("/service/errors/unknown-path", Fixture, NULL, fixture_set_up, test_unknown_path, ec_test_service_tear_down);
  g_test_add ("/service/errors/wrong-method", Fixture, NULL, fixture_set_up, test_wrong_method, ec_test_service_tear_down);
  g_test_add_func ("/service/options/bad-port", test_bad_port_refused);
  g_test_add_func ("/service/options/exits-with-parent", test_exits_with_parent);

  return g_test_run ();
}
