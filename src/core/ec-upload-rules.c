/* ec-upload-rules.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-upload-rules"

#include "config.h"

#include "ec-time.h"
#include "ec-upload-rules.h"

/* The rules of DOMAIN.md, "When hours upload to a network", applied to one
 * course and one network.  The evaluator runs for every course of a
 * learner's record (and 100,000 of them in the benchmark), so it allocates
 * nothing: the verdict is plain data and every string is looked up later,
 * in ec-upload-labels.c. */

static void
set_blocked (EcUploadVerdict *verdict,
             EcUploadStatus   status,
             EcUploadReason   reason,
             EcRemedy         remedy)
{
  verdict->status = status;
  verdict->reason = reason;
  verdict->remedy = remedy;
  verdict->ready_at = EC_TIME_NEVER;
  g_date_clear (&verdict->date, 1);
  verdict->date_is_estimate = FALSE;
}

static gboolean
is_converted (const EcAccountState *account)
{
  return account->kind == EC_ACCOUNT_KIND_OFFICIAL
         && account->official_since != EC_TIME_NEVER;
}

/* A login before the conversion does not count: the platform takes the new
 * state from 我的e政府 only at the first login after it (DOMAIN.md, "After
 * conversion"). */
static gboolean
has_relogged_since_conversion (const EcAccountState *account)
{
  return !ec_account_state_get_relogin_needed (account);
}

/* DOMAIN.md, "Whose hours go where": lifelong-learning hours are credited
 * to civil-service staff only, and the teachers' network only takes
 * teachers.  A member of the general public on a natural-person account has
 * nothing to convert (a conversion needs a post on the personnel roster),
 * so no route, completion or conversion would change the verdict: it comes
 * before them all, with no remedy.  An official account (an eCPA account,
 * or a converted one) is on the roster whatever identity the learner
 * chose, and the other rules judge it. */
static gboolean
check_civil_service (const EcAccountState *account,
                     const EcCourseFacts  *course,
                     EcNetwork             network,
                     EcUploadVerdict      *verdict)
{
  if (network == EC_NETWORK_ENV
      || account->identity != EC_IDENTITY_GENERAL_PUBLIC
      || account->kind == EC_ACCOUNT_KIND_OFFICIAL
      || course->route == EC_LOGIN_ROUTE_ECPA)
    return TRUE;

  set_blocked (verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
               EC_UPLOAD_REASON_NOT_CIVIL_SERVICE, EC_REMEDY_NONE);
  return FALSE;
}

/* Rule 1 of DOMAIN.md ("logged in with an official account").  Returns
 * %FALSE with @verdict filled in when the account blocks the upload. */
static gboolean
check_official_account (const EcAccountState *account,
                        const EcCourseFacts  *course,
                        EcNetwork             network,
                        EcUploadVerdict      *verdict)
{
  /* An eCPA account is official by construction; its kind and conversion
   * dates describe the 我的e政府 account and do not apply. */
  if (course->route == EC_LOGIN_ROUTE_ECPA)
    return TRUE;

  /* A bound certificate is the same as the account it is bound to, so from
   * here GOV_TW and CERTIFICATE_BOUND are judged alike, by the account. */

  /* The environmental-education network takes a plain 我的e政府 member: the
   * general public "must study with a 我的e政府 account" to get those hours,
   * so a natural-person account qualifies there.  For the same reason a
   * converted account needs no re-login for this network: the state the
   * platform still holds, natural person, already qualified.  Only the
   * network's own conditions remain. */
  if (network == EC_NETWORK_ENV)
    return TRUE;

  if (account->kind == EC_ACCOUNT_KIND_NATURAL_PERSON)
    {
      set_blocked (verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                   EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT, EC_REMEDY_CONVERT_ACCOUNT);
      return FALSE;
    }

  if (is_converted (account) && !has_relogged_since_conversion (account))
    {
      set_blocked (verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                   EC_UPLOAD_REASON_RELOGIN_NEEDED, EC_REMEDY_LOG_IN_AGAIN);
      return FALSE;
    }

  return TRUE;
}

/* The networks' own conditions (DOMAIN.md, rule 1 a and b). */
static gboolean
check_network (const EcAccountState *account,
               EcNetwork             network,
               EcUploadVerdict      *verdict)
{
  if (network == EC_NETWORK_TEACHER
      && account->personnel_category != EC_PERSONNEL_CATEGORY_EDUCATOR)
    {
      set_blocked (verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                   EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY,
                   EC_REMEDY_FIX_PERSONNEL_CATEGORY);
      return FALSE;
    }

  if (network == EC_NETWORK_ENV && account->env_account_since == EC_TIME_NEVER)
    {
      set_blocked (verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                   EC_UPLOAD_REASON_NO_ENV_ACCOUNT, EC_REMEDY_CREATE_ENV_ACCOUNT);
      return FALSE;
    }

  if (network == EC_NETWORK_ENV && !account->env_service_unit_ok)
    {
      set_blocked (verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                   EC_UPLOAD_REASON_ENV_SERVICE_UNIT, EC_REMEDY_FIX_SERVICE_UNIT);
      return FALSE;
    }

  return TRUE;
}

/* The course rules and the login route, before the account is looked at.
 * A social login comes before completion: its hours are lost whether or not
 * the course was finished, and the learner should not finish it that way. */
