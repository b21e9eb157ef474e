/* test-agencies.c: GET /api/v1/agencies/{oid}, the agency directory, over
 * real HTTP against the demo data.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-service.h"

/* The lookups change nothing, so one service serves every test. */
static EcTestService service;

static JsonNode *
get_agency (const char *oid,
            guint       expected_status)
{
  g_autofree char *path = g_strconcat ("/api/v1/agencies/", oid, NULL);

  return ec_test_service_call (&service, "GET", path, NULL, NULL, expected_status);
}

/* No login: the directory is public, like the form's OID field. */
static void
test_known (void)
{
  g_autoptr (JsonNode) reply = get_agency ("2.16.886.101.20003.20022", 200);
  JsonObject *object = json_node_get_object (reply);

  g_assert_cmpstr (json_object_get_string_member (object, "oid"), ==, "2.16.886.101.20003.20022");
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "行政院研究發展考核委員會");
  g_assert_cmpuint (json_object_get_size (object), ==, 2);
}

static void
test_child_agency (void)
{
  g_autoptr (JsonNode) reply = get_agency ("2.16.886.101.20003.20007.20014", 200);

  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (reply), "name"), ==, "經濟部水利署");
}

/* An unknown OID is never answered with the agency of a known prefix (an
 * unknown child is not its parent), nor of a known extension. */
static void
test_no_guessing (void)
{
  g_autoptr (JsonNode) child = get_agency ("2.16.886.101.20003.20022.10001", 404);
  g_autoptr (JsonNode) parent = get_agency ("2.16.886.101.20003.20007", 404);
  g_autoptr (JsonNode) unknown = get_agency ("2.16.886.101.99999", 404);

  ec_test_http_assert_error (child, "not_found", NULL);
  ec_test_http_assert_error (parent, "not_found", NULL);
  ec_test_http_assert_error (unknown, "not_found", NULL);
}

static void
test_invalid (void)
{
  const struct {
    const char *oid;
    const char *code;
  } cases[] = {
    { "2.16.886.102.1", "invalid_prefix" },
    { "1.2.3", "invalid_prefix" },
    { "2.16.886.101", "invalid_format" },
    { "2.16.886.101.20003..20022", "invalid_format" },
    { "2.16.886.101.020003", "invalid_format" },
    { "2.16.886.101.abc", "invalid_character" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonNode) reply = get_agency (cases[i].oid, 422);

      ec_test_http_assert_error (reply, cases[i].code, "oid");
    }
}

static void
test_too_long (void)
{
  g_autoptr (GString) oid = g_string_new ("2.16.886.101");
  g_autoptr (JsonNode) reply = NULL;

  while (oid->len <= 128)
    g_string_append (oid, ".20003");
  reply = get_agency (oid->str, 422);
  ec_test_http_assert_error (reply, "too_long", "oid");
}

static void
test_wrong_method (void)
{
  ec_test_service_assert_error (&service, "POST", "/api/v1/agencies/2.16.886.101.20003.20022", NULL, "{}",
                                405, "method_not_allowed", NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/service/agencies/known", test_known);
  g_test_add_func ("/service/agencies/child-agency", test_child_agency);
  g_test_add_func ("/service/agencies/no-guessing", test_no_guessing);
  g_test_add_func ("/service/agencies/invalid", test_invalid);
  g_test_add_func ("/service/agencies/too-long", test_too_long);
  g_test_add_func ("/service/agencies/wrong-method", test_wrong_method);

  ec_test_service_set_up (&service, (const char *[]){ "--seed=demo", NULL });
  status = g_test_run ();
  ec_test_service_tear_down (&service, NULL);
  return status;
}
