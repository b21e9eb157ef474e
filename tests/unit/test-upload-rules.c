/* test-upload-rules.c: whether, when and why not a course's hours upload.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected date below is worked out by hand in a comment from the
 * bundled calendar (data/tw-gov-office-calendar.tsv), so that a reader can
 * check it against the published 2025 and 2026 calendars.
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"

static EcCalendar *calendar;

static const EcNetwork all_networks[] = {
  EC_NETWORK_LIFELONG,
  EC_NETWORK_TEACHER,
  EC_NETWORK_ENV,
};

/* Unix seconds of an ISO 8601 time with its offset. */
static gint64
at (const char *iso8601)
{
  g_autoptr (GError) error = NULL;
  gint64 time = ec_time_from_iso8601 (iso8601, &error);

  g_assert_no_error (error);
  return time;
}

/* A civil servant with an official account that was always official, with
 * everything every network asks for: category 10 and a correct
 * environmental-education account since long before any course. */
static EcAccountState
account_ready (void)
{
  EcAccountState account = {
    .identity = EC_IDENTITY_CIVIL_SERVANT,
    .kind = EC_ACCOUNT_KIND_OFFICIAL,
    .official_since = EC_TIME_NEVER,
    .relogin_at = EC_TIME_NEVER,
    .personnel_category = EC_PERSONNEL_CATEGORY_EDUCATOR,
    .personnel_category_since = EC_TIME_NEVER,
    .env_account_since = at ("2024-06-01T09:00:00+08:00"),
    .env_service_unit_ok = TRUE,
    .env_service_unit_since = EC_TIME_NEVER,
  };

  return account;
}

/* A course with hours for every network, studied via @route and completed
 * at @completed_at, not uploaded anywhere yet. */
static EcCourseFacts
course_on (EcLoginRoute route,
           gint64       completed_at)
{
  EcCourseFacts course = {
    .route = route,
    .certified_minutes = { 120, 120, 60 },
    .completed_at = completed_at,
    .uploaded_at = { EC_TIME_NEVER, EC_TIME_NEVER, EC_TIME_NEVER },
  };

  return course;
}

static void
evaluate (const EcAccountState *account,
          const EcCourseFacts  *course,
          EcNetwork             network,
          EcUploadVerdict      *verdict)
{
  /* Garbage first: the evaluator must set every field itself. */
  memset (verdict, 0xa5, sizeof *verdict);
  ec_upload_rules_evaluate (calendar, account, course, network, verdict);
  g_assert_cmpint (verdict->network, ==, network);
}

/* A verdict that is neither uploaded nor pending carries no date. */
static void
assert_blocked (const EcUploadVerdict *verdict,
                EcUploadStatus         status,
                EcUploadReason         reason,
                EcRemedy               remedy)
{
  g_assert_cmpstr (ec_upload_status_to_string (verdict->status), ==,
                   ec_upload_status_to_string (status));
  g_assert_cmpstr (ec_upload_reason_to_string (verdict->reason), ==,
                   ec_upload_reason_to_string (reason));
  g_assert_cmpstr (ec_remedy_to_string (verdict->remedy), ==,
                   ec_remedy_to_string (remedy));
  g_assert_cmpint (verdict->ready_at, ==, EC_TIME_NEVER);
  g_assert_false (g_date_valid (&verdict->date));
  g_assert_false (verdict->date_is_estimate);
}

static void
assert_date (const GDate *date,
             const char  *expected)
{
  g_autofree char *text = NULL;

  g_assert_true (g_date_valid (date));
  text = ec_date_to_iso8601 (date);
  g_assert_cmpstr (text, ==, expected);
}

static void
assert_pending (const EcUploadVerdict *verdict,
                gint64                 ready_at,
                const char            *expected_date,
                gboolean               estimate)
{
  g_assert_cmpstr (ec_upload_status_to_string (verdict->status), ==, "pending");
  g_assert_cmpint (verdict->reason, ==, EC_UPLOAD_REASON_NONE);
  g_assert_cmpint (verdict->remedy, ==, EC_REMEDY_WAIT);
  g_assert_cmpint (verdict->ready_at, ==, ready_at);
  assert_date (&verdict->date, expected_date);
  g_assert_cmpint (verdict->date_is_estimate, ==, estimate);
}

/* Rule 1: a course without certified hours for a network has nothing to
 * upload there, even when the other networks get theirs.  Completed on
 * Wednesday 2026-03-04 → Thu 5, Fri 6, Mon 9: 2026-03-09. */
static void
test_no_certified_hours (void)
{
  EcAccountState  account = account_ready ();
  EcUploadVerdict verdict;

  for (guint i = 0; i < G_N_ELEMENTS (all_networks); i++)
    {
      EcNetwork     empty = all_networks[i];
      EcCourseFacts course = course_on (EC_LOGIN_ROUTE_ECPA,
                                        at ("2026-03-04T10:00:00+08:00"));

      course.certified_minutes[empty] = 0;

      for (guint j = 0; j < G_N_ELEMENTS (all_networks); j++)
        {
          evaluate (&account, &course, all_networks[j], &verdict);
          if (all_networks[j] == empty)
            assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                            EC_UPLOAD_REASON_NO_CERTIFIED_HOURS, EC_REMEDY_NONE);
          else
            assert_pending (&verdict, course.completed_at, "2026-03-09", FALSE);
        }
    }
}

