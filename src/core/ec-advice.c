/* ec-advice.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-advice"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-account-blockers.h"
#include "ec-advice.h"
#include "ec-time.h"
#include "ec-upload-labels.h"

/* One place decides what the learner is told, from the learner's state
 * and, for a course, the upload rules' verdict on one network.  The
 * verdict says what holds for the course; the state says what has happened
 * since and what the learner can do (an application sent after the
 * verdict, a conversion that waits for a login), so the advice never tells
 * a pending applicant to apply, nor anyone to do what cannot help them.
 * Where a part of the state is not known, the advice says "if" rather
 * than guess.
 *
 * Sentences are reused from the verdicts' labels and remedies
 * (ec-upload-labels.c) and the banners (ec-account-blockers.c) where they
 * say the same, so that a learner reads one wording for one rule. */

/* The service centre of 我的e政府 (DOMAIN.md, "Converting a member
 * account"), for a request whose form does not say. */
#define SERVICE_CENTRE_FAX "(02)2192-7186"
#define SERVICE_CENTRE_PHONE "02-2192-7111"

typedef enum {
  FACT_UNKNOWN,
  FACT_NO,
  FACT_YES,
} Fact;

G_DEFINE_BOXED_TYPE (EcAdvice, ec_advice, ec_advice_copy, ec_advice_free)

EcAdvice *
ec_advice_copy (const EcAdvice *advice)
{
  EcAdvice *copy;

  g_return_val_if_fail (advice != NULL, NULL);

  copy = g_memdup2 (advice, sizeof *advice);
  copy->headline = g_strdup (advice->headline);
  copy->explanation = g_strdup (advice->explanation);
  return copy;
}

void
ec_advice_free (EcAdvice *advice)
{
  if (advice == NULL)
    return;

  g_free (advice->headline);
  g_free (advice->explanation);
  g_free (advice);
}

/* Latin sentences are separated by a space; Chinese ones end in a
 * full-width stop and follow each other directly. */
