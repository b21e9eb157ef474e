/* test-identity.c: identity and login-route ids and labels.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"

/* The ids are stored by the API and the settings; these are the released
 * values, spelled out so that renaming one fails here. */
static const char *const identity_ids[] = {
  "civil-servant",
  "educator",
  "general-public",
};

static const char *const route_ids[] = {
  "ecpa",
  "gov-tw",
  "certificate-bound",
  "certificate-unbound",
  "social",
};

static void
test_identity_ids (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (identity_ids), ==, EC_N_IDENTITIES);

  for (guint i = 0; i < EC_N_IDENTITIES; i++)
    {
      EcIdentity parsed = (EcIdentity) 99;

      g_assert_cmpstr (ec_identity_to_string ((EcIdentity) i), ==, identity_ids[i]);
      g_assert_true (ec_identity_from_string (identity_ids[i], &parsed));
      g_assert_cmpint (parsed, ==, i);
    }
}

static void
test_identity_unknown (void)
{
  EcIdentity parsed = EC_IDENTITY_EDUCATOR;

  g_assert_false (ec_identity_from_string (NULL, &parsed));
  g_assert_false (ec_identity_from_string ("", &parsed));
  g_assert_false (ec_identity_from_string ("Civil-Servant", &parsed));
  g_assert_false (ec_identity_from_string ("civil_servant", &parsed));
  g_assert_false (ec_identity_from_string ("civil-servant ", &parsed));
  /* A failed parse leaves the output alone. */
  g_assert_cmpint (parsed, ==, EC_IDENTITY_EDUCATOR);
}

static void
test_identity_labels (void)
{
  for (guint i = 0; i < EC_N_IDENTITIES; i++)
    {
      const char *label = ec_identity_get_label ((EcIdentity) i);
      const char *description = ec_identity_get_description ((EcIdentity) i);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      g_assert_nonnull (description);
      g_assert_cmpuint (strlen (description), >, strlen (label));

      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (label, !=, ec_identity_get_label ((EcIdentity) j));
    }

  /* The tests run untranslated, so the English source strings show. */
  g_assert_cmpstr (ec_identity_get_label (EC_IDENTITY_CIVIL_SERVANT), ==, "Civil servant");
  g_assert_nonnull (strstr (ec_identity_get_description (EC_IDENTITY_CIVIL_SERVANT),
                            "contract"));
  g_assert_nonnull (strstr (ec_identity_get_description (EC_IDENTITY_EDUCATOR),
                            "10 教育人員"));
  g_assert_nonnull (strstr (ec_identity_get_description (EC_IDENTITY_GENERAL_PUBLIC),
                            "我的e政府"));
}

static void
test_route_ids (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (route_ids), ==, EC_N_LOGIN_ROUTES);

  for (guint i = 0; i < EC_N_LOGIN_ROUTES; i++)
    {
      EcLoginRoute parsed = (EcLoginRoute) 99;

      g_assert_cmpstr (ec_login_route_to_string ((EcLoginRoute) i), ==, route_ids[i]);
      g_assert_true (ec_login_route_from_string (route_ids[i], &parsed));
      g_assert_cmpint (parsed, ==, i);
    }
}

static void
test_route_unknown (void)
{
  EcLoginRoute parsed = EC_LOGIN_ROUTE_SOCIAL;

  g_assert_false (ec_login_route_from_string (NULL, &parsed));
  g_assert_false (ec_login_route_from_string ("", &parsed));
  g_assert_false (ec_login_route_from_string ("ECPA", &parsed));
  g_assert_false (ec_login_route_from_string ("certificate", &parsed));
  g_assert_false (ec_login_route_from_string ("educator", &parsed));
  g_assert_cmpint (parsed, ==, EC_LOGIN_ROUTE_SOCIAL);
}

static void
test_route_labels (void)
{
  for (guint i = 0; i < EC_N_LOGIN_ROUTES; i++)
    {
      const char *label = ec_login_route_get_label ((EcLoginRoute) i);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");

      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (label, !=, ec_login_route_get_label ((EcLoginRoute) j));
    }

  g_assert_nonnull (strstr (ec_login_route_get_label (EC_LOGIN_ROUTE_ECPA), "eCPA"));
  g_assert_nonnull (strstr (ec_login_route_get_label (EC_LOGIN_ROUTE_GOV_TW), "我的e政府"));
  g_assert_nonnull (strstr (ec_login_route_get_label (EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND),
                            "not bound"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/identity/ids-round-trip", test_identity_ids);
  g_test_add_func ("/identity/unknown-ids", test_identity_unknown);
  g_test_add_func ("/identity/labels", test_identity_labels);
  g_test_add_func ("/login-route/ids-round-trip", test_route_ids);
  g_test_add_func ("/login-route/unknown-ids", test_route_unknown);
  g_test_add_func ("/login-route/labels", test_route_labels);

  return g_test_run ();
}