/* Rule 1 comes even before the social login: a course with no hours loses
 * nothing by being studied that way. */
static void
test_no_certified_hours_before_social (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_SOCIAL, EC_TIME_NEVER);
  EcUploadVerdict verdict;

  course.certified_minutes[EC_NETWORK_ENV] = 0;
  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NO_CERTIFIED_HOURS, EC_REMEDY_NONE);
}

/* Rule 2: a social login never uploads, on any network, completed or not,
 * whatever the account is. */
static void
test_social_login_never (void)
{
  const gint64        completions[] = { EC_TIME_NEVER, at ("2026-03-04T10:00:00+08:00") };
  const EcAccountKind kinds[] = { EC_ACCOUNT_KIND_OFFICIAL, EC_ACCOUNT_KIND_NATURAL_PERSON };

  for (guint c = 0; c < G_N_ELEMENTS (completions); c++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      for (guint n = 0; n < G_N_ELEMENTS (all_networks); n++)
        {
          EcAccountState  account = account_ready ();
          EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_SOCIAL, completions[c]);
          EcUploadVerdict verdict;

          account.kind = kinds[k];
          evaluate (&account, &course, all_networks[n], &verdict);
          assert_blocked (&verdict, EC_UPLOAD_STATUS_NEVER,
                          EC_UPLOAD_REASON_SOCIAL_LOGIN, EC_REMEDY_RESTUDY);
        }
}

/* Rule 3: an unbound certificate studied in a separate account; that comes
 * before completion, because finishing the course there would not help. */
static void
test_unbound_certificate (void)
{
  const gint64 completions[] = { EC_TIME_NEVER, at ("2026-03-04T10:00:00+08:00") };

  for (guint c = 0; c < G_N_ELEMENTS (completions); c++)
    for (guint n = 0; n < G_N_ELEMENTS (all_networks); n++)
      {
        EcAccountState  account = account_ready ();
        EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND,
                                            completions[c]);
        EcUploadVerdict verdict;

        evaluate (&account, &course, all_networks[n], &verdict);
        assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                        EC_UPLOAD_REASON_UNBOUND_CERTIFICATE,
                        EC_REMEDY_BIND_CERTIFICATE);
      }
}

/* Rule 4: not completed, with every other condition met. */
static void
test_not_completed (void)
{
  const EcLoginRoute routes[] = {
    EC_LOGIN_ROUTE_ECPA,
    EC_LOGIN_ROUTE_GOV_TW,
    EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
  };

  for (guint r = 0; r < G_N_ELEMENTS (routes); r++)
    for (guint n = 0; n < G_N_ELEMENTS (all_networks); n++)
      {
        EcAccountState  account = account_ready ();
        EcCourseFacts   course = course_on (routes[r], EC_TIME_NEVER);
        EcUploadVerdict verdict;

        evaluate (&account, &course, all_networks[n], &verdict);
        assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                        EC_UPLOAD_REASON_NOT_COMPLETED, EC_REMEDY_COMPLETE_COURSE);
      }
}

/* Completion comes before the account: a natural-person learner who has
 * not finished the course is told to finish it first. */
static void
test_not_completed_before_account (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, EC_TIME_NEVER);
  EcUploadVerdict verdict;

  account.kind = EC_ACCOUNT_KIND_NATURAL_PERSON;
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NOT_COMPLETED, EC_REMEDY_COMPLETE_COURSE);
}

/* A civil servant on eCPA with category 10: every network is pending.
 * Completed Friday 2025-09-26 → Mon 09-29 is off (教師節補假) → Tue 30,
 * Wed 10-01, Thu 10-02: 2025-10-02. */
static void
test_ecpa_all_networks (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2025-09-26T15:00:00+08:00"));
  EcUploadVerdict verdict;

  for (guint n = 0; n < G_N_ELEMENTS (all_networks); n++)
    {
      evaluate (&account, &course, all_networks[n], &verdict);
      assert_pending (&verdict, course.completed_at, "2025-10-02", FALSE);
    }
}

/* The same learner with another personnel category: the teachers' network
 * refuses, the other two do not care.  Completed Thursday 2025-02-06 →
 * Fri 02-07, Sat 02-08 (a Saturday worked, 補行上班), Mon 02-10. */
static void
test_ecpa_other_category (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2025-02-06T11:00:00+08:00"));
  EcUploadVerdict verdict;

  account.personnel_category = 3;

  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY,
                  EC_REMEDY_FIX_PERSONNEL_CATEGORY);

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2025-02-10", FALSE);
  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_pending (&verdict, course.completed_at, "2025-02-10", FALSE);
}

/* An eCPA account is official by itself: a conversion of the learner's
 * 我的e政府 account without a re-login does not hold up its hours, and the
 * re-login does not move their date.  Completed Wednesday 2026-03-04 →
 * 2026-03-09. */
