/* ec-route-advice.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-route-advice"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ec-route-advice.h"

/* Every sentence here is a static translated string: the advice is shown
 * before the learner has told us anything personal, and a static string
 * needs no memory management in the caller (the header says the advice
 * owns its strings). */

static gboolean
holds (EcAccountsHeld held,
       EcAccountsHeld flags)
{
  return (held & flags) == flags;
}

/* GOV_TW_OFFICIAL and CERTIFICATE_BOUND qualify an account the learner
 * holds; on their own they describe nothing (ec-route-advice.h). */
static gboolean
holds_official_gov_tw (EcAccountsHeld held)
{
  return holds (held, EC_ACCOUNTS_HELD_GOV_TW | EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL);
}

static gboolean
holds_bound_certificate (EcAccountsHeld held)
{
  return holds (held, EC_ACCOUNTS_HELD_CERTIFICATE | EC_ACCOUNTS_HELD_CERTIFICATE_BOUND);
}

static void
set_option (EcRouteAdvice *advice,
            EcLoginRoute   route,
            EcRouteVerdict verdict,
            EcRouteAction  action,
            const char    *consequence)
{
  EcRouteOption *option = &advice->options[route];

  option->route = route;
  option->verdict = verdict;
  option->action = action;
  option->consequence = consequence;
}

/* The routes that never give hours, or give them to another account, read
 * the same for every identity except for the wording of a social login
 * (DOMAIN.md, "Login routes"). */
static void
advise_unbound_certificate (EcRouteAdvice *advice)
{
  set_option (advice, EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND,
              EC_ROUTE_VERDICT_SEPARATE_ACCOUNT, EC_ROUTE_ACTION_BIND_CERTIFICATE,
              _ ("A certificate that is not bound logs in to a different "
                 "account: its learning records can never be merged with "
                 "your account's. Bind the certificate first."));
}

/* Civil servants and educators: only an official account uploads hours
 * (「若未使用公務帳號登入則時數不會上傳」). */

static void
advise_official_ecpa (EcRouteAdvice *advice)
{
  gboolean educator = advice->identity == EC_IDENTITY_EDUCATOR;

  if (holds (advice->held, EC_ACCOUNTS_HELD_ECPA))
    set_option (advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_VERDICT_COUNTS,
                EC_ROUTE_ACTION_NONE,
                educator
                    ? _ ("An eCPA account is an official account: your hours "
                         "upload. They reach the teachers' network only if "
                         "your personnel category (人員區分) is 10 教育人員.")
                    : _ ("An eCPA account is an official account: your hours "
                         "upload."));
  else
    set_option (advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_VERDICT_NEEDS_ACTION,
                EC_ROUTE_ACTION_REGISTER_ECPA,
                _ ("You have no eCPA account yet. Once you have one, it is "
                   "an official account and your hours upload."));
}

static void
advise_official_gov_tw (EcRouteAdvice *advice)
{
  gboolean educator = advice->identity == EC_IDENTITY_EDUCATOR;

  if (holds_official_gov_tw (advice->held))
    set_option (advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_VERDICT_COUNTS,
                EC_ROUTE_ACTION_NONE,
                educator
                    ? _ ("Your 我的e政府 account is an official account: your "
                         "hours upload. They reach the teachers' network only "
                         "if your personnel category (人員區分) is 10 教育人員.")
                    : _ ("Your 我的e政府 account is an official account: your "
                         "hours upload."));
  else if (holds (advice->held, EC_ACCOUNTS_HELD_GOV_TW))
    /* The seed: a 自然人 account must be converted, for teachers into
     * 「公務人員之教育人員」, or the hours never reach the networks. */
    set_option (advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_VERDICT_NEEDS_ACTION,
                EC_ROUTE_ACTION_CONVERT_ACCOUNT,
                educator
                    ? _ ("Your 我的e政府 account is a natural-person (自然人) "
                         "account: hours studied with it upload only after "
                         "you apply to convert it into 「公務人員之教育人員」 "
                         "and log in to the learning platform again.")
                    : _ ("Your 我的e政府 account is a natural-person (自然人) "
                         "account: hours studied with it upload only after "
                         "you apply to convert it into an official account "
                         "(自然人轉公務員) and log in to the learning platform "
                         "again."));
  else
    set_option (advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_VERDICT_NEEDS_ACTION,
                EC_ROUTE_ACTION_REGISTER_GOV_TW,
                _ ("Register a 我的e政府 general member, log in, and apply "
                   "for an official account (申請公務帳號). Only after the "
                   "review passes is it an official account that uploads "
                   "your hours."));
}

