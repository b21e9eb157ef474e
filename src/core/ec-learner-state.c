/* ec-learner-state.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-learner-state"

#include "config.h"

#include "ec-learner-state.h"
#include "ec-time.h"

/* The state is built from whatever the app has at the moment: nothing
 * before the login, the learner's answers on the route page, the lookup,
 * the login's account, the learning record's account state, the requests.
 * Every part keeps a flag that says whether it is a fact, so that the
 * advice can tell "not held" from "not known" (a box left unticked on the
 * route page is not a "no"). */

G_DEFINE_BOXED_TYPE (EcLearnerState, ec_learner_state, ec_learner_state_copy, ec_learner_state_free)

/**
 * ec_learner_state_new:
 *
 * Returns: (transfer full): a state in which nothing is known.
 */
EcLearnerState *
ec_learner_state_new (void)
{
  return g_new0 (EcLearnerState, 1);
}

EcLearnerState *
ec_learner_state_copy (const EcLearnerState *state)
{
  EcLearnerState *copy;

  g_return_val_if_fail (state != NULL, NULL);

  copy = g_memdup2 (state, sizeof *state);
  copy->request = state->request != NULL ? ec_account_request_copy (state->request) : NULL;
  return copy;
}

void
ec_learner_state_free (EcLearnerState *state)
{
  if (state == NULL)
    return;

  g_clear_pointer (&state->request, ec_account_request_free);
  g_free (state);
}

/* Two requests say the same to the advice when they are the same request
 * at the same stage. */
static gboolean
request_equal (const EcAccountRequest *a,
               const EcAccountRequest *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->id == b->id
         && a->status == b->status
         && a->reply == b->reply
         && a->created_at == b->created_at
         && a->decided_at == b->decided_at
         && g_strcmp0 (a->decision_reason, b->decision_reason) == 0;
}

/**
 * ec_learner_state_equal:
 * @a: (nullable): a state
 * @b: (nullable): another
 *
 * Compares the facts only: a member that is not known is ignored, so that
 * a surface redraws its advice only when something it depends on changed.
 *
 * Returns: whether @a and @b know the same facts (two %NULLs do).
 */
gboolean
ec_learner_state_equal (const EcLearnerState *a,
                        const EcLearnerState *b)
{
  EcLearnerFact known;

  if (a == NULL || b == NULL)
    return a == b;

  if (a->known != b->known || a->held_known != b->held_known)
    return FALSE;
  if ((a->held & a->held_known) != (b->held & b->held_known))
    return FALSE;

  known = a->known;
  return (!(known & EC_LEARNER_FACT_IDENTITY) || a->identity == b->identity)
         && (!(known & EC_LEARNER_FACT_ACCOUNT_KIND) || a->account_kind == b->account_kind)
         && (!(known & EC_LEARNER_FACT_ROUTE) || a->route == b->route)
         && (!(known & EC_LEARNER_FACT_REQUEST) || request_equal (a->request, b->request))
         && (!(known & EC_LEARNER_FACT_RELOGIN) || a->relogin_needed == b->relogin_needed)
         && (!(known & EC_LEARNER_FACT_PERSONNEL_CATEGORY) || a->personnel_category == b->personnel_category)
         && (!(known & EC_LEARNER_FACT_ENV_ACCOUNT) || a->env_account == b->env_account)
         && (!(known & EC_LEARNER_FACT_ENV_SERVICE_UNIT) || a->env_service_unit_ok == b->env_service_unit_ok);
}

/**
 * ec_learner_state_set_identity:
 * @state: a state
 * @identity: the learner's identity
 */
void
ec_learner_state_set_identity (EcLearnerState *state,
                               EcIdentity      identity)
{
  g_return_if_fail (state != NULL);
  g_return_if_fail ((guint) identity < EC_N_IDENTITIES);

  state->identity = identity;
  state->known |= EC_LEARNER_FACT_IDENTITY;
}

/**
 * ec_learner_state_set_session:
 * @state: a state
 * @route: how the session logged in
 * @kind: whether its account is official
 *
 * Records the session.  It says nothing about the other accounts the
 * learner may hold; what it says of the account it is on, the held
 * accounts get too (a session on an unbound certificate shows the
 * certificate is not bound).
 */
