/* test-learner-state.c: the learner's state as the advice reads it, built
 * from what the app has, with what it does not know left unknown.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-core.h"
#include "ec-test-util.h"

#define CONVERTED G_GINT64_CONSTANT (1795140000) /* 2026-11-20T10:00:00+08:00 */
#define DAY G_GINT64_CONSTANT (86400)

static const EcLearnerFact all_facts[] = {
  EC_LEARNER_FACT_IDENTITY,
  EC_LEARNER_FACT_ACCOUNT_KIND,
  EC_LEARNER_FACT_ROUTE,
  EC_LEARNER_FACT_REQUEST,
  EC_LEARNER_FACT_RELOGIN,
  EC_LEARNER_FACT_PERSONNEL_CATEGORY,
  EC_LEARNER_FACT_ENV_ACCOUNT,
  EC_LEARNER_FACT_ENV_SERVICE_UNIT,
};

static EcAccount *
new_account (EcAccountType type,
             EcAccountKind kind,
             EcIdentity    identity)
{
  EcAccount *account = ec_account_new ();

  account->login = g_strdup ("chen.zhiming");
  account->type = type;
  account->kind = kind;
  account->identity = identity;
  account->name = g_strdup ("陳志明");
  return account;
}

static EcAccountRequest *
new_request (EcAccountRequestStatus status,
             EcConversionReply      reply)
{
  EcAccountRequest *request = ec_account_request_new ();

  request->id = 7;
  request->status = status;
  request->reply = reply;
  request->created_at = CONVERTED - 10 * DAY;
  request->decided_at = status == EC_ACCOUNT_REQUEST_STATUS_PENDING ? EC_TIME_NEVER : CONVERTED;
  request->agency_oid = g_strdup ("2.16.886.101.20003.20064");
  return request;
}

/* Asserts whether @account is known to be held, and if so whether it is. */
static void
assert_held (const EcLearnerState *state,
             EcAccountsHeld        account,
             int                   expected) /* -1: unknown, 0: no, 1: yes */
{
  gboolean held = 2;
  gboolean known = ec_learner_state_knows_held (state, account, &held);

  if (expected < 0)
    {
      g_assert_false (known);
      g_assert_cmpint (held, ==, 2);
      return;
    }
  g_assert_true (known);
  g_assert_cmpint (held, ==, expected);
}

static void
assert_stage (const EcLearnerState *state,
              EcRequestStage        expected)
{
  g_assert_cmpstr (ec_request_stage_to_string (ec_learner_state_get_request_stage (state)), ==,
                   ec_request_stage_to_string (expected));
}

static void
test_new_knows_nothing (void)
{
  g_autoptr (EcLearnerState) state = ec_learner_state_new ();
  g_autoptr (EcLearnerState) empty = ec_learner_state_new_from_account (NULL, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (all_facts); i++)
    {
      g_assert_false (ec_learner_state_knows (state, all_facts[i]));
      g_assert_false (ec_learner_state_knows (empty, all_facts[i]));
    }
  g_assert_true (ec_learner_state_knows (state, EC_LEARNER_FACT_NONE));
  assert_held (state, EC_ACCOUNTS_HELD_ECPA, -1);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW, -1);
  assert_stage (state, EC_REQUEST_STAGE_UNKNOWN);
  g_assert_true (ec_learner_state_equal (state, empty));
}

/* 陳志明 logs in with his natural-person 我的e政府 account.  It says
 * nothing of his eCPA account: that stays unknown, never "none". */
static void
test_from_gov_tw_account (void)
{
  g_autoptr (EcAccount) account = new_account (EC_ACCOUNT_TYPE_GOV_TW, EC_ACCOUNT_KIND_NATURAL_PERSON,
                                               EC_IDENTITY_CIVIL_SERVANT);
  g_autoptr (EcLearnerState) state = NULL;

  account->personnel_category = 3;
  state = ec_learner_state_new_from_account (NULL, account, NULL);

  g_assert_true (ec_learner_state_knows (state, EC_LEARNER_FACT_IDENTITY | EC_LEARNER_FACT_ROUTE
                                                    | EC_LEARNER_FACT_ACCOUNT_KIND | EC_LEARNER_FACT_RELOGIN
                                                    | EC_LEARNER_FACT_PERSONNEL_CATEGORY
                                                    | EC_LEARNER_FACT_ENV_ACCOUNT));
  g_assert_cmpint (state->identity, ==, EC_IDENTITY_CIVIL_SERVANT);
  g_assert_cmpint (state->route, ==, EC_LOGIN_ROUTE_GOV_TW);
  g_assert_cmpint (state->account_kind, ==, EC_ACCOUNT_KIND_NATURAL_PERSON);
  g_assert_false (state->relogin_needed);
  g_assert_cmpuint (state->personnel_category, ==, 3);
  g_assert_false (state->env_account);
  /* No account, so no service unit to be right or wrong. */
  g_assert_false (ec_learner_state_knows (state, EC_LEARNER_FACT_ENV_SERVICE_UNIT));

  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW, TRUE);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL, FALSE);
  assert_held (state, EC_ACCOUNTS_HELD_ECPA, -1);
  assert_held (state, EC_ACCOUNTS_HELD_CERTIFICATE, -1);
  assert_stage (state, EC_REQUEST_STAGE_UNKNOWN);
}

