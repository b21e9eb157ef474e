/* test-account-blockers.c: what in the account keeps every course's hours
 * from uploading, read from the records' account state and the session's
 * account, and the banners' words and remedies.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

/* An account state as a records reply carries it (docs/api.md). */
#define STATE(id, k, official, relogin, category, env, unit_ok) \
  (&(const EcAccountState){ .identity = EC_IDENTITY_##id,       \
                            .kind = EC_ACCOUNT_KIND_##k,        \
                            .official_since = (official),       \
                            .relogin_at = (relogin),            \
                            .personnel_category = (category),   \
                            .env_account_since = (env),         \
                            .env_service_unit_ok = (unit_ok) })

#define NONE EC_TIME_NEVER
#define CONVERTED G_GINT64_CONSTANT (1795140000) /* 2026-11-20T10:00:00+08:00 */
#define BEFORE (CONVERTED - 86400)
#define SAME_TIME CONVERTED
#define AFTER (CONVERTED + 86400)
#define ENV_SINCE G_GINT64_CONSTANT (1761421398) /* 2025-10-26T03:43:18+08:00 */

/* A civil servant with everything in order. */
#define CLEAR STATE (CIVIL_SERVANT, OFFICIAL, NONE, NONE, 1, ENV_SINCE, TRUE)

typedef struct {
  const EcAccountState *state; /* NULL: not known yet */
  const char           *session_type; /* NULL: no session account */
  EcAccountBlocker      expected;
} BlockerCase;

typedef struct {
  EcAccountBlocker blocker;
  EcRemedy         remedy;
  const char      *word; /* a word of the zh_TW message */
} MessageCase;

static const BlockerCase cases[] = {
  /* Nothing known, nothing to say. */
  { NULL, NULL, EC_ACCOUNT_BLOCKER_NONE },
  { CLEAR, NULL, EC_ACCOUNT_BLOCKER_NONE },
  { CLEAR, "ecpa", EC_ACCOUNT_BLOCKER_NONE },
  { CLEAR, "gov-tw", EC_ACCOUNT_BLOCKER_NONE },

  /* The session alone: a social or unbound certificate's account. */
  { NULL, "social", EC_ACCOUNT_BLOCKER_SOCIAL },
  { NULL, "certificate", EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE },
  { CLEAR, "social", EC_ACCOUNT_BLOCKER_SOCIAL },
  { CLEAR, "certificate", EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE },
  /* Such an account blocks everything: converting it or creating an
   * environmental-education account would not help, so no other banner. */
  { STATE (GENERAL_PUBLIC, NATURAL_PERSON, NONE, NONE, 0, NONE, FALSE), "social",
    EC_ACCOUNT_BLOCKER_SOCIAL },
  { STATE (EDUCATOR, NATURAL_PERSON, NONE, NONE, 0, ENV_SINCE, FALSE), "certificate",
    EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE },

  /* Natural-person accounts. */
  { STATE (GENERAL_PUBLIC, NATURAL_PERSON, NONE, NONE, 0, ENV_SINCE, TRUE), "gov-tw",
    EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC },
  { STATE (CIVIL_SERVANT, NATURAL_PERSON, NONE, NONE, 0, ENV_SINCE, TRUE), "gov-tw",
    EC_ACCOUNT_BLOCKER_NOT_OFFICIAL },
  { STATE (EDUCATOR, NATURAL_PERSON, NONE, NONE, 10, ENV_SINCE, TRUE), "gov-tw",
    EC_ACCOUNT_BLOCKER_NOT_OFFICIAL },
  { STATE (GENERAL_PUBLIC, NATURAL_PERSON, NONE, NONE, 0, NONE, FALSE), NULL,
    EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC | EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT },

  /* Converted: a login since the conversion is needed, one at the same
   * second counts. */
  { STATE (CIVIL_SERVANT, OFFICIAL, CONVERTED, NONE, 1, ENV_SINCE, TRUE), "gov-tw",
    EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED },
  { STATE (CIVIL_SERVANT, OFFICIAL, CONVERTED, BEFORE, 1, ENV_SINCE, TRUE), "gov-tw",
    EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED },
  { STATE (CIVIL_SERVANT, OFFICIAL, CONVERTED, SAME_TIME, 1, ENV_SINCE, TRUE), "gov-tw",
    EC_ACCOUNT_BLOCKER_NONE },
  { STATE (CIVIL_SERVANT, OFFICIAL, CONVERTED, AFTER, 1, ENV_SINCE, TRUE), "gov-tw",
    EC_ACCOUNT_BLOCKER_NONE },

  /* The teachers' network: educators only, with category 10. */
  { STATE (EDUCATOR, OFFICIAL, NONE, NONE, 1, ENV_SINCE, TRUE), "ecpa",
    EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY },
  { STATE (EDUCATOR, OFFICIAL, NONE, NONE, 0, ENV_SINCE, TRUE), "ecpa",
    EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY },
  { STATE (EDUCATOR, OFFICIAL, NONE, NONE, 10, ENV_SINCE, TRUE), "ecpa",
    EC_ACCOUNT_BLOCKER_NONE },
  { STATE (CIVIL_SERVANT, OFFICIAL, NONE, NONE, 3, ENV_SINCE, TRUE), "ecpa",
    EC_ACCOUNT_BLOCKER_NONE },

  /* The environmental-education network: an account first, then its
   * service unit. */
  { STATE (CIVIL_SERVANT, OFFICIAL, NONE, NONE, 1, NONE, TRUE), "ecpa",
    EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT },
  { STATE (CIVIL_SERVANT, OFFICIAL, NONE, NONE, 1, NONE, FALSE), "ecpa",
    EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT },
  { STATE (CIVIL_SERVANT, OFFICIAL, NONE, NONE, 1, ENV_SINCE, FALSE), "ecpa",
    EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT },

  /* Everything at once. */
  { STATE (EDUCATOR, OFFICIAL, CONVERTED, BEFORE, 1, ENV_SINCE, FALSE), "gov-tw",
    EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED | EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY
        | EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT },
  { STATE (EDUCATOR, NATURAL_PERSON, NONE, NONE, 0, NONE, FALSE), "gov-tw",
    EC_ACCOUNT_BLOCKER_NOT_OFFICIAL | EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY
        | EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT },
};

