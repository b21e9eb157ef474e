/* test-profile.c: personal data (個人資料維護) and the advanced member
 * check, over real HTTP against elearn-sim.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-service.h"

#define PROFILE "/api/v1/profile"

typedef struct {
  EcTestService service;
  char         *token; /* 陳志明 (gov-tw), missing address and phone */
} Fixture;

/* The demo ID numbers, the ones the tests set, and the test passport:
 * none may appear whole in any reply. */
static const char *const secrets[] = {
  EC_TEST_DEMO_ID_NUMBERS,
  "A800000014",
  "X12345678",
  NULL,
};

static const char *const args[] = { "--seed=demo", NULL };

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  ec_test_service_set_up (&fixture->service, args);
  fixture->service.secrets = secrets;
  fixture->token = ec_test_service_login (&fixture->service, "gov-tw", "chen.zhiming", "demo2026");
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_clear_pointer (&fixture->token, g_free);
  ec_test_service_tear_down (&fixture->service, user_data);
}

static JsonNode *
request (Fixture    *fixture,
         const char *method,
         const char *token,
         const char *body,
         guint       status)
{
  return ec_test_service_call (&fixture->service, method, PROFILE, token, body, status);
}

static void
test_not_advanced (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (JsonNode) reply = request (fixture, "GET", fixture->token, NULL, 200);
  JsonObject      *profile = json_node_get_object (reply);
  g_autofree char *missing = ec_test_http_join_strings (profile, "missing");

  g_assert_cmpstr (json_object_get_string_member (profile, "name"), ==, "陳志明");
  g_assert_cmpstr (json_object_get_string_member (profile, "birthday"), ==, "1990-03-15");
  g_assert_cmpstr (json_object_get_string_member (profile, "id_number_masked"), ==, "B******460");
  g_assert_false (json_object_has_member (profile, "passport_masked"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (profile, "address")));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (profile, "phone")));
  g_assert_false (json_object_get_boolean_member (profile, "advanced"));
  g_assert_cmpstr (missing, ==, "address,phone");
}

static void
test_become_advanced (Fixture      *fixture,
                      gconstpointer user_data)
{
  g_autoptr (JsonNode) put = request (fixture, "PUT", fixture->token,
                                      "{\"address\": \" 臺中市南屯區大業路1號 \", \"phone\": \"0911-222-333\"}", 200);
  g_autoptr (JsonNode) get = request (fixture, "GET", fixture->token, NULL, 200);
  g_autofree char *put_text = json_to_string (put, FALSE);
  g_autofree char *get_text = json_to_string (get, FALSE);
  JsonObject      *profile = json_node_get_object (get);
  g_autofree char *missing = ec_test_http_join_strings (profile, "missing");

  g_assert_cmpstr (put_text, ==, get_text);
  g_assert_cmpstr (json_object_get_string_member (profile, "address"), ==, "臺中市南屯區大業路1號");
  g_assert_cmpstr (json_object_get_string_member (profile, "phone"), ==, "0911-222-333");
  g_assert_cmpstr (json_object_get_string_member (profile, "birthday"), ==, "1990-03-15");
  g_assert_true (json_object_get_boolean_member (profile, "advanced"));
  g_assert_cmpstr (missing, ==, "");
}

static void
test_already_advanced (Fixture      *fixture,
                       gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (&fixture->service, "ecpa", "wang.daming", "demo2026");
  g_autoptr (JsonNode) reply = request (fixture, "GET", token, NULL, 200);
  JsonObject *profile = json_node_get_object (reply);

  g_assert_cmpstr (json_object_get_string_member (profile, "id_number_masked"), ==, "A******216");
  g_assert_cmpstr (json_object_get_string_member (profile, "phone"), ==, "02-2192-7111");
  g_assert_true (json_object_get_boolean_member (profile, "advanced"));
}

static void
test_set_documents (Fixture      *fixture,
                    gconstpointer user_data)
{
  g_autoptr (JsonNode) own = request (fixture, "PUT", fixture->token, "{\"id_number\": \"B135792460\"}", 200);
  g_autoptr (JsonNode) reply = request (fixture, "PUT", fixture->token,
                                        "{\"id_number\": \"A800000014\", \"passport\": \"X12345678\","
                                        " \"birthday\": \"1900-01-01\"}",
                                        200);
  JsonObject *profile = json_node_get_object (reply);

  g_assert_cmpstr (json_object_get_string_member (profile, "id_number_masked"), ==, "A******014");
  g_assert_cmpstr (json_object_get_string_member (profile, "passport_masked"), ==, "X*****678");
  g_assert_cmpstr (json_object_get_string_member (profile, "birthday"), ==, "1900-01-01");
}