static void
append (GString    *text,
        const char *sentence)
{
  if (sentence == NULL || *sentence == '\0')
    return;

  if (text->len > 0 && (guchar) text->str[text->len - 1] < 0x80)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

static void
append_take (GString *text,
             char    *sentence)
{
  append (text, sentence);
  g_free (sentence);
}

static void
append_remedy (GString              *text,
               EcRemedy              remedy,
               const EcLearnerState *state)
{
  EcIdentity identity = EC_IDENTITY_CIVIL_SERVANT;

  if (state->known & EC_LEARNER_FACT_IDENTITY)
    identity = state->identity;
  append_take (text, ec_remedy_describe (remedy, identity));
}

static char *
format_time (gint64 time)
{
  GDate date;

  ec_time_to_taiwan_date (time, &date);
  return ec_date_format_long (&date);
}

/* Takes @headline and @explanation. */
static EcAdvice *
advice_new (EcAdviceId       id,
            EcAdviceSeverity severity,
            EcAdviceAction   action,
            char            *headline,
            GString         *explanation)
{
  EcAdvice *advice = g_new0 (EcAdvice, 1);

  advice->id = id;
  advice->severity = severity;
  advice->action = action;
  advice->headline = headline;
  advice->explanation = g_string_free (explanation, FALSE);
  g_date_clear (&advice->date, 1);
  return advice;
}

/* What the state knows. */

static gboolean
is_identity (const EcLearnerState *state,
             EcIdentity            identity)
{
  return (state->known & EC_LEARNER_FACT_IDENTITY) && state->identity == identity;
}

static gboolean
is_public (const EcLearnerState *state)
{
  return is_identity (state, EC_IDENTITY_GENERAL_PUBLIC);
}

static gboolean
is_staff (const EcLearnerState *state)
{
  return (state->known & EC_LEARNER_FACT_IDENTITY) && state->identity != EC_IDENTITY_GENERAL_PUBLIC;
}

static gboolean
holds (const EcLearnerState *state,
       EcAccountsHeld        accounts)
{
  gboolean held = FALSE;

  return ec_learner_state_knows_held (state, accounts, &held) && held;
}

static gboolean
holds_not (const EcLearnerState *state,
           EcAccountsHeld        account)
{
  gboolean held = TRUE;

  return ec_learner_state_knows_held (state, account, &held) && !held;
}

static gboolean
is_route (const EcLearnerState *state,
          EcLoginRoute          route)
{
  return (state->known & EC_LEARNER_FACT_ROUTE) && state->route == route;
}

/* Whether the learner logs in with an official account: the session's, or
 * else one they hold. */
static Fact
is_official (const EcLearnerState *state)
{
  if (is_route (state, EC_LOGIN_ROUTE_ECPA))
    return FACT_YES;
  if (is_route (state, EC_LOGIN_ROUTE_SOCIAL) || is_route (state, EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND))
    return FACT_NO;
  if (state->known & EC_LEARNER_FACT_ACCOUNT_KIND)
    return state->account_kind == EC_ACCOUNT_KIND_OFFICIAL ? FACT_YES : FACT_NO;
  if (state->known & EC_LEARNER_FACT_ROUTE)
    return FACT_UNKNOWN;

  if (holds (state, EC_ACCOUNTS_HELD_ECPA) || holds (state, EC_ACCOUNTS_HELD_GOV_TW | EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL))
    return FACT_YES;
  if (holds (state, EC_ACCOUNTS_HELD_GOV_TW) && holds_not (state, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL))
    return FACT_NO;
  return FACT_UNKNOWN;
}

/* Whether a conversion still waits for a login to the platform.  An eCPA
 * session is official by itself, whatever became of the 我的e政府 account
 * (as in the upload rules). */
static Fact
needs_relogin (const EcLearnerState *state)
{
  if (is_route (state, EC_LOGIN_ROUTE_ECPA))
    return FACT_NO;
  if (state->known & EC_LEARNER_FACT_RELOGIN && state->relogin_needed)
    return FACT_YES;
  if (ec_learner_state_get_request_stage (state) != EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED)
    return FACT_NO;

  /* Approved: known to need the login when the state says the platform
   * has not seen one, or still sees a natural person. */
  if (state->known & EC_LEARNER_FACT_RELOGIN
      || (state->known & EC_LEARNER_FACT_ACCOUNT_KIND && state->account_kind == EC_ACCOUNT_KIND_NATURAL_PERSON))
    return FACT_YES;
  return FACT_UNKNOWN;
}

/* Sentences more than one advice says. */

static const char *
ecpa_password_sentence (void)
{
  return _ ("If you do not know its password, reset it with 「忘記密碼」 on 人事服務網 eCPA, or ask your agency's "
            "personnel office (人事單位).");
}

static const char *
env_duty_sentence (void)
{
  return _ ("Employees of government agencies, public enterprises and schools must take at least 4 hours of "
            "environmental education a year (環境教育法 §19).");
}

/* Where to bind the certificate: on the site of the account it is to be
 * bound to.  The general public has no eCPA account; staff who hold one
 * bind it there, since it is official. */
static EcAdviceAction
bind_action (const EcLearnerState *state)
{
  if (is_public (state))
    return EC_ADVICE_ACTION_BIND_CERTIFICATE_GOV_TW;
  if (holds (state, EC_ACCOUNTS_HELD_ECPA))
    return EC_ADVICE_ACTION_BIND_CERTIFICATE_ECPA;
  if (holds (state, EC_ACCOUNTS_HELD_GOV_TW))
    return EC_ADVICE_ACTION_BIND_CERTIFICATE_GOV_TW;
  return EC_ADVICE_ACTION_BIND_CERTIFICATE;
}

static const char *
bind_sentence (EcAdviceAction action)
{
  switch (action)
    {
    case EC_ADVICE_ACTION_BIND_CERTIFICATE_ECPA:
      return _ ("Bind the certificate to your eCPA account on 人事服務網 eCPA (「綁定自然人憑證作業」), then study "
                "the courses again while logged in that way.");
    case EC_ADVICE_ACTION_BIND_CERTIFICATE_GOV_TW:
      return _ ("Bind the certificate to your 我的e政府 account on 我的e政府 (綁定自然人憑證), then study the "
                "courses again while logged in that way.");
    case EC_ADVICE_ACTION_BIND_CERTIFICATE:
    default:
      return _ ("Bind the certificate to the account you log in with: on 人事服務網 eCPA (「綁定自然人憑證作業」) "
                "for an eCPA account, or on 我的e政府 for a 我的e政府 account. Then study the courses again "
                "while logged in that way.");
    }
}

/* The advice, one function each. */

static EcAdvice *
advise_state_unknown (void)
{
  GString *text = g_string_new (NULL);

  append (text, _ ("Your account has not been checked yet. Once you log in, the app tells you whether your hours "
                   "count, and what to do if they do not."));
  return advice_new (EC_ADVICE_ID_STATE_UNKNOWN, EC_ADVICE_SEVERITY_NONE, EC_ADVICE_ACTION_NONE,
                     g_strdup (_ ("Not checked yet")), text);
}

/* The general public earns environmental-education hours only (DOMAIN.md,
 * "Whose hours go where"): the promise names that network and no other. */
static EcAdvice *
advise_all_set_public (const EcLearnerState *state)
{
  GString *text = g_string_new (NULL);

  if (state->known & EC_LEARNER_FACT_ENV_SERVICE_UNIT && state->env_service_unit_ok)
    append (text, _ ("Your environmental-education hours upload to the environmental-education network (環教網) "
                     "about 3 working days after you complete a course, as long as you study logged in with "
                     "your 我的e政府 account."));
  else
    append (text, _ ("Environmental-education hours upload to the environmental-education network (環教網) about "
                     "3 working days after you complete a course, if you study logged in with your 我的e政府 "
                     "account and have a personal account on 環教網."));
  append (text, _ ("Lifelong-learning hours are credited to civil-service staff only, so they are not yours to "
                   "upload."));
  return advice_new (EC_ADVICE_ID_ALL_SET, EC_ADVICE_SEVERITY_NONE, EC_ADVICE_ACTION_NONE,
                     g_strdup (_ ("Your environmental-education hours count")), text);
}

static EcAdvice *
advise_all_set (const EcLearnerState *state)
{
  GString *text = g_string_new (NULL);
  gboolean category_known = state->known & EC_LEARNER_FACT_PERSONNEL_CATEGORY;

  if (is_public (state))
    {
      g_string_free (text, TRUE);
      return advise_all_set_public (state);
    }

  if (is_identity (state, EC_IDENTITY_EDUCATOR) && category_known
      && state->personnel_category == EC_PERSONNEL_CATEGORY_EDUCATOR)
    append (text, _ ("You log in with an official account: the hours of the courses you complete upload to the "
                     "lifelong-learning portal (終身學習入口網) and the teachers' network (教師網) about 3 working "
                     "days later."));
  else if (is_staff (state))
    append (text, _ ("You log in with an official account: the hours of the courses you complete upload to the "
                     "lifelong-learning portal (終身學習入口網) about 3 working days later."));
  else
    append (text, _ ("You log in with an official account: the hours of the courses you complete upload about 3 "
                     "working days later, to every network that credits you."));

  if (is_identity (state, EC_IDENTITY_EDUCATOR) && !category_known)
    append (text, _ ("They reach the teachers' network (教師網) only if your personnel category (人員區分) is 10 "
                     "教育人員."));

  if (state->known & EC_LEARNER_FACT_ENV_SERVICE_UNIT && state->env_service_unit_ok)
    append (text, _ ("Your environmental-education hours upload to the environmental-education network (環教網) "
                     "too."));
  else
    append (text, _ ("Environmental-education hours upload to the environmental-education network (環教網) only "
                     "if you have a personal account there with your service unit (服務單位) filled in "
                     "correctly."));

  return advice_new (EC_ADVICE_ID_ALL_SET, EC_ADVICE_SEVERITY_NONE, EC_ADVICE_ACTION_NONE,
                     g_strdup (_ ("Your hours count")), text);
}

static EcAdvice *
advise_uploaded (const EcUploadVerdict *verdict)
{
  g_autofree char *date = ec_date_format_long (&verdict->date);
  GString         *text = g_string_new (NULL);
  EcAdvice        *advice;

  /* Translators: %s is a date. */
  append_take (text, g_strdup_printf (_ ("These hours were uploaded on %s."), date));
  advice = advice_new (EC_ADVICE_ID_UPLOADED, EC_ADVICE_SEVERITY_NONE, EC_ADVICE_ACTION_NONE,
                       /* Translators: %s is a date. */
                       g_strdup_printf (_ ("Uploaded on %s"), date), text);
  advice->date = verdict->date;
  return advice;
}

/* Pending hours, and whether they make the agency's cut-off.  A cut-off
 * that has passed is simply one the expected date is after: pending hours
 * are always expected after today. */
static EcAdvice *
advise_pending (const EcUploadVerdict *verdict,
                const GDate           *cutoff)
{
  g_autofree char *date = ec_date_format_long (&verdict->date);
  GString         *text = g_string_new (NULL);
  gboolean         dated = g_date_valid (&verdict->date);
  gboolean         estimate = dated && verdict->date_is_estimate;
  gboolean         late = dated && cutoff != NULL && g_date_valid (cutoff) && g_date_compare (&verdict->date, cutoff) > 0;
  EcAdvice        *advice;
  char            *headline;

  if (late)
    {
      g_autofree char *cutoff_text = ec_date_format_long (cutoff);

      append_take (text,
                   /* Translators: the first %s is the expected upload date, the second the agency's cut-off. */
                   g_strdup_printf (_ ("These hours are expected to upload around %s, after your agency's cut-off "
                                       "of %s: the agency will not see them in time."),
                                    date, cutoff_text));
      headline = g_strdup (_ ("Expected after the cut-off"));
    }
  else
    {
      append_take (text, ec_remedy_describe (EC_REMEDY_WAIT, EC_IDENTITY_CIVIL_SERVANT));
      if (!dated)
        headline = g_strdup (_ ("Upload expected"));
      else if (estimate)
        /* Translators: %s is a date, counted over days the office calendar does not know yet. */
        headline = g_strdup_printf (_ ("Expected around %s"), date);
      else
        /* Translators: %s is a date. */
        headline = g_strdup_printf (_ ("Expected on %s"), date);
    }
  if (estimate)
    append (text, _ ("The date is an estimate: the office calendar has no data for that year yet."));

  advice = advice_new (late ? EC_ADVICE_ID_PENDING_AFTER_CUTOFF : EC_ADVICE_ID_PENDING,
                       late ? EC_ADVICE_SEVERITY_WARNING : EC_ADVICE_SEVERITY_INFO, EC_ADVICE_ACTION_WAIT, headline,
                       text);
  advice->date = verdict->date;
  advice->date_is_estimate = estimate;
  return advice;
}

/* The record still says "not official" although the account is official
 * and the platform has seen a login since: the hours are on their way, and
 * the next sync says when. */
static EcAdvice *
advise_pending_after_conversion (void)
{
  GString *text = g_string_new (NULL);

  append (text, _ ("Your account is official now, and you have logged in to the learning platform since: these "
                   "hours upload about 3 working days after that login."));
  return advice_new (EC_ADVICE_ID_PENDING, EC_ADVICE_SEVERITY_INFO, EC_ADVICE_ACTION_WAIT,
                     g_strdup (_ ("Upload expected")), text);
}

static EcAdvice *
advise_reason_only (EcAdviceId       id,
                    EcAdviceSeverity severity,
                    EcAdviceAction   action,
                    EcUploadReason   reason)
{
  GString *text = g_string_new (NULL);

  append (text, ec_upload_reason_get_explanation (reason));
  return advice_new (id, severity, action, g_strdup (ec_upload_reason_get_summary (reason)), text);
}

static EcAdvice *
advise_not_completed (const EcLearnerState *state)
{
  GString *text = g_string_new (NULL);

  append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NOT_COMPLETED));
  append_remedy (text, EC_REMEDY_COMPLETE_COURSE, state);
  return advice_new (EC_ADVICE_ID_NOT_COMPLETED, EC_ADVICE_SEVERITY_INFO, EC_ADVICE_ACTION_COMPLETE_COURSE,
                     g_strdup (ec_upload_reason_get_summary (EC_UPLOAD_REASON_NOT_COMPLETED)), text);
}

