/* test-faults.c: /admin/faults, the failures elearn-sim produces on demand
 * for the client's tests, checked over real HTTP.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ec-test-service.h"

#define FAULTS "/admin/faults"
#define AGENCY "/api/v1/agencies/2.16.886.101.20003.20022"

typedef EcTestService Fixture;

static const char *const admin_args[] = { "--seed=demo", "--admin", NULL };
static const char *const plain_args[] = { "--seed=demo", NULL };

static void
add_fault (Fixture    *fixture,
           const char *json)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (fixture, "POST", FAULTS, NULL, json, 201);

  g_assert_nonnull (reply);
}

static JsonArray *
list_faults (Fixture   *fixture,
             JsonNode **out_reply)
{
  *out_reply = ec_test_service_call (fixture, "GET", FAULTS, NULL, NULL, 200);
  return json_object_get_array_member (json_node_get_object (*out_reply), "faults");
}

/* A GET that may fail: the status (0 without a reply) and the body. */
static guint
raw_get (SoupSession *session,
         const char  *url,
         const char  *path,
         GBytes     **out_body,
         GError     **error)
{
  g_autofree char *uri = g_strconcat (url, path + 1, NULL);
  g_autoptr (SoupMessage) msg = soup_message_new ("GET", uri);
  GBytes *body = soup_session_send_and_read (session, msg, NULL, error);
  guint   status = body != NULL ? soup_message_get_status (msg) : 0;

  if (out_body != NULL)
    *out_body = body;
  else
    g_clear_pointer (&body, g_bytes_unref);
  return status;
}

static gboolean
is_json (GBytes *bytes)
{
  g_autoptr (JsonParser) parser = json_parser_new ();

  return json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
}

static void
test_admin_only (Fixture      *fixture,
                 gconstpointer user_data)
{
  ec_test_service_assert_error (fixture, "POST", FAULTS, NULL, "{\"path\": \"/api/v1/health\", \"kind\": \"drop\"}",
                                404, "not_found", NULL);
}

static void
test_status (Fixture      *fixture,
             gconstpointer user_data)
{
  g_autoptr (JsonNode) listed = NULL;
  g_autoptr (JsonNode) first = NULL;
  g_autoptr (JsonNode) second = NULL;
  g_autoptr (JsonNode) third = NULL;
  g_autoptr (JsonNode) after = NULL;
  JsonArray  *faults;
  JsonObject *fault;

  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"status-500\", \"count\": 2}");
  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"status-503\"}");

  faults = list_faults (fixture, &listed);
  g_assert_cmpuint (json_array_get_length (faults), ==, 2);
  fault = json_array_get_object_element (faults, 0);
  g_assert_cmpstr (json_object_get_string_member (fault, "path"), ==, AGENCY);
  g_assert_cmpstr (json_object_get_string_member (fault, "kind"), ==, "status-500");
  g_assert_cmpint (json_object_get_int_member (fault, "remaining"), ==, 2);

  /* In the order they were asked for, then the real answer again. */
  first = ec_test_service_call (fixture, "GET", AGENCY, NULL, NULL, 500);
  ec_test_http_assert_error (first, "internal_error", NULL);
  second = ec_test_service_call (fixture, "GET", AGENCY, NULL, NULL, 500);
  ec_test_http_assert_error (second, "internal_error", NULL);
  third = ec_test_service_call (fixture, "GET", AGENCY, NULL, NULL, 503);
  ec_test_http_assert_error (third, "unavailable", NULL);
  after = ec_test_service_call (fixture, "GET", AGENCY, NULL, NULL, 200);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (after), "oid"), ==,
                   "2.16.886.101.20003.20022");
}

/* A fault waits for its own path: other paths answer as usual. */
static void
test_other_paths (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autoptr (JsonNode) health = NULL;
  g_autoptr (JsonNode) listed = NULL;

  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"status-500\"}");
  health = ec_test_service_call (fixture, "GET", "/api/v1/health", NULL, NULL, 200);
  g_assert_cmpuint (json_array_get_length (list_faults (fixture, &listed)), ==, 1);
}

static void
test_malformed_json (Fixture      *fixture,
                     gconstpointer user_data)
{
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GError) error = NULL;

  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"malformed-json\"}");
  g_assert_cmpuint (raw_get (fixture->session, fixture->url, AGENCY, &body, &error), ==, 200);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (body), >, 0);
  g_assert_false (is_json (body));
}

/* The real answer, cut in half: a prefix of it, framed right, not JSON. */
static void
test_truncated (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autoptr (GBytes) cut = NULL;
  g_autoptr (GBytes) whole = NULL;
  g_autoptr (GError) error = NULL;

  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"truncated\"}");
  g_assert_cmpuint (raw_get (fixture->session, fixture->url, AGENCY, &cut, &error), ==, 200);
  g_assert_no_error (error);
  g_assert_cmpuint (raw_get (fixture->session, fixture->url, AGENCY, &whole, &error), ==, 200);
  g_assert_no_error (error);

  g_assert_true (is_json (whole));
  g_assert_false (is_json (cut));
  g_assert_cmpuint (g_bytes_get_size (cut), ==, g_bytes_get_size (whole) / 2);
  g_assert_cmpmem (g_bytes_get_data (cut, NULL), g_bytes_get_size (cut),
                   g_bytes_get_data (whole, NULL), g_bytes_get_size (cut));
}