static void
test_ecpa_ignores_conversion (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-03-04T10:00:00+08:00"));
  EcUploadVerdict verdict;

  account.official_since = at ("2026-03-01T10:00:00+08:00");
  account.relogin_at = EC_TIME_NEVER;
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-03-09", FALSE);

  account.relogin_at = at ("2026-03-20T10:00:00+08:00");
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-03-09", FALSE);
}

/* A civil servant or a teacher on a natural-person 我的e政府 account:
 * lifelong and teachers' hours need an official account, but environmental
 * education takes a 我的e政府 member.  Completed Friday 2026-02-13 → the
 * Lunar New Year holidays 02-16..02-20 → Mon 23, Tue 24, Wed 25:
 * 2026-02-25. */
static void
test_natural_person_gov_tw (gconstpointer data)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, at ("2026-02-13T16:00:00+08:00"));
  EcUploadVerdict verdict;

  account.identity = GPOINTER_TO_INT (data);
  account.kind = EC_ACCOUNT_KIND_NATURAL_PERSON;

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT, EC_REMEDY_CONVERT_ACCOUNT);

  /* Category 10 does not help without an official account. */
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT, EC_REMEDY_CONVERT_ACCOUNT);

  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-02-25", FALSE);
}

/* The general public on a natural-person account: lifelong and teachers'
 * hours are not theirs to credit (DOMAIN.md, "Whose hours go where"), with
 * nothing to do, whatever the route and whether or not the course was
 * completed; their environmental-education hours keep every other rule.
 * Completed Friday 2026-02-13 → 2026-02-25 (see above). */
static void
test_general_public_not_civil_service (void)
{
  const EcLoginRoute routes[] = {
    EC_LOGIN_ROUTE_GOV_TW,
    EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
    EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND,
    EC_LOGIN_ROUTE_SOCIAL,
  };
  const gint64 completions[] = { EC_TIME_NEVER, at ("2026-02-13T16:00:00+08:00") };

  for (guint r = 0; r < G_N_ELEMENTS (routes); r++)
    for (guint c = 0; c < G_N_ELEMENTS (completions); c++)
      {
        EcAccountState  account = account_ready ();
        EcCourseFacts   course = course_on (routes[r], completions[c]);
        EcUploadVerdict verdict;

        account.identity = EC_IDENTITY_GENERAL_PUBLIC;
        account.kind = EC_ACCOUNT_KIND_NATURAL_PERSON;

        evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
        assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                        EC_UPLOAD_REASON_NOT_CIVIL_SERVICE, EC_REMEDY_NONE);
        evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
        assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                        EC_UPLOAD_REASON_NOT_CIVIL_SERVICE, EC_REMEDY_NONE);

        /* Environmental education is theirs: the usual rules decide. */
        evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
        g_assert_cmpint (verdict.reason, !=, EC_UPLOAD_REASON_NOT_CIVIL_SERVICE);
        if (routes[r] == EC_LOGIN_ROUTE_SOCIAL)
          assert_blocked (&verdict, EC_UPLOAD_STATUS_NEVER,
                          EC_UPLOAD_REASON_SOCIAL_LOGIN, EC_REMEDY_RESTUDY);
        else if (routes[r] == EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND)
          assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                          EC_UPLOAD_REASON_UNBOUND_CERTIFICATE, EC_REMEDY_BIND_CERTIFICATE);
        else if (completions[c] == EC_TIME_NEVER)
          assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                          EC_UPLOAD_REASON_NOT_COMPLETED, EC_REMEDY_COMPLETE_COURSE);
        else
          assert_pending (&verdict, course.completed_at, "2026-02-25", FALSE);
      }
}

/* An upload that happened is trusted for the general public too, and an
 * official account (eCPA, or converted) is on the personnel roster
 * whatever identity was chosen: the usual rules judge it. */
static void
test_general_public_official_account (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, at ("2026-02-13T16:00:00+08:00"));
  EcUploadVerdict verdict;

  account.identity = EC_IDENTITY_GENERAL_PUBLIC;
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-02-25", FALSE);

  account.kind = EC_ACCOUNT_KIND_NATURAL_PERSON;
  course.route = EC_LOGIN_ROUTE_ECPA;
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-02-25", FALSE);

  course.route = EC_LOGIN_ROUTE_GOV_TW;
  course.uploaded_at[EC_NETWORK_LIFELONG] = at ("2026-02-25T02:00:00+08:00");
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  g_assert_cmpint (verdict.status, ==, EC_UPLOAD_STATUS_UPLOADED);

  course.certified_minutes[EC_NETWORK_TEACHER] = 0;
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NO_CERTIFIED_HOURS, EC_REMEDY_NONE);
}

/* The environmental-education exception does not waive the network's own
 * conditions. */