static EcAdvice *
advise_social (const EcLearnerState *state,
               gboolean              course)
{
  GString    *text = g_string_new (NULL);
  const char *headline;

  if (course)
    {
      headline = ec_upload_reason_get_summary (EC_UPLOAD_REASON_SOCIAL_LOGIN);
      append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_SOCIAL_LOGIN));
      append_remedy (text, EC_REMEDY_RESTUDY, state);
    }
  else
    {
      headline = _ ("Logged in with a social account");
      append (text, ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_SOCIAL));
    }

  return advice_new (EC_ADVICE_ID_SOCIAL_LOGIN, EC_ADVICE_SEVERITY_ERROR, EC_ADVICE_ACTION_RESTUDY,
                     g_strdup (headline), text);
}

static EcAdvice *
advise_unbound (const EcLearnerState *state,
                gboolean              course)
{
  EcAdviceAction action = bind_action (state);
  GString       *text = g_string_new (NULL);
  const char    *headline;

  if (course)
    {
      headline = ec_upload_reason_get_summary (EC_UPLOAD_REASON_UNBOUND_CERTIFICATE);
      append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_UNBOUND_CERTIFICATE));
    }
  else
    {
      headline = _ ("Logged in with an unbound certificate");
      append (text, _ ("You are logged in with a citizen digital certificate that is not bound: it logs in to a "
                       "separate account, whose hours never upload and never merge with your account's."));
    }
  append (text, bind_sentence (action));

  return advice_new (EC_ADVICE_ID_UNBOUND_CERTIFICATE, EC_ADVICE_SEVERITY_ERROR, action, g_strdup (headline), text);
}

