/* test-sessions.c: logging in by every route, the session's life, and
 * what /me shows, over real HTTP against elearn-sim.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ec-test-http.h"
#include "ec-test-sim.h"

typedef struct {
  EcTestSim   *sim;
  SoupSession *session;
  const char  *url;
} Fixture;

/* Every demo persona's ID number: none may appear whole in any reply. */
static const char *const demo_ids[] = {
  "A120864216",
  "F222334450",
  "B135792460",
  "H244556676",
  "E102468130",
  "K213579249",
  "Q122446684",
};

static const char *const default_args[] = { "--seed=demo", "--admin", NULL };
static const char *const short_ttl_args[] = { "--seed=demo", "--admin", "--session-ttl=60", NULL };

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  fixture->sim = ec_test_sim_start (user_data != NULL ? user_data : default_args);
  fixture->session = ec_test_http_session_new ();
  fixture->url = ec_test_sim_get_url (fixture->sim);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_clear_object (&fixture->session);
  g_clear_pointer (&fixture->sim, ec_test_sim_stop);
}

static void
assert_no_id_number (JsonNode *reply)
{
  g_autofree char *text = NULL;

  if (reply == NULL)
    return;
  text = json_to_string (reply, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (demo_ids); i++)
    g_assert_null (strstr (text, demo_ids[i]));
}

static JsonNode *
request (Fixture             *fixture,
         const char          *method,
         const char          *path,
         const char          *token,
         const char          *body,
         guint                status,
         SoupMessageHeaders **out_headers)
{
  JsonNode *reply = ec_test_http_request (fixture->session, fixture->url, method, path, token,
                                          body, status, out_headers);

  assert_no_id_number (reply);
  return reply;
}

static JsonNode *
login (Fixture    *fixture,
       const char *route,
       const char *account,
       const char *password,
       guint       status)
{
  g_autofree char *body = g_strdup_printf ("{\"route\": \"%s\", \"account\": \"%s\", \"password\": \"%s\"}",
                                           route, account, password);

  return request (fixture, "POST", "/api/v1/sessions", NULL, body, status, NULL);
}

static void
advance_clock (Fixture *fixture,
               gint64   seconds)
{
  g_autofree char *body = g_strdup_printf ("{\"advance_seconds\": %" G_GINT64_FORMAT "}", seconds);
  g_autoptr (JsonNode) reply = request (fixture, "POST", "/admin/clock", NULL, body, 200, NULL);
}

static gint64
parse_time (const char *text)
{
  g_autoptr (GDateTime) time = NULL;

  g_assert_nonnull (text);
  g_assert_true (g_str_has_suffix (text, "+08:00"));
  time = g_date_time_new_from_iso8601 (text, NULL);
  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}

static gint64
service_now (Fixture *fixture)
{
  g_autoptr (JsonNode) reply = request (fixture, "GET", "/admin/clock", NULL, NULL, 200, NULL);

  return parse_time (json_object_get_string_member (json_node_get_object (reply), "time"));
}

/* Checks a login or /me reply: the route the service decided and the
 * account the session is on. */
static JsonObject *
assert_session (JsonNode   *reply,
                const char *route,
                const char *login_name,
                const char *type)
{
  JsonObject *object = json_node_get_object (reply);
  JsonObject *account = json_object_get_object_member (object, "account");

  g_assert_cmpstr (json_object_get_string_member (object, "route"), ==, route);
  parse_time (json_object_get_string_member (object, "expires_at"));
  g_assert_nonnull (account);
  g_assert_cmpstr (json_object_get_string_member (account, "login"), ==, login_name);
  g_assert_cmpstr (json_object_get_string_member (account, "type"), ==, type);
  return account;
}

static char *
token_of (JsonNode *reply)
{
  const char *token = json_object_get_string_member (json_node_get_object (reply), "token");

  g_assert_nonnull (token);
  g_assert_cmpuint (strlen (token), ==, 64);
  return g_strdup (token);
}

static void
test_login_ecpa (Fixture      *fixture,
                 gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = login (fixture, "ecpa", "wang.daming", "demo2026", 201);
  g_autoptr (JsonNode) me = NULL;
  g_autofree char *token = token_of (reply);
  JsonObject      *account = assert_session (reply, "ecpa", "wang.daming", "ecpa");

  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "official");
  g_assert_cmpstr (json_object_get_string_member (account, "name"), ==, "王大明");
  g_assert_cmpstr (json_object_get_string_member (account, "identity"), ==, "civil-servant");
  g_assert_cmpint (json_object_get_int_member (account, "personnel_category"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (account, "agency_oid"), ==, "2.16.886.101.20003.20001");
  g_assert_true (json_object_get_boolean_member (account, "env_account"));

  me = request (fixture, "GET", "/api/v1/me", token, NULL, 200, NULL);
  g_assert_false (json_object_has_member (json_node_get_object (me), "token"));
  account = assert_session (me, "ecpa", "wang.daming", "ecpa");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (me), "expires_at"), ==,
                   json_object_get_string_member (json_node_get_object (reply), "expires_at"));
}

