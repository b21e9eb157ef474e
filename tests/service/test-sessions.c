/* test-sessions.c: logging in by every route, the session's life, and
 * what /me shows, over real HTTP against elearn-sim.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ec-test-service.h"

typedef EcTestService Fixture;

/* Every demo persona's ID number: none may appear whole in any reply. */
static const char *const demo_ids[] = {
  EC_TEST_DEMO_ID_NUMBERS,
  NULL,
};

static const char *const default_args[] = { "--seed=demo", "--admin", NULL };
static const char *const short_ttl_args[] = { "--seed=demo", "--admin", "--session-ttl=60", NULL };

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer args)
{
  ec_test_service_set_up (fixture, args);
  fixture->secrets = demo_ids;
}

static gint64
service_now (Fixture *fixture)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (fixture, "GET", "/admin/clock", NULL, NULL, 200);

  return ec_test_http_parse_time (json_object_get_string_member (json_node_get_object (reply), "time"));
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
  ec_test_http_parse_time (json_object_get_string_member (object, "expires_at"));
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
  g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, "ecpa", "wang.daming", "demo2026", 201);
  g_autoptr (JsonNode) me = NULL;
  g_autofree char *token = token_of (reply);
  JsonObject      *account = assert_session (reply, "ecpa", "wang.daming", "ecpa");

  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "official");
  g_assert_cmpstr (json_object_get_string_member (account, "name"), ==, "王大明");
  g_assert_cmpstr (json_object_get_string_member (account, "identity"), ==, "civil-servant");
  g_assert_cmpint (json_object_get_int_member (account, "personnel_category"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (account, "agency_oid"), ==, "2.16.886.101.20003.20001");
  g_assert_true (json_object_get_boolean_member (account, "env_account"));

  me = ec_test_service_call (fixture, "GET", "/api/v1/me", token, NULL, 200);
  g_assert_false (json_object_has_member (json_node_get_object (me), "token"));
  account = assert_session (me, "ecpa", "wang.daming", "ecpa");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (me), "expires_at"), ==,
                   json_object_get_string_member (json_node_get_object (reply), "expires_at"));
}

static void
test_login_gov_tw (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, "gov-tw", "lin.meihua", "demo2026", 201);
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
  g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, "certificate", "CERT-WANG-0001", "123456", 201);
  g_autoptr (JsonNode) me = NULL;
  g_autofree char *token = token_of (reply);
  JsonObject      *account = assert_session (reply, "certificate-bound", "wang.daming", "ecpa");

  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "official");

  me = ec_test_service_call (fixture, "GET", "/api/v1/me", token, NULL, 200);
  assert_session (me, "certificate-bound", "wang.daming", "ecpa");
}

/* An unbound certificate logs in to an account of its own. */
static void
test_login_certificate_unbound (Fixture      *fixture,
                                gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, "certificate", "CERT-LI-0001", "654321", 201);
  JsonObject *account = assert_session (reply, "certificate-unbound", "CERT-LI-0001", "certificate");

  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "natural-person");
  g_assert_cmpstr (json_object_get_string_member (account, "name"), ==, "李建國");
}

static void
test_login_social (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, "social", "facebook:chang.yating", "demo2026", 201);
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
  g_autoptr (JsonNode) wrong = ec_test_service_login_reply (fixture, "ecpa", "wang.daming", "demo2027", 401);
  g_autoptr (JsonNode) unknown = ec_test_service_login_reply (fixture, "ecpa", "nobody.here", "demo2026", 401);
  g_autoptr (JsonNode) other_route = ec_test_service_login_reply (fixture, "gov-tw", "wang.daming", "demo2026", 401);
  g_autoptr (JsonNode) empty = ec_test_service_login_reply (fixture, "ecpa", "wang.daming", "", 401);
  g_autofree char *wrong_text = json_to_string (wrong, FALSE);
  g_autofree char *unknown_text = json_to_string (unknown, FALSE);
  g_autofree char *other_route_text = json_to_string (other_route, FALSE);

  ec_test_http_assert_error (wrong, "invalid_credentials", NULL);
  ec_test_http_assert_error (empty, "invalid_credentials", NULL);
  g_assert_cmpstr (wrong_text, ==, unknown_text);
  g_assert_cmpstr (wrong_text, ==, other_route_text);
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
      g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, "gov-tw", "lin.meihua", "wrong2026", 401);
    }
  g_autoptr (JsonNode) success = ec_test_service_login_reply (fixture, "gov-tw", "lin.meihua", "demo2026", 201);

  /* Five in a row lock the account, even against the right password. */
  for (int i = 0; i < 5; i++)
    {
      g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, "gov-tw", "lin.meihua", "wrong2026", 401);

      ec_test_http_assert_error (reply, "invalid_credentials", NULL);
    }
  locked = ec_test_service_call_full (fixture, "POST", "/api/v1/sessions", NULL, body, 403, &headers);
  ec_test_http_assert_error (locked, "account_locked", NULL);
  wait = ec_test_http_retry_after (headers);
  g_assert_cmpint (wait, >=, 1);
  g_assert_cmpint (wait, <=, 15 * 60);

  /* Other accounts are not affected. */
  g_autoptr (JsonNode) other = ec_test_service_login_reply (fixture, "ecpa", "wang.daming", "demo2026", 201);

  /* Still locked a little before the time Retry-After gave. */
  ec_test_service_advance_seconds (fixture, wait - 5);
  again = ec_test_service_call (fixture, "POST", "/api/v1/sessions", NULL, body, 403);
  ec_test_http_assert_error (again, "account_locked", NULL);

  ec_test_service_advance_seconds (fixture, 5);
  unlocked = ec_test_service_login_reply (fixture, "gov-tw", "lin.meihua", "demo2026", 201);
  assert_session (unlocked, "gov-tw", "lin.meihua", "gov-tw");
}

