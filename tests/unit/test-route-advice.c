/* test-route-advice.c: which login route each learner is advised to take.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"

#define N_HELD_COMBINATIONS (1 << 6)

#define ECPA EC_ACCOUNTS_HELD_ECPA
#define GOV_TW EC_ACCOUNTS_HELD_GOV_TW
#define GOV_TW_OFFICIAL (EC_ACCOUNTS_HELD_GOV_TW | EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL)
#define CERTIFICATE EC_ACCOUNTS_HELD_CERTIFICATE
#define CERTIFICATE_BOUND (EC_ACCOUNTS_HELD_CERTIFICATE | EC_ACCOUNTS_HELD_CERTIFICATE_BOUND)
#define SOCIAL EC_ACCOUNTS_HELD_SOCIAL

static gboolean
contains (const char *haystack,
          const char *needle)
{
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

/* What every piece of advice must satisfy, whatever the learner holds. */
static void
assert_well_formed (const EcRouteAdvice *advice)
{
  guint n_recommended = 0;

  g_assert_nonnull (advice->summary);
  g_assert_cmpstr (advice->summary, !=, "");

  for (guint i = 0; i < EC_N_LOGIN_ROUTES; i++)
    {
      const EcRouteOption *option = &advice->options[i];

      g_assert_true (ec_route_advice_get_option (advice, (EcLoginRoute) i) == option);
      g_assert_cmpint (option->route, ==, i);
      g_assert_nonnull (option->consequence);
      g_assert_cmpstr (option->consequence, !=, "");
      if (option->verdict == EC_ROUTE_VERDICT_RECOMMENDED)
        n_recommended++;
    }

  g_assert_cmpuint (n_recommended, ==, 1);
  g_assert_cmpint (advice->options[advice->recommended].verdict, ==,
                   EC_ROUTE_VERDICT_RECOMMENDED);
}

static void
assert_option (const EcRouteAdvice *advice,
               EcLoginRoute         route,
               EcRouteVerdict       verdict,
               EcRouteAction        action)
{
  const EcRouteOption *option = ec_route_advice_get_option (advice, route);

  g_assert_nonnull (option);
  g_assert_cmpint (option->route, ==, route);
  g_assert_cmpint (option->verdict, ==, verdict);
  g_assert_cmpint (option->action, ==, action);
}

/* Advises @identity holding @held, and checks what every piece of advice
 * must satisfy.  Garbage first: the advisor must set every field itself. */
static void
advise (EcIdentity     identity,
        EcAccountsHeld held,
        EcRouteAdvice *advice)
{
  memset (advice, 0xa5, sizeof *advice);
  ec_route_advise (identity, held, advice);
  assert_well_formed (advice);
}

/* The route the learner is advised to take, and what they must do first. */
static void
assert_recommended (const EcRouteAdvice *advice,
                    EcLoginRoute         route,
                    EcRouteAction        action)
{
  g_assert_cmpint (advice->recommended, ==, route);
  assert_option (advice, route, EC_ROUTE_VERDICT_RECOMMENDED, action);
}

/* The certificate and social routes depend only on what is held of them;
 * every official-identity test checks them the same way. */
static void
assert_fixed_routes (const EcRouteAdvice *advice,
                     gboolean             bound)
{
  if (bound)
    assert_option (advice, EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
                   EC_ROUTE_VERDICT_COUNTS, EC_ROUTE_ACTION_NONE);
  else
    assert_option (advice, EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
                   EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_BIND_CERTIFICATE);

  assert_option (advice, EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND,
                 EC_ROUTE_VERDICT_SEPARATE_ACCOUNT, EC_ROUTE_ACTION_BIND_CERTIFICATE);
  assert_option (advice, EC_LOGIN_ROUTE_SOCIAL,
                 EC_ROUTE_VERDICT_NEVER_COUNTS, EC_ROUTE_ACTION_USE_ANOTHER_ROUTE);
}