static EcAdvice *
advise_not_civil_service (void)
{
  return advise_reason_only (EC_ADVICE_ID_NOT_CIVIL_SERVICE, EC_ADVICE_SEVERITY_NONE, EC_ADVICE_ACTION_NONE,
                             EC_UPLOAD_REASON_NOT_CIVIL_SERVICE);
}

/* A natural-person account of someone who may be civil-service staff.
 * @kind_known: the account is known to be a natural-person one; otherwise
 * the advice says "if". */
static EcAdvice *
advise_not_official (const EcLearnerState *state,
                     gboolean              course,
                     gboolean              kind_known)
{
  GString         *text = g_string_new (NULL);
  EcAdviceSeverity severity = EC_ADVICE_SEVERITY_WARNING;
  EcAdviceAction   action = EC_ADVICE_ACTION_APPLY;

  if (!(state->known & EC_LEARNER_FACT_IDENTITY))
    {
      /* Whether the hours are the learner's to credit at all depends on
       * who they are: say both, and offer nothing that could fail. */
      if (course)
        append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT));
      append (text, _ ("If you are civil-service staff, apply on 我的e政府 to convert the account into an official "
                       "account (申請公務帳號). If you are a member of the general public, lifelong-learning hours "
                       "are not yours to credit, and there is nothing to do."));
      severity = EC_ADVICE_SEVERITY_INFO;
      action = EC_ADVICE_ACTION_NONE;
    }
  else if (!kind_known)
    {
      append (text, _ ("If your 我的e政府 account is a natural-person (自然人) account, apply on 我的e政府 to convert "
                       "it into an official account (申請公務帳號), then log in to the learning platform again: "
                       "until then, lifelong-learning and teachers' hours studied with it do not upload. If it is "
                       "an official account, there is nothing to do."));
      severity = EC_ADVICE_SEVERITY_INFO;
    }
  else
    {
      if (course)
        append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT));
      else
        append (text, ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_NOT_OFFICIAL));
      append_remedy (text, EC_REMEDY_CONVERT_ACCOUNT, state);
    }

  if (action == EC_ADVICE_ACTION_APPLY && !(state->known & EC_LEARNER_FACT_REQUEST))
    append (text, _ ("If you have applied already, do not apply again: check your application's status "
                     "(查詢審核狀態) instead."));
  if (action == EC_ADVICE_ACTION_APPLY && course && holds (state, EC_ACCOUNTS_HELD_ECPA))
    append (text, _ ("You also hold an eCPA account: the hours of the courses you study with it upload without "
                     "a conversion."));

  return advice_new (EC_ADVICE_ID_NOT_OFFICIAL_ACCOUNT, severity, action,
                     g_strdup (ec_upload_reason_get_summary (EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT)), text);
}

/* Logged in with a natural-person 我的e政府 account while holding an eCPA
 * account: the eCPA login is the one that counts from now on. */
static EcAdvice *
advise_use_ecpa (void)
{
  GString *text = g_string_new (NULL);

  append (text, _ ("You hold an eCPA account, which is an official account: log in with it, and the hours of "
                   "the courses you study from now on upload."));
  append (text, ecpa_password_sentence ());
  append (text, _ ("Hours already studied with your natural-person 我的e政府 account upload only after you apply "
                   "to convert that account (申請公務帳號)."));
  return advice_new (EC_ADVICE_ID_USE_ECPA_ACCOUNT, EC_ADVICE_SEVERITY_WARNING, EC_ADVICE_ACTION_GET_ECPA_PASSWORD,
                     g_strdup (_ ("Log in with your eCPA account")), text);
}

/* From the moment it is sent, the application is what the learner waits
 * for: pending since when, the form to fax, and what happens after
 * (DOMAIN.md, "Whose hours go where"). */
static EcAdvice *
advise_request_pending (const EcLearnerState *state)
{
  const EcAccountRequest *request = state->request;
  g_autofree char        *since = format_time (request->created_at);
  GString                *text = g_string_new (NULL);

  append_take (text,
               /* Translators: %s is a date. */
               g_strdup_printf (_ ("Your application for an official account (自然人轉公務員) has been waiting "
                                   "for the service centre's review since %s."),
                                since));
  if (request->form != NULL)
    append_take (text,
                 /* Translators: %s is a fax number. */
                 g_strdup_printf (_ ("If you have not done so yet, print its application form, attach a copy of "
                                     "your ID card as the form shows, and fax both to the service centre at %s."),
                                  request->form->fax != NULL ? request->form->fax : SERVICE_CENTRE_FAX));
  append (text, _ ("Once it is approved, log in to the learning platform again: the hours you studied with this "
                   "account then upload."));
  if (holds (state, EC_ACCOUNTS_HELD_ECPA))
    {
      append (text, _ ("Meanwhile, log in with your eCPA account: the hours you study with it upload."));
      append (text, ecpa_password_sentence ());
    }

  return advice_new (EC_ADVICE_ID_REQUEST_PENDING, EC_ADVICE_SEVERITY_INFO, EC_ADVICE_ACTION_SHOW_REQUEST,
                     g_strdup (_ ("Application pending")), text);
}

static EcAdvice *
advise_request_rejected (const EcLearnerState *state)
{
  const EcAccountRequest *request = state->request;
  const char             *phone = SERVICE_CENTRE_PHONE;
  GString                *text = g_string_new (NULL);

  if (request->decided_at != EC_TIME_NEVER)
    {
      g_autofree char *date = format_time (request->decided_at);

      append_take (text,
                   /* Translators: %s is a date. */
                   g_strdup_printf (_ ("The service centre rejected your application for an official account "
                                       "on %s."),
                                    date));
    }
  else
    append (text, _ ("The service centre rejected your application for an official account."));

  if (request->decision_reason != NULL && *request->decision_reason != '\0')
    append_take (text,
                 /* Translators: %s is the service centre's reason, in its own words. */
                 g_strdup_printf (_ ("It said: “%s”."), request->decision_reason));

  if (request->form != NULL && request->form->phone != NULL)
    phone = request->form->phone;
  append_take (text,
               /* Translators: %s is a phone number. */
               g_strdup_printf (_ ("Call the service centre at %s to ask what to do; you may then apply again."),
                                phone));

  return advice_new (EC_ADVICE_ID_REQUEST_REJECTED, EC_ADVICE_SEVERITY_WARNING, EC_ADVICE_ACTION_CALL_SERVICE_CENTRE,
                     g_strdup (_ ("Application rejected")), text);
}