static void
test_invalid_route (Fixture      *fixture,
                    gconstpointer user_data)
{
  const char *const routes[] = { "password", "certificate-bound", "ECPA", "" };

  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    {
      g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, routes[i], "wang.daming", "demo2026", 422);

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
    ec_test_service_assert_error (fixture, "POST", "/api/v1/sessions", NULL, cases[i].body, 422, cases[i].code, cases[i].field);
}

static void
test_invalid_json (Fixture      *fixture,
                   gconstpointer user_data)
{
  const char *const bodies[] = { NULL, "{\"route\": \"ecpa\"", "[\"ecpa\"]", "\"ecpa\"" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    ec_test_service_assert_error (fixture, "POST", "/api/v1/sessions", NULL, bodies[i], 400, "invalid_json", NULL);
}

static void
test_unauthorized (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) no_token = ec_test_service_call (fixture, "GET", "/api/v1/me", NULL, NULL, 401);
  g_autoptr (JsonNode) bad_token = ec_test_service_call (fixture, "GET", "/api/v1/me", "0123456789abcdef", NULL, 401);
  g_autoptr (JsonNode) logout = ec_test_service_call (fixture, "DELETE", "/api/v1/sessions/current", NULL, NULL, 401);
  g_autoptr (JsonNode) bad_logout = ec_test_service_call (fixture, "DELETE", "/api/v1/sessions/current", "nope", NULL, 401);

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
  g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, "ecpa", "wang.daming", "demo2026", 201);
  g_autofree char *token = token_of (reply);
  gint64           expires_at = ec_test_http_parse_time (json_object_get_string_member (json_node_get_object (reply), "expires_at"));
  g_autoptr (JsonNode) alive = NULL;
  g_autoptr (JsonNode) expired = NULL;
  g_autoptr (JsonNode) expired_logout = NULL;

  g_assert_cmpint (expires_at - before, >=, 60);
  g_assert_cmpint (expires_at - before, <=, 62);

  ec_test_service_advance_seconds (fixture, 50);
  alive = ec_test_service_call (fixture, "GET", "/api/v1/me", token, NULL, 200);

  ec_test_service_advance_seconds (fixture, 15);
  expired = ec_test_service_call (fixture, "GET", "/api/v1/me", token, NULL, 401);
  ec_test_http_assert_error (expired, "session_expired", NULL);
  expired_logout = ec_test_service_call (fixture, "DELETE", "/api/v1/sessions/current", token, NULL, 401);
  ec_test_http_assert_error (expired_logout, "session_expired", NULL);
}

static void
test_logout (Fixture      *fixture,
             gconstpointer user_data)
{
  g_autoptr (JsonNode) first = ec_test_service_login_reply (fixture, "gov-tw", "lin.meihua", "demo2026", 201);
  g_autoptr (JsonNode) second = ec_test_service_login_reply (fixture, "gov-tw", "lin.meihua", "demo2026", 201);
  g_autofree char *token = token_of (first);
  g_autofree char *other = token_of (second);
  g_autoptr (JsonNode) bye = NULL;
  g_autoptr (JsonNode) refused = NULL;
  g_autoptr (JsonNode) again = NULL;
  g_autoptr (JsonNode) still = NULL;

  g_assert_cmpstr (token, !=, other);

  bye = ec_test_service_call (fixture, "DELETE", "/api/v1/sessions/current", token, NULL, 204);
  g_assert_null (bye);

  refused = ec_test_service_call (fixture, "GET", "/api/v1/me", token, NULL, 401);
  ec_test_http_assert_error (refused, "unauthorized", NULL);
  again = ec_test_service_call (fixture, "DELETE", "/api/v1/sessions/current", token, NULL, 401);
  ec_test_http_assert_error (again, "unauthorized", NULL);

  /* Logging out ends this session only. */
  still = ec_test_service_call (fixture, "GET", "/api/v1/me", other, NULL, 200);
  assert_session (still, "gov-tw", "lin.meihua", "gov-tw");
}

/* /me shows the ID number masked, never whole: ec_test_service_call()
 * checks every reply for every demo ID number. */
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
      g_autoptr (JsonNode) reply = ec_test_service_login_reply (fixture, cases[i].route, cases[i].login, cases[i].password, 201);
      g_autofree char *token = token_of (reply);
      g_autoptr (JsonNode) me = ec_test_service_call (fixture, "GET", "/api/v1/me", token, NULL, 200);
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
  g_test_add ("/service/sessions/" path, Fixture, args, fixture_set_up, func, ec_test_service_tear_down)

  ADD ("login/ecpa", test_login_ecpa, default_args);
  ADD ("login/gov-tw", test_login_gov_tw, default_args);
  ADD ("login/certificate-bound", test_login_certificate_bound, default_args);
  ADD ("login/certificate-unbound", test_login_certificate_unbound, default_args);
  ADD ("login/social", test_login_social, default_args);
  ADD ("login/invalid-credentials", test_invalid_credentials, default_args);
  ADD ("login/lockout", test_lockout, default_args);
  ADD ("login/invalid-route", test_invalid_route, default_args);
  ADD ("login/missing-fields", test_missing_fields, default_args);
  ADD ("login/invalid-json", test_invalid_json, default_args);
  ADD ("me/unauthorized", test_unauthorized, default_args);
  ADD ("me/session-expired", test_session_expired, short_ttl_args);
  ADD ("me/masked-id-number", test_masked_id_number, default_args);
  ADD ("logout", test_logout, default_args);

#undef ADD

  return g_test_run ();
}
