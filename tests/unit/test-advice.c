/* test-advice.c: the advice every surface shows, over the learner's state
 * × network × verdict: every demo persona (docs/demo.md) and the edge
 * states of issue 16.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

#define CONVERTED G_GINT64_CONSTANT (1795140000) /* 2026-11-20T10:00:00+08:00 */
#define DAY G_GINT64_CONSTANT (86400)
#define APPLIED (CONVERTED - 10 * DAY) /* 2026-11-10 */
#define REJECTION "請傳真申請書與證件影本"

static EcCalendar *calendar;

/* The learner's states of the tables.  The personas are those of
 * src/service/data/demo.json, built the way the app will build them: from
 * the session's account, the learning record's account state and the
 * latest request. */
typedef enum {
  S_UNKNOWN, /* before the login: nothing known */
  S_ROUTE_PAGE_GOV_TW, /* a civil servant with a 我的e政府 account, nothing said of its kind */
  S_ROUTE_PAGE_NATURAL, /* … which she says is a natural-person account */
  S_WANG, /* 1 王大明: eCPA, everything right */
  S_WANG_CERT, /* 1 王大明 on his bound certificate */
  S_LIN, /* 2 林美華: teacher, natural person, never applied */
  S_LIN_PENDING, /* … her application sent (「已送出申請」) */
  S_LIN_APPROVED, /* … approved, no login since */
  S_LIN_APPROVED_STALE, /* … approved, the app's account still a natural person */
  S_LIN_APPROVED_UNKNOWN, /* … the approval known, nothing of the login */
  S_LIN_RELOGGED, /* … logged in since */
  S_LIN_REJECTED, /* … rejected, with the service centre's reason */
  S_CHEN, /* 3 陳志明: natural person, his eCPA account not known */
  S_CHEN_TOLD_ECPA, /* … he says he has an eCPA account */
  S_CHEN_PENDING_ECPA, /* … 「已存在CPA帳號，已送出申請」 */
  S_CHANG, /* 4 張雅婷, general public, on 我的e政府 */
  S_CHANG_SOCIAL, /* … on her social account */
  S_CHANG_PENDING, /* … who applied all the same */
  S_LI, /* 5 李建國 on eCPA */
  S_LI_CERT, /* … on his unbound certificate, eCPA not known */
  S_LI_CERT_ECPA, /* … with his eCPA account known */
  S_HUANG, /* 6 黃淑芬: no environmental-education account */
  S_WU, /* 7 吳家豪: natural person, never applied */
  S_WU_CONVERTED, /* … converted at once, no login since */
  S_WU_RELOGGED, /* … logged in since */
  S_WU_REQUESTS_UNKNOWN, /* converted, no login since, requests not read yet */
  S_ENV_UNIT, /* a civil servant whose service unit is wrong */
  S_PUBLIC_NO_ENV, /* the general public without an environmental-education account */
  S_EDUCATOR_CATEGORY_1, /* a teacher on eCPA whose category is 1 */
  S_NO_IDENTITY_NATURAL, /* a natural-person session, identity not known */
  S_CIVIL_SERVANT_ENV_UNKNOWN, /* eCPA, nothing known of 環教網 */
  N_STATES
} StateId;

typedef struct {
  EcAccountType type;
  EcAccountKind kind;
  EcIdentity    identity;
  guint         category;
  gboolean      env;
  gboolean      unit_ok;
  gint64        official_since;
  gint64        relogin_at;
} Session;

static EcAccountRequest *
new_request (EcAccountRequestStatus status,
             EcConversionReply      reply)
{
  EcAccountRequest *request = ec_account_request_new ();

  request->id = 3;
  request->status = status;
  request->reply = reply;
  request->created_at = APPLIED;
  request->decided_at = EC_TIME_NEVER;
  request->agency_oid = g_strdup ("2.16.886.101.20003.20022");
  if (reply != EC_CONVERSION_REPLY_CONVERTED)
    {
      request->form = ec_request_form_new ();
      request->form->fax = g_strdup ("(02)2192-7186");
      request->form->phone = g_strdup ("02-2192-7111");
    }
  if (status == EC_ACCOUNT_REQUEST_STATUS_REJECTED)
    {
      request->decided_at = CONVERTED;
      request->decision_reason = g_strdup (REJECTION);
    }
  else if (status != EC_ACCOUNT_REQUEST_STATUS_PENDING)
    request->decided_at = CONVERTED;
  return request;
}

/* The learning record's account state of @session's learner. */
static EcAccountState
account_state_of (const Session *session)
{
  EcAccountState account_state = {
    .identity = session->identity,
    .kind = session->kind,
    .official_since = session->official_since,
    .relogin_at = session->relogin_at,
    .personnel_category = session->category,
    .env_account_since = session->env ? CONVERTED - 400 * DAY : EC_TIME_NEVER,
    .env_service_unit_ok = session->unit_ok,
  };

  return account_state;
}

/* A logged-in learner whose requests are known: @request or none. */
static EcLearnerState *
logged_in (const Session          *session,
           const EcAccountRequest *request)
{
  g_autoptr (EcAccount) account = ec_account_new ();
  EcAccountState  account_state = account_state_of (session);
  EcLearnerState *state;

  account->login = g_strdup ("demo");
  account->type = session->type;
  account->kind = session->kind;
  account->identity = session->identity;
  account->official_since = session->official_since;
  account->relogin_at = session->relogin_at;
  account->personnel_category = session->category;
  account->env_account = session->env;
  account->env_service_unit_ok = session->unit_ok;

  state = ec_learner_state_new_from_account (&account_state, account, NULL);
  ec_learner_state_set_request (state, request);
  return state;
}

#define ECPA EC_ACCOUNT_TYPE_ECPA
#define GOV_TW EC_ACCOUNT_TYPE_GOV_TW
#define CERT EC_ACCOUNT_TYPE_CERTIFICATE
#define SOCIAL EC_ACCOUNT_TYPE_SOCIAL
#define OFFICIAL EC_ACCOUNT_KIND_OFFICIAL
#define NATURAL EC_ACCOUNT_KIND_NATURAL_PERSON
#define CS EC_IDENTITY_CIVIL_SERVANT
#define EDU EC_IDENTITY_EDUCATOR
#define GP EC_IDENTITY_GENERAL_PUBLIC
#define NEVER EC_TIME_NEVER

/* clang-format off */
static const Session session_wang = { ECPA, OFFICIAL, CS, 1, TRUE, TRUE, NEVER, NEVER };
static const Session session_lin = { GOV_TW, NATURAL, EDU, 10, FALSE, FALSE, NEVER, NEVER };
static const Session session_lin_converted = { GOV_TW, OFFICIAL, EDU, 10, FALSE, FALSE, CONVERTED, NEVER };
static const Session session_lin_relogged = { GOV_TW, OFFICIAL, EDU, 10, FALSE, FALSE, CONVERTED, CONVERTED + DAY };
static const Session session_chen = { GOV_TW, NATURAL, CS, 3, FALSE, FALSE, NEVER, NEVER };
static const Session session_chang = { GOV_TW, NATURAL, GP, 0, TRUE, TRUE, NEVER, NEVER };
static const Session session_chang_social = { SOCIAL, NATURAL, GP, 0, TRUE, TRUE, NEVER, NEVER };
static const Session session_li = { ECPA, OFFICIAL, CS, 1, TRUE, TRUE, NEVER, NEVER };
static const Session session_li_cert = { CERT, NATURAL, CS, 1, TRUE, TRUE, NEVER, NEVER };
static const Session session_huang = { ECPA, OFFICIAL, CS, 1, FALSE, FALSE, NEVER, NEVER };
static const Session session_wu = { GOV_TW, NATURAL, CS, 1, TRUE, TRUE, NEVER, NEVER };
static const Session session_wu_converted = { GOV_TW, OFFICIAL, CS, 1, TRUE, TRUE, CONVERTED, NEVER };
static const Session session_wu_relogged = { GOV_TW, OFFICIAL, CS, 1, TRUE, TRUE, CONVERTED, CONVERTED + 2 * DAY };
static const Session session_env_unit = { ECPA, OFFICIAL, CS, 1, TRUE, FALSE, NEVER, NEVER };
static const Session session_public_no_env = { GOV_TW, NATURAL, GP, 0, FALSE, FALSE, NEVER, NEVER };
static const Session session_educator_1 = { ECPA, OFFICIAL, EDU, 1, TRUE, TRUE, NEVER, NEVER };
/* clang-format on */

