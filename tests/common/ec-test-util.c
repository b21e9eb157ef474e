/* ec-test-util.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-test-util"

#include "config.h"

#include <glib/gstdio.h>

#include "ec-test-util.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

/* What ec_test_switch_to_zh_tw() changed, for ec_test_restore_locale(). */
static char *saved_locale;
static char *saved_language;

/**
 * ec_test_add_cases:
 * @prefix: the test path the cases go under
 * @rows: an array of @n_rows rows of @row_size bytes
 * @row_size: the size of one row
 * @n_rows: how many rows
 * @func: the test, called with a pointer to its row
 *
 * Adds one test per row of a table, so that a failure names the row that
 * failed and the other rows still run.  EC_TEST_ADD_CASES() works out the
 * sizes from the array.
 */
void
ec_test_add_cases (const char   *prefix,
                   gconstpointer rows,
                   gsize         row_size,
                   guint         n_rows,
                   GTestDataFunc func)
{
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%u", prefix, i);

      g_test_add_data_func (path, (const guint8 *) rows + i * row_size, func);
    }
}

/**
 * ec_test_assert_message:
 * @message: the message of a validator's error
 * @secret: (nullable): the value the validator refused
 *
 * Asserts that @message reads as a sentence (a capital or an opening “
 * first, a period last) and, since messages reach logs, that it does not
 * give @secret away, as typed, trimmed or in capitals.  A @secret of fewer
 * than six bytes is not looked for: it would match ordinary words.
 */
void
ec_test_assert_message (const char *message,
                        const char *secret)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *upper = NULL;

  g_assert_nonnull (message);
  g_assert_true (g_utf8_validate (message, -1, NULL));
  g_assert_true (g_ascii_isupper (message[0]) || g_str_has_prefix (message, "“"));
  g_assert_true (g_str_has_suffix (message, "."));

  if (secret == NULL || strlen (secret) < 6)
    return;

  trimmed = g_strstrip (g_strdup (secret));
  upper = g_ascii_strup (trimmed, -1);
  g_assert_null (strstr (message, secret));
  g_assert_null (strstr (message, trimmed));
  g_assert_null (strstr (message, upper));
}

/**
 * ec_test_switch_to_zh_tw:
 *
 * Switches the process to the zh_TW.UTF-8 locale, with the catalogue built
 * from po/zh_TW.po (in `EC_TEST_LOCALEDIR`, which tests/meson.build sets),
 * so that a test can check the messages learners read.  Undo it with
 * ec_test_restore_locale().
 *
 * Only a machine without the zh_TW.UTF-8 locale skips the test: that is
 * the machine's lack, not the project's.  Running without
 * `EC_TEST_LOCALEDIR` fails the test, since it could not check anything.
 *
 * Returns: %TRUE if the locale is now zh_TW; %FALSE if the test has been
 *   skipped or failed and must stop.
 */
gboolean
ec_test_switch_to_zh_tw (void)
{
  const char      *localedir = g_getenv ("EC_TEST_LOCALEDIR");
  g_autofree char *previous = NULL;

  if (localedir == NULL)
    {
      g_test_fail_printf ("EC_TEST_LOCALEDIR is not set: run the test with meson test");
      return FALSE;
    }

  previous = g_strdup (setlocale (LC_ALL, NULL));
  if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    {
      g_test_skip ("the zh_TW.UTF-8 locale is not available");
      return FALSE;
    }

  g_free (saved_locale);
  saved_locale = g_steal_pointer (&previous);

  /* LANGUAGE would take precedence over the locale. */
  g_free (saved_language);
  saved_language = g_strdup (g_getenv ("LANGUAGE"));
  g_unsetenv ("LANGUAGE");

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return TRUE;
}

/**
 * ec_test_restore_locale:
 *
 * Puts back the locale (and `LANGUAGE`) that ec_test_switch_to_zh_tw()
 * replaced, so that the tests after it read untranslated messages again.
 */
void
ec_test_restore_locale (void)
{
  if (saved_locale != NULL)
    setlocale (LC_ALL, saved_locale);
  if (saved_language != NULL)
    g_setenv ("LANGUAGE", saved_language, TRUE);

  g_clear_pointer (&saved_locale, g_free);
  g_clear_pointer (&saved_language, g_free);
}

/**
 * ec_test_assert_translated:
 * @message: a message as the code under test gave it
 * @msgid: the English message it must be the translation of
 * @word: a word the translation must contain
 *
 * Call after ec_test_switch_to_zh_tw().  Asserts that the catalogue
 * translates @msgid, and that @message is that translation.  A message left
 * in English fails: po/zh_TW.po is complete (the data suite holds it so),
 * and a test that skipped instead could never catch a missing translation.
 */
void
ec_test_assert_translated (const char *message,
                           const char *msgid,
                           const char *word)
{
  const char *translated = dgettext (GETTEXT_PACKAGE, msgid);

  g_assert_cmpstr (translated, !=, msgid);
  g_assert_cmpstr (message, !=, msgid);
  g_assert_cmpstr (message, ==, translated);
  g_assert_nonnull (strstr (message, word));
}

/**
 * ec_test_new_date:
 * @year: a year
 * @month: a month, 1 to 12
 * @day: a day of the month
 *
 * Returns: (transfer full): a new #GDate, failing the test if the date
 *   does not exist, so that a typo in a test cannot pass unnoticed.
 */
GDate *
ec_test_new_date (guint year,
                  guint month,
                  guint day)
{
  g_assert_true (g_date_valid_dmy ((GDateDay) day, (GDateMonth) month,
                                   (GDateYear) year));
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * ec_test_assert_date:
 * @date: a date
 * @year: the year it must have
 * @month: the month it must have
 * @day: the day of the month it must have
 *
 * Asserts that @date is valid and is that day.
 */
void
ec_test_assert_date (const GDate *date,
                     guint        year,
                     guint        month,
                     guint        day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

/**
 * ec_test_remove_tree:
 * @path: a folder a test made (or a file)
 *
 * Removes @path and everything under it; a symbolic link is removed, never
 * followed.
 */
void
ec_test_remove_tree (const char *path)
{
  g_autoptr (GDir) listing = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) && g_file_test (path, G_FILE_TEST_IS_DIR))
    listing = g_dir_open (path, 0, NULL);

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (!g_file_test (child, G_FILE_TEST_IS_SYMLINK) && g_file_test (child, G_FILE_TEST_IS_DIR))
        ec_test_remove_tree (child);
      else
        g_unlink (child);
    }
  if (listing != NULL)
    g_rmdir (path);
  else
    g_unlink (path);
}
