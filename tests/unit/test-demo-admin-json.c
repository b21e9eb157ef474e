/* test-demo-admin-json.c: reading the replies of the admin endpoints the
 * demo uses (GET /admin/personas, POST /admin/clock), and refusing
 * everything else.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-client.h"
#include "ec-demo-admin-private.h"
#include "ec-test-util.h"

/* docs/api.md's example reply, whose cases below each break one thing. */
#define LOGIN_WANG "{\"route\": \"ecpa\", \"account\": \"wang.daming\", \"password\": \"demo2026\"}"
#define LOGIN_CERT "{\"route\": \"certificate\", \"account\": \"CERT-WANG-0001\", \"password\": \"123456\"}"
#define PERSONA_HEAD "\"persona\": \"civil-servant-ecpa\", \"name\": \"王大明\", \"identity\": \"civil-servant\""
#define PERSONA_LIN                                                                                \
  "{\"persona\": \"teacher-natural-person\", \"name\": \"林美華\", \"identity\": \"educator\"," \
  " \"logins\": [{\"route\": \"gov-tw\", \"account\": \"lin.meihua\", \"password\": \"demo2026\"}]}"
#define PERSONAS(wang) "{\"personas\": [" wang ", " PERSONA_LIN "]}"
#define WANG(logins) "{" PERSONA_HEAD ", \"logins\": [" logins "]}"