static EcLearnerState *
build_state (StateId id)
{
  g_autoptr (EcAccountRequest) pending = new_request (EC_ACCOUNT_REQUEST_STATUS_PENDING,
                                                      EC_CONVERSION_REPLY_SUBMITTED);
  g_autoptr (EcAccountRequest) approved = new_request (EC_ACCOUNT_REQUEST_STATUS_APPROVED,
                                                       EC_CONVERSION_REPLY_SUBMITTED);
  g_autoptr (EcAccountRequest) rejected = new_request (EC_ACCOUNT_REQUEST_STATUS_REJECTED,
                                                       EC_CONVERSION_REPLY_SUBMITTED);
  g_autoptr (EcAccountRequest) ecpa_exists = new_request (EC_ACCOUNT_REQUEST_STATUS_PENDING,
                                                          EC_CONVERSION_REPLY_ECPA_EXISTS);
  g_autoptr (EcAccountRequest) converted = new_request (EC_ACCOUNT_REQUEST_STATUS_COMPLETED,
                                                        EC_CONVERSION_REPLY_CONVERTED);
  EcLearnerState *state;

  switch (id)
    {
    case S_UNKNOWN:
      return ec_learner_state_new ();
    case S_ROUTE_PAGE_GOV_TW:
    case S_ROUTE_PAGE_NATURAL:
      state = ec_learner_state_new ();
      ec_learner_state_set_identity (state, CS);
      ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_GOV_TW, TRUE);
      if (id == S_ROUTE_PAGE_NATURAL)
        ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL, FALSE);
      return state;
    case S_WANG:
      return logged_in (&session_wang, NULL);
    case S_WANG_CERT:
      state = logged_in (&session_wang, NULL);
      ec_learner_state_set_session (state, EC_LOGIN_ROUTE_CERTIFICATE_BOUND, OFFICIAL);
      return state;
    case S_LIN:
      return logged_in (&session_lin, NULL);
    case S_LIN_PENDING:
      return logged_in (&session_lin, pending);
    case S_LIN_APPROVED:
      return logged_in (&session_lin_converted, approved);
    case S_LIN_APPROVED_STALE:
      return logged_in (&session_lin, approved);
    case S_LIN_APPROVED_UNKNOWN:
      state = ec_learner_state_new ();
      ec_learner_state_set_identity (state, EDU);
      ec_learner_state_set_request (state, approved);
      return state;
    case S_LIN_RELOGGED:
      return logged_in (&session_lin_relogged, approved);
    case S_LIN_REJECTED:
      return logged_in (&session_lin, rejected);
    case S_CHEN:
      return logged_in (&session_chen, NULL);
    case S_CHEN_TOLD_ECPA:
      state = logged_in (&session_chen, NULL);
      ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_ECPA, TRUE);
      return state;
    case S_CHEN_PENDING_ECPA:
      return logged_in (&session_chen, ecpa_exists);
    case S_CHANG:
      return logged_in (&session_chang, NULL);
    case S_CHANG_SOCIAL:
      return logged_in (&session_chang_social, NULL);
    case S_CHANG_PENDING:
      return logged_in (&session_chang, pending);
    case S_LI:
      return logged_in (&session_li, NULL);
    case S_LI_CERT:
      return logged_in (&session_li_cert, NULL);
    case S_LI_CERT_ECPA:
      state = logged_in (&session_li_cert, NULL);
      ec_learner_state_set_held (state, EC_ACCOUNTS_HELD_ECPA, TRUE);
      return state;
    case S_HUANG:
      return logged_in (&session_huang, NULL);
    case S_WU:
      return logged_in (&session_wu, NULL);
    case S_WU_CONVERTED:
      return logged_in (&session_wu_converted, converted);
    case S_WU_RELOGGED:
      return logged_in (&session_wu_relogged, converted);
    case S_WU_REQUESTS_UNKNOWN:
      state = logged_in (&session_wu_converted, NULL);
      state->known &= ~EC_LEARNER_FACT_REQUEST;
      return state;
    case S_ENV_UNIT:
      return logged_in (&session_env_unit, NULL);
    case S_PUBLIC_NO_ENV:
      return logged_in (&session_public_no_env, NULL);
    case S_EDUCATOR_CATEGORY_1:
      return logged_in (&session_educator_1, NULL);
    case S_NO_IDENTITY_NATURAL:
      state = ec_learner_state_new ();
      ec_learner_state_set_session (state, EC_LOGIN_ROUTE_GOV_TW, NATURAL);
      return state;
    case S_CIVIL_SERVANT_ENV_UNKNOWN:
      state = ec_learner_state_new ();
      ec_learner_state_set_identity (state, CS);
      ec_learner_state_set_session (state, EC_LOGIN_ROUTE_ECPA, OFFICIAL);
      return state;
    case N_STATES:
    default:
      g_assert_not_reached ();
    }
}

/* A verdict as the service sends it. */
typedef struct {
  EcUploadStatus status;
  EcUploadReason reason;
  EcRemedy       remedy;
  const char    *date; /* (nullable): YYYY-MM-DD */
  gboolean       estimate;
} VerdictSpec;

#define UPLOADED(d)                                                            \
  {                                                                            \
    EC_UPLOAD_STATUS_UPLOADED, EC_UPLOAD_REASON_NONE, EC_REMEDY_NONE, d, FALSE \
  }
#define PENDING(d)                                                            \
  {                                                                           \
    EC_UPLOAD_STATUS_PENDING, EC_UPLOAD_REASON_NONE, EC_REMEDY_WAIT, d, FALSE \
  }
#define ESTIMATE(d)                                                          \
  {                                                                          \
    EC_UPLOAD_STATUS_PENDING, EC_UPLOAD_REASON_NONE, EC_REMEDY_WAIT, d, TRUE \
  }
#define BLOCKED(r, m)                                                               \
  {                                                                                 \
    EC_UPLOAD_STATUS_NOT_ELIGIBLE, EC_UPLOAD_REASON_##r, EC_REMEDY_##m, NULL, FALSE \
  }
#define NEVER_UPLOADS                                                                     \
  {                                                                                       \
    EC_UPLOAD_STATUS_NEVER, EC_UPLOAD_REASON_SOCIAL_LOGIN, EC_REMEDY_RESTUDY, NULL, FALSE \
  }

