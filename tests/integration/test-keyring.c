/* test-keyring.c: the test session's secret service is a real, unlocked
 * gnome-keyring.  The credential tests of the client rely on it, so this
 * checks the harness itself: a failure here means build-aux/test-session.sh
 * did not set up the desktop, not that the app is wrong.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <unistd.h>

#include <libsecret/secret.h>

static const SecretSchema test_schema = {
  "io.github.elearncompanion.Companion.HarnessCheck",
  SECRET_SCHEMA_NONE,
  {
      { "probe", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
  }
};

static void
test_store_lookup_clear (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *probe = g_strdup_printf ("probe-%d", (int) getpid ());
  g_autofree char *found = NULL;
  gboolean         ok;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_fail_printf ("no session bus: run the suites through build-aux/test-session.sh");
      return;
    }

  ok = secret_password_store_sync (&test_schema, SECRET_COLLECTION_DEFAULT,
                                   "Elearn Companion test item", "s3cret-value",
                                   NULL, &error, "probe", probe, NULL);
  g_assert_no_error (error);
  g_assert_true (ok);

  found = secret_password_lookup_sync (&test_schema, NULL, &error, "probe", probe, NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "s3cret-value");

  ok = secret_password_clear_sync (&test_schema, NULL, &error, "probe", probe, NULL);
  g_assert_no_error (error);
  g_assert_true (ok);

  g_clear_pointer (&found, g_free);
  found = secret_password_lookup_sync (&test_schema, NULL, &error, "probe", probe, NULL);
  g_assert_no_error (error);
  g_assert_null (found);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/harness/keyring/store-lookup-clear", test_store_lookup_clear);

  return g_test_run ();
}
