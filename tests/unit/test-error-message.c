/* test-error-message.c: the sentence a learner reads for a failed request,
 * and how long it says to wait.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-client.h"
#include "ec-error-message.h"
#include "ec-test-util.h"

typedef struct {
  EcClientError code;
  guint         retry_after;
  const char   *english; /* the wait, as C says it */
  const char   *chinese; /* the wait, as zh_TW says it */
} WaitCase;

/* Seconds up to 59, whole minutes rounded up from 60 on, for both errors
 * that carry a wait; the plural follows the number shown. */
static const WaitCase waits[] = {
  { EC_CLIENT_ERROR_RATE_LIMITED, 1, "Try again in 1 second.", "請於 1 秒後再試。" },
  { EC_CLIENT_ERROR_RATE_LIMITED, 2, "Try again in 2 seconds.", "請於 2 秒後再試。" },
  { EC_CLIENT_ERROR_RATE_LIMITED, 30, "Try again in 30 seconds.", "請於 30 秒後再試。" },
  { EC_CLIENT_ERROR_RATE_LIMITED, 59, "Try again in 59 seconds.", "請於 59 秒後再試。" },
  { EC_CLIENT_ERROR_RATE_LIMITED, 60, "Try again in 1 minute.", "請於 1 分鐘後再試。" },
  { EC_CLIENT_ERROR_RATE_LIMITED, 61, "Try again in 2 minutes.", "請於 2 分鐘後再試。" },
  { EC_CLIENT_ERROR_RATE_LIMITED, 120, "Try again in 2 minutes.", "請於 2 分鐘後再試。" },
  { EC_CLIENT_ERROR_RATE_LIMITED, 121, "Try again in 3 minutes.", "請於 3 分鐘後再試。" },
  { EC_CLIENT_ERROR_ACCOUNT_LOCKED, 1, "Try again in 1 second.", "請於 1 秒後再試。" },
  { EC_CLIENT_ERROR_ACCOUNT_LOCKED, 45, "Try again in 45 seconds.", "請於 45 秒後再試。" },
  { EC_CLIENT_ERROR_ACCOUNT_LOCKED, 60, "Try again in 1 minute.", "請於 1 分鐘後再試。" },
  /* The service's lock: 15 minutes, read a moment after it started. */
  { EC_CLIENT_ERROR_ACCOUNT_LOCKED, 899, "Try again in 15 minutes.", "請於 15 分鐘後再試。" },
  { EC_CLIENT_ERROR_ACCOUNT_LOCKED, 900, "Try again in 15 minutes.", "請於 15 分鐘後再試。" },
  { EC_CLIENT_ERROR_ACCOUNT_LOCKED, 901, "Try again in 16 minutes.", "請於 16 分鐘後再試。" },
  /* The longest Retry-After the client keeps does not wrap round. */
  { EC_CLIENT_ERROR_ACCOUNT_LOCKED, G_MAXUINT, "Try again in 71582789 minutes.", "請於 71582789 分鐘後再試。" },
};

typedef struct {
  EcClientError code;
  guint         retry_after;
} PlainCase;

/* Errors whose message is all there is to say: no wait known, or an error
 * that is not about waiting even with a number in it. */
static const PlainCase plains[] = {
  { EC_CLIENT_ERROR_RATE_LIMITED, 0 },
  { EC_CLIENT_ERROR_ACCOUNT_LOCKED, 0 },
  { EC_CLIENT_ERROR_OFFLINE, 0 },
  { EC_CLIENT_ERROR_TIMED_OUT, 0 },
  { EC_CLIENT_ERROR_TLS, 0 },
  { EC_CLIENT_ERROR_INVALID_CREDENTIALS, 0 },
  { EC_CLIENT_ERROR_SERVER, 0 },
  { EC_CLIENT_ERROR_MALFORMED_REPLY, 0 },
  { EC_CLIENT_ERROR_SERVER, 30 },
  { EC_CLIENT_ERROR_INVALID_INPUT, 120 },
};

static void
test_wait_english (gconstpointer data)
{
  const WaitCase *row = data;
  g_autoptr (GError) error = ec_client_error_new (row->code, NULL, NULL, row->retry_after);
  g_autofree char *message = ec_error_message_for_learner (error);
  g_autofree char *expected = g_strdup_printf ("%s %s", error->message, row->english);

  g_assert_cmpstr (message, ==, expected);
}

/* The sentences run together in Chinese, and the wait is the catalogue's:
 * only a machine without the zh_TW locale skips this. */
static void
test_wait_chinese (gconstpointer data)
{
  const WaitCase *row = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;

  if (!ec_test_switch_to_zh_tw ())
    return;

  /* Made in zh_TW, so that its own message is translated too. */
  error = ec_client_error_new (row->code, NULL, NULL, row->retry_after);
  message = ec_error_message_for_learner (error);
  expected = g_strconcat (error->message, row->chinese, NULL);
  g_assert_true (g_str_has_suffix (error->message, "。"));
  g_assert_cmpstr (message, ==, expected);

  ec_test_restore_locale ();
}

static void
test_plain (gconstpointer data)
{
  const PlainCase *row = data;
  g_autoptr (GError) error = ec_client_error_new (row->code, NULL, NULL, row->retry_after);
  g_autofree char *message = ec_error_message_for_learner (error);

  g_assert_cmpstr (message, ==, error->message);
}

/* An error of another domain is shown as it is. */
static void
test_other_domain (void)
{
  g_autoptr (GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on the disk.");
  g_autofree char *message = ec_error_message_for_learner (error);

  g_assert_cmpstr (message, ==, "No space left on the disk.");
}

static void
test_join (void)
{
  g_autofree char *english = ec_error_message_join ("It failed.", "Try again.");
  g_autofree char *chinese = NULL;

  g_assert_cmpstr (english, ==, "It failed. Try again.");

  if (!ec_test_switch_to_zh_tw ())
    return;
  chinese = ec_error_message_join ("失敗了。", "請再試一次。");
  g_assert_cmpstr (chinese, ==, "失敗了。請再試一次。");
  ec_test_restore_locale ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* As the application does: the app's _() reads the default domain. */
  textdomain (GETTEXT_PACKAGE);

  EC_TEST_ADD_CASES ("/error-message/wait/english", waits, test_wait_english);
  EC_TEST_ADD_CASES ("/error-message/wait/zh-tw", waits, test_wait_chinese);
  EC_TEST_ADD_CASES ("/error-message/plain", plains, test_plain);
  g_test_add_func ("/error-message/other-domain", test_other_domain);
  g_test_add_func ("/error-message/join", test_join);

  return g_test_run ();
}