void
ec_learner_state_set_session (EcLearnerState *state,
                              EcLoginRoute    route,
                              EcAccountKind   kind)
{
  g_return_if_fail (state != NULL);
  g_return_if_fail ((guint) route < EC_N_LOGIN_ROUTES);

  state->route = route;
  state->account_kind = kind;
  state->known |= EC_LEARNER_FACT_ROUTE | EC_LEARNER_FACT_ACCOUNT_KIND;

  switch (route)
    {
    case EC_LOGIN_ROUTE_ECPA:
      ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_ECPA, TRUE);
      break;
    case EC_LOGIN_ROUTE_GOV_TW:
      ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_GOV_TW, TRUE);
      ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL, kind == EC_ACCOUNT_KIND_OFFICIAL);
      break;
    case EC_LOGIN_ROUTE_CERTIFICATE_BOUND:
      ec_learner_state_set_certificate_bound (state, TRUE);
      break;
    case EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND:
      ec_learner_state_set_certificate_bound (state, FALSE);
      break;
    case EC_LOGIN_ROUTE_SOCIAL:
      ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_SOCIAL, TRUE);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * ec_learner_state_set_held:
 * @state: a state
 * @accounts: one or more accounts
 * @held: whether the learner holds them
 *
 * Records what the learner said or the lookup found about @accounts: after
 * this, each of them is known to be held or not.  Say only what is known:
 * an account nobody asked about stays unknown.
 */
void
ec_learner_state_set_held (EcLearnerState *state,
                           EcAccountsHeld  accounts,
                           gboolean        held)
{
  g_return_if_fail (state != NULL);

  if (held)
    state->held |= accounts;
  else
    state->held &= ~accounts;
  state->held_known |= accounts;
}

/**
 * ec_learner_state_set_certificate_bound:
 * @state: a state
 * @bound: whether the learner's citizen digital certificate is bound to
 *   their eCPA or 我的e政府 account
 *
 * Records that the learner holds a certificate, bound or not.
 */
void
ec_learner_state_set_certificate_bound (EcLearnerState *state,
                                        gboolean        bound)
{
  g_return_if_fail (state != NULL);

  ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_CERTIFICATE, TRUE);
  ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_CERTIFICATE_BOUND, bound);
}

/**
 * ec_learner_state_add_lookup:
 * @state: a state
 * @accounts: (element-type EcMaskedAccount): what the official-account
 *   lookup (公務帳號查詢) listed for the learner's ID number and name
 *
 * The lookup lists every eCPA and 我的e政府 account of the person, so it
 * settles which of those the learner holds, and whether a 我的e政府 one is
 * official.  Certificates and social accounts are never listed: they stay
 * as they were.
 */
void
ec_learner_state_add_lookup (EcLearnerState *state,
                             GPtrArray      *accounts)
{
  EcAccountsHeld found = EC_ACCOUNTS_HELD_NONE;

  g_return_if_fail (state != NULL);
  g_return_if_fail (accounts != NULL);

  for (guint i = 0; i < accounts->len; i++)
    {
      const EcMaskedAccount *account = g_ptr_array_index (accounts, i);

      if (account->type == EC_ACCOUNT_TYPE_ECPA)
        found |= EC_ACCOUNTS_HELD_ECPA;
      else if (account->type == EC_ACCOUNT_TYPE_GOV_TW)
        {
          found |= EC_ACCOUNTS_HELD_GOV_TW;
          if (account->kind == EC_ACCOUNT_KIND_OFFICIAL)
            found |= EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL;
        }
    }

  ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_ECPA | EC_ACCOUNTS_HELD_GOV_TW | EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL,
                             FALSE);
  ec_learner_state_set_held (state, found, TRUE);
}

/**
 * ec_learner_state_set_request:
 * @state: a state
 * @request: (nullable): the learner's latest request for an official
 *   account, or %NULL if they have made none
 *
 * Records where the conversion stands.  A reply 「已存在CPA帳號」 also shows
 * that the learner holds an eCPA account.
 */
void
ec_learner_state_set_request (EcLearnerState         *state,
                              const EcAccountRequest *request)
{
  g_return_if_fail (state != NULL);

  g_clear_pointer (&state->request, ec_account_request_free);
  if (request != NULL)
    state->request = ec_account_request_copy (request);
  state->known |= EC_LEARNER_FACT_REQUEST;

  if (request != NULL && request->reply == EC_CONVERSION_REPLY_ECPA_EXISTS)
    ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_ECPA, TRUE);
}