static void
test_natural_person_env_without_account (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, at ("2026-02-13T16:00:00+08:00"));
  EcUploadVerdict verdict;

  account.identity = EC_IDENTITY_GENERAL_PUBLIC;
  account.kind = EC_ACCOUNT_KIND_NATURAL_PERSON;
  account.env_account_since = EC_TIME_NEVER;

  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NO_ENV_ACCOUNT, EC_REMEDY_CREATE_ENV_ACCOUNT);
}

/* Converted on 2026-03-10 but no login to the platform since: it still
 * holds the natural-person state.  Environmental education already took
 * that state, so it needs no re-login.  Completed Friday 2026-02-13 →
 * 2026-02-25 (see above). */
static void
test_converted_without_relogin (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, at ("2026-02-13T16:00:00+08:00"));
  EcUploadVerdict verdict;

  account.official_since = at ("2026-03-10T10:00:00+08:00");
  account.relogin_at = EC_TIME_NEVER;

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_RELOGIN_NEEDED, EC_REMEDY_LOG_IN_AGAIN);
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_RELOGIN_NEEDED, EC_REMEDY_LOG_IN_AGAIN);

  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-02-25", FALSE);
}

/* A login before the conversion is no re-login: the platform read the old
 * state then. */
static void
test_relogin_before_conversion (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, at ("2026-02-13T16:00:00+08:00"));
  EcUploadVerdict verdict;

  account.official_since = at ("2026-03-10T10:00:00+08:00");
  account.relogin_at = at ("2026-03-10T09:59:59+08:00");

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_RELOGIN_NEEDED, EC_REMEDY_LOG_IN_AGAIN);
}

/* Converted on Tuesday 2026-03-10, logged in again on Thursday 03-12: the
 * earlier hours are ready from the re-login, so Fri 13, Mon 16, Tue 17:
 * 2026-03-17.  Environmental education did not wait for the re-login: its
 * hours were ready at completion (Friday 2026-02-13 → 2026-02-25). */
static void
test_converted_and_relogged (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, at ("2026-02-13T16:00:00+08:00"));
  EcUploadVerdict verdict;

  account.official_since = at ("2026-03-10T10:00:00+08:00");
  account.relogin_at = at ("2026-03-12T09:00:00+08:00");

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, account.relogin_at, "2026-03-17", FALSE);
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_pending (&verdict, account.relogin_at, "2026-03-17", FALSE);

  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-02-25", FALSE);
}

/* A re-login at the very second of the conversion counts. */
static void
test_relogin_at_conversion (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, at ("2026-02-13T16:00:00+08:00"));
  EcUploadVerdict verdict;

  account.official_since = at ("2026-03-12T09:00:00+08:00");
  account.relogin_at = account.official_since;

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, account.relogin_at, "2026-03-17", FALSE);
}

/* Converted and logged in again before the course was completed on Friday
 * 2026-03-20: ready at completion → Mon 23, Tue 24, Wed 25: 2026-03-25. */
static void
test_completed_after_relogin (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW, at ("2026-03-20T14:00:00+08:00"));
  EcUploadVerdict verdict;

  account.official_since = at ("2026-03-10T10:00:00+08:00");
  account.relogin_at = at ("2026-03-11T08:30:00+08:00");

  for (guint n = 0; n < G_N_ELEMENTS (all_networks); n++)
    {
      evaluate (&account, &course, all_networks[n], &verdict);
      assert_pending (&verdict, course.completed_at, "2026-03-25", FALSE);
    }
}

/* A bound certificate is the account it is bound to: natural person,
 * official, converted without a re-login, all as with a password.
 * Completed Wednesday 2026-03-04 → 2026-03-09. */
static void
test_bound_certificate_follows_account (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
                                      at ("2026-03-04T10:00:00+08:00"));
  EcUploadVerdict verdict;

  account.kind = EC_ACCOUNT_KIND_NATURAL_PERSON;
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT, EC_REMEDY_CONVERT_ACCOUNT);
  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-03-09", FALSE);

  account.kind = EC_ACCOUNT_KIND_OFFICIAL;
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-03-09", FALSE);
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-03-09", FALSE);

  account.official_since = at ("2026-03-05T10:00:00+08:00");
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_RELOGIN_NEEDED, EC_REMEDY_LOG_IN_AGAIN);
}

/* The teachers' network needs category 10, also for an unknown (0) one. */
static void
test_teacher_category_not_10 (void)
{
  const guint categories[] = { 0, 1, 9, 11 };

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      EcAccountState  account = account_ready ();
      EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_GOV_TW,
                                          at ("2026-03-04T10:00:00+08:00"));
      EcUploadVerdict verdict;

      account.identity = EC_IDENTITY_EDUCATOR;
      account.personnel_category = categories[i];
      evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
      assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                      EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY,
                      EC_REMEDY_FIX_PERSONNEL_CATEGORY);
    }
}

/* Completed Wednesday 2026-04-01, category set to 10 on Thursday 04-02.
 * Teachers': ready at the change → Fri 04-03 and Mon 04-06 are off
 * (兒童節補假, 民族掃墓節補假) → Tue 7, Wed 8, Thu 9: 2026-04-09.
 * Lifelong does not look at the category: ready at completion → Thu 2,
 * (3 and 6 off) Tue 7, Wed 8: 2026-04-08. */