static gboolean
check_course (const EcCourseFacts *course,
              EcUploadVerdict     *verdict)
{
  if (course->route == EC_LOGIN_ROUTE_SOCIAL)
    {
      set_blocked (verdict, EC_UPLOAD_STATUS_NEVER,
                   EC_UPLOAD_REASON_SOCIAL_LOGIN, EC_REMEDY_RESTUDY);
      return FALSE;
    }

  if (course->route == EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND)
    {
      set_blocked (verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                   EC_UPLOAD_REASON_UNBOUND_CERTIFICATE, EC_REMEDY_BIND_CERTIFICATE);
      return FALSE;
    }

  if (course->completed_at == EC_TIME_NEVER)
    {
      set_blocked (verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                   EC_UPLOAD_REASON_NOT_COMPLETED, EC_REMEDY_COMPLETE_COURSE);
      return FALSE;
    }

  return TRUE;
}

/* When the last condition was met: the batch picks the hours up only from
 * then on.  Every time here is one the checks above found set, except the
 * optional "since" times, where %EC_TIME_NEVER (0) means "since before any
 * course" and so never wins. */
static gint64
compute_ready_at (const EcAccountState *account,
                  const EcCourseFacts  *course,
                  EcNetwork             network)
{
  gint64 ready_at = course->completed_at;

  /* A conversion takes effect for these networks only at the re-login; the
   * ENV network never waited for it (see check_official_account()). */
  if (network != EC_NETWORK_ENV
      && course->route != EC_LOGIN_ROUTE_ECPA
      && is_converted (account))
    ready_at = MAX (ready_at, account->relogin_at);

  if (network == EC_NETWORK_TEACHER)
    ready_at = MAX (ready_at, account->personnel_category_since);

  if (network == EC_NETWORK_ENV)
    {
      ready_at = MAX (ready_at, account->env_account_since);
      ready_at = MAX (ready_at, account->env_service_unit_since);
    }

  return ready_at;
}

static void
set_uploaded (const EcCourseFacts *course,
              EcNetwork            network,
              EcUploadVerdict     *verdict)
{
  verdict->status = EC_UPLOAD_STATUS_UPLOADED;
  verdict->reason = EC_UPLOAD_REASON_NONE;
  verdict->remedy = EC_REMEDY_NONE;
  verdict->ready_at = course->completed_at;
  ec_time_to_taiwan_date (course->uploaded_at[network], &verdict->date);
  verdict->date_is_estimate = FALSE;
}

static void
set_pending (EcCalendar      *calendar,
             gint64           ready_at,
             EcUploadVerdict *verdict)
{
  GDate ready_date;

  verdict->status = EC_UPLOAD_STATUS_PENDING;
  verdict->reason = EC_UPLOAD_REASON_NONE;
  verdict->remedy = EC_REMEDY_WAIT;
  verdict->ready_at = ready_at;
  g_date_clear (&verdict->date, 1);

  ec_time_to_taiwan_date (ready_at, &ready_date);
  verdict->date_is_estimate = !ec_calendar_add_working_days (calendar, &ready_date,
                                                             EC_UPLOAD_WORKING_DAYS,
                                                             &verdict->date);
}

/**
 * ec_upload_rules_evaluate:
 * @calendar: the office calendar, for the expected upload date
 * @account: what the platform knows about the learner's account
 * @course: how and when the course was studied
 * @network: the network to judge
 * @out_verdict: (out caller-allocates): the verdict
 *
 * Decides whether @course's hours reach @network, and when, by the rules of
 * DOMAIN.md ("When hours upload to a network", "After conversion", "Whose
 * hours go where").  The first condition that fails decides the reason, in
 * this order: certified hours, an upload already recorded, whether the
 * network credits the learner at all (not the general public's lifelong
 * and teachers' hours), a social login, an unbound certificate,
 * completion, the official account, the network's own conditions.
 *
 * An upload recorded by the service wins over every condition but the
 * first: an upload that happened cannot be undone, whatever the account
 * looks like today (a later change of personnel category, say), so the
 * record is trusted.  Its @ready_at is then the completion time, the one
 * condition every upload needed.
 *
 * Allocates nothing, so that it can be run over a whole learning record.
 */
void
ec_upload_rules_evaluate (EcCalendar           *calendar,
                          const EcAccountState *account,
                          const EcCourseFacts  *course,
                          EcNetwork             network,
                          EcUploadVerdict      *out_verdict)
{
  g_return_if_fail (EC_IS_CALENDAR (calendar));
  g_return_if_fail (account != NULL);
  g_return_if_fail (course != NULL);
  g_return_if_fail ((guint) network < EC_N_NETWORKS);
  g_return_if_fail (out_verdict != NULL);

  out_verdict->network = network;

  if (course->certified_minutes[network] == 0)
    {
      set_blocked (out_verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                   EC_UPLOAD_REASON_NO_CERTIFIED_HOURS, EC_REMEDY_NONE);
      return;
    }

  if (course->uploaded_at[network] != EC_TIME_NEVER)
    {
      set_uploaded (course, network, out_verdict);
      return;
    }

  if (!check_civil_service (account, course, network, out_verdict)
      || !check_course (course, out_verdict)
      || !check_official_account (account, course, network, out_verdict)
      || !check_network (account, network, out_verdict))
    return;

  set_pending (calendar, compute_ready_at (account, course, network), out_verdict);
}