typedef struct {
  EcAccountType  type;
  EcLoginRoute   route;
  EcAccountsHeld held; /* known to be held */
  EcAccountsHeld not_held; /* known not to be held */
} SessionCase;

/* A certificate account of its own is one never bound; a bound
 * certificate's session shows its account's type. */
static const SessionCase session_cases[] = {
  { EC_ACCOUNT_TYPE_ECPA, EC_LOGIN_ROUTE_ECPA, EC_ACCOUNTS_HELD_ECPA, EC_ACCOUNTS_HELD_NONE },
  { EC_ACCOUNT_TYPE_GOV_TW, EC_LOGIN_ROUTE_GOV_TW, EC_ACCOUNTS_HELD_GOV_TW | EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL,
    EC_ACCOUNTS_HELD_NONE },
  { EC_ACCOUNT_TYPE_CERTIFICATE, EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND, EC_ACCOUNTS_HELD_CERTIFICATE,
    EC_ACCOUNTS_HELD_CERTIFICATE_BOUND },
  { EC_ACCOUNT_TYPE_SOCIAL, EC_LOGIN_ROUTE_SOCIAL, EC_ACCOUNTS_HELD_SOCIAL, EC_ACCOUNTS_HELD_NONE },
};

static void
test_session (gconstpointer data)
{
  const SessionCase *row = data;
  g_autoptr (EcAccount) account = new_account (row->type, EC_ACCOUNT_KIND_OFFICIAL, EC_IDENTITY_CIVIL_SERVANT);
  g_autoptr (EcLearnerState) state = ec_learner_state_new_from_account (NULL, account, NULL);

  g_assert_cmpint (state->route, ==, row->route);
  g_assert_cmphex (state->held_known & state->held, ==, row->held);
  g_assert_cmphex (state->held_known & ~state->held, ==, row->not_held);
}

/* The learning record's account state wins where both speak: the verdicts
 * were made from it. */
static void
test_account_state_wins (void)
{
  g_autoptr (EcAccount) account = new_account (EC_ACCOUNT_TYPE_GOV_TW, EC_ACCOUNT_KIND_NATURAL_PERSON,
                                               EC_IDENTITY_CIVIL_SERVANT);
  EcAccountState account_state = {
    .identity = EC_IDENTITY_EDUCATOR,
    .kind = EC_ACCOUNT_KIND_OFFICIAL,
    .official_since = CONVERTED,
    .relogin_at = CONVERTED + DAY,
    .personnel_category = 0,
    .env_account_since = CONVERTED - 100 * DAY,
    .env_service_unit_ok = FALSE,
  };
  g_autoptr (EcLearnerState) state = NULL;

  account->personnel_category = 10;
  state = ec_learner_state_new_from_account (&account_state, account, NULL);

  g_assert_cmpint (state->identity, ==, EC_IDENTITY_EDUCATOR);
  g_assert_cmpint (state->account_kind, ==, EC_ACCOUNT_KIND_OFFICIAL);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL, TRUE);
  g_assert_false (state->relogin_needed);
  /* 0 is the API's "unknown": it does not undo what the account said. */
  g_assert_cmpuint (state->personnel_category, ==, 10);
  g_assert_true (state->env_account);
  g_assert_true (ec_learner_state_knows (state, EC_LEARNER_FACT_ENV_SERVICE_UNIT));
  g_assert_false (state->env_service_unit_ok);
  /* The route comes from the session only. */
  g_assert_cmpint (state->route, ==, EC_LOGIN_ROUTE_GOV_TW);
}