static void
test_invalid_fields (Fixture      *fixture,
                     gconstpointer user_data)
{
  g_autofree char *long_address = NULL;
  g_autofree char *long_body = NULL;
  const struct {
    const char *body;
    const char *code;
    const char *field;
  } cases[] = {
    { "{\"birthday\": \"1990-02-30\"}", "invalid_date", "birthday" },
    { "{\"birthday\": \"1990/03/15\"}", "invalid_date", "birthday" },
    { "{\"birthday\": \"19900315\"}", "invalid_date", "birthday" },
    { "{\"birthday\": \"2999-01-01\"}", "out_of_range", "birthday" },
    { "{\"birthday\": \"1899-12-31\"}", "out_of_range", "birthday" },
    { "{\"id_number\": \"B135792461\"}", "invalid_checksum", "id_number" },
    { "{\"id_number\": \"b135792460\"}", "lowercase", "id_number" },
    { "{\"id_number\": \"B1357\"}", "too_short", "id_number" },
    { "{\"passport\": \"X1234\"}", "too_short", "passport" },
    { "{\"passport\": \"X-1234567\"}", "invalid_character", "passport" },
    { "{\"address\": \"\"}", "empty", "address" },
    { "{\"address\": \"   \"}", "empty", "address" },
    { "{\"address\": \"\u3000\u3000\"}", "empty", "address" },
    { "{\"address\": \"臺北市\\n中正區\"}", "invalid_character", "address" },
    { "{\"phone\": \"12345\"}", "too_short", "phone" },
    { "{\"phone\": \"0911-222-333 ext\"}", "invalid_character", "phone" },
    { "{\"phone\": null}", "invalid_type", "phone" },
    { "{\"address\": 12}", "invalid_type", "address" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonNode) reply = request (fixture, "PUT", fixture->token, cases[i].body, 422);

      ec_test_http_assert_error (reply, cases[i].code, cases[i].field);
    }

  long_address = g_strnfill (201, 'A');
  long_body = g_strdup_printf ("{\"address\": \"%s\"}", long_address);
  g_autoptr (JsonNode) too_long = request (fixture, "PUT", fixture->token, long_body, 422);
  ec_test_http_assert_error (too_long, "too_long", "address");
}

/* One bad field and nothing is written. */
static void
test_all_or_nothing (Fixture      *fixture,
                     gconstpointer user_data)
{
  g_autoptr (JsonNode) refused = request (fixture, "PUT", fixture->token,
                                          "{\"address\": \"臺北市中正區\", \"birthday\": \"1991-01-01\","
                                          " \"phone\": \"12\"}",
                                          422);
  g_autoptr (JsonNode) reply = request (fixture, "GET", fixture->token, NULL, 200);
  JsonObject *profile = json_node_get_object (reply);

  ec_test_http_assert_error (refused, "too_short", "phone");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (profile, "address")));
  g_assert_cmpstr (json_object_get_string_member (profile, "birthday"), ==, "1990-03-15");
}

/* Nobody takes another person's ID number, and the failed change leaves
 * the rest of the request unwritten too. */
static void
test_conflict (Fixture      *fixture,
               gconstpointer user_data)
{
  g_autoptr (JsonNode) conflict = request (fixture, "PUT", fixture->token,
                                           "{\"id_number\": \"A120864216\", \"address\": \"臺北市\"}", 409);
  g_autoptr (JsonNode) reply = request (fixture, "GET", fixture->token, NULL, 200);
  JsonObject *profile = json_node_get_object (reply);

  ec_test_http_assert_error (conflict, "conflict", "id_number");
  g_assert_cmpstr (json_object_get_string_member (profile, "id_number_masked"), ==, "B******460");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (profile, "address")));
}

/* Only an ecpa or gov-tw session (or a certificate bound to one) edits;
 * anyone logged in reads. */
static void
test_forbidden (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autofree char *social = ec_test_service_login (&fixture->service, "social", "facebook:chang.yating", "demo2026");
  g_autofree char *unbound = ec_test_service_login (&fixture->service, "certificate", "CERT-LI-0001", "654321");
  g_autofree char *bound = ec_test_service_login (&fixture->service, "certificate", "CERT-WANG-0001", "123456");
  g_autoptr (JsonNode) social_put = request (fixture, "PUT", social, "{\"phone\": \"0911-222-333\"}", 403);
  g_autoptr (JsonNode) unbound_put = request (fixture, "PUT", unbound, "{\"phone\": \"0911-222-333\"}", 403);
  g_autoptr (JsonNode) bound_put = request (fixture, "PUT", bound, "{\"phone\": \"0911-222-333\"}", 200);
  g_autoptr (JsonNode) social_get = request (fixture, "GET", social, NULL, 200);
  JsonObject *profile = json_node_get_object (social_get);

  ec_test_http_assert_error (social_put, "forbidden", NULL);
  ec_test_http_assert_error (unbound_put, "forbidden", NULL);
  g_assert_cmpstr (json_object_get_string_member (profile, "phone"), ==, "07-799-5678");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (bound_put), "phone"), ==, "0911-222-333");
}

static void
test_request_errors (Fixture      *fixture,
                     gconstpointer user_data)
{
  g_autoptr (JsonNode) no_token = request (fixture, "GET", NULL, NULL, 401);
  g_autoptr (JsonNode) no_token_put = request (fixture, "PUT", NULL, "{}", 401);
  g_autoptr (JsonNode) no_body = request (fixture, "PUT", fixture->token, NULL, 400);
  g_autoptr (JsonNode) not_object = request (fixture, "PUT", fixture->token, "[\"phone\"]", 400);
  g_autoptr (JsonNode) nothing = request (fixture, "PUT", fixture->token, "{}", 200);

  ec_test_http_assert_error (no_token, "unauthorized", NULL);
  ec_test_http_assert_error (no_token_put, "unauthorized", NULL);
  ec_test_http_assert_error (no_body, "invalid_json", NULL);
  ec_test_http_assert_error (not_object, "invalid_json", NULL);
  g_assert_false (json_object_get_boolean_member (json_node_get_object (nothing), "advanced"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/service/profile/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("not-advanced", test_not_advanced);
  ADD ("become-advanced", test_become_advanced);
  ADD ("already-advanced", test_already_advanced);
  ADD ("set-documents", test_set_documents);
  ADD ("invalid-fields", test_invalid_fields);
  ADD ("all-or-nothing", test_all_or_nothing);
  ADD ("conflict", test_conflict);
  ADD ("forbidden", test_forbidden);
  ADD ("request-errors", test_request_errors);

#undef ADD

  return g_test_run ();
}