static void
advise_official_certificate (EcRouteAdvice *advice)
{
  if (holds_bound_certificate (advice->held))
    set_option (advice, EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
                EC_ROUTE_VERDICT_COUNTS, EC_ROUTE_ACTION_NONE,
                _ ("Logging in with your bound certificate is the same as "
                   "logging in with the password of the account it is bound "
                   "to: your hours count if that account is official."));
  else
    set_option (advice, EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
                EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_BIND_CERTIFICATE,
                _ ("Bind the certificate to your eCPA or 我的e政府 account "
                   "first (綁定自然人憑證作業); only then is logging in with "
                   "it the same as logging in to that account."));

  advise_unbound_certificate (advice);
}

static void
advise_official_social (EcRouteAdvice *advice)
{
  set_option (advice, EC_LOGIN_ROUTE_SOCIAL, EC_ROUTE_VERDICT_NEVER_COUNTS,
              EC_ROUTE_ACTION_USE_ANOTHER_ROUTE,
              _ ("Hours studied with a social account can neither be "
                 "uploaded nor transferred later: the course would have to "
                 "be studied again."));
}

/* The seed's order of preference for civil servants: an account they can
 * use now, eCPA first; with no account at all, eCPA (「我們建議您使用人事服務網
 * eCPA登入」); with only a natural-person 我的e政府 account, converting it is
 * the shortest way to hours that count. */
static EcLoginRoute
recommend_official (EcAccountsHeld held)
{
  if (holds (held, EC_ACCOUNTS_HELD_ECPA))
    return EC_LOGIN_ROUTE_ECPA;
  if (holds_official_gov_tw (held))
    return EC_LOGIN_ROUTE_GOV_TW;
  if (!holds (held, EC_ACCOUNTS_HELD_GOV_TW))
    return EC_LOGIN_ROUTE_ECPA;

  return EC_LOGIN_ROUTE_GOV_TW;
}

static const char *
summarize_civil_servant (EcAccountsHeld held,
                         EcLoginRoute   recommended)
{
  if (recommended == EC_LOGIN_ROUTE_ECPA && holds (held, EC_ACCOUNTS_HELD_ECPA))
    return _ ("Log in with your eCPA account: it is an official account, so "
              "your hours upload.");
  if (recommended == EC_LOGIN_ROUTE_ECPA)
    return _ ("You have neither an eCPA nor a 我的e政府 account. As a civil "
              "servant, get an eCPA account and log in with it: without an "
              "official account your hours are not uploaded.");
  if (holds_official_gov_tw (held))
    return _ ("Log in with your official 我的e政府 account, so that your "
              "hours upload.");

  return _ ("Your 我的e政府 account is a natural-person account. Apply to "
            "convert it into an official account, then log in to the "
            "learning platform again: until then your hours are not "
            "uploaded.");
}

static const char *
summarize_educator (EcAccountsHeld held,
                    EcLoginRoute   recommended)
{
  if (recommended == EC_LOGIN_ROUTE_ECPA && holds (held, EC_ACCOUNTS_HELD_ECPA))
    return _ ("Log in with your eCPA account: it is an official account, so "
              "your hours upload. They reach the teachers' network only if "
              "your personnel category (人員區分) is 10 教育人員.");
  if (recommended == EC_LOGIN_ROUTE_ECPA)
    return _ ("You have neither an eCPA nor a 我的e政府 account: get an eCPA "
              "account and log in with it, because without an official "
              "account your hours are not uploaded. They reach the teachers' "
              "network only if your personnel category (人員區分) is 10 "
              "教育人員.");
  if (holds_official_gov_tw (held))
    return _ ("Log in with your official 我的e政府 account, so that your "
              "hours upload. They reach the teachers' network only if your "
              "personnel category (人員區分) is 10 教育人員.");

  return _ ("Your 我的e政府 account is a natural-person account. Apply to "
            "convert it into 「公務人員之教育人員」, then log in to the "
            "learning platform again: until then your hours are not "
            "uploaded. They reach the teachers' network only if your "
            "personnel category (人員區分) is 10 教育人員.");
}

static void
advise_official (EcRouteAdvice *advice)
{
  advise_official_ecpa (advice);
  advise_official_gov_tw (advice);
  advise_official_certificate (advice);
  advise_official_social (advice);

  advice->recommended = recommend_official (advice->held);
  if (advice->identity == EC_IDENTITY_EDUCATOR)
    advice->summary = summarize_educator (advice->held, advice->recommended);
  else
    advice->summary = summarize_civil_servant (advice->held, advice->recommended);
}

