/* test-health.c: the service's first endpoint and its error shape, over
 * real HTTP on loopback.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "ec-test-sim.h"

typedef struct {
  EcTestSim   *sim;
  SoupSession *session;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  fixture->sim = ec_test_sim_start (NULL);
  fixture->session = soup_session_new_with_options ("timeout", 10,
                                                    "proxy-resolver", NULL,
                                                    NULL);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_clear_object (&fixture->session);
  g_clear_pointer (&fixture->sim, ec_test_sim_stop);
}

/* Sends a request and parses the JSON reply, checking the status and that
 * the content type is JSON: every reply of the API is. */
static JsonNode *
request_json (Fixture    *fixture,
              const char *method,
              const char *path,
              guint       expected_status)
{
  g_autofree char *url = g_strconcat (ec_test_sim_get_url (fixture->sim), path + 1, NULL);
  g_autoptr (SoupMessage) msg = soup_message_new (method, url);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  const char *content_type;

  body = soup_session_send_and_read (fixture->session, msg, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (msg), ==, expected_status);

  content_type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);
  g_assert_cmpstr (content_type, ==, "application/json");

  json_parser_load_from_data (parser, g_bytes_get_data (body, NULL),
                              g_bytes_get_size (body), &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_health (Fixture      *fixture,
             gconstpointer user_data)
{
  g_autoptr (JsonNode) root = request_json (fixture, "GET", "/api/v1/health", 200);
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
assert_error_body (JsonNode   *root,
                   const char *code)
{
  JsonObject *error = json_object_get_object_member (json_node_get_object (root), "error");

  g_assert_nonnull (error);
  g_assert_cmpstr (json_object_get_string_member (error, "code"), ==, code);
  g_assert_nonnull (json_object_get_string_member (error, "message"));
}

static void
test_unknown_path (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) root = request_json (fixture, "GET", "/api/v1/no-such-thing", 404);

  assert_error_body (root, "not_found");
}

static void
test_wrong_method (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) root = request_json (fixture, "DELETE", "/api/v1/health", 405);

  assert_error_body (root, "method_not_allowed");
}

static void
test_bad_port_refused (void)
{
  const char *path = g_getenv ("EC_SIM_PATH");
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                              &error, path, "--port=70000", NULL);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), !=, 0);
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

  g_test_add ("/service/health", Fixture, NULL, fixture_set_up, test_health, fixture_tear_down);
  g_test_add ("/service/errors/unknown-path", Fixture, NULL, fixture_set_up, test_unknown_path, fixture_tear_down);
  g_test_add ("/service/errors/wrong-method", Fixture, NULL, fixture_set_up, test_wrong_method, fixture_tear_down);
  g_test_add_func ("/service/options/bad-port", test_bad_port_refused);
  g_test_add_func ("/service/options/exits-with-parent", test_exits_with_parent);

  return g_test_run ();
}
