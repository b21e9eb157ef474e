/* ec-upload-labels.c: the ids and the words of the upload rules' verdicts:
 * the stable ids the API writes, the translated labels, summaries and
 * explanations the app shows, and what a learner can do about each.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-upload-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-upload-labels.h"

/* A network or a status: its id and its translatable name. */
typedef struct {
  const char *id;
  const char *label;
} IdLabel;

/* The formatter cannot lay out tables of N_() strings: keep it out. */
/* clang-format off */
static const IdLabel networks[] = {
  [EC_NETWORK_LIFELONG] = { "lifelong", N_ ("Lifelong learning") },
  [EC_NETWORK_TEACHER] = { "teacher", N_ ("Teachers' in-service network") },
  [EC_NETWORK_ENV] = { "env", N_ ("Environmental education") },
};
/* clang-format on */

G_STATIC_ASSERT (G_N_ELEMENTS (networks) == EC_N_NETWORKS);

/* clang-format off */
static const IdLabel statuses[] = {
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
  [EC_UPLOAD_REASON_NOT_CIVIL_SERVICE] = {
    "not-civil-service",
    N_ ("Civil-service staff only"),
    N_ ("This network credits the hours of civil-service staff only, not "
        "of the general public, so these hours are not yours to upload."),
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
G_STATIC_ASSERT (G_N_ELEMENTS (reasons) == EC_UPLOAD_REASON_NOT_CIVIL_SERVICE + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (remedy_ids) == EC_REMEDY_FIX_SERVICE_UNIT + 1);

/* Every id table has the id as its rows' first member, so one lookup
 * serves them all: FIND_ID() gives it the table's size and shape. */
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

#define FIND_ID(text, table, out_index) \
  find_id ((text), (table), sizeof (table)[0], G_N_ELEMENTS (table), (out_index))

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
  guint found;

  g_return_val_if_fail (out_network != NULL, FALSE);

  if (!FIND_ID (text, networks, &found))
    return FALSE;

  *out_network = (EcNetwork) found;
  return TRUE;
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

  if (!FIND_ID (text, statuses, &found))
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

  if (!FIND_ID (text, reasons, &found))
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

  if (!FIND_ID (text, remedy_ids, &found))
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
