/* test-account-blockers.c: what in the account keeps every course's hours
 * from uploading, read from the records' account_state and the session's
 * account, and the banners' words and remedies.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-account-blockers.h"
#include "ec-test-util.h"

/* An account_state as GET /api/v1/records sends it (docs/api.md). */
#define STATE(identity, kind, official_since, relogin_at, category, env_since, unit_ok) \
  "{\"identity\": \"" identity "\", \"kind\": \"" kind "\","                            \
  " \"official_since\": " official_since ", \"relogin_at\": " relogin_at ","            \
  " \"personnel_category\": " category ", \"personnel_category_since\": null,"          \
  " \"env_account_since\": " env_since ", \"env_service_unit_ok\": " unit_ok ","        \
  " \"env_service_unit_since\": null}"

#define NONE "null"
#define CONVERTED "\"2026-11-20T10:00:00+08:00\""
#define BEFORE "\"2026-11-19T10:00:00+08:00\""
#define SAME_TIME "\"2026-11-20T02:00:00Z\""
#define AFTER "\"2026-11-21T10:00:00+08:00\""
#define ENV_SINCE "\"2025-10-26T03:43:18+08:00\""

/* A civil servant with everything in order. */
#define CLEAR STATE ("civil-servant", "official", NONE, NONE, "1", ENV_SINCE, "true")

typedef struct {
  const char      *state; /* NULL: no account_state */
  const char      *session_type; /* NULL: no session account */
  EcAccountBlocker expected;
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
  { "{}", "gov-tw", EC_ACCOUNT_BLOCKER_NONE },

  /* The session alone: a social or unbound certificate's account. */
  { NULL, "social", EC_ACCOUNT_BLOCKER_SOCIAL },
  { NULL, "certificate", EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE },
  { CLEAR, "social", EC_ACCOUNT_BLOCKER_SOCIAL },
  { CLEAR, "certificate", EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE },
  /* Such an account blocks everything: converting it or creating an
   * environmental-education account would not help, so no other banner. */
  { STATE ("general-public", "natural-person", NONE, NONE, "0", NONE, "false"), "social",
    EC_ACCOUNT_BLOCKER_SOCIAL },
  { STATE ("educator", "natural-person", NONE, NONE, "0", ENV_SINCE, "false"), "certificate",
    EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE },

  /* Natural-person accounts. */
  { STATE ("general-public", "natural-person", NONE, NONE, "0", ENV_SINCE, "true"), "gov-tw",
    EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC },
  { STATE ("civil-servant", "natural-person", NONE, NONE, "0", ENV_SINCE, "true"), "gov-tw",
    EC_ACCOUNT_BLOCKER_NOT_OFFICIAL },
  { STATE ("educator", "natural-person", NONE, NONE, "10", ENV_SINCE, "true"), "gov-tw",
    EC_ACCOUNT_BLOCKER_NOT_OFFICIAL },
  { STATE ("general-public", "natural-person", NONE, NONE, "0", NONE, "false"), NULL,
    EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC | EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT },

  /* Converted: a login since the conversion is needed, one at the same
   * second counts. */
  { STATE ("civil-servant", "official", CONVERTED, NONE, "1", ENV_SINCE, "true"), "gov-tw",
    EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED },
  { STATE ("civil-servant", "official", CONVERTED, BEFORE, "1", ENV_SINCE, "true"), "gov-tw",
    EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED },
  { STATE ("civil-servant", "official", CONVERTED, SAME_TIME, "1", ENV_SINCE, "true"), "gov-tw",
    EC_ACCOUNT_BLOCKER_NONE },
  { STATE ("civil-servant", "official", CONVERTED, AFTER, "1", ENV_SINCE, "true"), "gov-tw",
    EC_ACCOUNT_BLOCKER_NONE },

  /* The teachers' network: educators only, with category 10. */
  { STATE ("educator", "official", NONE, NONE, "1", ENV_SINCE, "true"), "ecpa",
    EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY },
  { STATE ("educator", "official", NONE, NONE, "0", ENV_SINCE, "true"), "ecpa",
    EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY },
  { STATE ("educator", "official", NONE, NONE, "10", ENV_SINCE, "true"), "ecpa",
    EC_ACCOUNT_BLOCKER_NONE },
  { STATE ("civil-servant", "official", NONE, NONE, "3", ENV_SINCE, "true"), "ecpa",
    EC_ACCOUNT_BLOCKER_NONE },

  /* The environmental-education network: an account first, then its
   * service unit. */
  { STATE ("civil-servant", "official", NONE, NONE, "1", NONE, "true"), "ecpa",
    EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT },
  { STATE ("civil-servant", "official", NONE, NONE, "1", NONE, "false"), "ecpa",
    EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT },
  { STATE ("civil-servant", "official", NONE, NONE, "1", ENV_SINCE, "false"), "ecpa",
    EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT },

  /* Everything at once. */
  { STATE ("educator", "official", CONVERTED, BEFORE, "1", ENV_SINCE, "false"), "gov-tw",
    EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED | EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY
        | EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT },
  { STATE ("educator", "natural-person", NONE, NONE, "0", NONE, "false"), "gov-tw",
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

static JsonObject *
parse_object (const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;

  if (text == NULL)
    return NULL;

  node = json_from_string (text, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

/* The login reply's account, reduced to what matters here. */
static JsonObject *
new_session_account (const char *type)
{
  g_autofree char *text = NULL;

  if (type == NULL)
    return NULL;

  text = g_strdup_printf ("{\"login\": \"wang.daming\", \"type\": \"%s\","
                          " \"kind\": \"official\", \"identity\": \"civil-servant\"}",
                          type);
  return parse_object (text);
}

static void
test_compute (gconstpointer data)
{
  const BlockerCase *row = data;
  g_autoptr (JsonObject) state = parse_object (row->state);
  g_autoptr (JsonObject) account = new_session_account (row->session_type);

  g_assert_cmphex (ec_account_blockers_compute (state, account), ==, row->expected);
}

/* Members of the wrong type say nothing, rather than raise a banner that
 * may be wrong. */
static void
test_wrong_types (void)
{
  g_autoptr (JsonObject) state = parse_object ("{\"identity\": 3, \"kind\": null,"
                                               " \"official_since\": \"yesterday\","
                                               " \"relogin_at\": 5,"
                                               " \"personnel_category\": \"10\","
                                               " \"env_account_since\": \"2025-10-26T03:43:18+08:00\","
                                               " \"env_service_unit_ok\": \"no\"}");
  g_autoptr (JsonObject) account = parse_object ("{\"type\": 1}");

  g_assert_cmphex (ec_account_blockers_compute (state, account), ==, EC_ACCOUNT_BLOCKER_NONE);
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
  g_test_add_func ("/account-blockers/wrong-types", test_wrong_types);
  EC_TEST_ADD_CASES ("/account-blockers/message", messages, test_message);
  g_test_add_func ("/account-blockers/messages-distinct", test_messages_distinct);
  g_test_add_func ("/account-blockers/messages-translated", test_messages_translated);

  return g_test_run ();
}