static const MessageCase messages[] = {
  { EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC, EC_REMEDY_NONE, "環境教育" },
  { EC_ACCOUNT_BLOCKER_NOT_OFFICIAL, EC_REMEDY_CONVERT_ACCOUNT, "自然人" },
  { EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED, EC_REMEDY_LOG_IN_AGAIN, "重新登入" },
  { EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE, EC_REMEDY_BIND_CERTIFICATE, "綁定" },
  { EC_ACCOUNT_BLOCKER_SOCIAL, EC_REMEDY_RESTUDY, "社群帳號" },
  { EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY, EC_REMEDY_FIX_PERSONNEL_CATEGORY, "人員區分" },
  { EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT, EC_REMEDY_CREATE_ENV_ACCOUNT, "環教網" },
  { EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT, EC_REMEDY_FIX_SERVICE_UNIT, "服務單位" },
};

/* The session's account, reduced to what matters here. */
static EcAccount *
new_session_account (const char *type)
{
  EcAccount *account;

  if (type == NULL)
    return NULL;

  account = ec_account_new ();
  account->login = g_strdup ("wang.daming");
  g_assert_true (ec_account_type_from_string (type, &account->type));
  account->kind = EC_ACCOUNT_KIND_OFFICIAL;
  account->identity = EC_IDENTITY_CIVIL_SERVANT;
  return account;
}

static void
test_compute (gconstpointer data)
{
  const BlockerCase *row = data;
  g_autoptr (EcAccount) account = new_session_account (row->session_type);

  g_assert_cmphex (ec_account_blockers_compute (row->state, account), ==, row->expected);
}

static void
test_message (gconstpointer data)
{
  const MessageCase *row = data;
  const char        *message = ec_account_blocker_get_message (row->blocker);

  g_assert_cmpint (ec_account_blocker_get_remedy (row->blocker), ==, row->remedy);
  ec_test_assert_message (message, NULL);
}

/* Every blocker has its own sentence. */
static void
test_messages_distinct (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (messages); j++)
      g_assert_cmpstr (ec_account_blocker_get_message (messages[i].blocker), !=,
                       ec_account_blocker_get_message (messages[j].blocker));
}

/* The banners reach learners in zh_TW; only a machine without the zh_TW
 * locale skips this. */
static void
test_messages_translated (void)
{
  const char *english[G_N_ELEMENTS (messages)];

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    english[i] = ec_account_blocker_get_message (messages[i].blocker);

  if (!ec_test_switch_to_zh_tw ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    {
      const char *message = ec_account_blocker_get_message (messages[i].blocker);

      ec_test_assert_translated (message, english[i], messages[i].word);
      g_assert_true (g_str_has_suffix (message, "。"));
    }

  ec_test_restore_locale ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  EC_TEST_ADD_CASES ("/account-blockers/compute", cases, test_compute);
  EC_TEST_ADD_CASES ("/account-blockers/message", messages, test_message);
  g_test_add_func ("/account-blockers/messages-distinct", test_messages_distinct);
  g_test_add_func ("/account-blockers/messages-translated", test_messages_translated);

  return g_test_run ();
}