#define NO_HOURS BLOCKED (NO_CERTIFIED_HOURS, NONE)
#define NOT_OFFICIAL BLOCKED (NOT_OFFICIAL_ACCOUNT, CONVERT_ACCOUNT)
#define NOT_CIVIL_SERVICE BLOCKED (NOT_CIVIL_SERVICE, NONE)
#define NOT_COMPLETED BLOCKED (NOT_COMPLETED, COMPLETE_COURSE)
#define RELOGIN BLOCKED (RELOGIN_NEEDED, LOG_IN_AGAIN)
#define UNBOUND BLOCKED (UNBOUND_CERTIFICATE, BIND_CERTIFICATE)
#define CATEGORY BLOCKED (NOT_EDUCATOR_CATEGORY, FIX_PERSONNEL_CATEGORY)
#define NO_ENV BLOCKED (NO_ENV_ACCOUNT, CREATE_ENV_ACCOUNT)
#define ENV_UNIT BLOCKED (ENV_SERVICE_UNIT, FIX_SERVICE_UNIT)

#define LIFELONG EC_NETWORK_LIFELONG
#define TEACHER EC_NETWORK_TEACHER
#define ENV EC_NETWORK_ENV

#define ID(x) EC_ADVICE_ID_##x
#define DO(x) EC_ADVICE_ACTION_##x
#define SEV(x) EC_ADVICE_SEVERITY_##x

typedef struct {
  StateId          state;
  EcNetwork        network;
  VerdictSpec      verdict;
  const char      *cutoff; /* (nullable): YYYY-MM-DD */
  EcAdviceId       id;
  EcAdviceAction   action;
  EcAdviceSeverity severity;
} CourseCase;