static void
test_teacher_category_changed_later (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-04-01T10:00:00+08:00"));
  EcUploadVerdict verdict;

  account.identity = EC_IDENTITY_EDUCATOR;
  account.personnel_category_since = at ("2026-04-02T15:00:00+08:00");

  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_pending (&verdict, account.personnel_category_since, "2026-04-09", FALSE);

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-04-08", FALSE);
}

/* The environmental-education network's own conditions, in order: an
 * account there first, then a correct service unit. */
static void
test_env_no_account (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-03-04T10:00:00+08:00"));
  EcUploadVerdict verdict;

  account.env_account_since = EC_TIME_NEVER;
  account.env_service_unit_ok = FALSE;
  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NO_ENV_ACCOUNT, EC_REMEDY_CREATE_ENV_ACCOUNT);

  /* The other networks do not need it. */
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-03-09", FALSE);
}

static void
test_env_service_unit (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-03-04T10:00:00+08:00"));
  EcUploadVerdict verdict;

  account.env_service_unit_ok = FALSE;
  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_ENV_SERVICE_UNIT, EC_REMEDY_FIX_SERVICE_UNIT);
}

/* Completed Monday 2026-05-04, environmental-education account created
 * Wednesday 05-06: ready then → Thu 7, Fri 8, Mon 11: 2026-05-11. */
static void
test_env_account_after_completion (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-05-04T10:00:00+08:00"));
  EcUploadVerdict verdict;

  account.env_account_since = at ("2026-05-06T14:00:00+08:00");
  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_pending (&verdict, account.env_account_since, "2026-05-11", FALSE);
}

/* The service unit corrected on Tuesday 2026-05-12, after the account was
 * created: ready then → Wed 13, Thu 14, Fri 15: 2026-05-15. */
static void
test_env_service_unit_fixed_later (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-05-04T10:00:00+08:00"));
  EcUploadVerdict verdict;

  account.env_account_since = at ("2026-05-06T14:00:00+08:00");
  account.env_service_unit_since = at ("2026-05-12T11:00:00+08:00");
  evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
  assert_pending (&verdict, account.env_service_unit_since, "2026-05-15", FALSE);
}

/* An upload at 2026-03-01T17:00Z happened at 01:00 on 03-02 in Taiwan, and
 * is dated so. */
static void
test_uploaded (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-02-25T10:00:00+08:00"));
  EcUploadVerdict verdict;

  course.uploaded_at[EC_NETWORK_LIFELONG] = at ("2026-03-01T17:00:00Z");

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  g_assert_cmpint (verdict.status, ==, EC_UPLOAD_STATUS_UPLOADED);
  g_assert_cmpint (verdict.reason, ==, EC_UPLOAD_REASON_NONE);
  g_assert_cmpint (verdict.remedy, ==, EC_REMEDY_NONE);
  g_assert_cmpint (verdict.ready_at, ==, course.completed_at);
  assert_date (&verdict.date, "2026-03-02");
  g_assert_false (verdict.date_is_estimate);

  /* Each network has its own record: the teachers' network is still
   * waiting.  Completed Wednesday 2026-02-25 → Thu 26, (Fri 27 off,
   * 和平紀念日補假) Mon 03-02, Tue 03-03: 2026-03-03. */
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-03-03", FALSE);
}

/* A recorded upload is trusted even where a rule now says no: it happened
 * and cannot be undone.  Only "no certified hours" still decides. */
static void
test_uploaded_despite_failing_condition (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_SOCIAL, at ("2026-02-25T10:00:00+08:00"));
  EcUploadVerdict verdict;

  course.uploaded_at[EC_NETWORK_LIFELONG] = at ("2026-03-03T02:00:00+08:00");
  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  g_assert_cmpint (verdict.status, ==, EC_UPLOAD_STATUS_UPLOADED);
  g_assert_cmpint (verdict.ready_at, ==, course.completed_at);
  assert_date (&verdict.date, "2026-03-03");

  course.route = EC_LOGIN_ROUTE_GOV_TW;
  account.kind = EC_ACCOUNT_KIND_NATURAL_PERSON;
  account.personnel_category = 0;
  course.uploaded_at[EC_NETWORK_TEACHER] = at ("2026-03-04T02:00:00+08:00");
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  g_assert_cmpint (verdict.status, ==, EC_UPLOAD_STATUS_UPLOADED);
  g_assert_cmpint (verdict.reason, ==, EC_UPLOAD_REASON_NONE);
  assert_date (&verdict.date, "2026-03-04");

  course.certified_minutes[EC_NETWORK_TEACHER] = 0;
  evaluate (&account, &course, EC_NETWORK_TEACHER, &verdict);
  assert_blocked (&verdict, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
                  EC_UPLOAD_REASON_NO_CERTIFIED_HOURS, EC_REMEDY_NONE);
}

/* Completed at 2026-03-05T17:30Z: still Thursday in UTC, but Friday 03-06
 * 01:30 in Taiwan → Mon 9, Tue 10, Wed 11: 2026-03-11.  Counting from the
 * UTC date would give 2026-03-10. */