static void
test_account_state_alone (void)
{
  EcAccountState account_state = {
    .identity = EC_IDENTITY_GENERAL_PUBLIC,
    .kind = EC_ACCOUNT_KIND_NATURAL_PERSON,
    .env_account_since = EC_TIME_NEVER,
  };
  g_autoptr (EcLearnerState) state = ec_learner_state_new_from_account (&account_state, NULL, NULL);

  g_assert_true (ec_learner_state_knows (state, EC_LEARNER_FACT_IDENTITY | EC_LEARNER_FACT_ACCOUNT_KIND
                                                    | EC_LEARNER_FACT_ENV_ACCOUNT | EC_LEARNER_FACT_RELOGIN));
  g_assert_false (ec_learner_state_knows (state, EC_LEARNER_FACT_ROUTE));
  g_assert_false (ec_learner_state_knows (state, EC_LEARNER_FACT_PERSONNEL_CATEGORY));
  g_assert_false (state->env_account);
  g_assert_cmphex (state->held_known, ==, EC_ACCOUNTS_HELD_NONE);
}

typedef struct {
  gint64   official_since;
  gint64   relogin_at;
  gboolean needed;
} ReloginCase;

/* As in the upload rules: a login at the very second of the conversion
 * counts. */
static const ReloginCase relogin_cases[] = {
  { EC_TIME_NEVER, EC_TIME_NEVER, FALSE },
  { CONVERTED, EC_TIME_NEVER, TRUE },
  { CONVERTED, CONVERTED - DAY, TRUE },
  { CONVERTED, CONVERTED, FALSE },
  { CONVERTED, CONVERTED + DAY, FALSE },
};

static void
test_relogin (gconstpointer data)
{
  const ReloginCase *row = data;
  g_autoptr (EcAccount) account = new_account (EC_ACCOUNT_TYPE_GOV_TW, EC_ACCOUNT_KIND_OFFICIAL,
                                               EC_IDENTITY_CIVIL_SERVANT);
  EcAccountState account_state = {
    .identity = EC_IDENTITY_CIVIL_SERVANT,
    .kind = EC_ACCOUNT_KIND_OFFICIAL,
    .official_since = row->official_since,
    .relogin_at = row->relogin_at,
  };
  g_autoptr (EcLearnerState) from_account = NULL;
  g_autoptr (EcLearnerState) from_state = NULL;

  account->official_since = row->official_since;
  account->relogin_at = row->relogin_at;
  from_account = ec_learner_state_new_from_account (NULL, account, NULL);
  from_state = ec_learner_state_new_from_account (&account_state, NULL, NULL);

  g_assert_true (ec_learner_state_knows (from_account, EC_LEARNER_FACT_RELOGIN));
  g_assert_cmpint (from_account->relogin_needed, ==, row->needed);
  g_assert_cmpint (from_state->relogin_needed, ==, row->needed);
}

typedef struct {
  EcAccountRequestStatus status;
  EcConversionReply      reply;
  int                    kind; /* -1: unknown */
  int                    relogin_needed; /* -1: unknown */
  EcRequestStage         expected;
} StageCase;

/* clang-format off */
static const StageCase stage_cases[] = {
  { EC_ACCOUNT_REQUEST_STATUS_PENDING, EC_CONVERSION_REPLY_SUBMITTED, EC_ACCOUNT_KIND_NATURAL_PERSON, FALSE,
    EC_REQUEST_STAGE_PENDING },
  { EC_ACCOUNT_REQUEST_STATUS_REJECTED, EC_CONVERSION_REPLY_SUBMITTED, EC_ACCOUNT_KIND_NATURAL_PERSON, FALSE,
    EC_REQUEST_STAGE_REJECTED },
  /* Converted at once or approved: the login since decides. */
  { EC_ACCOUNT_REQUEST_STATUS_COMPLETED, EC_CONVERSION_REPLY_CONVERTED, EC_ACCOUNT_KIND_OFFICIAL, TRUE,
    EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED },
  { EC_ACCOUNT_REQUEST_STATUS_COMPLETED, EC_CONVERSION_REPLY_CONVERTED, EC_ACCOUNT_KIND_OFFICIAL, FALSE,
    EC_REQUEST_STAGE_APPROVED },
  { EC_ACCOUNT_REQUEST_STATUS_APPROVED, EC_CONVERSION_REPLY_SUBMITTED, EC_ACCOUNT_KIND_OFFICIAL, FALSE,
    EC_REQUEST_STAGE_APPROVED },
  /* An account still seen as a natural person predates the approval. */
  { EC_ACCOUNT_REQUEST_STATUS_APPROVED, EC_CONVERSION_REPLY_SUBMITTED, EC_ACCOUNT_KIND_NATURAL_PERSON, FALSE,
    EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED },
  /* Nothing known of the login: not assumed to have happened. */
  { EC_ACCOUNT_REQUEST_STATUS_APPROVED, EC_CONVERSION_REPLY_SUBMITTED, -1, -1,
    EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED },
};
/* clang-format on */

