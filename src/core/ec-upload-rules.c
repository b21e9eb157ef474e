/* ec-upload-rules.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-upload-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-time.h"
#include "ec-upload-rules.h"

/* The rules of DOMAIN.md, "When hours upload to a network", applied to one
 * course and one network.  The evaluator runs for every course of a
 * learner's record (and 100,000 of them in the benchmark), so it allocates
 * nothing: the verdict is plain data and every string is looked up later. */

typedef struct {
  const char *id;
  const char *label;
} NetworkInfo;

/* The formatter cannot lay out tables of N_() strings: keep it out. */
/* clang-format off */
static const NetworkInfo networks[] = {
  [EC_NETWORK_LIFELONG] = { "lifelong", N_ ("Lifelong learning") },
  [EC_NETWORK_TEACHER] = { "teacher", N_ ("Teachers' in-service network") },
  [EC_NETWORK_ENV] = { "env", N_ ("Environmental education") },
};
/* clang-format on */

G_STATIC_ASSERT (G_N_ELEMENTS (networks) == EC_N_NETWORKS);

typedef struct {
  const char *id;
  const char *label;
} StatusInfo;

/* clang-format off */
static const StatusInfo statuses[] = {
  [EC_UPLOAD_STATUS_UPLOADED] = { "uploaded", N_ ("Uploaded") },
  [EC_UPLOAD_STATUS_PENDING] = { "pending", N_ ("Pending") },
  [EC_UPLOAD_STATUS_NOT_ELIGIBLE] = { "not-eligible", N_ ("Not eligible") },
  [EC_UPLOAD_STATUS_NEVER] = { "never", N_ ("Never uploads") },
};
/* clang-format on */

typedef struct {
  const char *id;
  const char *summary;
  const char *explanation;
} ReasonInfo;

/* clang-format off */
static const ReasonInfo reasons[] = {
  [EC_UPLOAD_REASON_NONE] = {
    "none",
    N_ ("All conditions met"),
    N_ ("Every condition for uploading these hours holds."),
  },
  [EC_UPLOAD_REASON_NO_CERTIFIED_HOURS] = {
    "no-certified-hours",
    N_ ("No certified hours"),
    N_ ("This course carries no certified hours for this network, so there "
        "is nothing to upload."),
  },
  [EC_UPLOAD_REASON_NOT_COMPLETED] = {
    "not-completed",
    N_ ("Course not completed"),
    N_ ("Hours are uploaded only after the course is completed."),
  },
  [EC_UPLOAD_REASON_SOCIAL_LOGIN] = {
    "social-login",
    N_ ("Studied with a social account"),
    N_ ("Hours studied with a social account (Facebook, Google+) can "
        "neither be uploaded nor transferred later; the course must be "
        "studied again."),
  },
  [EC_UPLOAD_REASON_UNBOUND_CERTIFICATE] = {
    "unbound-certificate",
    N_ ("Certificate not bound"),
    N_ ("The course was studied with a citizen digital certificate that was "
        "not bound to an account, so its records belong to a separate "
        "account and can never be merged."),
  },
  [EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT] = {
    "not-official-account",
    N_ ("Not an official account"),
    N_ ("The course was studied with a natural-person (自然人) account, and "
        "hours are uploaded only for an official account. Once the account "
        "is converted, the hours studied with it are uploaded "
        "automatically."),
  },
  [EC_UPLOAD_REASON_RELOGIN_NEEDED] = {
    "relogin-needed",
    N_ ("Not logged in since the conversion"),
    N_ ("The account is official now, but the learning platform updates "
        "only when you next log in to it; until then it still treats the "
        "account as a natural-person account."),
  },
  [EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY] = {
    "not-educator-category",
    N_ ("Personnel category is not 10"),
    N_ ("Hours reach the teachers' network only when your personnel "
        "category (人員區分) is 10 教育人員."),
  },
  [EC_UPLOAD_REASON_NO_ENV_ACCOUNT] = {
    "no-env-account",
    N_ ("No environmental-education account"),
    N_ ("Hours reach the environmental-education network (環教網) only when "
        "you have a personal account there."),
  },
  [EC_UPLOAD_REASON_ENV_SERVICE_UNIT] = {
    "env-service-unit",
    N_ ("Service unit not filled in correctly"),
    N_ ("Hours reach the environmental-education network (環教網) only when "
        "your service unit (服務單位) there is filled in correctly."),
  },
};
/* clang-format on */

static const char *const remedy_ids[] = {
  [EC_REMEDY_NONE] = "none",
  [EC_REMEDY_WAIT] = "wait",
  [EC_REMEDY_COMPLETE_COURSE] = "complete-course",
  [EC_REMEDY_RESTUDY] = "restudy",
  [EC_REMEDY_BIND_CERTIFICATE] = "bind-certificate",
  [EC_REMEDY_CONVERT_ACCOUNT] = "convert-account",
  [EC_REMEDY_LOG_IN_AGAIN] = "log-in-again",
  [EC_REMEDY_FIX_PERSONNEL_CATEGORY] = "fix-personnel-category",
  [EC_REMEDY_CREATE_ENV_ACCOUNT] = "create-env-account",
  [EC_REMEDY_FIX_SERVICE_UNIT] = "fix-service-unit",
};