/* clang-format off */
static const CourseCase course_cases[] = {
  /* 1 王大明: uploads, pending hours, the cut-off. */
  { S_WANG, LIFELONG, UPLOADED ("2026-11-10"), NULL, ID (UPLOADED), DO (NONE), SEV (NONE) },
  { S_WANG, TEACHER, NO_HOURS, NULL, ID (NO_CERTIFIED_HOURS), DO (NONE), SEV (NONE) },
  { S_WANG, LIFELONG, PENDING ("2026-12-02"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_WANG, ENV, ESTIMATE ("2027-01-04"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_WANG, LIFELONG, PENDING ("2026-11-25"), "2026-11-30", ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_WANG, LIFELONG, PENDING ("2026-11-30"), "2026-11-30", ID (PENDING), DO (WAIT), SEV (INFO) },
  /* The cut-off passed, or will before the upload. */
  { S_WANG, LIFELONG, PENDING ("2026-12-02"), "2026-11-30", ID (PENDING_AFTER_CUTOFF), DO (WAIT), SEV (WARNING) },
  { S_WANG, ENV, ESTIMATE ("2027-01-04"), "2026-11-30", ID (PENDING_AFTER_CUTOFF), DO (WAIT), SEV (WARNING) },
  { S_WANG, LIFELONG, NOT_COMPLETED, NULL, ID (NOT_COMPLETED), DO (COMPLETE_COURSE), SEV (INFO) },
  /* A civil servant's teachers' hours: not his network, calmly. */
  { S_WANG, TEACHER, CATEGORY, NULL, ID (TEACHERS_ONLY), DO (NONE), SEV (NONE) },
  { S_WANG_CERT, LIFELONG, PENDING ("2026-12-02"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },

  /* 2 林美華, before applying: apply. */
  { S_LIN, LIFELONG, NOT_OFFICIAL, NULL, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_LIN, TEACHER, NOT_OFFICIAL, NULL, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_LIN, ENV, NO_HOURS, NULL, ID (NO_CERTIFIED_HOURS), DO (NONE), SEV (NONE) },
  /* Completing the course alone would not upload it. */
  { S_LIN, LIFELONG, NOT_COMPLETED, NULL, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  /* Pending: never "apply" again, whatever the verdict still says. */
  { S_LIN_PENDING, LIFELONG, NOT_OFFICIAL, NULL, ID (REQUEST_PENDING), DO (SHOW_REQUEST), SEV (INFO) },
  { S_LIN_PENDING, TEACHER, NOT_OFFICIAL, NULL, ID (REQUEST_PENDING), DO (SHOW_REQUEST), SEV (INFO) },
  { S_LIN_PENDING, LIFELONG, NOT_COMPLETED, NULL, ID (REQUEST_PENDING), DO (SHOW_REQUEST), SEV (INFO) },
  /* Approved before the login: log in again. */
  { S_LIN_APPROVED, LIFELONG, RELOGIN, NULL, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_LIN_APPROVED, TEACHER, NOT_OFFICIAL, NULL, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_LIN_APPROVED_STALE, LIFELONG, NOT_OFFICIAL, NULL, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_LIN_APPROVED_UNKNOWN, LIFELONG, NOT_OFFICIAL, NULL, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (INFO) },
  /* Logged in since: the hours are on their way. */
  { S_LIN_RELOGGED, LIFELONG, PENDING ("2026-11-26"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_LIN_RELOGGED, TEACHER, NOT_OFFICIAL, NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  /* Rejected: what the service centre said, and whom to call. */
  { S_LIN_REJECTED, LIFELONG, NOT_OFFICIAL, NULL, ID (REQUEST_REJECTED), DO (CALL_SERVICE_CENTRE), SEV (WARNING) },

  /* 3 陳志明. */
  { S_CHEN, LIFELONG, NOT_OFFICIAL, NULL, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_CHEN_TOLD_ECPA, LIFELONG, NOT_OFFICIAL, NULL, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_CHEN_PENDING_ECPA, LIFELONG, NOT_OFFICIAL, NULL, ID (REQUEST_PENDING), DO (SHOW_REQUEST), SEV (INFO) },

  /* 4 張雅婷: lifelong hours are not hers, whatever the verdict (an older
   * service's included); environmental-education hours are. */
  { S_CHANG, LIFELONG, NOT_CIVIL_SERVICE, NULL, ID (NOT_CIVIL_SERVICE), DO (NONE), SEV (NONE) },
  { S_CHANG, LIFELONG, NOT_OFFICIAL, NULL, ID (NOT_CIVIL_SERVICE), DO (NONE), SEV (NONE) },
  { S_CHANG, LIFELONG, NOT_COMPLETED, NULL, ID (NOT_CIVIL_SERVICE), DO (NONE), SEV (NONE) },
  { S_CHANG, TEACHER, CATEGORY, NULL, ID (NOT_CIVIL_SERVICE), DO (NONE), SEV (NONE) },
  { S_CHANG, ENV, UPLOADED ("2026-10-21"), NULL, ID (UPLOADED), DO (NONE), SEV (NONE) },
  { S_CHANG, ENV, PENDING ("2026-12-03"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_CHANG, ENV, NOT_COMPLETED, NULL, ID (NOT_COMPLETED), DO (COMPLETE_COURSE), SEV (INFO) },
  { S_CHANG_SOCIAL, LIFELONG, NOT_CIVIL_SERVICE, NULL, ID (NOT_CIVIL_SERVICE), DO (NONE), SEV (NONE) },
  { S_CHANG_SOCIAL, LIFELONG, NEVER_UPLOADS, NULL, ID (NOT_CIVIL_SERVICE), DO (NONE), SEV (NONE) },
  { S_CHANG_SOCIAL, ENV, NEVER_UPLOADS, NULL, ID (SOCIAL_LOGIN), DO (RESTUDY), SEV (ERROR) },
  { S_CHANG_PENDING, LIFELONG, NOT_OFFICIAL, NULL, ID (NOT_CIVIL_SERVICE), DO (NONE), SEV (NONE) },

  /* 5 李建國: bind the certificate, where his account is. */
  { S_LI, LIFELONG, UPLOADED ("2026-11-03"), NULL, ID (UPLOADED), DO (NONE), SEV (NONE) },
  { S_LI_CERT, LIFELONG, UNBOUND, NULL, ID (UNBOUND_CERTIFICATE), DO (BIND_CERTIFICATE), SEV (ERROR) },
  { S_LI_CERT_ECPA, LIFELONG, UNBOUND, NULL, ID (UNBOUND_CERTIFICATE), DO (BIND_CERTIFICATE_ECPA), SEV (ERROR) },
  { S_LI_CERT_ECPA, ENV, UNBOUND, NULL, ID (UNBOUND_CERTIFICATE), DO (BIND_CERTIFICATE_ECPA), SEV (ERROR) },

  /* 6 黃淑芬: no environmental-education account. */
  { S_HUANG, ENV, NO_ENV, NULL, ID (NO_ENV_ACCOUNT), DO (CREATE_ENV_ACCOUNT), SEV (WARNING) },
  { S_HUANG, ENV, NOT_COMPLETED, NULL, ID (NO_ENV_ACCOUNT), DO (CREATE_ENV_ACCOUNT), SEV (WARNING) },
  { S_HUANG, LIFELONG, PENDING ("2026-12-02"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_HUANG, LIFELONG, NOT_COMPLETED, NULL, ID (NOT_COMPLETED), DO (COMPLETE_COURSE), SEV (INFO) },

  /* 7 吳家豪: apply, then log in again, then wait. */
  { S_WU, LIFELONG, NOT_OFFICIAL, NULL, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_WU, ENV, PENDING ("2026-11-25"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_WU_CONVERTED, LIFELONG, RELOGIN, NULL, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_WU_RELOGGED, LIFELONG, PENDING ("2026-11-27"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_WU_REQUESTS_UNKNOWN, LIFELONG, RELOGIN, NULL, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_WU_REQUESTS_UNKNOWN, LIFELONG, NOT_COMPLETED, NULL, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },

  /* The networks' own conditions; the yearly duty is not the public's. */
  { S_ENV_UNIT, ENV, ENV_UNIT, NULL, ID (ENV_SERVICE_UNIT), DO (FIX_SERVICE_UNIT), SEV (WARNING) },
  { S_ENV_UNIT, ENV, NOT_COMPLETED, NULL, ID (ENV_SERVICE_UNIT), DO (FIX_SERVICE_UNIT), SEV (WARNING) },
  { S_PUBLIC_NO_ENV, ENV, NO_ENV, NULL, ID (NO_ENV_ACCOUNT), DO (CREATE_ENV_ACCOUNT), SEV (INFO) },
  { S_EDUCATOR_CATEGORY_1, TEACHER, CATEGORY, NULL, ID (NOT_EDUCATOR_CATEGORY), DO (ASK_PERSONNEL_OFFICE),
    SEV (WARNING) },
  { S_EDUCATOR_CATEGORY_1, TEACHER, NOT_COMPLETED, NULL, ID (NOT_EDUCATOR_CATEGORY), DO (ASK_PERSONNEL_OFFICE),
    SEV (WARNING) },

  /* Not known who the learner is: "if", and nothing that could fail. */
  { S_NO_IDENTITY_NATURAL, LIFELONG, NOT_OFFICIAL, NULL, ID (NOT_OFFICIAL_ACCOUNT), DO (NONE), SEV (INFO) },
  { S_NO_IDENTITY_NATURAL, TEACHER, CATEGORY, NULL, ID (NOT_EDUCATOR_CATEGORY), DO (ASK_PERSONNEL_OFFICE),
    SEV (INFO) },
  { S_NO_IDENTITY_NATURAL, ENV, NO_ENV, NULL, ID (NO_ENV_ACCOUNT), DO (CREATE_ENV_ACCOUNT), SEV (INFO) },
  { S_NO_IDENTITY_NATURAL, LIFELONG, NOT_COMPLETED, NULL, ID (NOT_COMPLETED), DO (COMPLETE_COURSE), SEV (INFO) },
  { S_UNKNOWN, LIFELONG, NOT_OFFICIAL, NULL, ID (NOT_OFFICIAL_ACCOUNT), DO (NONE), SEV (INFO) },
  { S_UNKNOWN, LIFELONG, NEVER_UPLOADS, NULL, ID (SOCIAL_LOGIN), DO (RESTUDY), SEV (ERROR) },
  { S_UNKNOWN, LIFELONG, UNBOUND, NULL, ID (UNBOUND_CERTIFICATE), DO (BIND_CERTIFICATE), SEV (ERROR) },
  { S_UNKNOWN, LIFELONG, PENDING ("2026-12-02"), NULL, ID (PENDING), DO (WAIT), SEV (INFO) },
  { S_UNKNOWN, LIFELONG, NOT_COMPLETED, NULL, ID (NOT_COMPLETED), DO (COMPLETE_COURSE), SEV (INFO) },
};
/* clang-format on */

typedef struct {
  StateId          state;
  EcAdviceId       id;
  EcAdviceAction   action;
  EcAdviceSeverity severity;
} LearnerCase;

/* clang-format off */
static const LearnerCase learner_cases[] = {
  { S_UNKNOWN, ID (STATE_UNKNOWN), DO (NONE), SEV (NONE) },
  /* The route page: an unticked box is not a "natural person". */
  { S_ROUTE_PAGE_GOV_TW, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (INFO) },
  { S_ROUTE_PAGE_NATURAL, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_WANG, ID (ALL_SET), DO (NONE), SEV (NONE) },
  { S_WANG_CERT, ID (ALL_SET), DO (NONE), SEV (NONE) },
  { S_LIN, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_LIN_PENDING, ID (REQUEST_PENDING), DO (SHOW_REQUEST), SEV (INFO) },
  { S_LIN_APPROVED, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_LIN_APPROVED_STALE, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_LIN_APPROVED_UNKNOWN, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (INFO) },
  /* Official now; a school's employee still owes 環教網 hours. */
  { S_LIN_RELOGGED, ID (NO_ENV_ACCOUNT), DO (CREATE_ENV_ACCOUNT), SEV (WARNING) },
  { S_LIN_REJECTED, ID (REQUEST_REJECTED), DO (CALL_SERVICE_CENTRE), SEV (WARNING) },
  { S_CHEN, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_CHEN_TOLD_ECPA, ID (USE_ECPA_ACCOUNT), DO (GET_ECPA_PASSWORD), SEV (WARNING) },
  { S_CHEN_PENDING_ECPA, ID (REQUEST_PENDING), DO (SHOW_REQUEST), SEV (INFO) },
  { S_CHANG, ID (ALL_SET), DO (NONE), SEV (NONE) },
  { S_CHANG_SOCIAL, ID (SOCIAL_LOGIN), DO (RESTUDY), SEV (ERROR) },
  { S_CHANG_PENDING, ID (ALL_SET), DO (NONE), SEV (NONE) },
  { S_LI, ID (ALL_SET), DO (NONE), SEV (NONE) },
  { S_LI_CERT, ID (UNBOUND_CERTIFICATE), DO (BIND_CERTIFICATE), SEV (ERROR) },
  { S_LI_CERT_ECPA, ID (UNBOUND_CERTIFICATE), DO (BIND_CERTIFICATE_ECPA), SEV (ERROR) },
  { S_HUANG, ID (NO_ENV_ACCOUNT), DO (CREATE_ENV_ACCOUNT), SEV (WARNING) },
  { S_WU, ID (NOT_OFFICIAL_ACCOUNT), DO (APPLY), SEV (WARNING) },
  { S_WU_CONVERTED, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_WU_RELOGGED, ID (ALL_SET), DO (NONE), SEV (NONE) },
  { S_WU_REQUESTS_UNKNOWN, ID (RELOGIN_NEEDED), DO (LOG_IN_AGAIN), SEV (WARNING) },
  { S_ENV_UNIT, ID (ENV_SERVICE_UNIT), DO (FIX_SERVICE_UNIT), SEV (WARNING) },
  { S_PUBLIC_NO_ENV, ID (NO_ENV_ACCOUNT), DO (CREATE_ENV_ACCOUNT), SEV (INFO) },
  { S_EDUCATOR_CATEGORY_1, ID (NOT_EDUCATOR_CATEGORY), DO (ASK_PERSONNEL_OFFICE), SEV (WARNING) },
  { S_NO_IDENTITY_NATURAL, ID (NOT_OFFICIAL_ACCOUNT), DO (NONE), SEV (INFO) },
  { S_CIVIL_SERVANT_ENV_UNKNOWN, ID (ALL_SET), DO (NONE), SEV (NONE) },
};
/* clang-format on */

static void
verdict_from_spec (const VerdictSpec *spec,
                   EcNetwork          network,
                   EcUploadVerdict   *out_verdict)
{
  memset (out_verdict, 0, sizeof *out_verdict);
  out_verdict->network = network;
  out_verdict->status = spec->status;
  out_verdict->reason = spec->reason;
  out_verdict->remedy = spec->remedy;
  out_verdict->ready_at = EC_TIME_NEVER;
  g_date_clear (&out_verdict->date, 1);
  if (spec->date != NULL)
    g_assert_true (ec_date_from_iso8601 (spec->date, &out_verdict->date, NULL));
  out_verdict->date_is_estimate = spec->estimate;
}

static void
assert_advice (const EcAdvice  *advice,
               EcAdviceId       id,
               EcAdviceAction   action,
               EcAdviceSeverity severity)
{
  g_assert_nonnull (advice);
  g_assert_cmpstr (ec_advice_id_to_string (advice->id), ==, ec_advice_id_to_string (id));
  g_assert_cmpstr (ec_advice_action_to_string (advice->action), ==, ec_advice_action_to_string (action));
  g_assert_cmpstr (ec_advice_severity_to_string (advice->severity), ==, ec_advice_severity_to_string (severity));

  /* Every advice can be shown: a headline, and sentences that end. */
  g_assert_nonnull (advice->headline);
  g_assert_cmpstr (advice->headline, !=, "");
  g_assert_nonnull (advice->explanation);
  g_assert_true (g_utf8_validate (advice->explanation, -1, NULL));
  g_assert_true (g_str_has_suffix (advice->explanation, ".") || g_str_has_suffix (advice->explanation, "。"));
}

static EcAdvice *
course_advice (const CourseCase *row)
{
  g_autoptr (EcLearnerState) state = build_state (row->state);
  g_autoptr (GDate) cutoff = NULL;
  EcUploadVerdict verdict;

  verdict_from_spec (&row->verdict, row->network, &verdict);
  if (row->cutoff != NULL)
    {
      cutoff = g_date_new ();
      g_assert_true (ec_date_from_iso8601 (row->cutoff, cutoff, NULL));
    }
  return ec_advice_for_course (state, &verdict, cutoff);
}

static void
test_course (gconstpointer data)
{
  const CourseCase *row = data;
  g_autoptr (EcAdvice) advice = course_advice (row);
  gboolean dated = row->verdict.status == EC_UPLOAD_STATUS_UPLOADED
                   || (row->verdict.status == EC_UPLOAD_STATUS_PENDING && row->verdict.date != NULL);

  assert_advice (advice, row->id, row->action, row->severity);

  /* The date is the verdict's, exactly when it is an upload's. */
  g_assert_cmpint (g_date_valid (&advice->date), ==, dated);
  if (dated)
    {
      g_autofree char *date = ec_date_to_iso8601 (&advice->date);

      g_assert_cmpstr (date, ==, row->verdict.date);
      g_assert_cmpint (advice->date_is_estimate, ==, row->verdict.estimate);
    }
  else
    g_assert_false (advice->date_is_estimate);
}

static void
test_learner (gconstpointer data)
{
  const LearnerCase *row = data;
  g_autoptr (EcLearnerState) state = build_state (row->state);
  g_autoptr (EcAdvice) advice = ec_advice_for_learner (state);
  g_autoptr (GPtrArray) list = ec_advice_list_for_learner (state);

  assert_advice (advice, row->id, row->action, row->severity);
  g_assert_false (g_date_valid (&advice->date));

  /* The banner's advice heads the list. */
  g_assert_cmpuint (list->len, >=, 1);
  g_assert_cmpint (((EcAdvice *) list->pdata[0])->id, ==, advice->id);
  g_assert_cmpstr (((EcAdvice *) list->pdata[0])->explanation, ==, advice->explanation);
}

/* 林美華's whole list, before and after she applies: the application
 * replaces the advice to apply, the rest stays. */
static void
test_learner_list (void)
{
  g_autoptr (EcLearnerState) before = build_state (S_LIN);
  g_autoptr (EcLearnerState) after = build_state (S_LIN_PENDING);
  g_autoptr (GPtrArray) before_list = ec_advice_list_for_learner (before);
  g_autoptr (GPtrArray) after_list = ec_advice_list_for_learner (after);

  g_assert_cmpuint (before_list->len, ==, 2);
  g_assert_cmpint (((EcAdvice *) before_list->pdata[0])->id, ==, EC_ADVICE_ID_NOT_OFFICIAL_ACCOUNT);
  g_assert_cmpint (((EcAdvice *) before_list->pdata[1])->id, ==, EC_ADVICE_ID_NO_ENV_ACCOUNT);

  g_assert_cmpuint (after_list->len, ==, 2);
  g_assert_cmpint (((EcAdvice *) after_list->pdata[0])->id, ==, EC_ADVICE_ID_REQUEST_PENDING);
  g_assert_cmpint (((EcAdvice *) after_list->pdata[1])->id, ==, EC_ADVICE_ID_NO_ENV_ACCOUNT);
}

/* Every verdict the service can send, for the property tests below. */
static const VerdictSpec every_verdict[] = {
  UPLOADED ("2026-11-10"),
  PENDING ("2026-12-02"),
  ESTIMATE ("2027-01-04"),
  NO_HOURS,
  NOT_OFFICIAL,
  NOT_CIVIL_SERVICE,
  NOT_COMPLETED,
  RELOGIN,
  UNBOUND,
  CATEGORY,
  NO_ENV,
  ENV_UNIT,
  NEVER_UPLOADS,
};

/* The rules give some reasons on one network only. */
static gboolean
verdict_possible (const VerdictSpec *spec,
                  EcNetwork          network)
{
  switch (spec->reason)
    {
    case EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY:
      return network == EC_NETWORK_TEACHER;
    case EC_UPLOAD_REASON_NO_ENV_ACCOUNT:
    case EC_UPLOAD_REASON_ENV_SERVICE_UNIT:
      return network == EC_NETWORK_ENV;
    case EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT:
    case EC_UPLOAD_REASON_RELOGIN_NEEDED:
    case EC_UPLOAD_REASON_NOT_CIVIL_SERVICE:
      return network != EC_NETWORK_ENV;
    default:
      return TRUE;
    }
}

static GPtrArray *
every_advice (StateId id)
{
  g_autoptr (EcLearnerState) state = build_state (id);
  GPtrArray *all = ec_advice_list_for_learner (state);

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    for (guint v = 0; v < G_N_ELEMENTS (every_verdict); v++)
      {
        EcUploadVerdict verdict;

        if (!verdict_possible (&every_verdict[v], (EcNetwork) n))
          continue;
        verdict_from_spec (&every_verdict[v], (EcNetwork) n, &verdict);
        g_ptr_array_add (all, ec_advice_for_course (state, &verdict, NULL));
      }
  return all;
}

/* Issue 16, item 1: the general public is never told to convert, and
 * lifelong or teachers' hours are never a fault of theirs. */
static void
test_public_never_converts (void)
{
  const StateId states[] = { S_CHANG, S_CHANG_SOCIAL, S_CHANG_PENDING, S_PUBLIC_NO_ENV };

  for (guint s = 0; s < G_N_ELEMENTS (states); s++)
    {
      g_autoptr (EcLearnerState) state = build_state (states[s]);
      g_autoptr (GPtrArray) all = every_advice (states[s]);

      for (guint i = 0; i < all->len; i++)
        {
          const EcAdvice *advice = all->pdata[i];

          g_assert_cmpint (advice->action, !=, EC_ADVICE_ACTION_APPLY);
          g_assert_cmpint (advice->action, !=, EC_ADVICE_ACTION_SHOW_REQUEST);
          g_assert_cmpint (advice->action, !=, EC_ADVICE_ACTION_ASK_PERSONNEL_OFFICE);
          g_assert_cmpint (advice->id, !=, EC_ADVICE_ID_NOT_OFFICIAL_ACCOUNT);
          g_assert_null (strstr (advice->explanation, "apply to convert"));
          /* The yearly duty is the staff's. */
          g_assert_null (strstr (advice->explanation, "4 hours"));
          g_assert_cmpint (advice->severity, !=, EC_ADVICE_SEVERITY_WARNING);
        }

      for (guint n = 0; n < EC_N_NETWORKS; n++)
        for (guint v = 0; v < G_N_ELEMENTS (every_verdict); v++)
          {
            g_autoptr (EcAdvice) advice = NULL;
            EcUploadVerdict verdict;

            if (n == EC_NETWORK_ENV || !verdict_possible (&every_verdict[v], (EcNetwork) n)
                || every_verdict[v].status == EC_UPLOAD_STATUS_UPLOADED
                || every_verdict[v].status == EC_UPLOAD_STATUS_PENDING
                || every_verdict[v].reason == EC_UPLOAD_REASON_NO_CERTIFIED_HOURS)
              continue;
            verdict_from_spec (&every_verdict[v], (EcNetwork) n, &verdict);
            advice = ec_advice_for_course (state, &verdict, NULL);
            assert_advice (advice, EC_ADVICE_ID_NOT_CIVIL_SERVICE, EC_ADVICE_ACTION_NONE, EC_ADVICE_SEVERITY_NONE);
          }
    }
}

/* Issue 16, item 2: from the moment the application is sent, nothing says
 * "apply". */
static void
test_pending_never_applies (void)
{
  const StateId states[] = { S_LIN_PENDING, S_CHEN_PENDING_ECPA, S_LIN_APPROVED, S_LIN_APPROVED_UNKNOWN,
                             S_LIN_REJECTED, S_WU_CONVERTED };

  for (guint s = 0; s < G_N_ELEMENTS (states); s++)
    {
      g_autoptr (GPtrArray) all = every_advice (states[s]);

      for (guint i = 0; i < all->len; i++)
        {
          const EcAdvice *advice = all->pdata[i];

          g_assert_cmpint (advice->action, !=, EC_ADVICE_ACTION_APPLY);
          g_assert_cmpint (advice->id, !=, EC_ADVICE_ID_NOT_OFFICIAL_ACCOUNT);
        }
    }
}

static EcAdvice *
learner_advice (StateId id)
{
  g_autoptr (EcLearnerState) state = build_state (id);

  return ec_advice_for_learner (state);
}

static void
assert_says (const EcAdvice *advice,
             const char     *text)
{
  if (strstr (advice->explanation, text) == NULL)
    g_error ("“%s” does not say “%s”", advice->explanation, text);
}

static void
assert_does_not_say (const EcAdvice *advice,
                     const char     *text)
{
  if (strstr (advice->explanation, text) != NULL)
    g_error ("“%s” says “%s”", advice->explanation, text);
}

/* Issue 16, item 5: what is not known is said with "if", never stated. */
static void
test_unknown_is_conditional (void)
{
  g_autoptr (EcAdvice) route_page = learner_advice (S_ROUTE_PAGE_GOV_TW);
  g_autoptr (EcAdvice) route_page_known = learner_advice (S_ROUTE_PAGE_NATURAL);
  g_autoptr (EcAdvice) no_identity = learner_advice (S_NO_IDENTITY_NATURAL);
  g_autoptr (EcAdvice) approval = learner_advice (S_LIN_APPROVED_UNKNOWN);
  g_autoptr (EcAdvice) env_unknown = learner_advice (S_CIVIL_SERVANT_ENV_UNKNOWN);
  g_autoptr (EcAdvice) chen = learner_advice (S_CHEN);
  g_autoptr (EcAdvice) relogin = learner_advice (S_LIN_APPROVED);

  assert_says (route_page, "If your 我的e政府 account is a natural-person");
  assert_does_not_say (route_page, "Your account is a natural-person");
  assert_does_not_say (route_page_known, "If your 我的e政府 account");
  assert_says (route_page_known, "Your account is a natural-person");

  assert_says (no_identity, "If you are civil-service staff");
  assert_says (no_identity, "If you are a member of the general public");

  assert_says (approval, "If you have not logged in");
  assert_does_not_say (relogin, "If you have not logged in");

  assert_says (env_unknown, "only if you have a personal account there");

  /* 陳志明's eCPA account is not known either way: nothing says he has
   * none. */
  assert_does_not_say (chen, "no eCPA");
  assert_does_not_say (chen, "neither");
  assert_does_not_say (chen, "If you have applied already");

  /* Whether he applied is not known before the requests are read: the
   * advice to apply says what to do if he did. */
  {
    g_autoptr (EcLearnerState) state = build_state (S_CHEN);
    g_autoptr (EcAdvice) advice = NULL;

    state->known &= ~EC_LEARNER_FACT_REQUEST;
    advice = ec_advice_for_learner (state);
    g_assert_cmpint (advice->id, ==, EC_ADVICE_ID_NOT_OFFICIAL_ACCOUNT);
    assert_says (advice, "If you have applied already");
  }
}

/* Issue 16, item 7: remedies say where, and how. */
static void
test_remedies_say_where (void)
{
  const CourseCase li_cert = { S_LI_CERT, LIFELONG, UNBOUND, NULL, 0, 0, 0 };
  const CourseCase li_cert_ecpa = { S_LI_CERT_ECPA, LIFELONG, UNBOUND, NULL, 0, 0, 0 };
  const CourseCase chang_cert = { S_CHANG, ENV, UNBOUND, NULL, 0, 0, 0 };
  g_autoptr (EcAdvice) anywhere = course_advice (&li_cert);
  g_autoptr (EcAdvice) ecpa = course_advice (&li_cert_ecpa);
  g_autoptr (EcAdvice) gov_tw = course_advice (&chang_cert);
  g_autoptr (EcAdvice) chen = learner_advice (S_CHEN_TOLD_ECPA);
  g_autoptr (EcAdvice) chen_pending = learner_advice (S_CHEN_PENDING_ECPA);
  g_autoptr (EcAdvice) lin_pending = learner_advice (S_LIN_PENDING);
  g_autoptr (EcAdvice) rejected = learner_advice (S_LIN_REJECTED);

  assert_says (ecpa, "人事服務網 eCPA");
  assert_says (ecpa, "「綁定自然人憑證作業」");
  assert_does_not_say (ecpa, "我的e政府");
  g_assert_cmpint (gov_tw->action, ==, EC_ADVICE_ACTION_BIND_CERTIFICATE_GOV_TW);
  assert_says (gov_tw, "on 我的e政府");
  assert_does_not_say (gov_tw, "eCPA");
  assert_says (anywhere, "人事服務網 eCPA");
  assert_says (anywhere, "我的e政府");

  assert_says (chen, "「忘記密碼」");
  assert_says (chen_pending, "「忘記密碼」");
  assert_does_not_say (lin_pending, "eCPA");

  /* Pending since when, and where the form goes. */
  assert_says (lin_pending, "November 10, 2026");
  assert_says (lin_pending, "(02)2192-7186");

  /* What the service centre said, and whom to call. */
  assert_says (rejected, REJECTION);
  assert_says (rejected, "02-2192-7111");
  assert_says (rejected, "November 20, 2026");
}

/* Issue 16, item 4: uploads are promised only where they come. */
static void
test_promises (void)
{
  g_autoptr (EcAdvice) chang = learner_advice (S_CHANG);
  g_autoptr (EcAdvice) wang = learner_advice (S_WANG);
  g_autoptr (EcAdvice) educator = NULL;
  g_autoptr (EcLearnerState) teacher = build_state (S_LIN_RELOGGED);

  assert_says (chang, "環教網");
  assert_says (chang, "not yours");
  assert_does_not_say (chang, "終身學習入口網");
  assert_says (wang, "終身學習入口網");
  assert_does_not_say (wang, "教師網");
  assert_does_not_say (wang, "only if");

  ec_learner_state_set_env_account (teacher, TRUE, TRUE);
  educator = ec_advice_for_learner (teacher);
  g_assert_cmpint (educator->id, ==, EC_ADVICE_ID_ALL_SET);
  assert_says (educator, "教師網");
}

/* The yearly duty is named to staff. */
static void
test_env_duty (void)
{
  g_autoptr (EcAdvice) huang = learner_advice (S_HUANG);
  g_autoptr (EcAdvice) public = learner_advice (S_PUBLIC_NO_ENV);

  assert_says (huang, "4 hours");
  assert_does_not_say (public, "4 hours");
}

/* A network the record has no hours for is that, whatever its verdict
 * says; otherwise the record's verdict decides. */
static void
test_for_record (void)
{
  g_autoptr (EcLearnerState) state = build_state (S_WANG);
  g_autoptr (EcRecord) record = ec_record_new ();
  g_autoptr (EcAdvice) none = NULL;
  g_autoptr (EcAdvice) pending = NULL;

  record->id = 15;
  record->course = g_strdup ("水資源保育與永續");
  record->route = EC_LOGIN_ROUTE_ECPA;
  record->minutes[EC_NETWORK_LIFELONG] = 120;
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      record->networks[n].status = EC_UPLOAD_STATUS_PENDING;
      record->networks[n].remedy = EC_REMEDY_WAIT;
      g_date_clear (&record->networks[n].date, 1);
      g_date_set_dmy (&record->networks[n].date, 2, G_DATE_DECEMBER, 2026);
    }

  none = ec_advice_for_record (state, record, EC_NETWORK_TEACHER, NULL);
  assert_advice (none, EC_ADVICE_ID_NO_CERTIFIED_HOURS, EC_ADVICE_ACTION_NONE, EC_ADVICE_SEVERITY_NONE);
  g_assert_false (g_date_valid (&none->date));

  pending = ec_advice_for_record (state, record, EC_NETWORK_LIFELONG, NULL);
  assert_advice (pending, EC_ADVICE_ID_PENDING, EC_ADVICE_ACTION_WAIT, EC_ADVICE_SEVERITY_INFO);
  ec_test_assert_date (&pending->date, 2026, 12, 2);
}

/* The verdict's remedy and the advice's action never contradict each
 * other: the rules engine itself judges a grid of courses for every
 * persona that has not applied, and the advice must act on its remedy. */
static gboolean
action_fits_remedy (EcAdviceAction action,
                    EcRemedy       remedy)
{
  switch (remedy)
    {
    case EC_REMEDY_NONE:
      return action == EC_ADVICE_ACTION_NONE;
    case EC_REMEDY_WAIT:
      return action == EC_ADVICE_ACTION_WAIT;
    case EC_REMEDY_COMPLETE_COURSE:
      return action == EC_ADVICE_ACTION_COMPLETE_COURSE;
    case EC_REMEDY_RESTUDY:
      return action == EC_ADVICE_ACTION_RESTUDY;
    case EC_REMEDY_BIND_CERTIFICATE:
      return action == EC_ADVICE_ACTION_BIND_CERTIFICATE || action == EC_ADVICE_ACTION_BIND_CERTIFICATE_ECPA
             || action == EC_ADVICE_ACTION_BIND_CERTIFICATE_GOV_TW;
    case EC_REMEDY_CONVERT_ACCOUNT:
      return action == EC_ADVICE_ACTION_APPLY;
    case EC_REMEDY_LOG_IN_AGAIN:
      return action == EC_ADVICE_ACTION_LOG_IN_AGAIN;
    case EC_REMEDY_FIX_PERSONNEL_CATEGORY:
      /* A civil servant is told calmly the network is not theirs. */
      return action == EC_ADVICE_ACTION_ASK_PERSONNEL_OFFICE || action == EC_ADVICE_ACTION_NONE;
    case EC_REMEDY_CREATE_ENV_ACCOUNT:
      return action == EC_ADVICE_ACTION_CREATE_ENV_ACCOUNT;
    case EC_REMEDY_FIX_SERVICE_UNIT:
      return action == EC_ADVICE_ACTION_FIX_SERVICE_UNIT;
    default:
      return FALSE;
    }
}

typedef struct {
  StateId        state;
  const Session *session;
} AgreementCase;

static const AgreementCase agreement_cases[] = {
  { S_WANG, &session_wang },
  { S_LIN, &session_lin },
  { S_CHEN, &session_chen },
  { S_CHANG, &session_chang },
  { S_LI, &session_li },
  { S_HUANG, &session_huang },
  { S_WU, &session_wu },
  { S_WU_CONVERTED, &session_wu_converted },
  { S_WU_RELOGGED, &session_wu_relogged },
  { S_ENV_UNIT, &session_env_unit },
  { S_PUBLIC_NO_ENV, &session_public_no_env },
  { S_EDUCATOR_CATEGORY_1, &session_educator_1 },
};

static void
test_agrees_with_rules (gconstpointer data)
{
  const AgreementCase *row = data;
  g_autoptr (EcLearnerState) state = build_state (row->state);
  const EcLoginRoute routes[] = { EC_LOGIN_ROUTE_ECPA, EC_LOGIN_ROUTE_GOV_TW, EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
                                  EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND, EC_LOGIN_ROUTE_SOCIAL };
  const gint64       completions[] = { CONVERTED - 30 * DAY, EC_TIME_NEVER };
  EcAccountState     account = account_state_of (row->session);
  guint              checked = 0;

  for (guint r = 0; r < G_N_ELEMENTS (routes); r++)
    for (guint c = 0; c < G_N_ELEMENTS (completions); c++)
      for (guint n = 0; n < EC_N_NETWORKS; n++)
        {
          EcCourseFacts course = {
            .route = routes[r],
            .certified_minutes = { 120, 120, 120 },
            .completed_at = completions[c],
            .uploaded_at = { EC_TIME_NEVER, EC_TIME_NEVER, EC_TIME_NEVER },
          };
          g_autoptr (EcAdvice) advice = NULL;
          EcUploadVerdict verdict;

          ec_upload_rules_evaluate (calendar, &account, &course, (EcNetwork) n, &verdict);
          advice = ec_advice_for_course (state, &verdict, NULL);

          /* Completing a course is advice the account may overrule. */
          if (verdict.remedy == EC_REMEDY_COMPLETE_COURSE)
            continue;

          if (!action_fits_remedy (advice->action, verdict.remedy))
            g_error ("route %s, %s, network %s: remedy %s, advice %s / %s", ec_login_route_to_string (routes[r]),
                     completions[c] == EC_TIME_NEVER ? "not completed" : "completed",
                     ec_network_to_string ((EcNetwork) n), ec_remedy_to_string (verdict.remedy),
                     ec_advice_id_to_string (advice->id), ec_advice_action_to_string (advice->action));
          checked++;
        }

  g_assert_cmpuint (checked, >, 0);
}

static gboolean
is_kebab_id (const char *id)
{
  if (id == NULL || id[0] == '\0' || id[0] == '-')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static void
test_strings (void)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  EcAdviceId id = EC_ADVICE_ID_ALL_SET;

  for (guint i = 0; i < EC_N_ADVICE_IDS; i++)
    {
      const char *text = ec_advice_id_to_string ((EcAdviceId) i);
      EcAdviceId  back;

      g_assert_true (is_kebab_id (text));
      g_assert_true (g_hash_table_add (seen, (gpointer) text));
      g_assert_true (ec_advice_id_from_string (text, &back));
      g_assert_cmpint (back, ==, i);
    }
  g_assert_false (ec_advice_id_from_string (NULL, &id));
  g_assert_false (ec_advice_id_from_string ("All-set", &id));
  g_assert_false (ec_advice_id_from_string ("", &id));
  g_assert_cmpint (id, ==, EC_ADVICE_ID_ALL_SET);

  /* The ids the notifications will be named after never change. */
  g_assert_cmpstr (ec_advice_id_to_string (EC_ADVICE_ID_REQUEST_PENDING), ==, "request-pending");
  g_assert_cmpstr (ec_advice_id_to_string (EC_ADVICE_ID_NOT_CIVIL_SERVICE), ==, "not-civil-service");

  g_hash_table_remove_all (seen);
  for (guint i = 0; i <= EC_ADVICE_ACTION_WAIT; i++)
    {
      const char *text = ec_advice_action_to_string ((EcAdviceAction) i);

      g_assert_true (is_kebab_id (text));
      g_assert_true (g_hash_table_add (seen, (gpointer) text));
    }

  g_hash_table_remove_all (seen);
  for (guint i = 0; i <= EC_ADVICE_SEVERITY_ERROR; i++)
    {
      const char *text = ec_advice_severity_to_string ((EcAdviceSeverity) i);

      g_assert_true (is_kebab_id (text));
      g_assert_true (g_hash_table_add (seen, (gpointer) text));
    }
}

static void
test_copy (void)
{
  g_autoptr (EcAdvice) advice = learner_advice (S_LIN_PENDING);
  g_autoptr (EcAdvice) copy = g_boxed_copy (EC_TYPE_ADVICE, advice);

  g_assert_true (copy->headline != advice->headline);
  g_assert_cmpstr (copy->headline, ==, advice->headline);
  g_assert_true (copy->explanation != advice->explanation);
  g_assert_cmpstr (copy->explanation, ==, advice->explanation);
  g_assert_cmpint (copy->id, ==, advice->id);
}

/* Learners read the advice in zh_TW: every advice of the tables is
 * translated, in full-width punctuation.  Only a machine without the zh_TW
 * locale skips this. */
static void
test_translated (void)
{
  if (!ec_test_switch_to_zh_tw ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (course_cases); i++)
    {
      g_autoptr (EcAdvice) advice = course_advice (&course_cases[i]);

      if (!g_str_has_suffix (advice->explanation, "。") || strstr (advice->explanation, " the ") != NULL
          || strstr (advice->headline, " the ") != NULL)
        g_error ("course case %u is not translated: %s / %s", i, advice->headline, advice->explanation);
    }
  for (guint i = 0; i < G_N_ELEMENTS (learner_cases); i++)
    {
      g_autoptr (EcAdvice) advice = learner_advice (learner_cases[i].state);

      if (!g_str_has_suffix (advice->explanation, "。") || strstr (advice->explanation, " the ") != NULL
          || strstr (advice->explanation, ". ") != NULL)
        g_error ("learner case %u is not translated: %s / %s", i, advice->headline, advice->explanation);
    }

  {
    g_autoptr (EcAdvice) chang = learner_advice (S_CHANG);
    g_autoptr (EcAdvice) pending = learner_advice (S_LIN_PENDING);
    g_autoptr (EcAdvice) ecpa = learner_advice (S_LI_CERT_ECPA);

    assert_says (chang, "終身學習時數只認列公務人員");
    assert_says (pending, "待審");
    assert_says (ecpa, "「綁定自然人憑證作業」");
  }

  ec_test_restore_locale ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  calendar = ec_calendar_new_default ();
  g_assert_nonnull (calendar);

  EC_TEST_ADD_CASES ("/advice/course", course_cases, test_course);
  EC_TEST_ADD_CASES ("/advice/learner", learner_cases, test_learner);
  g_test_add_func ("/advice/learner-list", test_learner_list);
  g_test_add_func ("/advice/public-never-converts", test_public_never_converts);
  g_test_add_func ("/advice/pending-never-applies", test_pending_never_applies);
  g_test_add_func ("/advice/unknown-is-conditional", test_unknown_is_conditional);
  g_test_add_func ("/advice/remedies-say-where", test_remedies_say_where);
  g_test_add_func ("/advice/promises", test_promises);
  g_test_add_func ("/advice/env-duty", test_env_duty);
  g_test_add_func ("/advice/for-record", test_for_record);
  EC_TEST_ADD_CASES ("/advice/agrees-with-rules", agreement_cases, test_agrees_with_rules);
  g_test_add_func ("/advice/strings", test_strings);
  g_test_add_func ("/advice/copy", test_copy);
  g_test_add_func ("/advice/translated", test_translated);

  status = g_test_run ();
  g_clear_object (&calendar);
  return status;
}