/* The connection closes without a reply.  A new session, so that libsoup
 * does not resend the request as it may on a reused connection. */
static void
test_drop (Fixture      *fixture,
           gconstpointer user_data)
{
  g_autoptr (SoupSession) fresh = ec_test_http_session_new ();
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) after = NULL;

  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"drop\"}");
  g_assert_cmpuint (raw_get (fresh, fixture->url, AGENCY, &body, &error), ==, 0);
  g_assert_null (body);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);

  after = ec_test_service_call (fixture, "GET", AGENCY, NULL, NULL, 200);
}

/* Held back longer than a one-second timeout, then answered as usual. */
static void
test_delay (Fixture      *fixture,
            gconstpointer user_data)
{
  g_autoptr (SoupSession) impatient = soup_session_new_with_options ("timeout", 1, "proxy-resolver", NULL, NULL);
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) delayed = NULL;

  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"delay\", \"delay_ms\": 2500}");
  g_assert_cmpuint (raw_get (impatient, fixture->url, AGENCY, &body, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);

  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"delay\", \"delay_ms\": 300}");
  delayed = ec_test_service_call (fixture, "GET", AGENCY, NULL, NULL, 200);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (delayed), "name"), ==,
                   "行政院研究發展考核委員會");

  /* One more, still held back when the service is stopped. */
  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"delay\", \"delay_ms\": 60000}");
  g_clear_error (&error);
  g_assert_cmpuint (raw_get (impatient, fixture->url, AGENCY, NULL, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
}

static void
test_clear (Fixture      *fixture,
            gconstpointer user_data)
{
  g_autoptr (JsonNode) cleared = NULL;
  g_autoptr (JsonNode) listed = NULL;
  g_autoptr (JsonNode) after = NULL;

  add_fault (fixture, "{\"path\": \"" AGENCY "\", \"kind\": \"status-500\", \"count\": 5}");
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"drop\"}");
  cleared = ec_test_service_call (fixture, "DELETE", FAULTS, NULL, NULL, 204);
  g_assert_null (cleared);

  g_assert_cmpuint (json_array_get_length (list_faults (fixture, &listed)), ==, 0);
  after = ec_test_service_call (fixture, "GET", AGENCY, NULL, NULL, 200);
}

static void
test_refused (Fixture      *fixture,
              gconstpointer user_data)
{
  static const struct {
    const char *body;
    guint       status;
    const char *code, *field;
  } cases[] = {
    { NULL, 400, "invalid_json", NULL },
    { "[]", 400, "invalid_json", NULL },
    { "{\"kind\": \"drop\"}", 422, "missing_field", "path" },
    { "{\"path\": 3, \"kind\": \"drop\"}", 422, "invalid_type", "path" },
    { "{\"path\": \"/api/v1/me\"}", 422, "missing_field", "kind" },
    { "{\"path\": \"/api/v1/me\", \"kind\": \"explode\"}", 422, "invalid_kind", "kind" },
    { "{\"path\": \"/admin/faults\", \"kind\": \"drop\"}", 422, "invalid_format", "path" },
    { "{\"path\": \"api/v1/me\", \"kind\": \"drop\"}", 422, "invalid_format", "path" },
    { "{\"path\": \"/api/v1/me\", \"kind\": \"drop\", \"count\": 0}", 422, "out_of_range", "count" },
    { "{\"path\": \"/api/v1/me\", \"kind\": \"drop\", \"count\": 1001}", 422, "out_of_range", "count" },
    { "{\"path\": \"/api/v1/me\", \"kind\": \"drop\", \"count\": \"2\"}", 422, "invalid_type", "count" },
    { "{\"path\": \"/api/v1/me\", \"kind\": \"delay\"}", 422, "missing_field", "delay_ms" },
    { "{\"path\": \"/api/v1/me\", \"kind\": \"delay\", \"delay_ms\": 0}", 422, "out_of_range", "delay_ms" },
    { "{\"path\": \"/api/v1/me\", \"kind\": \"delay\", \"delay_ms\": 600001}", 422, "out_of_range", "delay_ms" },
  };
  g_autoptr (JsonNode) listed = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    ec_test_service_assert_error (fixture, "POST", FAULTS, NULL, cases[i].body, cases[i].status, cases[i].code,
                                  cases[i].field);

  g_assert_cmpuint (json_array_get_length (list_faults (fixture, &listed)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args) g_test_add (path, Fixture, args, ec_test_service_set_up, func, ec_test_service_tear_down)
  ADD ("/faults/admin-only", test_admin_only, plain_args);
  ADD ("/faults/status", test_status, admin_args);
  ADD ("/faults/other-paths", test_other_paths, admin_args);
  ADD ("/faults/malformed-json", test_malformed_json, admin_args);
  ADD ("/faults/truncated", test_truncated, admin_args);
  ADD ("/faults/drop", test_drop, admin_args);
  ADD ("/faults/delay", test_delay, admin_args);
  ADD ("/faults/clear", test_clear, admin_args);
  ADD ("/faults/refused", test_refused, admin_args);
#undef ADD

  return g_test_run ();
}