static JsonNode *
parse (const char *text)
{
  g_autoptr (GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static void
test_personas (void)
{
  g_autoptr (JsonNode) root = parse (PERSONAS (WANG (LOGIN_WANG ", " LOGIN_CERT)));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = _ec_demo_admin_read_personas (root, &error);
  EcDemoPersona *persona;

  g_assert_no_error (error);
  g_assert_cmpuint (personas->len, ==, 3);

  /* One item per login, each with its person. */
  persona = g_ptr_array_index (personas, 0);
  g_assert_cmpstr (persona->persona, ==, "civil-servant-ecpa");
  g_assert_cmpstr (persona->name, ==, "王大明");
  g_assert_cmpstr (persona->identity, ==, "civil-servant");
  g_assert_cmpstr (persona->route, ==, "ecpa");
  g_assert_cmpstr (persona->account, ==, "wang.daming");
  g_assert_cmpstr (persona->password, ==, "demo2026");
  persona = g_ptr_array_index (personas, 1);
  g_assert_cmpstr (persona->name, ==, "王大明");
  g_assert_cmpstr (persona->route, ==, "certificate");
  g_assert_cmpstr (persona->account, ==, "CERT-WANG-0001");
  g_assert_cmpstr (persona->password, ==, "123456");
  persona = g_ptr_array_index (personas, 2);
  g_assert_cmpstr (persona->persona, ==, "teacher-natural-person");
  g_assert_cmpstr (persona->identity, ==, "educator");
  g_assert_cmpstr (persona->account, ==, "lin.meihua");
}

/* A service without the demo's learners; a person without a login left
 * (the service lists only what its database holds). */
static void
test_personas_empty (void)
{
  g_autoptr (JsonNode) empty = parse ("{\"personas\": []}");
  g_autoptr (JsonNode) no_login = parse (PERSONAS (WANG ("")));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) none = _ec_demo_admin_read_personas (empty, &error);
  g_autoptr (GPtrArray) lin_only = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  lin_only = _ec_demo_admin_read_personas (no_login, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lin_only->len, ==, 1);
}

/* Each of these is the example with one thing wrong: the whole reply
 * fails, nothing of it is offered. */
static const char *const malformed_personas[] = {
  "[]",
  "\"personas\"",
  "{}",
  "{\"personas\": null}",
  "{\"personas\": {}}",
  "{\"personas\": [null]}",
  "{\"personas\": [\"王大明\"]}",
  /* A member of the person missing, empty or of another type. */
  PERSONAS ("{\"name\": \"王大明\", \"identity\": \"civil-servant\", \"logins\": [" LOGIN_WANG "]}"),
  PERSONAS ("{\"persona\": \"civil-servant-ecpa\", \"identity\": \"civil-servant\", \"logins\": [" LOGIN_WANG "]}"),
  PERSONAS ("{\"persona\": \"civil-servant-ecpa\", \"name\": \"王大明\", \"logins\": [" LOGIN_WANG "]}"),
  PERSONAS ("{\"persona\": \"civil-servant-ecpa\", \"name\": \"\", \"identity\": \"civil-servant\","
            " \"logins\": [" LOGIN_WANG "]}"),
  PERSONAS ("{\"persona\": 1, \"name\": \"王大明\", \"identity\": \"civil-servant\", \"logins\": [" LOGIN_WANG "]}"),
  PERSONAS ("{\"persona\": \"civil-servant-ecpa\", \"name\": null, \"identity\": \"civil-servant\","
            " \"logins\": [" LOGIN_WANG "]}"),
  PERSONAS ("{" PERSONA_HEAD "}"),
  PERSONAS ("{" PERSONA_HEAD ", \"logins\": null}"),
  PERSONAS ("{" PERSONA_HEAD ", \"logins\": " LOGIN_WANG "}"),
  /* A member of a login missing, empty or of another type. */
  PERSONAS (WANG ("null")),
  PERSONAS (WANG ("\"wang.daming\"")),
  PERSONAS (WANG ("{\"account\": \"wang.daming\", \"password\": \"demo2026\"}")),
  PERSONAS (WANG ("{\"route\": \"ecpa\", \"password\": \"demo2026\"}")),
  PERSONAS (WANG ("{\"route\": \"ecpa\", \"account\": \"wang.daming\"}")),
  PERSONAS (WANG ("{\"route\": \"ecpa\", \"account\": \"\", \"password\": \"demo2026\"}")),
  PERSONAS (WANG ("{\"route\": \"ecpa\", \"account\": \"wang.daming\", \"password\": 2026}")),
  /* The second login of a person, after a good one. */
  PERSONAS (WANG (LOGIN_WANG ", {\"route\": [\"certificate\"], \"account\": \"CERT-WANG-0001\","
                             " \"password\": \"123456\"}")),
};

static void
test_personas_malformed (gconstpointer data)
{
  const char *const *text = data;
  g_autoptr (JsonNode) root = parse (*text);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = _ec_demo_admin_read_personas (root, &error);

  g_assert_null (personas);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

static void
test_clock (void)
{
  g_autoptr (JsonNode) root = parse ("{\"time\": \"2026-12-03T03:31:28+08:00\", \"offset_seconds\": 259200}");
  g_autoptr (GError) error = NULL;

  g_assert_true (_ec_demo_admin_read_clock (root, &error));
  g_assert_no_error (error);
}

static const char *const malformed_clocks[] = {
  "[]",
  "{}",
  "{\"time\": \"2026-12-03T03:31:28+08:00\"}",
  "{\"offset_seconds\": 259200}",
  "{\"time\": \"2026-12-03T03:31:28+08:00\", \"offset_seconds\": \"259200\"}",
  "{\"time\": \"2026-12-03T03:31:28+08:00\", \"offset_seconds\": 2.5}",
  "{\"time\": 1796239888, \"offset_seconds\": 259200}",
};

static void
test_clock_malformed (gconstpointer data)
{
  const char *const *text = data;
  g_autoptr (JsonNode) root = parse (*text);
  g_autoptr (GError) error = NULL;

  g_assert_false (_ec_demo_admin_read_clock (root, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo-admin-json/personas", test_personas);
  g_test_add_func ("/demo-admin-json/personas-empty", test_personas_empty);
  EC_TEST_ADD_CASES ("/demo-admin-json/personas-malformed", malformed_personas, test_personas_malformed);
  g_test_add_func ("/demo-admin-json/clock", test_clock);
  EC_TEST_ADD_CASES ("/demo-admin-json/clock-malformed", malformed_clocks, test_clock_malformed);

  return g_test_run ();
}