/**
 * ec_learner_state_set_relogin_needed:
 * @state: a state
 * @needed: whether the account was converted and the learner has not
 *   logged in to the platform since
 */
void
ec_learner_state_set_relogin_needed (EcLearnerState *state,
                                     gboolean        needed)
{
  g_return_if_fail (state != NULL);

  state->relogin_needed = needed;
  state->known |= EC_LEARNER_FACT_RELOGIN;
}

/**
 * ec_learner_state_set_personnel_category:
 * @state: a state
 * @category: 人員區分 (10 = 教育人員); 0 is the API's "unknown" and
 *   leaves the state as it was
 */
void
ec_learner_state_set_personnel_category (EcLearnerState *state,
                                         guint           category)
{
  g_return_if_fail (state != NULL);

  if (category == 0)
    return;

  state->personnel_category = category;
  state->known |= EC_LEARNER_FACT_PERSONNEL_CATEGORY;
}

/**
 * ec_learner_state_set_env_account:
 * @state: a state
 * @has_account: whether the learner has a personal environmental-education
 *   account
 * @service_unit_ok: whether its service unit is filled in right (ignored
 *   without an account)
 */
void
ec_learner_state_set_env_account (EcLearnerState *state,
                                  gboolean        has_account,
                                  gboolean        service_unit_ok)
{
  g_return_if_fail (state != NULL);

  state->env_account = has_account;
  state->known |= EC_LEARNER_FACT_ENV_ACCOUNT;

  /* Without an account there is no service unit to be right or wrong. */
  state->env_service_unit_ok = has_account && service_unit_ok;
  if (has_account)
    state->known |= EC_LEARNER_FACT_ENV_SERVICE_UNIT;
  else
    state->known &= ~EC_LEARNER_FACT_ENV_SERVICE_UNIT;
}

static EcLoginRoute
route_of_account_type (EcAccountType type)
{
  switch (type)
    {
    case EC_ACCOUNT_TYPE_ECPA:
      return EC_LOGIN_ROUTE_ECPA;
    case EC_ACCOUNT_TYPE_GOV_TW:
      return EC_LOGIN_ROUTE_GOV_TW;
    /* A bound certificate logs in to its account, whose type the session
     * shows; a certificate account of its own is one never bound. */
    case EC_ACCOUNT_TYPE_CERTIFICATE:
      return EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND;
    case EC_ACCOUNT_TYPE_SOCIAL:
      return EC_LOGIN_ROUTE_SOCIAL;
    default:
      g_return_val_if_reached (EC_LOGIN_ROUTE_SOCIAL);
    }
}

static void
apply_account (EcLearnerState  *state,
               const EcAccount *account)
{
  ec_learner_state_set_identity (state, account->identity);
  ec_learner_state_set_session (state, route_of_account_type (account->type), account->kind);
  ec_learner_state_set_relogin_needed (state, ec_account_get_relogin_needed (account));
  ec_learner_state_set_personnel_category (state, account->personnel_category);
  ec_learner_state_set_env_account (state, account->env_account, account->env_service_unit_ok);
}

static void
apply_account_state (EcLearnerState       *state,
                     const EcAccountState *account_state)
{
  ec_learner_state_set_identity (state, account_state->identity);
  state->account_kind = account_state->kind;
  state->known |= EC_LEARNER_FACT_ACCOUNT_KIND;
  if (state->known & EC_LEARNER_FACT_ROUTE && state->route == EC_LOGIN_ROUTE_GOV_TW)
    ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL,
                               account_state->kind == EC_ACCOUNT_KIND_OFFICIAL);
  ec_learner_state_set_relogin_needed (state,
                                       ec_account_state_get_relogin_needed (account_state));
  ec_learner_state_set_personnel_category (state, account_state->personnel_category);
  ec_learner_state_set_env_account (state, account_state->env_account_since != EC_TIME_NEVER,
                                    account_state->env_service_unit_ok);
}

/**
 * ec_learner_state_new_from_account:
 * @account_state: (nullable): the account state of the last learning
 *   record (docs/api.md, GET /api/v1/records), if there was one
 * @account: (nullable): the account the session is on (the login's reply
 *   or GET /api/v1/me), if there is a session
 * @latest_request: (nullable): the learner's latest request for an
 *   official account, or %NULL if it is not known (to say there is none,
 *   call ec_learner_state_set_request() with %NULL)
 *
 * Builds the state from what the app has.  The session's account gives the
 * route and the accounts held; where both say something, @account_state
 * wins, since the learning record's verdicts were worked out from it and
 * the advice must agree with them.  What neither says stays unknown: a
 * personnel category of 0 is the API's "unknown".
 *
 * Returns: (transfer full): the state.
 */