/* Civil servant, no account at all: the seed's explicit advice is eCPA. */
static void
test_civil_servant_no_accounts (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, EC_ACCOUNTS_HELD_NONE, &advice);

  g_assert_cmpint (advice.identity, ==, EC_IDENTITY_CIVIL_SERVANT);
  g_assert_cmpint (advice.held, ==, EC_ACCOUNTS_HELD_NONE);
  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_REGISTER_ECPA);
  assert_option (&advice, EC_LOGIN_ROUTE_GOV_TW,
                 EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_REGISTER_GOV_TW);
  assert_fixed_routes (&advice, FALSE);
  g_assert_true (contains (advice.summary, "neither"));
}

static void
test_civil_servant_ecpa_only (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, ECPA, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_NONE);
  assert_option (&advice, EC_LOGIN_ROUTE_GOV_TW,
                 EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_REGISTER_GOV_TW);
  assert_fixed_routes (&advice, FALSE);
  g_assert_false (contains (advice.summary, "neither"));
}

/* Only a natural-person 我的e政府 account: converting it is the way. */
static void
test_civil_servant_gov_tw_natural_person (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, GOV_TW, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_CONVERT_ACCOUNT);
  assert_option (&advice, EC_LOGIN_ROUTE_ECPA,
                 EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_REGISTER_ECPA);
  assert_fixed_routes (&advice, FALSE);
  g_assert_true (contains (advice.options[EC_LOGIN_ROUTE_GOV_TW].consequence,
                           "自然人轉公務員"));
  g_assert_false (contains (advice.options[EC_LOGIN_ROUTE_GOV_TW].consequence,
                            "教育人員"));
  g_assert_true (contains (advice.summary, "convert"));
}

static void
test_civil_servant_gov_tw_official (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, GOV_TW_OFFICIAL, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_NONE);
  assert_option (&advice, EC_LOGIN_ROUTE_ECPA,
                 EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_REGISTER_ECPA);
  assert_fixed_routes (&advice, FALSE);
}

/* "Official" qualifies a 我的e政府 account the learner holds: on its own the
 * flag describes no account, and the learner is advised as if they had
 * none. */
static void
test_civil_servant_official_flag_alone (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_REGISTER_ECPA);
  assert_option (&advice, EC_LOGIN_ROUTE_GOV_TW,
                 EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_REGISTER_GOV_TW);
}

/* With both, eCPA comes first and the official 我的e政府 account also
 * counts. */
static void
test_civil_servant_both_official (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, ECPA | GOV_TW_OFFICIAL, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_NONE);
  assert_option (&advice, EC_LOGIN_ROUTE_GOV_TW,
                 EC_ROUTE_VERDICT_COUNTS, EC_ROUTE_ACTION_NONE);
  assert_fixed_routes (&advice, FALSE);
}

static void
test_civil_servant_ecpa_and_natural_person (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, ECPA | GOV_TW, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_NONE);
  assert_option (&advice, EC_LOGIN_ROUTE_GOV_TW,
                 EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_CONVERT_ACCOUNT);
}

/* A bound certificate is the same as a password login to its account. */
static void
test_civil_servant_certificate_bound (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, ECPA | CERTIFICATE_BOUND, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_NONE);
  assert_fixed_routes (&advice, TRUE);
}

/* A certificate that is not bound must be bound before it counts; the
 * "bound" flag without a certificate describes nothing. */
static void
test_civil_servant_certificate_unbound (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, ECPA | CERTIFICATE, &advice);
  assert_fixed_routes (&advice, FALSE);
  g_assert_true (contains (advice.options[EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND].consequence,
                           "never be merged"));

  advise (EC_IDENTITY_CIVIL_SERVANT, ECPA | EC_ACCOUNTS_HELD_CERTIFICATE_BOUND, &advice);
  assert_fixed_routes (&advice, FALSE);
}

/* A social account changes nothing: its hours never count, and with no
 * other account eCPA is still the advice. */
static void
test_civil_servant_social (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_CIVIL_SERVANT, SOCIAL, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_REGISTER_ECPA);
  assert_fixed_routes (&advice, FALSE);
  g_assert_true (contains (advice.options[EC_LOGIN_ROUTE_SOCIAL].consequence,
                           "studied again"));
}