/* The tables must grow with their enums. */
G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == EC_UPLOAD_STATUS_NEVER + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (reasons) == EC_UPLOAD_REASON_ENV_SERVICE_UNIT + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (remedy_ids) == EC_REMEDY_FIX_SERVICE_UNIT + 1);

/* Every id table has the id as its rows' first member, so one lookup
 * serves them all. */
static gboolean
find_id (const char *text,
         const void *table,
         gsize       row_size,
         guint       n_rows,
         guint      *out_index)
{
  for (guint i = 0; text != NULL && i < n_rows; i++)
    {
      const char *id = *(const char *const *) ((const char *) table + i * row_size);

      if (strcmp (text, id) == 0)
        {
          *out_index = i;
          return TRUE;
        }
    }

  return FALSE;
}

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
  return account->relogin_at != EC_TIME_NEVER
         && account->relogin_at >= account->official_since;
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
 * DOMAIN.md ("When hours upload to a network", "After conversion").  The
 * first condition that fails decides the reason, in this order: certified
 * hours, an upload already recorded, a social login, an unbound
 * certificate, completion, the official account, the network's own
 * conditions.
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

  if (!check_course (course, out_verdict)
      || !check_official_account (account, course, network, out_verdict)
      || !check_network (account, network, out_verdict))
    return;

  set_pending (calendar, compute_ready_at (account, course, network), out_verdict);
}

/**
 * ec_network_to_string:
 * @network: a network
 *
 * Returns: the stable, untranslated id of @network ("lifelong", "teacher"
 *   or "env"), as the API writes it.
 */
const char *
ec_network_to_string (EcNetwork network)
{
  g_return_val_if_fail ((guint) network < G_N_ELEMENTS (networks), NULL);

  return networks[network].id;
}

/**
 * ec_network_from_string:
 * @text: (nullable): an id from ec_network_to_string()
 * @out_network: (out): the network
 *
 * Returns: %TRUE if @text is a known id; @out_network is untouched
 *   otherwise.
 */
gboolean
ec_network_from_string (const char *text,
                        EcNetwork  *out_network)
{
  g_return_val_if_fail (out_network != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (networks); i++)
    {
      if (strcmp (text, networks[i].id) == 0)
        {
          *out_network = (EcNetwork) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ec_network_get_label:
 * @network: a network
 *
 * Returns: the translated name of @network.
 */
const char *
ec_network_get_label (EcNetwork network)
{
  g_return_val_if_fail ((guint) network < G_N_ELEMENTS (networks), NULL);

  return _ (networks[network].label);
}

/**
 * ec_upload_status_to_string:
 * @status: an upload status
 *
 * Returns: the stable, untranslated id of @status ("uploaded", "pending",
 *   "not-eligible" or "never").
 */
const char *
ec_upload_status_to_string (EcUploadStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (statuses), NULL);

  return statuses[status].id;
}

/**
 * ec_upload_status_from_string:
 * @text: (nullable): an id from ec_upload_status_to_string()
 * @out_status: (out): the status
 *
 * Returns: %TRUE if @text is a known id; @out_status is untouched
 *   otherwise.
 */
gboolean
ec_upload_status_from_string (const char     *text,
                              EcUploadStatus *out_status)
{
  guint found;

  g_return_val_if_fail (out_status != NULL, FALSE);

  if (!find_id (text, statuses, sizeof statuses[0], G_N_ELEMENTS (statuses), &found))
    return FALSE;

  *out_status = (EcUploadStatus) found;
  return TRUE;
}

/**
 * ec_upload_status_get_label:
 * @status: an upload status
 *
 * Returns: the translated name of @status, short enough for a list cell.
 */
const char *
ec_upload_status_get_label (EcUploadStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (statuses), NULL);

  return _ (statuses[status].label);
}

/**
 * ec_upload_reason_to_string:
 * @reason: an upload reason
 *
 * Returns: the stable, untranslated id of @reason, in kebab case
 *   ("not-official-account").
 */
const char *
ec_upload_reason_to_string (EcUploadReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (reasons), NULL);

  return reasons[reason].id;
}

/**
 * ec_upload_reason_from_string:
 * @text: (nullable): an id from ec_upload_reason_to_string()
 * @out_reason: (out): the reason
 *
 * Returns: %TRUE if @text is a known id ("none" included); @out_reason is
 *   untouched otherwise.
 */
gboolean
ec_upload_reason_from_string (const char     *text,
                              EcUploadReason *out_reason)
{
  guint found;

  g_return_val_if_fail (out_reason != NULL, FALSE);

  if (!find_id (text, reasons, sizeof reasons[0], G_N_ELEMENTS (reasons), &found))
    return FALSE;

  *out_reason = (EcUploadReason) found;
  return TRUE;
}