static void
test_login_gov_tw (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = login (fixture, "gov-tw", "lin.meihua", "demo2026", 201);
  JsonObject *account = assert_session (reply, "gov-tw", "lin.meihua", "gov-tw");

  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "natural-person");
  g_assert_cmpstr (json_object_get_string_member (account, "identity"), ==, "educator");
  g_assert_cmpint (json_object_get_int_member (account, "personnel_category"), ==, 10);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (account, "agency_oid")));
}

/* A bound certificate is the same as logging in to the account it is
 * bound to. */
static void
test_login_certificate_bound (Fixture      *fixture,
                              gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = login (fixture, "certificate", "CERT-WANG-0001", "123456", 201);
  g_autoptr (JsonNode) me = NULL;
  g_autofree char *token = token_of (reply);
  JsonObject      *account = assert_session (reply, "certificate-bound", "wang.daming", "ecpa");

  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "official");

  me = request (fixture, "GET", "/api/v1/me", token, NULL, 200, NULL);
  assert_session (me, "certificate-bound", "wang.daming", "ecpa");
}

/* An unbound certificate logs in to an account of its own. */
static void
test_login_certificate_unbound (Fixture      *fixture,
                                gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = login (fixture, "certificate", "CERT-LI-0001", "654321", 201);
  JsonObject *account = assert_session (reply, "certificate-unbound", "CERT-LI-0001", "certificate");

  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "natural-person");
  g_assert_cmpstr (json_object_get_string_member (account, "name"), ==, "李建國");
}

static void
test_login_social (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = login (fixture, "social", "facebook:chang.yating", "demo2026", 201);
  JsonObject *account = assert_session (reply, "social", "facebook:chang.yating", "social");

  g_assert_cmpstr (json_object_get_string_member (account, "identity"), ==, "general-public");
}

/* A wrong password, an unknown account and an account asked for on the
 * wrong route all get the same answer, so that nobody learns which
 * accounts exist. */
static void
test_invalid_credentials (Fixture      *fixture,
                          gconstpointer user_data)
{
  g_autoptr (JsonNode) wrong = login (fixture, "ecpa", "wang.daming", "demo2027", 401);
  g_autoptr (JsonNode) unknown = login (fixture, "ecpa", "nobody.here", "demo2026", 401);
  g_autoptr (JsonNode) other_route = login (fixture, "gov-tw", "wang.daming", "demo2026", 401);
  g_autoptr (JsonNode) empty = login (fixture, "ecpa", "wang.daming", "", 401);
  g_autofree char *wrong_text = json_to_string (wrong, FALSE);
  g_autofree char *unknown_text = json_to_string (unknown, FALSE);
  g_autofree char *other_route_text = json_to_string (other_route, FALSE);

  ec_test_http_assert_error (wrong, "invalid_credentials", NULL);
  ec_test_http_assert_error (empty, "invalid_credentials", NULL);
  g_assert_cmpstr (wrong_text, ==, unknown_text);
  g_assert_cmpstr (wrong_text, ==, other_route_text);
}

static gint64
retry_after (SoupMessageHeaders *headers)
{
  const char *value = soup_message_headers_get_one (headers, "Retry-After");
  guint64     seconds = 0;

  g_assert_nonnull (value);
  g_assert_true (g_ascii_string_to_unsigned (value, 10, 1, G_MAXINT64, &seconds, NULL));
  return (gint64) seconds;
}

