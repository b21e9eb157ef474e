/* test-lookup.c: the official account lookup (公務帳號查詢) and its rate
 * limit, over real HTTP against elearn-sim.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-service.h"

#define LOOKUP "/api/v1/account-lookup"

typedef EcTestService Fixture;

/* Every demo persona's ID number, and the unknown one the tests send:
 * none may appear in any reply. */
static const char *const id_numbers[] = {
  EC_TEST_DEMO_ID_NUMBERS,
  "A800000014",
  NULL,
};

/* The tests of one service share its client address, so the main fixture
 * allows plenty; the limit itself has fixtures of its own. */
static const char *const generous_args[] = { "--seed=demo", "--lookup-limit=1000", NULL };
static const char *const default_args[] = { "--seed=demo", NULL };
static const char *const limited_args[] = { "--seed=demo", "--admin", "--lookup-limit=3", "--lookup-window=60", NULL };
static const char *const short_window_args[] = { "--seed=demo", "--lookup-limit=1", "--lookup-window=1", NULL };

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer args)
{
  ec_test_service_set_up (fixture, args);
  fixture->secrets = id_numbers;
}

static JsonNode *
lookup (Fixture    *fixture,
        const char *id_number,
        const char *name,
        guint       status)
{
  g_autofree char *body = g_strdup_printf ("{\"id_number\": \"%s\", \"name\": \"%s\"}", id_number, name);

  return ec_test_service_call (fixture, "POST", LOOKUP, NULL, body, status);
}

static JsonArray *
accounts_of (JsonNode *reply)
{
  JsonArray *accounts = json_object_get_array_member (json_node_get_object (reply), "accounts");

  g_assert_nonnull (accounts);
  return accounts;
}

static void
assert_account (JsonArray  *accounts,
                guint       index,
                const char *masked,
                const char *type,
                const char *name,
                const char *identity)
{
  JsonObject *account = json_array_get_object_element (accounts, index);

  g_assert_cmpstr (json_object_get_string_member (account, "account"), ==, masked);
  g_assert_cmpstr (json_object_get_string_member (account, "type"), ==, type);
  g_assert_cmpstr (json_object_get_string_member (account, "name"), ==, name);
  g_assert_cmpstr (json_object_get_string_member (account, "identity"), ==, identity);
  g_assert_cmpuint (json_object_get_size (account), ==, 4);
}

static void
test_natural_person (Fixture      *fixture,
                     gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = lookup (fixture, "F222334450", "林美華", 200);
  JsonArray *accounts = accounts_of (reply);

  g_assert_cmpuint (json_array_get_length (accounts), ==, 1);
  assert_account (accounts, 0, "li****", "gov-tw", "林美華", "natural-person");
}

/* 王大明's bound certificate is a way of logging in, not an account. */
static void
test_official (Fixture      *fixture,
               gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = lookup (fixture, "A120864216", "王大明", 200);
  JsonArray *accounts = accounts_of (reply);

  g_assert_cmpuint (json_array_get_length (accounts), ==, 1);
  assert_account (accounts, 0, "wa****", "ecpa", "王大明", "official");
}

/* 李建國's unbound certificate is an account of its own, but not an
 * official one. */
static void
test_certificate_not_listed (Fixture      *fixture,
                             gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = lookup (fixture, "E102468130", "李建國", 200);
  JsonArray *accounts = accounts_of (reply);

  g_assert_cmpuint (json_array_get_length (accounts), ==, 1);
  assert_account (accounts, 0, "li****", "ecpa", "李建國", "official");
}

/* White space around the name (an input method's ideographic space
 * included) is not part of it; inside it is. */
static void
test_name_trimmed (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) spaced = lookup (fixture, "A120864216", " 王大明\u3000", 200);
  g_autoptr (JsonNode) split = lookup (fixture, "A120864216", "王 大明", 200);

  g_assert_cmpuint (json_array_get_length (accounts_of (spaced)), ==, 1);
  assert_account (accounts_of (spaced), 0, "wa****", "ecpa", "王大明", "official");
  g_assert_cmpuint (json_array_get_length (accounts_of (split)), ==, 0);
}

static void
test_social_not_listed (Fixture      *fixture,
                        gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = lookup (fixture, "H244556676", "張雅婷", 200);
  JsonArray *accounts = accounts_of (reply);

  g_assert_cmpuint (json_array_get_length (accounts), ==, 1);
  assert_account (accounts, 0, "ch****", "gov-tw", "張雅婷", "natural-person");
}

/* A known ID under another name and an unknown ID give the same empty
 * answer: the lookup does not tell whether the ID exists. */
static void
test_no_match (Fixture      *fixture,
               gconstpointer user_data)
{
  g_autoptr (JsonNode) wrong_name = lookup (fixture, "F222334450", "王大明", 200);
  g_autoptr (JsonNode) unknown = lookup (fixture, "A800000014", "林美華", 200);
  g_autoptr (JsonNode) near_name = lookup (fixture, "F222334450", "林美", 200);
  g_autofree char *wrong_name_text = json_to_string (wrong_name, FALSE);
  g_autofree char *unknown_text = json_to_string (unknown, FALSE);

  g_assert_cmpuint (json_array_get_length (accounts_of (wrong_name)), ==, 0);
  g_assert_cmpuint (json_array_get_length (accounts_of (near_name)), ==, 0);
  g_assert_cmpstr (wrong_name_text, ==, unknown_text);
  g_assert_cmpstr (unknown_text, ==, "{\"accounts\":[]}");
}