/**
 * ec_upload_reason_get_summary:
 * @reason: an upload reason
 *
 * Returns: a short translated phrase for a list cell ("Not an official
 *   account").
 */
const char *
ec_upload_reason_get_summary (EcUploadReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (reasons), NULL);

  return _ (reasons[reason].summary);
}

/**
 * ec_upload_reason_get_explanation:
 * @reason: an upload reason
 *
 * Returns: a translated sentence that explains the rule behind @reason.
 */
const char *
ec_upload_reason_get_explanation (EcUploadReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (reasons), NULL);

  return _ (reasons[reason].explanation);
}

/**
 * ec_remedy_to_string:
 * @remedy: a remedy
 *
 * Returns: the stable, untranslated id of @remedy, in kebab case
 *   ("convert-account").
 */
const char *
ec_remedy_to_string (EcRemedy remedy)
{
  g_return_val_if_fail ((guint) remedy < G_N_ELEMENTS (remedy_ids), NULL);

  return remedy_ids[remedy];
}

/**
 * ec_remedy_from_string:
 * @text: (nullable): an id from ec_remedy_to_string()
 * @out_remedy: (out): the remedy
 *
 * Returns: %TRUE if @text is a known id ("none" included); @out_remedy is
 *   untouched otherwise.
 */
gboolean
ec_remedy_from_string (const char *text,
                       EcRemedy   *out_remedy)
{
  guint found;

  g_return_val_if_fail (out_remedy != NULL, FALSE);

  if (!find_id (text, remedy_ids, sizeof remedy_ids[0], G_N_ELEMENTS (remedy_ids), &found))
    return FALSE;

  *out_remedy = (EcRemedy) found;
  return TRUE;
}

/* The target of a conversion differs by identity: the seed asks teachers to
 * convert to 「公務人員之教育人員」, so that their hours reach the teachers'
 * network. */
static const char *
describe_conversion (EcIdentity identity)
{
  if (identity == EC_IDENTITY_EDUCATOR)
    return _ ("On 我的e政府, apply to convert your account into "
              "「公務人員之教育人員」 (申請公務帳號), then log in to the "
              "learning platform again: the hours you studied with it are "
              "then uploaded automatically.");

  return _ ("On 我的e政府, apply to convert your account into 「公務人員」 "
            "(申請公務帳號, 自然人轉公務員), then log in to the learning "
            "platform again: the hours you studied with it are then "
            "uploaded automatically.");
}

static const char *
describe_restudy (EcIdentity identity)
{
  if (identity == EC_IDENTITY_GENERAL_PUBLIC)
    return _ ("Study the course again while logged in with your 我的e政府 "
              "account.");

  return _ ("Study the course again while logged in with an official "
            "account.");
}

/**
 * ec_remedy_describe:
 * @remedy: a remedy
 * @identity: the learner's identity, which words some remedies
 *
 * Returns: (transfer full): a translated sentence that tells the learner
 *   what to do.
 */
char *
ec_remedy_describe (EcRemedy   remedy,
                    EcIdentity identity)
{
  g_return_val_if_fail ((guint) remedy < G_N_ELEMENTS (remedy_ids), NULL);

  switch (remedy)
    {
    case EC_REMEDY_NONE:
      return g_strdup (_ ("There is nothing to do."));
    case EC_REMEDY_WAIT:
      return g_strdup_printf (_ ("Nothing to do: the hours are uploaded about "
                                 "%u working days after every condition is "
                                 "met."),
                              (guint) EC_UPLOAD_WORKING_DAYS);
    case EC_REMEDY_COMPLETE_COURSE:
      return g_strdup (_ ("Complete the course; its hours are uploaded after "
                          "that."));
    case EC_REMEDY_RESTUDY:
      return g_strdup (describe_restudy (identity));
    case EC_REMEDY_BIND_CERTIFICATE:
      return g_strdup (_ ("Bind your citizen digital certificate to your "
                          "eCPA or 我的e政府 account (綁定自然人憑證作業), then "
                          "study the course again logged in that way: the "
                          "records of the separate account never merge."));
    case EC_REMEDY_CONVERT_ACCOUNT:
      return g_strdup (describe_conversion (identity));
    case EC_REMEDY_LOG_IN_AGAIN:
      return g_strdup (_ ("Log in to the learning platform again so that it "
                          "updates your account, then check back in about 3 "
                          "days."));
    case EC_REMEDY_FIX_PERSONNEL_CATEGORY:
      return g_strdup (_ ("Ask your personnel office to set your personnel "
                          "category (人員區分) to 10 教育人員."));
    case EC_REMEDY_CREATE_ENV_ACCOUNT:
      return g_strdup (_ ("Create a personal account on the "
                          "environmental-education network (環教網)."));
    case EC_REMEDY_FIX_SERVICE_UNIT:
      return g_strdup (_ ("Fill in your service unit (服務單位) correctly on "
                          "the environmental-education network (環教網)."));
    default:
      g_assert_not_reached ();
    }
}