static void
test_request_stage (gconstpointer data)
{
  const StageCase *row = data;
  g_autoptr (EcAccountRequest) request = new_request (row->status, row->reply);
  g_autoptr (EcLearnerState) state = ec_learner_state_new ();

  ec_learner_state_set_identity (state, EC_IDENTITY_CIVIL_SERVANT);
  if (row->kind >= 0)
    ec_learner_state_set_session (state, EC_LOGIN_ROUTE_GOV_TW, (EcAccountKind) row->kind);
  if (row->relogin_needed >= 0)
    ec_learner_state_set_relogin_needed (state, row->relogin_needed);
  ec_learner_state_set_request (state, request);
  assert_stage (state, row->expected);

  ec_learner_state_set_request (state, NULL);
  assert_stage (state, EC_REQUEST_STAGE_NONE);
  g_assert_null (state->request);
}

/* The constructor's request: a copy, which tells of an eCPA account when
 * the reply was 「已存在CPA帳號」. */
static void
test_request_from_constructor (void)
{
  g_autoptr (EcAccount) account = new_account (EC_ACCOUNT_TYPE_GOV_TW, EC_ACCOUNT_KIND_NATURAL_PERSON,
                                               EC_IDENTITY_CIVIL_SERVANT);
  g_autoptr (EcAccountRequest) request = new_request (EC_ACCOUNT_REQUEST_STATUS_PENDING,
                                                      EC_CONVERSION_REPLY_ECPA_EXISTS);
  g_autoptr (EcLearnerState) state = ec_learner_state_new_from_account (NULL, account, request);

  assert_stage (state, EC_REQUEST_STAGE_PENDING);
  g_assert_true (state->request != request);
  g_assert_cmpint (state->request->id, ==, 7);
  assert_held (state, EC_ACCOUNTS_HELD_ECPA, TRUE);
}

/* The lookup lists every eCPA and 我的e政府 account of the person. */
static void
test_lookup (void)
{
  g_autoptr (GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_masked_account_free);
  g_autoptr (EcLearnerState) state = ec_learner_state_new ();
  EcMaskedAccount *gov_tw = ec_masked_account_new ();
  EcMaskedAccount *ecpa;

  ec_learner_state_set_certificate_bound (state, TRUE);

  ec_learner_state_add_lookup (state, accounts);
  assert_held (state, EC_ACCOUNTS_HELD_ECPA, FALSE);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW, FALSE);

  gov_tw->type = EC_ACCOUNT_TYPE_GOV_TW;
  gov_tw->kind = EC_ACCOUNT_KIND_NATURAL_PERSON;
  g_ptr_array_add (accounts, gov_tw);
  ec_learner_state_add_lookup (state, accounts);
  assert_held (state, EC_ACCOUNTS_HELD_ECPA, FALSE);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW, TRUE);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL, FALSE);

  ecpa = ec_masked_account_new ();
  ecpa->type = EC_ACCOUNT_TYPE_ECPA;
  ecpa->kind = EC_ACCOUNT_KIND_OFFICIAL;
  g_ptr_array_add (accounts, ecpa);
  ec_learner_state_add_lookup (state, accounts);
  assert_held (state, EC_ACCOUNTS_HELD_ECPA, TRUE);

  /* Certificates are never listed: what was known of them stays. */
  assert_held (state, EC_ACCOUNTS_HELD_CERTIFICATE_BOUND, TRUE);
}

/* What the learner answers sets only what was asked. */
static void
test_set_held (void)
{
  g_autoptr (EcLearnerState) state = ec_learner_state_new ();

  ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_GOV_TW, TRUE);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW, TRUE);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL, -1);
  assert_held (state, EC_ACCOUNTS_HELD_ECPA, -1);

  ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_ECPA, FALSE);
  assert_held (state, EC_ACCOUNTS_HELD_ECPA, FALSE);
  assert_held (state, EC_ACCOUNTS_HELD_GOV_TW, TRUE);

  ec_learner_state_set_certificate_bound (state, FALSE);
  assert_held (state, EC_ACCOUNTS_HELD_CERTIFICATE, TRUE);
  assert_held (state, EC_ACCOUNTS_HELD_CERTIFICATE_BOUND, FALSE);
}

