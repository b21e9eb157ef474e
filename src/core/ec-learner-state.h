/* ec-learner-state.h: what the advice depends on, as far as the app knows
 * it.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-account-request.h"
#include "ec-account-state.h"
#include "ec-account.h"
#include "ec-identity.h"
#include "ec-masked-account.h"
#include "ec-route-advice.h"

G_BEGIN_DECLS

/**
 * EcLearnerFact:
 * @EC_LEARNER_FACT_NONE: nothing is known.
 * @EC_LEARNER_FACT_IDENTITY: @identity is known.
 * @EC_LEARNER_FACT_ACCOUNT_KIND: @account_kind is known.
 * @EC_LEARNER_FACT_ROUTE: @route is known.
 * @EC_LEARNER_FACT_REQUEST: @request is known (%NULL then means there is
 *   none).
 * @EC_LEARNER_FACT_RELOGIN: @relogin_needed is known.
 * @EC_LEARNER_FACT_PERSONNEL_CATEGORY: @personnel_category is known.
 * @EC_LEARNER_FACT_ENV_ACCOUNT: @env_account is known.
 * @EC_LEARNER_FACT_ENV_SERVICE_UNIT: @env_service_unit_ok is known.
 *
 * Which members of an #EcLearnerState are facts.  A member whose flag is
 * not set holds no information, whatever its value: the advice words
 * itself conditionally there instead of guessing.
 */
typedef enum /*< flags >*/ {
  EC_LEARNER_FACT_NONE = 0,
  EC_LEARNER_FACT_IDENTITY = 1 << 0,
  EC_LEARNER_FACT_ACCOUNT_KIND = 1 << 1,
  EC_LEARNER_FACT_ROUTE = 1 << 2,
  EC_LEARNER_FACT_REQUEST = 1 << 3,
  EC_LEARNER_FACT_RELOGIN = 1 << 4,
  EC_LEARNER_FACT_PERSONNEL_CATEGORY = 1 << 5,
  EC_LEARNER_FACT_ENV_ACCOUNT = 1 << 6,
  EC_LEARNER_FACT_ENV_SERVICE_UNIT = 1 << 7,
} EcLearnerFact;

/**
 * EcRequestStage:
 * @EC_REQUEST_STAGE_UNKNOWN: not known whether the learner applied.
 * @EC_REQUEST_STAGE_NONE: the learner never applied.
 * @EC_REQUEST_STAGE_PENDING: the latest request waits for the service
 *   centre.
 * @EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED: the account was converted
 *   (at once or by the service centre), and the learner has not logged in
 *   to the platform since, or it is not known that they have.
 * @EC_REQUEST_STAGE_APPROVED: converted, and logged in since.
 * @EC_REQUEST_STAGE_REJECTED: the service centre rejected the latest
 *   request.
 *
 * Where the learner's conversion stands, read from the latest request and
 * the re-login (ec_learner_state_get_request_stage()).
 */
typedef enum {
  EC_REQUEST_STAGE_UNKNOWN,
  EC_REQUEST_STAGE_NONE,
  EC_REQUEST_STAGE_PENDING,
  EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED,
  EC_REQUEST_STAGE_APPROVED,
  EC_REQUEST_STAGE_REJECTED,
} EcRequestStage;

/**
 * EcLearnerState:
 * @known: which of the members below are facts.
 * @identity: the learner's identity (身分別).
 * @account_kind: whether the account of the session is official or a
 *   natural-person account.
 * @route: how the session logged in.  A session on a bound certificate
 *   logs in to its account and reads as that account's route.
 * @held: the accounts the learner holds, as far as @held_known says.
 * @held_known: which flags of @held are facts; a flag that is not here
 *   means "not known", never "not held".
 * @request: (nullable): the latest request for an official account; with
 *   %EC_LEARNER_FACT_REQUEST in @known, %NULL means there has been none.
 * @relogin_needed: the account was converted and the learner has not
 *   logged in to the platform since.
 * @personnel_category: 人員區分 (10 = 教育人員).
 * @env_account: the learner has a personal environmental-education
 *   account (環教網).
 * @env_service_unit_ok: its service unit (服務單位) is filled in right.
 *
 * What the advice (ec-advice.h) depends on: the learner's state as far as
 * the app has learned it, from the lookup, the login, the learning
 * record's account state and the requests.  A plain value: copy it with
 * ec_learner_state_copy().
 */
typedef struct {
  EcLearnerFact     known;
  EcIdentity        identity;
  EcAccountKind     account_kind;
  EcLoginRoute      route;
  EcAccountsHeld    held;
  EcAccountsHeld    held_known;
  EcAccountRequest *request;
  gboolean          relogin_needed;
  guint             personnel_category;
  gboolean          env_account;
  gboolean          env_service_unit_ok;
} EcLearnerState;

#define EC_TYPE_LEARNER_STATE (ec_learner_state_get_type ())

GType ec_learner_state_get_type (void) G_GNUC_CONST;

EcLearnerState *ec_learner_state_new (void);
EcLearnerState *ec_learner_state_new_from_account (const EcAccountState   *account_state,
                                                   const EcAccount        *account,
                                                   const EcAccountRequest *latest_request);
EcLearnerState *ec_learner_state_copy (const EcLearnerState *state);
void            ec_learner_state_free (EcLearnerState *state);
gboolean        ec_learner_state_equal (const EcLearnerState *a,
                                        const EcLearnerState *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcLearnerState, ec_learner_state_free)

void ec_learner_state_set_identity (EcLearnerState *state,
                                    EcIdentity      identity);
void ec_learner_state_set_session (EcLearnerState *state,
                                   EcLoginRoute    route,
                                   EcAccountKind   kind);
void ec_learner_state_set_held (EcLearnerState *state,
                                EcAccountsHeld  accounts,
                                gboolean        held);
void ec_learner_state_set_certificate_bound (EcLearnerState *state,
                                             gboolean        bound);
void ec_learner_state_add_lookup (EcLearnerState *state,
                                  GPtrArray      *accounts);
void ec_learner_state_set_request (EcLearnerState         *state,
                                   const EcAccountRequest *request);
void ec_learner_state_set_relogin_needed (EcLearnerState *state,
                                          gboolean        needed);
void ec_learner_state_set_personnel_category (EcLearnerState *state,
                                              guint           category);
void ec_learner_state_set_env_account (EcLearnerState *state,
                                       gboolean        has_account,
                                       gboolean        service_unit_ok);

gboolean       ec_learner_state_knows (const EcLearnerState *state,
                                       EcLearnerFact         facts);
gboolean       ec_learner_state_knows_held (const EcLearnerState *state,
                                            EcAccountsHeld        account,
                                            gboolean             *out_held);
EcRequestStage ec_learner_state_get_request_stage (const EcLearnerState *state);

const char *ec_request_stage_to_string (EcRequestStage stage);

G_END_DECLS