static void
test_lockout (Fixture      *fixture,
              gconstpointer user_data)
{
  g_autoptr (SoupMessageHeaders) headers = NULL;
  g_autoptr (JsonNode) locked = NULL;
  g_autoptr (JsonNode) again = NULL;
  g_autoptr (JsonNode) unlocked = NULL;
  const char *body = "{\"route\": \"gov-tw\", \"account\": \"lin.meihua\", \"password\": \"demo2026\"}";
  gint64      wait;

  /* Four failures, then a success that forgets them. */
  for (int i = 0; i < 4; i++)
    {
      g_autoptr (JsonNode) reply = login (fixture, "gov-tw", "lin.meihua", "wrong2026", 401);
    }
  g_autoptr (JsonNode) success = login (fixture, "gov-tw", "lin.meihua", "demo2026", 201);

  /* Five in a row lock the account, even against the right password. */
  for (int i = 0; i < 5; i++)
    {
      g_autoptr (JsonNode) reply = login (fixture, "gov-tw", "lin.meihua", "wrong2026", 401);

      ec_test_http_assert_error (reply, "invalid_credentials", NULL);
    }
  locked = request (fixture, "POST", "/api/v1/sessions", NULL, body, 403, &headers);
  ec_test_http_assert_error (locked, "account_locked", NULL);
  wait = retry_after (headers);
  g_assert_cmpint (wait, >=, 1);
  g_assert_cmpint (wait, <=, 15 * 60);

  /* Other accounts are not affected. */
  g_autoptr (JsonNode) other = login (fixture, "ecpa", "wang.daming", "demo2026", 201);

  /* Still locked a little before the time Retry-After gave. */
  advance_clock (fixture, wait - 5);
  again = request (fixture, "POST", "/api/v1/sessions", NULL, body, 403, NULL);
  ec_test_http_assert_error (again, "account_locked", NULL);

  advance_clock (fixture, 5);
  unlocked = login (fixture, "gov-tw", "lin.meihua", "demo2026", 201);
  assert_session (unlocked, "gov-tw", "lin.meihua", "gov-tw");
}

static void
test_invalid_route (Fixture      *fixture,
                    gconstpointer user_data)
{
  const char *const routes[] = { "password", "certificate-bound", "ECPA", "" };

  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    {
      g_autoptr (JsonNode) reply = login (fixture, routes[i], "wang.daming", "demo2026", 422);

      ec_test_http_assert_error (reply, "invalid_route", "route");
    }
}

static void
test_missing_fields (Fixture      *fixture,
                     gconstpointer user_data)
{
  const struct {
    const char *body;
    const char *code;
    const char *field;
  } cases[] = {
    { "{}", "missing_field", "route" },
    { "{\"route\": \"ecpa\"}", "missing_field", "account" },
    { "{\"route\": \"ecpa\", \"account\": \"wang.daming\"}", "missing_field", "password" },
    { "{\"route\": \"ecpa\", \"account\": null, \"password\": \"demo2026\"}", "missing_field", "account" },
    { "{\"route\": 1, \"account\": \"wang.daming\", \"password\": \"demo2026\"}", "invalid_type", "route" },
    { "{\"route\": \"ecpa\", \"account\": \"wang.daming\", \"password\": [\"demo2026\"]}", "invalid_type", "password" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonNode) reply = request (fixture, "POST", "/api/v1/sessions", NULL, cases[i].body, 422, NULL);

      ec_test_http_assert_error (reply, cases[i].code, cases[i].field);
    }
}

static void
test_invalid_json (Fixture      *fixture,
                   gconstpointer user_data)
{
  const char *const bodies[] = { NULL, "{\"route\": \"ecpa\"", "[\"ecpa\"]", "\"ecpa\"" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr (JsonNode) reply = request (fixture, "POST", "/api/v1/sessions", NULL, bodies[i], 400, NULL);

      ec_test_http_assert_error (reply, "invalid_json", NULL);
    }
}

static void
test_unauthorized (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) no_token = request (fixture, "GET", "/api/v1/me", NULL, NULL, 401, NULL);
  g_autoptr (JsonNode) bad_token = request (fixture, "GET", "/api/v1/me", "0123456789abcdef", NULL, 401, NULL);
  g_autoptr (JsonNode) logout = request (fixture, "DELETE", "/api/v1/sessions/current", NULL, NULL, 401, NULL);
  g_autoptr (JsonNode) bad_logout = request (fixture, "DELETE", "/api/v1/sessions/current", "nope", NULL, 401, NULL);

  ec_test_http_assert_error (no_token, "unauthorized", NULL);
  ec_test_http_assert_error (bad_token, "unauthorized", NULL);
  ec_test_http_assert_error (logout, "unauthorized", NULL);
  ec_test_http_assert_error (bad_logout, "unauthorized", NULL);
}

/* Started with --session-ttl=60: the session lives 60 seconds of the
 * service clock, and an expired token gets its own code. */