/* @known: the login is known to be missing; otherwise only the approval
 * is known, and the advice says "if". */
static EcAdvice *
advise_relogin (const EcLearnerState *state,
                gboolean              course,
                gboolean              known)
{
  GString *text = g_string_new (NULL);

  if (!known)
    append (text, _ ("Your application for an official account was approved. If you have not logged in to the "
                     "learning platform since, log in again: it updates your account only then, and the hours "
                     "you studied earlier upload about 3 working days later."));
  else if (course)
    {
      append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_RELOGIN_NEEDED));
      append_remedy (text, EC_REMEDY_LOG_IN_AGAIN, state);
    }
  else
    {
      append (text, ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED));
      append_remedy (text, EC_REMEDY_LOG_IN_AGAIN, state);
    }

  return advice_new (EC_ADVICE_ID_RELOGIN_NEEDED, known ? EC_ADVICE_SEVERITY_WARNING : EC_ADVICE_SEVERITY_INFO,
                     EC_ADVICE_ACTION_LOG_IN_AGAIN,
                     g_strdup (ec_upload_reason_get_summary (EC_UPLOAD_REASON_RELOGIN_NEEDED)), text);
}

/* The official account, for staff (or a learner of unknown identity):
 * the conversion's stage first, then the account.  %NULL when there is
 * nothing to say; with @definite_only, also when only an "if" could be
 * said. */
static EcAdvice *
advise_official (const EcLearnerState *state,
                 gboolean              course,
                 gboolean              definite_only)
{
  Fact           official = is_official (state);
  Fact           relogin = needs_relogin (state);
  EcRequestStage stage = ec_learner_state_get_request_stage (state);

  /* Those sessions' own advice says all: no account of theirs converts. */
  if (is_route (state, EC_LOGIN_ROUTE_SOCIAL) || is_route (state, EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND))
    return NULL;

  if (relogin == FACT_YES)
    return advise_relogin (state, course, TRUE);
  if (relogin == FACT_UNKNOWN)
    return definite_only ? NULL : advise_relogin (state, course, FALSE);
  if (official == FACT_YES)
    return NULL;

  if (stage == EC_REQUEST_STAGE_PENDING)
    return advise_request_pending (state);
  if (stage == EC_REQUEST_STAGE_REJECTED)
    return advise_request_rejected (state);

  if (official == FACT_NO)
    {
      /* Who the learner is decides whether converting is theirs to do. */
      if (definite_only && !(state->known & EC_LEARNER_FACT_IDENTITY))
        return NULL;
      if (!course && holds (state, EC_ACCOUNTS_HELD_ECPA))
        return advise_use_ecpa ();
      return advise_not_official (state, course, TRUE);
    }

  /* Only a 我的e政府 account can be a natural-person one. */
  if (definite_only
      || !(holds (state, EC_ACCOUNTS_HELD_GOV_TW) || is_route (state, EC_LOGIN_ROUTE_GOV_TW)
           || is_route (state, EC_LOGIN_ROUTE_CERTIFICATE_BOUND)))
    return NULL;
  return advise_not_official (state, course, FALSE);
}

/* A teacher whose personnel category is known not to be 10. */
static EcAdvice *
advise_educator_category (const EcLearnerState *state,
                          gboolean              course)
{
  GString *text = g_string_new (NULL);

  if (course)
    {
      append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY));
      append_remedy (text, EC_REMEDY_FIX_PERSONNEL_CATEGORY, state);
    }
  else
    append (text, ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY));

  return advice_new (EC_ADVICE_ID_NOT_EDUCATOR_CATEGORY, EC_ADVICE_SEVERITY_WARNING,
                     EC_ADVICE_ACTION_ASK_PERSONNEL_OFFICE,
                     g_strdup (ec_upload_reason_get_summary (EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY)), text);
}

/* The teachers' network said no for the personnel category.  Only a
 * teacher is told to change it; a civil servant is told calmly that the
 * network is not theirs. */
static EcAdvice *
advise_teacher_network (const EcLearnerState *state)
{
  GString *text;

  if (is_identity (state, EC_IDENTITY_EDUCATOR))
    return advise_educator_category (state, TRUE);

  text = g_string_new (NULL);
  if (is_identity (state, EC_IDENTITY_CIVIL_SERVANT))
    {
      append (text, _ ("The teachers' network (教師網) credits teachers only, whose personnel category (人員區分) "
                       "is 10 教育人員, so these hours are not yours to upload there. If you are a public-school "
                       "teacher, ask your personnel office to correct your personnel category."));
      return advice_new (EC_ADVICE_ID_TEACHERS_ONLY, EC_ADVICE_SEVERITY_NONE, EC_ADVICE_ACTION_NONE,
                         g_strdup (_ ("Teachers only")), text);
    }

  append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY));
  append (text, _ ("If you are a public-school teacher, ask your personnel office to set your personnel category "
                   "(人員區分) to 10 教育人員."));
  return advice_new (EC_ADVICE_ID_NOT_EDUCATOR_CATEGORY, EC_ADVICE_SEVERITY_INFO, EC_ADVICE_ACTION_ASK_PERSONNEL_OFFICE,
                     g_strdup (ec_upload_reason_get_summary (EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY)), text);
}

/* The environmental-education network's own conditions.  The yearly duty
 * is the staff's (環境教育法 §19, DOMAIN.md "Whose hours go where"): only
 * they get a warning, and only they are reminded of it. */