/* The general public: an eCPA account is not theirs, a social login is
 * allowed but uploads nothing, and a 我的e政府 account is what
 * environmental-education hours need (DOMAIN.md, the exception under "When
 * hours upload to a network"). */
static void
advise_general_public (EcRouteAdvice *advice)
{
  gboolean has_gov_tw = holds (advice->held, EC_ACCOUNTS_HELD_GOV_TW);

  set_option (advice, EC_LOGIN_ROUTE_ECPA, EC_ROUTE_VERDICT_NEVER_COUNTS,
              EC_ROUTE_ACTION_USE_ANOTHER_ROUTE,
              _ ("eCPA accounts are for civil servants. Use a 我的e政府 "
                 "account instead."));

  set_option (advice, EC_LOGIN_ROUTE_GOV_TW, EC_ROUTE_VERDICT_COUNTS,
              has_gov_tw ? EC_ROUTE_ACTION_NONE : EC_ROUTE_ACTION_REGISTER_GOV_TW,
              has_gov_tw
                  ? _ ("Your 我的e政府 account is the account you need for "
                       "environmental-education hours.")
                  : _ ("Register a 我的e政府 account: you need one for "
                       "environmental-education hours."));

  if (holds_bound_certificate (advice->held))
    set_option (advice, EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
                EC_ROUTE_VERDICT_COUNTS, EC_ROUTE_ACTION_NONE,
                _ ("Logging in with your bound certificate is the same as "
                   "logging in to your 我的e政府 account."));
  else
    set_option (advice, EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
                EC_ROUTE_VERDICT_NEEDS_ACTION, EC_ROUTE_ACTION_BIND_CERTIFICATE,
                _ ("Bind the certificate to your 我的e政府 account first "
                   "(綁定自然人憑證作業); only then is logging in with it the "
                   "same as logging in to that account."));

  advise_unbound_certificate (advice);

  set_option (advice, EC_LOGIN_ROUTE_SOCIAL, EC_ROUTE_VERDICT_NEVER_COUNTS,
              EC_ROUTE_ACTION_USE_ANOTHER_ROUTE,
              _ ("You may study with a social account, but its hours are "
                 "never uploaded and cannot be transferred later."));

  advice->recommended = EC_LOGIN_ROUTE_GOV_TW;
  advice->summary = has_gov_tw
                        ? _ ("Log in with your 我的e政府 account: you need it "
                             "for environmental-education hours. A social "
                             "login is allowed for studying, but its hours are "
                             "never uploaded.")
                        : _ ("Register a 我的e政府 account and log in with it: "
                             "you need it for environmental-education hours. A "
                             "social login is allowed for studying, but its "
                             "hours are never uploaded.");
}

/**
 * ec_route_advise:
 * @identity: the identity the learner chose
 * @held: the accounts the learner says they have
 * @out_advice: (out caller-allocates): the advice
 *
 * Applies the login rules of DOMAIN.md ("Identity types", "Login routes"):
 * one option per route, in the order of #EcLoginRoute, the route to take,
 * and a summary.  The recommended option keeps its action, so that the page
 * can say what to do first (register an eCPA account, convert the 我的e政府
 * account).
 */
void
ec_route_advise (EcIdentity     identity,
                 EcAccountsHeld held,
                 EcRouteAdvice *out_advice)
{
  g_return_if_fail (out_advice != NULL);
  g_return_if_fail ((guint) identity < EC_N_IDENTITIES);

  out_advice->identity = identity;
  out_advice->held = held;

  if (identity == EC_IDENTITY_GENERAL_PUBLIC)
    advise_general_public (out_advice);
  else
    advise_official (out_advice);

  out_advice->options[out_advice->recommended].verdict = EC_ROUTE_VERDICT_RECOMMENDED;
}

/**
 * ec_route_advice_get_option:
 * @advice: advice from ec_route_advise()
 * @route: a login route
 *
 * Returns: (transfer none): the option for @route, owned by @advice.
 */
const EcRouteOption *
ec_route_advice_get_option (const EcRouteAdvice *advice,
                            EcLoginRoute         route)
{
  g_return_val_if_fail (advice != NULL, NULL);
  g_return_val_if_fail ((guint) route < EC_N_LOGIN_ROUTES, NULL);

  return &advice->options[route];
}