static void
test_session_expired (Fixture      *fixture,
                      gconstpointer user_data)
{
  gint64 before = service_now (fixture);
  g_autoptr (JsonNode) reply = login (fixture, "ecpa", "wang.daming", "demo2026", 201);
  g_autofree char *token = token_of (reply);
  gint64           expires_at = parse_time (json_object_get_string_member (json_node_get_object (reply), "expires_at"));
  g_autoptr (JsonNode) alive = NULL;
  g_autoptr (JsonNode) expired = NULL;
  g_autoptr (JsonNode) expired_logout = NULL;

  g_assert_cmpint (expires_at - before, >=, 60);
  g_assert_cmpint (expires_at - before, <=, 62);

  advance_clock (fixture, 50);
  alive = request (fixture, "GET", "/api/v1/me", token, NULL, 200, NULL);

  advance_clock (fixture, 15);
  expired = request (fixture, "GET", "/api/v1/me", token, NULL, 401, NULL);
  ec_test_http_assert_error (expired, "session_expired", NULL);
  expired_logout = request (fixture, "DELETE", "/api/v1/sessions/current", token, NULL, 401, NULL);
  ec_test_http_assert_error (expired_logout, "session_expired", NULL);
}

static void
test_logout (Fixture      *fixture,
             gconstpointer user_data)
{
  g_autoptr (JsonNode) first = login (fixture, "gov-tw", "lin.meihua", "demo2026", 201);
  g_autoptr (JsonNode) second = login (fixture, "gov-tw", "lin.meihua", "demo2026", 201);
  g_autofree char *token = token_of (first);
  g_autofree char *other = token_of (second);
  g_autoptr (JsonNode) bye = NULL;
  g_autoptr (JsonNode) refused = NULL;
  g_autoptr (JsonNode) again = NULL;
  g_autoptr (JsonNode) still = NULL;

  g_assert_cmpstr (token, !=, other);

  bye = request (fixture, "DELETE", "/api/v1/sessions/current", token, NULL, 204, NULL);
  g_assert_null (bye);

  refused = request (fixture, "GET", "/api/v1/me", token, NULL, 401, NULL);
  ec_test_http_assert_error (refused, "unauthorized", NULL);
  again = request (fixture, "DELETE", "/api/v1/sessions/current", token, NULL, 401, NULL);
  ec_test_http_assert_error (again, "unauthorized", NULL);

  /* Logging out ends this session only. */
  still = request (fixture, "GET", "/api/v1/me", other, NULL, 200, NULL);
  assert_session (still, "gov-tw", "lin.meihua", "gov-tw");
}

/* /me shows the ID number masked, never whole: the request helper checks
 * every reply for every demo ID number. */
static void
test_masked_id_number (Fixture      *fixture,
                       gconstpointer user_data)
{
  const struct {
    const char *route;
    const char *login;
    const char *password;
    const char *masked;
  } cases[] = {
    { "ecpa", "wang.daming", "demo2026", "A******216" },
    { "gov-tw", "lin.meihua", "demo2026", "F******450" },
    { "gov-tw", "chen.zhiming", "demo2026", "B******460" },
    { "social", "facebook:chang.yating", "demo2026", "H******676" },
    { "certificate", "CERT-LI-0001", "654321", "E******130" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonNode) reply = login (fixture, cases[i].route, cases[i].login, cases[i].password, 201);
      g_autofree char *token = token_of (reply);
      g_autoptr (JsonNode) me = request (fixture, "GET", "/api/v1/me", token, NULL, 200, NULL);
      JsonObject *account = json_object_get_object_member (json_node_get_object (me), "account");

      g_assert_cmpstr (json_object_get_string_member (account, "id_number_masked"), ==, cases[i].masked);
      g_assert_false (json_object_has_member (account, "id_number"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args) \
  g_test_add ("/service/sessions/" path, Fixture, args, fixture_set_up, func, fixture_tear_down)

  ADD ("login/ecpa", test_login_ecpa, NULL);
  ADD ("login/gov-tw", test_login_gov_tw, NULL);
  ADD ("login/certificate-bound", test_login_certificate_bound, NULL);
  ADD ("login/certificate-unbound", test_login_certificate_unbound, NULL);
  ADD ("login/social", test_login_social, NULL);
  ADD ("login/invalid-credentials", test_invalid_credentials, NULL);
  ADD ("login/lockout", test_lockout, NULL);
  ADD ("login/invalid-route", test_invalid_route, NULL);
  ADD ("login/missing-fields", test_missing_fields, NULL);
  ADD ("login/invalid-json", test_invalid_json, NULL);
  ADD ("me/unauthorized", test_unauthorized, NULL);
  ADD ("me/session-expired", test_session_expired, short_ttl_args);
  ADD ("me/masked-id-number", test_masked_id_number, NULL);
  ADD ("logout", test_logout, NULL);

#undef ADD

  return g_test_run ();
}