static EcAdvice *
advise_env (const EcLearnerState *state,
            gboolean              course,
            EcUploadReason        reason)
{
  gboolean         staff = is_staff (state);
  EcAdviceSeverity severity = staff ? EC_ADVICE_SEVERITY_WARNING : EC_ADVICE_SEVERITY_INFO;
  GString         *text;

  if (reason == EC_UPLOAD_REASON_NONE)
    {
      if (!(state->known & EC_LEARNER_FACT_ENV_ACCOUNT))
        return NULL;
      if (!state->env_account)
        reason = EC_UPLOAD_REASON_NO_ENV_ACCOUNT;
      else if (state->known & EC_LEARNER_FACT_ENV_SERVICE_UNIT && !state->env_service_unit_ok)
        reason = EC_UPLOAD_REASON_ENV_SERVICE_UNIT;
      else
        return NULL;
    }

  text = g_string_new (NULL);
  if (reason == EC_UPLOAD_REASON_NO_ENV_ACCOUNT)
    {
      if (!course && staff)
        append (text, ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT));
      else
        append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NO_ENV_ACCOUNT));
      append_remedy (text, EC_REMEDY_CREATE_ENV_ACCOUNT, state);
      append (text, _ ("The environmental-education hours you studied before then upload about 3 working days "
                       "after that."));
      if (staff)
        append (text, env_duty_sentence ());
      return advice_new (EC_ADVICE_ID_NO_ENV_ACCOUNT, severity, EC_ADVICE_ACTION_CREATE_ENV_ACCOUNT,
                         g_strdup (ec_upload_reason_get_summary (EC_UPLOAD_REASON_NO_ENV_ACCOUNT)), text);
    }

  if (!course && staff)
    append (text, ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT));
  else
    append (text, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_ENV_SERVICE_UNIT));
  append_remedy (text, EC_REMEDY_FIX_SERVICE_UNIT, state);
  append (text, _ ("The environmental-education hours you studied upload about 3 working days after you correct "
                   "it."));
  return advice_new (EC_ADVICE_ID_ENV_SERVICE_UNIT, severity, EC_ADVICE_ACTION_FIX_SERVICE_UNIT,
                     g_strdup (ec_upload_reason_get_summary (EC_UPLOAD_REASON_ENV_SERVICE_UNIT)), text);
}

/* What the state says about one network, when the rules stopped before
 * looking at it (a course that is not completed): only what is certain,
 * since the course's own advice is there to fall back on. */
static EcAdvice *
advise_state_for_network (const EcLearnerState *state,
                          EcNetwork             network)
{
  if (network == EC_NETWORK_ENV)
    return advise_env (state, TRUE, EC_UPLOAD_REASON_NONE);

  if (network == EC_NETWORK_TEACHER && is_identity (state, EC_IDENTITY_CIVIL_SERVANT)
      && state->known & EC_LEARNER_FACT_PERSONNEL_CATEGORY
      && state->personnel_category != EC_PERSONNEL_CATEGORY_EDUCATOR)
    return advise_teacher_network (state);

  {
    EcAdvice *official = advise_official (state, TRUE, TRUE);

    if (official != NULL)
      return official;
  }

  if (network == EC_NETWORK_TEACHER && is_identity (state, EC_IDENTITY_EDUCATOR)
      && state->known & EC_LEARNER_FACT_PERSONNEL_CATEGORY
      && state->personnel_category != EC_PERSONNEL_CATEGORY_EDUCATOR)
    return advise_educator_category (state, TRUE);

  return NULL;
}

/* A verdict that the account is not official, read with what happened
 * since: an application, an approval, a login. */
static EcAdvice *
advise_not_official_verdict (const EcLearnerState *state)
{
  /* Only an older service says this of the general public's hours. */
  if (is_public (state))
    return advise_not_civil_service ();

  switch (needs_relogin (state))
    {
    case FACT_YES:
      return advise_relogin (state, TRUE, TRUE);
    case FACT_UNKNOWN:
      return advise_relogin (state, TRUE, FALSE);
    case FACT_NO:
    default:
      break;
    }

  switch (ec_learner_state_get_request_stage (state))
    {
    case EC_REQUEST_STAGE_PENDING:
      return advise_request_pending (state);
    case EC_REQUEST_STAGE_REJECTED:
      return advise_request_rejected (state);
    case EC_REQUEST_STAGE_UNKNOWN:
    case EC_REQUEST_STAGE_NONE:
    case EC_REQUEST_STAGE_APPROVED:
    case EC_REQUEST_STAGE_APPROVED_RELOGIN_NEEDED:
    default:
      break;
    }

  /* The session is official, and no login is missing: the verdict is
   * older than the conversion. */
  if ((is_route (state, EC_LOGIN_ROUTE_GOV_TW) || is_route (state, EC_LOGIN_ROUTE_CERTIFICATE_BOUND))
      && is_official (state) == FACT_YES && state->known & EC_LEARNER_FACT_RELOGIN)
    return advise_pending_after_conversion ();

  return advise_not_official (state, TRUE, TRUE);
}

/**
 * ec_advice_for_course:
 * @state: what is known of the learner
 * @verdict: the upload rules' verdict on one course and one network, as
 *   the service sent it or ec_upload_rules_evaluate() made it
 * @cutoff: (nullable): the agency's cut-off for the year the course was
 *   completed in, if the learner set one
 *
 * Decides what to tell the learner about one course on one network.  The
 * verdict decides what holds for the course; the state refines it with
 * what the verdict cannot know: an application sent since (pending, never
 * "apply"), an approval waiting for a login, who the learner is (the
 * general public is never told to convert: those hours are not theirs to
 * credit).  Uploads are promised only where the verdict says they come.
 *
 * Returns: (transfer full): the advice.
 */