EcLearnerState *
ec_learner_state_new_from_account (const EcAccountState   *account_state,
                                   const EcAccount        *account,
                                   const EcAccountRequest *latest_request)
{
  EcLearnerState *state = ec_learner_state_new ();

  if (account != NULL)
    apply_account (state, account);
  if (account_state != NULL)
    apply_account_state (state, account_state);
  if (latest_request != NULL)
    ec_learner_state_set_request (state, latest_request);

  return state;
}

/**
 * ec_learner_state_knows:
 * @state: a state
 * @facts: one or more facts
 *
 * Returns: whether every one of @facts is known.
 */
gboolean
ec_learner_state_knows (const EcLearnerState *state,
                        EcLearnerFact         facts)
{
  g_return_val_if_fail (state != NULL, FALSE);

  return (state->known & facts) == facts;
}

/**
 * ec_learner_state_knows_held:
 * @state: a state
 * @account: one account (a single flag)
 * @out_held: (out) (optional): whether the learner holds it, when known
 *
 * Returns: whether it is known if the learner holds @account.
 */
gboolean
ec_learner_state_knows_held (const EcLearnerState *state,
                             EcAccountsHeld        account,
                             gboolean             *out_held)
{
  g_return_val_if_fail (state != NULL, FALSE);

  if ((state->held_known & account) != account)
    return FALSE;

  if (out_held != NULL)
    *out_held = (state->held & account) == account;
  return TRUE;
}

/**
 * ec_learner_state_get_request_stage:
 * @state: a state
 *
 * Where the conversion stands.  A converted account needs a login to the
 * platform before it counts (DOMAIN.md, "After conversion"): a converted
 * request reads as approved only when the state knows that login happened;
 * until then, or when it is not known, it reads as needing it, and the
 * advice words that conditionally where it is not known.
 *
 * Returns: the stage.
 */
EcRequestStage
ec_learner_state_get_request_stage (const EcLearnerState *state)
{
  g_return_val_if_fail (state != NULL, EC_REQUEST_STAGE_UNKNOWN);

  if (!(state->known & EC_LEARNER_FACT_REQUEST))
    return EC_REQUEST_STAGE_UNKNOWN;
  if (state->request == NULL)
    return EC_REQUEST_STAGE_NONE;

  switch (state->request->status)
    {
    case EC_ACCOUNT_REQUEST_STATUS_PENDING:
      return EC_REQUEST_STAGE_PENDING;
    case EC_ACCOUNT_REQUEST_STATUS_REJECTED:
      return EC_REQUEST_STAGE_REJECTED;
    case EC_ACCOUNT_REQUEST_STATUS_COMPLETED:
    case EC_ACCOUNT_REQUEST_STATUS_APPROVED:
      /* An account still seen as a natural person has not been updated:
       * the state predates the approval, or the platform has not seen a
       * login since. */
      if (state->known & EC_LEARNER_FACT_ACCOUNT_KIND && state->account_kind == EC_ACCOUNT_KIND_NATURAL_PERSON)
        return EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED;
      if (state->known & EC_LEARNER_FACT_RELOGIN && !state->relogin_needed)
        return EC_REQUEST_STAGE_APPROVED;
      return EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED;
    default:
      g_return_val_if_reached (EC_REQUEST_STAGE_UNKNOWN);
    }
}

static const char *const stage_ids[] = {
  [EC_REQUEST_STAGE_UNKNOWN] = "unknown",
  [EC_REQUEST_STAGE_NONE] = "none",
  [EC_REQUEST_STAGE_PENDING] = "pending",
  [EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED] = "approved-relogin-needed",
  [EC_REQUEST_STAGE_APPROVED] = "approved",
  [EC_REQUEST_STAGE_REJECTED] = "rejected",
};

/**
 * ec_request_stage_to_string:
 * @stage: a stage
 *
 * Returns: a stable, untranslated id of @stage, for tests and logs.
 */
const char *
ec_request_stage_to_string (EcRequestStage stage)
{
  g_return_val_if_fail ((guint) stage < G_N_ELEMENTS (stage_ids), NULL);

  return stage_ids[stage];
}