/* Educators follow the civil servants' routes; the conversion target is
 * 「公務人員之教育人員」 and the teachers' network needs category 10. */
static void
test_educator_gov_tw_natural_person (void)
{
  EcRouteAdvice advice;
  EcRouteAdvice civil;

  advise (EC_IDENTITY_EDUCATOR, GOV_TW, &advice);

  g_assert_cmpint (advice.identity, ==, EC_IDENTITY_EDUCATOR);
  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_CONVERT_ACCOUNT);
  assert_option (&advice, EC_LOGIN_ROUTE_ECPA,
                 EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_REGISTER_ECPA);
  assert_fixed_routes (&advice, FALSE);
  g_assert_true (contains (advice.options[EC_LOGIN_ROUTE_GOV_TW].consequence,
                           "「公務人員之教育人員」"));
  g_assert_true (contains (advice.summary, "「公務人員之教育人員」"));
  g_assert_true (contains (advice.summary, "10 教育人員"));

  advise (EC_IDENTITY_CIVIL_SERVANT, GOV_TW, &civil);
  g_assert_cmpstr (advice.summary, !=, civil.summary);
  g_assert_false (contains (civil.summary, "教育人員"));
}

static void
test_educator_no_accounts (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_EDUCATOR, EC_ACCOUNTS_HELD_NONE, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_REGISTER_ECPA);
  assert_option (&advice, EC_LOGIN_ROUTE_GOV_TW,
                 EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_REGISTER_GOV_TW);
  assert_fixed_routes (&advice, FALSE);
  g_assert_true (contains (advice.summary, "10 教育人員"));
}

static void
test_educator_ecpa (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_EDUCATOR, ECPA | CERTIFICATE_BOUND, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_ACTION_NONE);
  assert_fixed_routes (&advice, TRUE);
  g_assert_true (contains (advice.options[EC_LOGIN_ROUTE_ECPA].consequence,
                           "10 教育人員"));
  g_assert_true (contains (advice.summary, "10 教育人員"));
}

static void
test_educator_gov_tw_official (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_EDUCATOR, GOV_TW_OFFICIAL, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_NONE);
  g_assert_true (contains (advice.options[EC_LOGIN_ROUTE_GOV_TW].consequence,
                           "10 教育人員"));
}

/* The general public: eCPA is not theirs, 我的e政府 is what environmental
 * education needs, a social login studies but never uploads. */
static void
test_general_public_no_accounts (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_GENERAL_PUBLIC, EC_ACCOUNTS_HELD_NONE, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_REGISTER_GOV_TW);
  assert_option (&advice, EC_LOGIN_ROUTE_ECPA,
                 EC_ROUTE_VERDICT_NEVER_COUNTS, EC_ROUTE_ACTION_USE_ANOTHER_ROUTE);
  assert_fixed_routes (&advice, FALSE);
  g_assert_true (contains (advice.options[EC_LOGIN_ROUTE_ECPA].consequence,
                           "civil servants"));
  g_assert_true (contains (advice.summary, "environmental-education"));
}

static void
test_general_public_gov_tw (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_GENERAL_PUBLIC, GOV_TW, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_NONE);
  assert_option (&advice, EC_LOGIN_ROUTE_ECPA,
                 EC_ROUTE_VERDICT_NEVER_COUNTS, EC_ROUTE_ACTION_USE_ANOTHER_ROUTE);
  assert_fixed_routes (&advice, FALSE);
}

/* Holding an eCPA account does not make eCPA a route for the general
 * public. */
static void
test_general_public_ecpa_held (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_GENERAL_PUBLIC, ECPA, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_REGISTER_GOV_TW);
  assert_option (&advice, EC_LOGIN_ROUTE_ECPA,
                 EC_ROUTE_VERDICT_NEVER_COUNTS, EC_ROUTE_ACTION_USE_ANOTHER_ROUTE);
}