EcAdvice *
ec_advice_for_course (const EcLearnerState  *state,
                      const EcUploadVerdict *verdict,
                      const GDate           *cutoff)
{
  EcAdvice *advice;

  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (verdict != NULL, NULL);
  g_return_val_if_fail ((guint) verdict->network < EC_N_NETWORKS, NULL);

  if (verdict->status == EC_UPLOAD_STATUS_UPLOADED)
    return advise_uploaded (verdict);
  if (verdict->reason == EC_UPLOAD_REASON_NO_CERTIFIED_HOURS)
    return advise_reason_only (EC_ADVICE_ID_NO_CERTIFIED_HOURS, EC_ADVICE_SEVERITY_NONE, EC_ADVICE_ACTION_NONE,
                               EC_UPLOAD_REASON_NO_CERTIFIED_HOURS);

  /* A verdict older than the rule, or made for a social or certificate
   * account of hers, still must not send her to convert or study again. */
  if (verdict->reason == EC_UPLOAD_REASON_NOT_CIVIL_SERVICE
      || (is_public (state) && verdict->network != EC_NETWORK_ENV && verdict->status != EC_UPLOAD_STATUS_PENDING
          && is_official (state) != FACT_YES))
    return advise_not_civil_service ();

  if (verdict->status == EC_UPLOAD_STATUS_PENDING)
    return advise_pending (verdict, cutoff);

  switch (verdict->reason)
    {
    case EC_UPLOAD_REASON_SOCIAL_LOGIN:
      return advise_social (state, TRUE);
    case EC_UPLOAD_REASON_UNBOUND_CERTIFICATE:
      return advise_unbound (state, TRUE);
    case EC_UPLOAD_REASON_NOT_COMPLETED:
      /* Completing the course helps only if the account lets its hours
       * through. */
      advice = advise_state_for_network (state, verdict->network);
      return advice != NULL ? advice : advise_not_completed (state);
    case EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT:
      return advise_not_official_verdict (state);
    case EC_UPLOAD_REASON_RELOGIN_NEEDED:
      return advise_relogin (state, TRUE, TRUE);
    case EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY:
      return advise_teacher_network (state);
    case EC_UPLOAD_REASON_NO_ENV_ACCOUNT:
    case EC_UPLOAD_REASON_ENV_SERVICE_UNIT:
      return advise_env (state, TRUE, verdict->reason);
    case EC_UPLOAD_REASON_NONE:
    case EC_UPLOAD_REASON_NO_CERTIFIED_HOURS:
    case EC_UPLOAD_REASON_NOT_CIVIL_SERVICE:
    default:
      /* A blocked verdict always has a reason (the client's decoder
       * refuses one without): nothing truthful can be said. */
      g_return_val_if_reached (advise_state_unknown ());
    }
}

/**
 * ec_advice_for_record:
 * @state: what is known of the learner
 * @record: a course of the learning record
 * @network: one network
 * @cutoff: (nullable): the agency's cut-off for the year the course was
 *   completed in
 *
 * ec_advice_for_course() for a record as the client keeps it.  A network
 * the course carries no hours for gets the advice for no certified hours,
 * whatever its verdict says.
 *
 * Returns: (transfer full): the advice.
 */
EcAdvice *
ec_advice_for_record (const EcLearnerState *state,
                      const EcRecord       *record,
                      EcNetwork             network,
                      const GDate          *cutoff)
{
  const EcNetworkStatus *status;
  EcUploadVerdict        verdict;

  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);
  g_return_val_if_fail ((guint) network < EC_N_NETWORKS, NULL);

  status = &record->networks[network];
  verdict.network = network;
  verdict.status = status->status;
  verdict.reason = status->reason;
  verdict.remedy = status->remedy;
  verdict.ready_at = EC_TIME_NEVER;
  verdict.date = status->date;
  verdict.date_is_estimate = status->date_is_estimate;

  if (record->minutes[network] == 0)
    {
      verdict.status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
      verdict.reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
      verdict.remedy = EC_REMEDY_NONE;
      g_date_clear (&verdict.date, 1);
      verdict.date_is_estimate = FALSE;
    }

  return ec_advice_for_course (state, &verdict, cutoff);
}

static void
add (GPtrArray *list,
     EcAdvice  *advice)
{
  if (advice != NULL)
    g_ptr_array_add (list, advice);
}

/**
 * ec_advice_list_for_learner:
 * @state: what is known of the learner
 *
 * Everything the learner should know about their state, whatever the
 * course, most important first: a session on a social account or an
 * unbound certificate alone (nothing else would help); then the official
 * account (the application's stage, a missing login, the account itself);
 * then the teachers' and the environmental-education networks.  With
 * nothing to fix, one advice says what uploads (all set), or that nothing
 * is known yet.
 *
 * Returns: (transfer container) (element-type EcAdvice): the advice, never
 *   empty.
 */
GPtrArray *
ec_advice_list_for_learner (const EcLearnerState *state)
{
  GPtrArray *list;

  g_return_val_if_fail (state != NULL, NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_advice_free);

  if (state->known == EC_LEARNER_FACT_NONE && state->held_known == EC_ACCOUNTS_HELD_NONE)
    {
      add (list, advise_state_unknown ());
      return list;
    }
  if (is_route (state, EC_LOGIN_ROUTE_SOCIAL))
    {
      add (list, advise_social (state, FALSE));
      return list;
    }
  if (is_route (state, EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND))
    {
      add (list, advise_unbound (state, FALSE));
      return list;
    }

  /* The general public has no official account to get (DOMAIN.md, "Whose
   * hours go where"), so no application, conversion or login is theirs to
   * chase. */
  if (!is_public (state))
    add (list, advise_official (state, FALSE, FALSE));

  if (is_identity (state, EC_IDENTITY_EDUCATOR) && state->known & EC_LEARNER_FACT_PERSONNEL_CATEGORY
      && state->personnel_category != EC_PERSONNEL_CATEGORY_EDUCATOR)
    add (list, advise_educator_category (state, FALSE));

  add (list, advise_env (state, FALSE, EC_UPLOAD_REASON_NONE));

  if (list->len == 0)
    {
      if (is_public (state) || is_official (state) == FACT_YES)
        add (list, advise_all_set (state));
      else
        add (list, advise_state_unknown ());
    }

  return list;
}