static void
test_env_account (void)
{
  g_autoptr (EcLearnerState) state = ec_learner_state_new ();

  ec_learner_state_set_env_account (state, TRUE, FALSE);
  g_assert_true (ec_learner_state_knows (state, EC_LEARNER_FACT_ENV_ACCOUNT | EC_LEARNER_FACT_ENV_SERVICE_UNIT));
  g_assert_false (state->env_service_unit_ok);

  ec_learner_state_set_env_account (state, FALSE, TRUE);
  g_assert_true (ec_learner_state_knows (state, EC_LEARNER_FACT_ENV_ACCOUNT));
  g_assert_false (ec_learner_state_knows (state, EC_LEARNER_FACT_ENV_SERVICE_UNIT));
  g_assert_false (state->env_service_unit_ok);
}

/* A copy owns its request; equality looks at facts only. */
static void
test_copy_and_equal (void)
{
  g_autoptr (EcAccountRequest) request = new_request (EC_ACCOUNT_REQUEST_STATUS_REJECTED,
                                                      EC_CONVERSION_REPLY_SUBMITTED);
  g_autoptr (EcLearnerState) state = ec_learner_state_new ();
  g_autoptr (EcLearnerState) copy = NULL;
  g_autoptr (EcLearnerState) other = NULL;

  request->decision_reason = g_strdup ("請傳真申請書與證件影本");
  ec_learner_state_set_identity (state, EC_IDENTITY_EDUCATOR);
  ec_learner_state_set_request (state, request);

  copy = g_boxed_copy (EC_TYPE_LEARNER_STATE, state);
  g_assert_true (copy->request != state->request);
  g_assert_cmpstr (copy->request->decision_reason, ==, "請傳真申請書與證件影本");
  g_assert_true (ec_learner_state_equal (state, copy));

  /* A value that is not a fact does not count… */
  copy->personnel_category = 3;
  copy->env_account = TRUE;
  g_assert_true (ec_learner_state_equal (state, copy));

  /* …a fact does. */
  other = ec_learner_state_copy (state);
  ec_learner_state_set_personnel_category (other, 10);
  g_assert_false (ec_learner_state_equal (state, other));
  g_clear_pointer (&other, ec_learner_state_free);

  other = ec_learner_state_copy (state);
  other->request->status = EC_ACCOUNT_REQUEST_STATUS_PENDING;
  g_assert_false (ec_learner_state_equal (state, other));
  g_clear_pointer (&other, ec_learner_state_free);

  other = ec_learner_state_copy (state);
  ec_learner_state_set_held (other, EC_ACCOUNTS_HELD_ECPA, FALSE);
  g_assert_false (ec_learner_state_equal (state, other));

  g_assert_true (ec_learner_state_equal (NULL, NULL));
  g_assert_false (ec_learner_state_equal (state, NULL));
}

static void
test_stage_strings (void)
{
  const char *const ids[] = { "unknown", "none", "pending", "approved-relogin-needed", "approved", "rejected" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_cmpstr (ec_request_stage_to_string ((EcRequestStage) i), ==, ids[i]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/learner-state/new-knows-nothing", test_new_knows_nothing);
  g_test_add_func ("/learner-state/from-gov-tw-account", test_from_gov_tw_account);
  EC_TEST_ADD_CASES ("/learner-state/session", session_cases, test_session);
  g_test_add_func ("/learner-state/account-state-wins", test_account_state_wins);
  g_test_add_func ("/learner-state/account-state-alone", test_account_state_alone);
  EC_TEST_ADD_CASES ("/learner-state/relogin", relogin_cases, test_relogin);
  EC_TEST_ADD_CASES ("/learner-state/request-stage", stage_cases, test_request_stage);
  g_test_add_func ("/learner-state/request-from-constructor", test_request_from_constructor);
  g_test_add_func ("/learner-state/lookup", test_lookup);
  g_test_add_func ("/learner-state/set-held", test_set_held);
  g_test_add_func ("/learner-state/env-account", test_env_account);
  g_test_add_func ("/learner-state/copy-and-equal", test_copy_and_equal);
  g_test_add_func ("/learner-state/stage-strings", test_stage_strings);

  return g_test_run ();
}