static void
test_general_public_certificate (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_GENERAL_PUBLIC, GOV_TW | CERTIFICATE_BOUND, &advice);
  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_NONE);
  assert_fixed_routes (&advice, TRUE);

  advise (EC_IDENTITY_GENERAL_PUBLIC, GOV_TW | CERTIFICATE, &advice);
  assert_fixed_routes (&advice, FALSE);
}

static void
test_general_public_social (void)
{
  EcRouteAdvice advice;

  advise (EC_IDENTITY_GENERAL_PUBLIC, SOCIAL, &advice);

  assert_recommended (&advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_ACTION_REGISTER_GOV_TW);
  assert_fixed_routes (&advice, FALSE);
  g_assert_true (contains (advice.options[EC_LOGIN_ROUTE_SOCIAL].consequence,
                           "never uploaded"));
  g_assert_true (contains (advice.summary, "social"));
}

/* Every identity with every combination of flags, the meaningless ones
 * included, gives well-formed advice whose fixed routes never change. */
static void
test_every_combination (void)
{
  for (guint identity = 0; identity < EC_N_IDENTITIES; identity++)
    {
      for (guint held = 0; held < N_HELD_COMBINATIONS; held++)
        {
          EcRouteAdvice advice;
          gboolean      bound = (held & CERTIFICATE_BOUND) == CERTIFICATE_BOUND;

          advise ((EcIdentity) identity, (EcAccountsHeld) held, &advice);
          assert_fixed_routes (&advice, bound);
          g_assert_cmpint (advice.identity, ==, identity);
          g_assert_cmpint (advice.held, ==, held);

          if (identity == EC_IDENTITY_GENERAL_PUBLIC)
            g_assert_cmpint (advice.recommended, ==, EC_LOGIN_ROUTE_GOV_TW);
          else if ((held & ECPA) != 0)
            g_assert_cmpint (advice.recommended, ==, EC_LOGIN_ROUTE_ECPA);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/route-advice/civil-servant/no-accounts", test_civil_servant_no_accounts);
  g_test_add_func ("/route-advice/civil-servant/ecpa-only", test_civil_servant_ecpa_only);
  g_test_add_func ("/route-advice/civil-servant/gov-tw-natural-person", test_civil_servant_gov_tw_natural_person);
  g_test_add_func ("/route-advice/civil-servant/gov-tw-official", test_civil_servant_gov_tw_official);
  g_test_add_func ("/route-advice/civil-servant/official-flag-alone", test_civil_servant_official_flag_alone);
  g_test_add_func ("/route-advice/civil-servant/ecpa-and-gov-tw-official", test_civil_servant_both_official);
  g_test_add_func ("/route-advice/civil-servant/ecpa-and-gov-tw-natural-person", test_civil_servant_ecpa_and_natural_person);
  g_test_add_func ("/route-advice/civil-servant/certificate-bound", test_civil_servant_certificate_bound);
  g_test_add_func ("/route-advice/civil-servant/certificate-unbound", test_civil_servant_certificate_unbound);
  g_test_add_func ("/route-advice/civil-servant/social", test_civil_servant_social);
  g_test_add_func ("/route-advice/educator/no-accounts", test_educator_no_accounts);
  g_test_add_func ("/route-advice/educator/ecpa", test_educator_ecpa);
  g_test_add_func ("/route-advice/educator/gov-tw-natural-person", test_educator_gov_tw_natural_person);
  g_test_add_func ("/route-advice/educator/gov-tw-official", test_educator_gov_tw_official);
  g_test_add_func ("/route-advice/general-public/no-accounts", test_general_public_no_accounts);
  g_test_add_func ("/route-advice/general-public/gov-tw", test_general_public_gov_tw);
  g_test_add_func ("/route-advice/general-public/ecpa-held", test_general_public_ecpa_held);
  g_test_add_func ("/route-advice/general-public/certificate", test_general_public_certificate);
  g_test_add_func ("/route-advice/general-public/social", test_general_public_social);
  g_test_add_func ("/route-advice/every-combination", test_every_combination);

  return g_test_run ();
}