/**
 * ec_advice_for_learner:
 * @state: what is known of the learner
 *
 * The one advice for the window's banner and the Done page: the first of
 * ec_advice_list_for_learner().
 *
 * Returns: (transfer full): the advice.
 */
EcAdvice *
ec_advice_for_learner (const EcLearnerState *state)
{
  g_autoptr (GPtrArray) list = NULL;

  g_return_val_if_fail (state != NULL, NULL);

  list = ec_advice_list_for_learner (state);
  return g_ptr_array_steal_index (list, 0);
}

/* The stable ids: tests, logs and notification ids use them, so they
 * never change once shipped. */
static const char *const advice_ids[] = {
  [EC_ADVICE_ID_STATE_UNKNOWN] = "state-unknown",
  [EC_ADVICE_ID_ALL_SET] = "all-set",
  [EC_ADVICE_ID_UPLOADED] = "uploaded",
  [EC_ADVICE_ID_PENDING] = "pending",
  [EC_ADVICE_ID_PENDING_AFTER_CUTOFF] = "pending-after-cutoff",
  [EC_ADVICE_ID_NO_CERTIFIED_HOURS] = "no-certified-hours",
  [EC_ADVICE_ID_NOT_COMPLETED] = "not-completed",
  [EC_ADVICE_ID_NOT_CIVIL_SERVICE] = "not-civil-service",
  [EC_ADVICE_ID_TEACHERS_ONLY] = "teachers-only",
  [EC_ADVICE_ID_SOCIAL_LOGIN] = "social-login",
  [EC_ADVICE_ID_UNBOUND_CERTIFICATE] = "unbound-certificate",
  [EC_ADVICE_ID_NOT_OFFICIAL_ACCOUNT] = "not-official-account",
  [EC_ADVICE_ID_USE_ECPA_ACCOUNT] = "use-ecpa-account",
  [EC_ADVICE_ID_REQUEST_PENDING] = "request-pending",
  [EC_ADVICE_ID_REQUEST_REJECTED] = "request-rejected",
  [EC_ADVICE_ID_RELOGIN_NEEDED] = "relogin-needed",
  [EC_ADVICE_ID_NOT_EDUCATOR_CATEGORY] = "not-educator-category",
  [EC_ADVICE_ID_NO_ENV_ACCOUNT] = "no-env-account",
  [EC_ADVICE_ID_ENV_SERVICE_UNIT] = "env-service-unit",
};

static const char *const action_ids[] = {
  [EC_ADVICE_ACTION_NONE] = "none",
  [EC_ADVICE_ACTION_APPLY] = "apply",
  [EC_ADVICE_ACTION_SHOW_REQUEST] = "show-request",
  [EC_ADVICE_ACTION_LOG_IN_AGAIN] = "log-in-again",
  [EC_ADVICE_ACTION_BIND_CERTIFICATE_ECPA] = "bind-certificate-ecpa",
  [EC_ADVICE_ACTION_BIND_CERTIFICATE_GOV_TW] = "bind-certificate-gov-tw",
  [EC_ADVICE_ACTION_BIND_CERTIFICATE] = "bind-certificate",
  [EC_ADVICE_ACTION_GET_ECPA_PASSWORD] = "get-ecpa-password",
  [EC_ADVICE_ACTION_CREATE_ENV_ACCOUNT] = "create-env-account",
  [EC_ADVICE_ACTION_FIX_SERVICE_UNIT] = "fix-service-unit",
  [EC_ADVICE_ACTION_ASK_PERSONNEL_OFFICE] = "ask-personnel-office",
  [EC_ADVICE_ACTION_COMPLETE_COURSE] = "complete-course",
  [EC_ADVICE_ACTION_RESTUDY] = "restudy",
  [EC_ADVICE_ACTION_CALL_SERVICE_CENTRE] = "call-service-centre",
  [EC_ADVICE_ACTION_WAIT] = "wait",
};

static const char *const severity_ids[] = {
  [EC_ADVICE_SEVERITY_NONE] = "none",
  [EC_ADVICE_SEVERITY_INFO] = "info",
  [EC_ADVICE_SEVERITY_WARNING] = "warning",
  [EC_ADVICE_SEVERITY_ERROR] = "error",
};

G_STATIC_ASSERT (G_N_ELEMENTS (advice_ids) == EC_N_ADVICE_IDS);
G_STATIC_ASSERT (G_N_ELEMENTS (action_ids) == EC_ADVICE_ACTION_WAIT + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (severity_ids) == EC_ADVICE_SEVERITY_ERROR + 1);

/**
 * ec_advice_id_to_string:
 * @id: an advice id
 *
 * Returns: the stable, untranslated id of @id, in kebab case
 *   ("request-pending").
 */
const char *
ec_advice_id_to_string (EcAdviceId id)
{
  g_return_val_if_fail ((guint) id < G_N_ELEMENTS (advice_ids), NULL);

  return advice_ids[id];
}

/**
 * ec_advice_id_from_string:
 * @text: (nullable): an id from ec_advice_id_to_string()
 * @out_id: (out): the advice id
 *
 * Returns: %TRUE if @text is a known id; @out_id is untouched otherwise.
 */
gboolean
ec_advice_id_from_string (const char *text,
                          EcAdviceId *out_id)
{
  g_return_val_if_fail (out_id != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (advice_ids); i++)
    if (strcmp (text, advice_ids[i]) == 0)
      {
        *out_id = (EcAdviceId) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ec_advice_action_to_string:
 * @action: an action
 *
 * Returns: the stable, untranslated id of @action ("show-request").
 */
const char *
ec_advice_action_to_string (EcAdviceAction action)
{
  g_return_val_if_fail ((guint) action < G_N_ELEMENTS (action_ids), NULL);

  return action_ids[action];
}

/**
 * ec_advice_severity_to_string:
 * @severity: a severity
 *
 * Returns: the stable, untranslated id of @severity ("warning").
 */
const char *
ec_advice_severity_to_string (EcAdviceSeverity severity)
{
  g_return_val_if_fail ((guint) severity < G_N_ELEMENTS (severity_ids), NULL);

  return severity_ids[severity];
}