static void
test_completion_late_utc_day (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-03-05T17:30:00Z"));
  EcUploadVerdict verdict;

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2026-03-11", FALSE);
}

/* Completed Wednesday 2026-12-30 → Thu 31, then 2027, which the calendar
 * does not know: Fri 2027-01-01 counts as a weekday although it will be a
 * holiday, Mon 01-04 is the third.  The date is an estimate. */
static void
test_pending_across_year_end (void)
{
  EcAccountState  account = account_ready ();
  EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, at ("2026-12-30T10:00:00+08:00"));
  EcUploadVerdict verdict;

  evaluate (&account, &course, EC_NETWORK_LIFELONG, &verdict);
  assert_pending (&verdict, course.completed_at, "2027-01-04", TRUE);
}

/* The evaluator dates uploads with ec_time_to_taiwan_date(), which does its
 * own arithmetic to avoid allocating; its dates must be the ones GDateTime
 * gives in Taiwan's zone, across two years and every hour of the day (a step
 * of 7 h 13 min walks through all of them). */
static void
test_upload_date_matches_taiwan_date (void)
{
  EcAccountState account = account_ready ();
  gint64         start = at ("2024-12-31T00:00:00Z");
  gint64         end = at ("2027-01-02T00:00:00Z");

  for (gint64 t = start; t < end; t += 7 * 3600 + 13 * 60)
    {
      EcCourseFacts   course = course_on (EC_LOGIN_ROUTE_ECPA, start);
      EcUploadVerdict verdict;
      GDate           expected;

      course.uploaded_at[EC_NETWORK_ENV] = t;
      evaluate (&account, &course, EC_NETWORK_ENV, &verdict);
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (t);
      g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, ec_time_zone_taiwan ());

      g_date_clear (&expected, 1);
      g_date_set_dmy (&expected, g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local), g_date_time_get_year (local));
      g_assert_cmpint (verdict.status, ==, EC_UPLOAD_STATUS_UPLOADED);
      g_assert_cmpint (g_date_compare (&verdict.date, &expected), ==, 0);
    }
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

/* Ids are distinct kebab-case strings, spelled as the API expects. */
static void
assert_ids (const char *(*to_string) (int),
            guint n_values)
{
  for (guint i = 0; i < n_values; i++)
    {
      const char *id = to_string ((int) i);

      g_assert_true (is_kebab_id (id));
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (id, !=, to_string ((int) j));
    }
}

static const char *
network_id (int value)
{
  return ec_network_to_string ((EcNetwork) value);
}

static const char *
status_id (int value)
{
  return ec_upload_status_to_string ((EcUploadStatus) value);
}

static const char *
reason_id (int value)
{
  return ec_upload_reason_to_string ((EcUploadReason) value);
}

static const char *
remedy_id (int value)
{
  return ec_remedy_to_string ((EcRemedy) value);
}

static void
test_network_strings (void)
{
  const char *const ids[] = { "lifelong", "teacher", "env" };
  EcNetwork         parsed = EC_NETWORK_TEACHER;

  assert_ids (network_id, EC_N_NETWORKS);

  for (guint i = 0; i < EC_N_NETWORKS; i++)
    {
      const char *label = ec_network_get_label ((EcNetwork) i);

      g_assert_cmpstr (ec_network_to_string ((EcNetwork) i), ==, ids[i]);
      g_assert_true (ec_network_from_string (ids[i], &parsed));
      g_assert_cmpint (parsed, ==, i);
      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
    }

  parsed = EC_NETWORK_TEACHER;
  g_assert_false (ec_network_from_string (NULL, &parsed));
  g_assert_false (ec_network_from_string ("", &parsed));
  g_assert_false (ec_network_from_string ("Lifelong", &parsed));
  g_assert_false (ec_network_from_string ("environment", &parsed));
  g_assert_cmpint (parsed, ==, EC_NETWORK_TEACHER);
}

static void
test_status_strings (void)
{
  const char *const ids[] = { "uploaded", "pending", "not-eligible", "never" };

  assert_ids (status_id, G_N_ELEMENTS (ids));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const char *label = ec_upload_status_get_label ((EcUploadStatus) i);

      g_assert_cmpstr (ec_upload_status_to_string ((EcUploadStatus) i), ==, ids[i]);
      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (label, !=, ec_upload_status_get_label ((EcUploadStatus) j));
    }
}

