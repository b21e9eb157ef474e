/* test-admin-personas.c: GET /admin/personas, the demo learners' logins
 * that the app's persona picker offers, over real HTTP.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-service.h"

typedef EcTestService Fixture;

static const char *const demo_args[] = { "--seed=demo", "--admin", NULL };
static const char *const empty_args[] = { "--admin", NULL };
static const char *const plain_args[] = { "--seed=demo", NULL };

static JsonArray *
personas_member (JsonNode *reply)
{
  return json_object_get_array_member (json_node_get_object (reply), "personas");
}

/* "route:account:password" of every login of @persona, joined by spaces,
 * so that a test states them in one line. */
static char *
logins_text (JsonObject *persona)
{
  JsonArray *logins = json_object_get_array_member (persona, "logins");
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (logins); i++)
    {
      JsonObject *login = json_array_get_object_element (logins, i);

      g_string_append_printf (text, "%s%s:%s:%s", i > 0 ? " " : "", json_object_get_string_member (login, "route"),
                              json_object_get_string_member (login, "account"),
                              json_object_get_string_member (login, "password"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_demo (Fixture      *fixture,
           gconstpointer args)
{
  static const struct {
    const char *persona;
    const char *name;
    const char *identity;
    const char *logins;
  } expected[] = {
    { "civil-servant-ecpa", "王大明", "civil-servant",
      "ecpa:wang.daming:demo2026 certificate:CERT-WANG-0001:123456" },
    { "teacher-natural-person", "林美華", "educator", "gov-tw:lin.meihua:demo2026" },
    { "contract-staff-ecpa-exists", "陳志明", "civil-servant", "gov-tw:chen.zhiming:demo2026" },
    { "general-public-social", "張雅婷", "general-public",
      "gov-tw:chang.yating:demo2026 social:facebook:chang.yating:demo2026" },
    { "unbound-certificate", "李建國", "civil-servant", "ecpa:li.jianguo:demo2026 certificate:CERT-LI-0001:654321" },
    { "env-hours-no-env-account", "黃淑芬", "civil-servant", "ecpa:huang.shufen:demo2026" },
    { "conversion-succeeds", "吳家豪", "civil-servant", "gov-tw:wu.jiahao:demo2026" },
  };
  g_autoptr (JsonNode) reply = ec_test_service_call (fixture, "GET", "/admin/personas", NULL, NULL, 200);
  JsonArray *personas = personas_member (reply);

  /* The demo data's order, which docs/demo.md's table follows too. */
  g_assert_cmpuint (json_array_get_length (personas), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject      *persona = json_array_get_object_element (personas, i);
      g_autofree char *logins = logins_text (persona);

      g_assert_cmpstr (json_object_get_string_member (persona, "persona"), ==, expected[i].persona);
      g_assert_cmpstr (json_object_get_string_member (persona, "name"), ==, expected[i].name);
      g_assert_cmpstr (json_object_get_string_member (persona, "identity"), ==, expected[i].identity);
      g_assert_cmpstr (logins, ==, expected[i].logins);
      /* No personal data beyond the made-up name. */
      g_assert_false (json_object_has_member (persona, "id_number"));
    }
}

/* Every login listed works as listed: the picker logs in with them. */
static void
test_logins_work (Fixture      *fixture,
                  gconstpointer args)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (fixture, "GET", "/admin/personas", NULL, NULL, 200);
  JsonArray *personas = personas_member (reply);

  for (guint i = 0; i < json_array_get_length (personas); i++)
    {
      JsonArray *logins = json_object_get_array_member (json_array_get_object_element (personas, i), "logins");

      for (guint l = 0; l < json_array_get_length (logins); l++)
        {
          JsonObject      *login = json_array_get_object_element (logins, l);
          g_autofree char *token = ec_test_service_login (fixture, json_object_get_string_member (login, "route"),
                                                          json_object_get_string_member (login, "account"),
                                                          json_object_get_string_member (login, "password"));

          g_assert_nonnull (token);
        }
    }
}

/* A service without the demo's people offers nobody to log in as. */
static void
test_not_seeded (Fixture      *fixture,
                 gconstpointer args)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (fixture, "GET", "/admin/personas", NULL, NULL, 200);

  g_assert_cmpuint (json_array_get_length (personas_member (reply)), ==, 0);
}

static void
test_admin_disabled (Fixture      *fixture,
                     gconstpointer args)
{
  ec_test_service_assert_error (fixture, "GET", "/admin/personas", NULL, NULL, 404, "not_found", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args) g_test_add (path, Fixture, args, ec_test_service_set_up, func, ec_test_service_tear_down)
  ADD ("/admin-personas/demo", test_demo, demo_args);
  ADD ("/admin-personas/logins-work", test_logins_work, demo_args);
  ADD ("/admin-personas/not-seeded", test_not_seeded, empty_args);
  ADD ("/admin-personas/disabled", test_admin_disabled, plain_args);
#undef ADD

  return g_test_run ();
}