static void
test_invalid_values (Fixture      *fixture,
                     gconstpointer user_data)
{
  const struct {
    const char *id_number;
    const char *name;
    const char *code;
    const char *field;
  } cases[] = {
    { "F222334451", "林美華", "invalid_checksum", "id_number" },
    { "f222334450", "林美華", "lowercase", "id_number" },
    { "F2223344", "林美華", "too_short", "id_number" },
    { "F2223344500", "林美華", "too_long", "id_number" },
    { "F322334450", "林美華", "invalid_format", "id_number" },
    { "F22233 4450", "林美華", "invalid_character", "id_number" },
    { "", "林美華", "empty", "id_number" },
    { "F222334450", "", "empty", "name" },
    { "F222334450", "林美華2", "invalid_character", "name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonNode) reply = lookup (fixture, cases[i].id_number, cases[i].name, 422);

      ec_test_http_assert_error (reply, cases[i].code, cases[i].field);
    }
}

static void
test_missing_fields (Fixture      *fixture,
                     gconstpointer user_data)
{
  const struct {
    const char *body;
    guint       status;
    const char *code;
    const char *field;
  } cases[] = {
    { "{}", 422, "missing_field", "id_number" },
    { "{\"name\": \"林美華\"}", 422, "missing_field", "id_number" },
    { "{\"id_number\": \"F222334450\"}", 422, "missing_field", "name" },
    { "{\"id_number\": 222334450, \"name\": \"林美華\"}", 422, "invalid_type", "id_number" },
    { NULL, 400, "invalid_json", NULL },
    { "id_number=F222334450", 400, "invalid_json", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    ec_test_service_assert_error (fixture, "POST", LOOKUP, NULL, cases[i].body, cases[i].status, cases[i].code,
                                  cases[i].field);
}

/* The ID number goes in a POST body: the endpoint has no form that takes
 * it in the URL. */
static void
test_not_in_url (Fixture      *fixture,
                 gconstpointer user_data)
{
  g_autoptr (SoupMessageHeaders) headers = NULL;
  g_autoptr (JsonNode) reply = ec_test_service_call_full (fixture, "GET", LOOKUP "?id_number=F222334450&name=%E6%9E%97",
                                                          NULL, NULL, 405, &headers);

  ec_test_http_assert_error (reply, "method_not_allowed", NULL);
  g_assert_cmpstr (soup_message_headers_get_one (headers, "Allow"), ==, "POST");
}

static void
assert_limited (Fixture *fixture,
                gint64   max_wait)
{
  g_autoptr (SoupMessageHeaders) headers = NULL;
  g_autoptr (JsonNode) reply = ec_test_service_call_full (fixture, "POST", LOOKUP, NULL,
                                                          "{\"id_number\": \"F222334450\", \"name\": \"林美華\"}",
                                                          429, &headers);
  gint64 wait = ec_test_http_retry_after (headers);

  ec_test_http_assert_error (reply, "rate_limited", NULL);
  g_assert_cmpint (wait, >=, 1);
  g_assert_cmpint (wait, <=, max_wait);
}

/* Started with --lookup-limit=3 --lookup-window=60.  Requests that fail
 * validation count too, and moving the service clock does not reset the
 * limit. */
static void
test_rate_limited (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) first = lookup (fixture, "F222334450", "林美華", 200);
  g_autoptr (JsonNode) second = lookup (fixture, "F222334451", "林美華", 422);
  g_autoptr (JsonNode) third = lookup (fixture, "A120864216", "王大明", 200);

  assert_limited (fixture, 60);

  ec_test_service_advance_days (fixture, 1);
  assert_limited (fixture, 60);

  /* Other endpoints are not limited. */
  g_autoptr (JsonNode) health = ec_test_service_call (fixture, "GET", "/api/v1/health", NULL, NULL, 200);
}

static void
test_default_limit (Fixture      *fixture,
                    gconstpointer user_data)
{
  for (int i = 0; i < 10; i++)
    {
      g_autoptr (JsonNode) reply = lookup (fixture, "F222334450", "林美華", 200);
    }
  assert_limited (fixture, 60);
}

/* Started with --lookup-limit=1 --lookup-window=1: after the time
 * Retry-After gives, the next request is accepted. */
static void
test_window_ends (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autoptr (JsonNode) first = lookup (fixture, "F222334450", "林美華", 200);
  g_autoptr (JsonNode) after = NULL;

  assert_limited (fixture, 1);
  g_usleep (G_USEC_PER_SEC + G_USEC_PER_SEC / 10);
  after = lookup (fixture, "F222334450", "林美華", 200);
  g_assert_cmpuint (json_array_get_length (accounts_of (after)), ==, 1);
}

static void
test_bad_options (void)
{
  const char *const options[] = {
    "--lookup-limit=0",
    "--lookup-limit=-3",
    "--lookup-limit=ten",
    "--lookup-window=0",
    "--lookup-window=86401",
  };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    ec_test_sim_assert_refused ((const char *[]){ options[i], NULL });
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args) \
  g_test_add ("/service/lookup/" path, Fixture, args, fixture_set_up, func, ec_test_service_tear_down)

  ADD ("natural-person", test_natural_person, generous_args);
  ADD ("official", test_official, generous_args);
  ADD ("certificate-not-listed", test_certificate_not_listed, generous_args);
  ADD ("social-not-listed", test_social_not_listed, generous_args);
  ADD ("name-trimmed", test_name_trimmed, generous_args);
  ADD ("no-match", test_no_match, generous_args);
  ADD ("invalid-values", test_invalid_values, generous_args);
  ADD ("missing-fields", test_missing_fields, generous_args);
  ADD ("not-in-url", test_not_in_url, generous_args);
  ADD ("rate-limited", test_rate_limited, limited_args);
  ADD ("default-limit", test_default_limit, default_args);
  ADD ("window-ends", test_window_ends, short_window_args);
  g_test_add_func ("/service/lookup/bad-options", test_bad_options);

#undef ADD

  return g_test_run ();
}