static void
test_reason_strings (void)
{
  const char *const ids[] = {
    "none",
    "no-certified-hours",
    "not-completed",
    "social-login",
    "unbound-certificate",
    "not-official-account",
    "relogin-needed",
    "not-educator-category",
    "no-env-account",
    "env-service-unit",
    "not-civil-service",
  };

  assert_ids (reason_id, G_N_ELEMENTS (ids));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const char *summary = ec_upload_reason_get_summary ((EcUploadReason) i);
      const char *explanation = ec_upload_reason_get_explanation ((EcUploadReason) i);

      g_assert_cmpstr (ec_upload_reason_to_string ((EcUploadReason) i), ==, ids[i]);
      g_assert_nonnull (summary);
      g_assert_cmpstr (summary, !=, "");
      g_assert_nonnull (explanation);
      /* An explanation is a sentence, longer than its summary. */
      g_assert_cmpuint (strlen (explanation), >, strlen (summary));
      g_assert_true (g_str_has_suffix (explanation, "."));
    }

  g_assert_cmpstr (ec_upload_reason_get_summary (EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT), ==,
                   "Not an official account");
  g_assert_nonnull (strstr (ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY),
                            "10 教育人員"));
  g_assert_cmpstr (ec_upload_reason_get_summary (EC_UPLOAD_REASON_NOT_CIVIL_SERVICE), ==,
                   "Civil-service staff only");
}

static void
test_remedy_strings (void)
{
  const char *const ids[] = {
    "none",
    "wait",
    "complete-course",
    "restudy",
    "bind-certificate",
    "convert-account",
    "log-in-again",
    "fix-personnel-category",
    "create-env-account",
    "fix-service-unit",
  };

  assert_ids (remedy_id, G_N_ELEMENTS (ids));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_cmpstr (ec_remedy_to_string ((EcRemedy) i), ==, ids[i]);

      for (guint identity = 0; identity < EC_N_IDENTITIES; identity++)
        {
          g_autofree char *text = ec_remedy_describe ((EcRemedy) i, (EcIdentity) identity);

          g_assert_nonnull (text);
          g_assert_cmpstr (text, !=, "");
        }
    }
}

/* The remedies that the rules word in a particular way. */
static void
test_remedy_wording (void)
{
  g_autofree char *educator = ec_remedy_describe (EC_REMEDY_CONVERT_ACCOUNT,
                                                  EC_IDENTITY_EDUCATOR);
  g_autofree char *civil = ec_remedy_describe (EC_REMEDY_CONVERT_ACCOUNT,
                                               EC_IDENTITY_CIVIL_SERVANT);
  g_autofree char *wait = ec_remedy_describe (EC_REMEDY_WAIT, EC_IDENTITY_CIVIL_SERVANT);
  g_autofree char *relogin = ec_remedy_describe (EC_REMEDY_LOG_IN_AGAIN,
                                                 EC_IDENTITY_GENERAL_PUBLIC);
  g_autofree char *restudy = ec_remedy_describe (EC_REMEDY_RESTUDY,
                                                 EC_IDENTITY_CIVIL_SERVANT);
  g_autofree char *category = ec_remedy_describe (EC_REMEDY_FIX_PERSONNEL_CATEGORY,
                                                  EC_IDENTITY_EDUCATOR);
  g_autofree char *env_account = ec_remedy_describe (EC_REMEDY_CREATE_ENV_ACCOUNT,
                                                     EC_IDENTITY_GENERAL_PUBLIC);
  g_autofree char *service_unit = ec_remedy_describe (EC_REMEDY_FIX_SERVICE_UNIT,
                                                      EC_IDENTITY_CIVIL_SERVANT);

  g_assert_nonnull (strstr (educator, "「公務人員之教育人員」"));
  g_assert_nonnull (strstr (civil, "「公務人員」"));
  g_assert_null (strstr (civil, "教育人員"));
  g_assert_nonnull (strstr (wait, "3 working days"));
  g_assert_nonnull (strstr (relogin, "Log in to the learning platform again"));
  g_assert_nonnull (strstr (relogin, "3 days"));
  g_assert_nonnull (strstr (restudy, "official account"));
  g_assert_nonnull (strstr (category, "10 教育人員"));
  g_assert_nonnull (strstr (env_account, "環教網"));
  g_assert_nonnull (strstr (service_unit, "環教網"));
}

/* Every id parses back to its value, and nothing else parses: the client
 * reads these ids from the API and must refuse one it does not know. */
static void
test_from_string_round_trips (void)
{
  const char *const unknown[] = { "", "Uploaded", "pending ", "not_eligible", "wait-", "None" };
  EcUploadStatus    status = EC_UPLOAD_STATUS_NEVER;
  EcUploadReason    reason = EC_UPLOAD_REASON_NOT_CIVIL_SERVICE;
  EcRemedy          remedy = EC_REMEDY_FIX_SERVICE_UNIT;

  for (guint i = 0; i <= EC_UPLOAD_STATUS_NEVER; i++)
    {
      g_assert_true (ec_upload_status_from_string (ec_upload_status_to_string ((EcUploadStatus) i), &status));
      g_assert_cmpint (status, ==, i);
    }
  for (guint i = 0; i <= EC_UPLOAD_REASON_NOT_CIVIL_SERVICE; i++)
    {
      g_assert_true (ec_upload_reason_from_string (ec_upload_reason_to_string ((EcUploadReason) i), &reason));
      g_assert_cmpint (reason, ==, i);
    }
  for (guint i = 0; i <= EC_REMEDY_FIX_SERVICE_UNIT; i++)
    {
      g_assert_true (ec_remedy_from_string (ec_remedy_to_string ((EcRemedy) i), &remedy));
      g_assert_cmpint (remedy, ==, i);
    }

  status = EC_UPLOAD_STATUS_PENDING;
  reason = EC_UPLOAD_REASON_SOCIAL_LOGIN;
  remedy = EC_REMEDY_RESTUDY;
  g_assert_false (ec_upload_status_from_string (NULL, &status));
  g_assert_false (ec_upload_reason_from_string (NULL, &reason));
  g_assert_false (ec_remedy_from_string (NULL, &remedy));
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      g_assert_false (ec_upload_status_from_string (unknown[i], &status));
      g_assert_false (ec_upload_reason_from_string (unknown[i], &reason));
      g_assert_false (ec_remedy_from_string (unknown[i], &remedy));
    }
  /* A failed lookup leaves the output alone. */
  g_assert_cmpint (status, ==, EC_UPLOAD_STATUS_PENDING);
  g_assert_cmpint (reason, ==, EC_UPLOAD_REASON_SOCIAL_LOGIN);
  g_assert_cmpint (remedy, ==, EC_REMEDY_RESTUDY);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  calendar = ec_calendar_new_default ();

  g_test_add_func ("/upload-rules/no-certified-hours", test_no_certified_hours);
  g_test_add_func ("/upload-rules/no-certified-hours-before-social", test_no_certified_hours_before_social);
  g_test_add_func ("/upload-rules/social-login-never", test_social_login_never);
  g_test_add_func ("/upload-rules/unbound-certificate", test_unbound_certificate);
  g_test_add_func ("/upload-rules/not-completed", test_not_completed);
  g_test_add_func ("/upload-rules/not-completed-before-account", test_not_completed_before_account);
  g_test_add_func ("/upload-rules/ecpa-all-networks", test_ecpa_all_networks);
  g_test_add_func ("/upload-rules/ecpa-other-category", test_ecpa_other_category);
  g_test_add_func ("/upload-rules/ecpa-ignores-conversion", test_ecpa_ignores_conversion);
  g_test_add_data_func ("/upload-rules/natural-person-gov-tw/civil-servant",
                        GINT_TO_POINTER (EC_IDENTITY_CIVIL_SERVANT), test_natural_person_gov_tw);
  g_test_add_data_func ("/upload-rules/natural-person-gov-tw/educator",
                        GINT_TO_POINTER (EC_IDENTITY_EDUCATOR), test_natural_person_gov_tw);
  g_test_add_func ("/upload-rules/general-public-not-civil-service", test_general_public_not_civil_service);
  g_test_add_func ("/upload-rules/general-public-official-account", test_general_public_official_account);
  g_test_add_func ("/upload-rules/natural-person-env-without-account", test_natural_person_env_without_account);
  g_test_add_func ("/upload-rules/converted-without-relogin", test_converted_without_relogin);
  g_test_add_func ("/upload-rules/relogin-before-conversion", test_relogin_before_conversion);
  g_test_add_func ("/upload-rules/converted-and-relogged", test_converted_and_relogged);
  g_test_add_func ("/upload-rules/relogin-at-conversion", test_relogin_at_conversion);
  g_test_add_func ("/upload-rules/completed-after-relogin", test_completed_after_relogin);
  g_test_add_func ("/upload-rules/bound-certificate-follows-account", test_bound_certificate_follows_account);
  g_test_add_func ("/upload-rules/teacher-category-not-10", test_teacher_category_not_10);
  g_test_add_func ("/upload-rules/teacher-category-changed-later", test_teacher_category_changed_later);
  g_test_add_func ("/upload-rules/env-no-account", test_env_no_account);
  g_test_add_func ("/upload-rules/env-service-unit", test_env_service_unit);
  g_test_add_func ("/upload-rules/env-account-after-completion", test_env_account_after_completion);
  g_test_add_func ("/upload-rules/env-service-unit-fixed-later", test_env_service_unit_fixed_later);
  g_test_add_func ("/upload-rules/uploaded", test_uploaded);
  g_test_add_func ("/upload-rules/uploaded-despite-failing-condition", test_uploaded_despite_failing_condition);
  g_test_add_func ("/upload-rules/completion-late-utc-day", test_completion_late_utc_day);
  g_test_add_func ("/upload-rules/pending-across-year-end", test_pending_across_year_end);
  g_test_add_func ("/upload-rules/upload-date-matches-taiwan-date", test_upload_date_matches_taiwan_date);
  g_test_add_func ("/upload-rules/strings/networks", test_network_strings);
  g_test_add_func ("/upload-rules/strings/statuses", test_status_strings);
  g_test_add_func ("/upload-rules/strings/reasons", test_reason_strings);
  g_test_add_func ("/upload-rules/strings/remedies", test_remedy_strings);
  g_test_add_func ("/upload-rules/strings/remedy-wording", test_remedy_wording);
  g_test_add_func ("/upload-rules/strings/from-string-round-trips", test_from_string_round_trips);

  status = g_test_run ();
  g_clear_object (&calendar);

  return status;
}
