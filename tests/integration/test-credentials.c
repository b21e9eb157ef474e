/* test-credentials.c: the credential store against the real gnome-keyring
 * of the test session (build-aux/test-session.sh), and against buses where
 * the keyring is missing or locked.
 *
 * The keyring is shared by the whole session, so every test saves under
 * accounts of its own (with the process id) and clears what it saved.  The
 * tests that need a bus without a keyring, or a locked keyring, run in a
 * subprocess with a private bus of their own: locking the session's keyring
 * would break the tests running beside these, and unlocking it again would
 * bring up a prompt on the Xvfb display that nobody answers.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <libsecret/secret.h>

#include "ec-client.h"
#include "ec-test-bus.h"
#include "ec-test-privacy.h"
#include "ec-test-util.h"

/* The schema as the store must write it, spelled out again on purpose: an
 * attribute renamed in the store would lose every saved password, and must
 * fail here. */
static const SecretSchema expected_schema = {
  "io.github.elearncompanion.Companion.Password",
  SECRET_SCHEMA_NONE,
  {
      { "generation", SECRET_SCHEMA_ATTRIBUTE_INTEGER },
      { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "route", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "account", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
  }
};

#define SERVICE_URL "https://elearn.example.test"
#define OTHER_SERVICE_URL "https://elearn-mirror.example.test"

/* Known to the parent and to its subprocess, which logs everything: the
 * parent then looks for it in what the subprocess printed. */
#define LOG_PASSWORD "ec-log-privacy-7d41c2"

/* A subprocess that hangs (on a prompt, on a bus that never answers) is
 * killed after this long, and the test fails: the store must answer
 * promptly when there is no keyring.  A bound, not a measure. */
#define TRAP_TIMEOUT (30 * G_USEC_PER_SEC)

#define UNAVAILABLE_MESSAGE "No password keyring is available, so the password cannot be remembered. You can still log in each time."
#define LOCKED_MESSAGE "The password keyring is locked, so the password cannot be remembered or filled in. Unlock the keyring and try again, or log in each time."

/* Running the store's operations to the end. */

static void
on_ready_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

static void
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
save (EcCredentialStore *store,
      const char        *route,
      const char        *account,
      const char        *password,
      GCancellable      *cancellable,
      GError           **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_credential_store_save_async (store, route, account, password, cancellable,
                                  on_ready_cb, &result);
  wait_for (&result);
  return ec_credential_store_save_finish (store, result, error);
}

static char *
lookup (EcCredentialStore *store,
        const char        *route,
        const char        *account,
        GCancellable      *cancellable,
        GError           **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_credential_store_lookup_async (store, route, account, cancellable, on_ready_cb, &result);
  wait_for (&result);
  return ec_credential_store_lookup_finish (store, result, error);
}

static gboolean
clear (EcCredentialStore *store,
       const char        *route,
       const char        *account,
       GCancellable      *cancellable,
       GError           **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_credential_store_clear_async (store, route, account, cancellable, on_ready_cb, &result);
  wait_for (&result);
  return ec_credential_store_clear_finish (store, result, error);
}

static void
assert_saves (EcCredentialStore *store,
              const char        *route,
              const char        *account,
              const char        *password)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (save (store, route, account, password, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_finds (EcCredentialStore *store,
              const char        *route,
              const char        *account,
              const char        *expected)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *found = lookup (store, route, account, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, expected);
}

static void
assert_clears (EcCredentialStore *store,
               const char        *route,
               const char        *account)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (clear (store, route, account, NULL, &error));
  g_assert_no_error (error);
}

/* The real keyring of the test session. */

static gboolean
have_session_bus (void)
{
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    return TRUE;

  g_test_fail_printf ("no session bus: run the suites through build-aux/test-session.sh");
  return FALSE;
}

/* An account no other test (nor another run) saves under. */
static char *
unique_account (const char *name)
{
  return g_strdup_printf ("%s-%d", name, (int) getpid ());
}

/* Every item of the app's schema for @account, read without unlocking. */
static GList *
find_items (const char *account)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) attributes = secret_attributes_build (&expected_schema, "account", account, NULL);
  GList *items;

  items = secret_service_search_sync (NULL, &expected_schema, attributes, SECRET_SEARCH_ALL,
                                      NULL, &error);
  g_assert_no_error (error);
  return items;
}

static void
test_save_lookup_clear (void)
{
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
  g_autofree char *account = unique_account ("lin.meihua");

  if (!have_session_bus ())
    return;

  /* Nothing saved yet: no password, and no error. */
  assert_finds (store, "gov-tw", account, NULL);

  assert_saves (store, "gov-tw", account, "demo2026");
  assert_finds (store, "gov-tw", account, "demo2026");
  assert_clears (store, "gov-tw", account);
  assert_finds (store, "gov-tw", account, NULL);

  /* Forgetting what is not saved is not an error. */
  assert_clears (store, "gov-tw", account);
}

static void
test_kept_apart (void)
{
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
  g_autoptr (EcCredentialStore) other = ec_credential_store_new (OTHER_SERVICE_URL);
  g_autoptr (EcCredentialStore) slash = ec_credential_store_new (SERVICE_URL "/");
  g_autofree char *first = unique_account ("first");
  g_autofree char *second = unique_account ("second");

  if (!have_session_bus ())
    return;

  assert_saves (store, "ecpa", first, "first-on-ecpa");
  assert_saves (store, "ecpa", second, "second-on-ecpa");
  assert_saves (store, "gov-tw", first, "first-on-gov-tw");
  assert_saves (other, "ecpa", first, "first-on-the-mirror");

  assert_finds (store, "ecpa", first, "first-on-ecpa");
  assert_finds (store, "ecpa", second, "second-on-ecpa");
  assert_finds (store, "gov-tw", first, "first-on-gov-tw");
  assert_finds (store, "social", first, NULL);
  assert_finds (other, "ecpa", first, "first-on-the-mirror");
  assert_finds (other, "ecpa", second, NULL);

  /* A trailing slash names the same service. */
  assert_finds (slash, "ecpa", first, "first-on-ecpa");

  /* Forgetting one leaves the others. */
  assert_clears (store, "ecpa", first);
  assert_finds (store, "ecpa", first, NULL);
  assert_finds (store, "ecpa", second, "second-on-ecpa");
  assert_finds (store, "gov-tw", first, "first-on-gov-tw");
  assert_finds (other, "ecpa", first, "first-on-the-mirror");

  assert_clears (store, "ecpa", second);
  assert_clears (store, "gov-tw", first);
  assert_clears (other, "ecpa", first);
}

/* Who asked to be remembered, newest first, for this service only, and
 * without reading a password. */
static void
test_find_logins (void)
{
  g_autofree char *url = g_strdup_printf ("https://find-logins-%d.example.gov.tw", (int) getpid ());
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (url);
  g_autoptr (EcCredentialStore) other = ec_credential_store_new (OTHER_SERVICE_URL);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GPtrArray) logins = NULL;
  g_autoptr (GError) error = NULL;
  EcRememberedLogin *login;

  if (!have_session_bus ())
    return;

  assert_saves (store, "ecpa", "wang.daming", "demo2026");
  /* The keyring keeps seconds. */
  g_usleep (1100 * 1000);
  assert_saves (store, "gov-tw", "lin.meihua", "demo2026");
  assert_saves (other, "ecpa", "huang.shufen", "demo2026");

  ec_credential_store_find_logins_async (store, NULL, on_ready_cb, &result);
  wait_for (&result);
  logins = ec_credential_store_find_logins_finish (store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logins->len, ==, 2);
  login = g_ptr_array_index (logins, 0);
  g_assert_cmpstr (login->route, ==, "gov-tw");
  g_assert_cmpstr (login->account, ==, "lin.meihua");
  login = g_ptr_array_index (logins, 1);
  g_assert_cmpstr (login->route, ==, "ecpa");
  g_assert_cmpstr (login->account, ==, "wang.daming");

  assert_clears (store, "ecpa", "wang.daming");
  assert_clears (store, "gov-tw", "lin.meihua");
  assert_clears (other, "ecpa", "huang.shufen");
}

static void
test_overwrite (void)
{
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
  g_autofree char *account = unique_account ("CERT-WANG-0001");
  GList           *items;

  if (!have_session_bus ())
    return;

  assert_saves (store, "certificate", account, "123456");
  assert_saves (store, "certificate", account, "654321");
  assert_finds (store, "certificate", account, "654321");

  /* Replaced, not added beside the old one. */
  items = find_items (account);
  g_assert_cmpuint (g_list_length (items), ==, 1);
  g_list_free_full (items, g_object_unref);

  assert_clears (store, "certificate", account);
}

static void
test_unicode (void)
{
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
  g_autofree char *account = unique_account ("facebook:chang.yating");
  const char      *password = "密碼 Pässwörd 🔑 ١٢٣";

  if (!have_session_bus ())
    return;

  assert_saves (store, "social", account, password);
  assert_finds (store, "social", account, password);
  assert_clears (store, "social", account);
}

static void
test_cancelled_before_start (void)
{
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *account = unique_account ("cancelled");
  g_autoptr (GError) error = NULL;
  g_autofree char *found = NULL;

  if (!have_session_bus ())
    return;

  g_cancellable_cancel (cancellable);

  g_assert_false (save (store, "ecpa", account, "never-saved", cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  found = lookup (store, "ecpa", account, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (found);
  g_clear_error (&error);

  g_assert_false (clear (store, "ecpa", account, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* The cancelled save did not happen. */
  assert_finds (store, "ecpa", account, NULL);
}

static void
test_attributes (void)
{
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
  g_autofree char *account = unique_account ("wang.zhiming");
  g_autofree char *password = g_strdup_printf ("attr-%08x", g_random_int ());
  g_autofree char *label = NULL;
  g_autoptr (GHashTable) attributes = NULL;
  GHashTableIter iter;
  gpointer       key, value;
  GList         *items;

  if (!have_session_bus ())
    return;

  assert_saves (store, "ecpa", account, password);
  items = find_items (account);
  g_assert_cmpuint (g_list_length (items), ==, 1);
  attributes = secret_item_get_attributes (items->data);
  label = secret_item_get_label (items->data);
  g_list_free_full (items, g_object_unref);

  /* Exactly the documented attributes (libsecret adds the schema name),
   * with the documented values. */
  g_assert_cmpuint (g_hash_table_size (attributes), ==, 5);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "xdg:schema"), ==, expected_schema.name);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "generation"), ==, "1");
  g_assert_cmpstr (g_hash_table_lookup (attributes, "service"), ==, SERVICE_URL);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "route"), ==, "ecpa");
  g_assert_cmpstr (g_hash_table_lookup (attributes, "account"), ==, account);

  /* Attributes and label are stored in the clear: no password there. */
  g_hash_table_iter_init (&iter, attributes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_assert_null (strstr (key, password));
      g_assert_null (strstr (value, password));
    }
  g_assert_null (strstr (label, password));
  g_assert_true (g_str_has_prefix (label, "Elearn Companion password for "));
  g_assert_true (g_str_has_suffix (label, account));

  assert_clears (store, "ecpa", account);
}

/* Privacy: the password is in the keyring's encrypted file, and nowhere
 * else under the session's throw-away HOME and XDG directories. */

static void
test_privacy_files (void)
{
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
  g_autofree char *account = unique_account ("privacy");
  g_autofree char *password = g_strdup_printf ("ec-privacy-%08x%08x", g_random_int (), g_random_int ());
  g_autoptr (GPtrArray) hits = NULL;
  guint n_scanned;
  guint n_keyrings;

  if (!have_session_bus ())
    return;

  assert_saves (store, "gov-tw", account, password);
  hits = ec_test_find_in_session_files (password, &n_scanned, &n_keyrings);
  assert_clears (store, "gov-tw", account);
  if (hits == NULL)
    return;

  g_assert_cmpuint (hits->len, ==, 0);
  /* The scan went where the keyring keeps its encrypted file. */
  g_assert_cmpuint (n_keyrings, >, 0);
  g_assert_cmpuint (n_scanned, >, 0);
}

/* Privacy: with every debug message on, nothing the store logs while
 * saving, finding and forgetting a password shows it. */
static void
test_privacy_logs (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
      g_autofree char *account = unique_account ("log-privacy");

      g_log_set_debug_enabled (TRUE);
      assert_saves (store, "ecpa", account, LOG_PASSWORD);
      assert_finds (store, "ecpa", account, LOG_PASSWORD);
      assert_clears (store, "ecpa", account);
      return;
    }

  if (!have_session_bus ())
    return;

  g_test_trap_subprocess (NULL, TRAP_TIMEOUT, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout_unmatched ("*" LOG_PASSWORD "*");
  g_test_trap_assert_stderr_unmatched ("*" LOG_PASSWORD "*");
}

/* No keyring: every operation fails promptly with the message a learner
 * reads, translated. */

static void
assert_credential_error (const GError *error,
                         int           code,
                         const char   *msgid,
                         gboolean      in_zh_tw)
{
  g_assert_error (error, EC_CREDENTIAL_ERROR, code);
  g_assert_null (strstr (error->message, LOG_PASSWORD));
  if (in_zh_tw)
    ec_test_assert_translated (error->message, msgid, "鑰匙圈");
  else
    g_assert_cmpstr (error->message, ==, msgid);
}

/* Saving, finding and forgetting @account's password all fail with
 * @code, with every debug message on (the parent then looks for the
 * password in them). */
static void
assert_all_fail (const char *account,
                 int         code,
                 const char *msgid,
                 gboolean    in_zh_tw)
{
  g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
  g_autoptr (GError) save_error = NULL;
  g_autoptr (GError) lookup_error = NULL;
  g_autoptr (GError) clear_error = NULL;
  g_autofree char *found = NULL;

  g_log_set_debug_enabled (TRUE);

  g_assert_false (save (store, "ecpa", account, LOG_PASSWORD, NULL, &save_error));
  found = lookup (store, "ecpa", account, NULL, &lookup_error);
  g_assert_null (found);
  g_assert_false (clear (store, "ecpa", account, NULL, &clear_error));

  assert_credential_error (save_error, code, msgid, in_zh_tw);
  assert_credential_error (lookup_error, code, msgid, in_zh_tw);
  assert_credential_error (clear_error, code, msgid, in_zh_tw);
}

static void
trap_and_check_logs (void)
{
  g_test_trap_subprocess (NULL, TRAP_TIMEOUT, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout_unmatched ("*" LOG_PASSWORD "*");
  g_test_trap_assert_stderr_unmatched ("*" LOG_PASSWORD "*");
}

static void
test_unavailable_no_bus (void)
{
  if (g_test_subprocess ())
    {
      /* Before any thread starts: setlocale() and g_setenv() are not
       * thread-safe. */
      gboolean in_zh_tw = ec_test_switch_to_zh_tw ();

      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);
      assert_all_fail ("lin.meihua", EC_CREDENTIAL_ERROR_UNAVAILABLE, UNAVAILABLE_MESSAGE, in_zh_tw);
      return;
    }

  trap_and_check_logs ();
}

static void
test_unavailable_no_secret_service (void)
{
  if (g_test_subprocess ())
    {
      gboolean in_zh_tw = ec_test_switch_to_zh_tw ();
      g_autoptr (EcTestBus) bus = ec_test_bus_start ();

      assert_all_fail ("lin.meihua", EC_CREDENTIAL_ERROR_UNAVAILABLE, UNAVAILABLE_MESSAGE, in_zh_tw);
      return;
    }

  trap_and_check_logs ();
}

/* A locked keyring: locking needs no prompt, and on this bus no prompt
 * can be shown, so an unlock is dismissed at once instead of waiting for
 * an answer. */
static void
test_locked (void)
{
  if (g_test_subprocess ())
    {
      gboolean in_zh_tw = ec_test_switch_to_zh_tw ();
      g_autoptr (EcTestBus) bus = ec_test_bus_start ();
      g_autoptr (EcCredentialStore) store = ec_credential_store_new (SERVICE_URL);
      g_autoptr (SecretService) service = NULL;
      g_autoptr (SecretCollection) collection = NULL;
      g_autoptr (GError) error = NULL;
      GList *collections;

      ec_test_bus_start_keyring (bus);
      assert_saves (store, "ecpa", "saved.before", "saved-before-locking");

      service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, &error);
      g_assert_no_error (error);
      collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT,
                                                     SECRET_COLLECTION_NONE, NULL, &error);
      g_assert_no_error (error);
      collections = g_list_append (NULL, collection);
      g_assert_cmpint (secret_service_lock_sync (service, collections, NULL, NULL, &error), ==, 1);
      g_assert_no_error (error);
      g_list_free (collections);
      g_assert_true (secret_collection_get_locked (collection));

      /* Saved, but out of reach: found and forgotten, it is locked, not
       * missing. */
      assert_all_fail ("saved.before", EC_CREDENTIAL_ERROR_LOCKED, LOCKED_MESSAGE, in_zh_tw);

      /* What was never saved is still just missing. */
      assert_finds (store, "ecpa", "never.saved", NULL);
      assert_clears (store, "ecpa", "never.saved");
      return;
    }

  trap_and_check_logs ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/credentials/save-lookup-clear", test_save_lookup_clear);
  g_test_add_func ("/credentials/kept-apart", test_kept_apart);
  g_test_add_func ("/credentials/overwrite", test_overwrite);
  g_test_add_func ("/credentials/find-logins", test_find_logins);
  g_test_add_func ("/credentials/unicode", test_unicode);
  g_test_add_func ("/credentials/cancelled-before-start", test_cancelled_before_start);
  g_test_add_func ("/credentials/attributes", test_attributes);
  g_test_add_func ("/credentials/privacy/files", test_privacy_files);
  g_test_add_func ("/credentials/privacy/logs", test_privacy_logs);
  g_test_add_func ("/credentials/unavailable/no-bus", test_unavailable_no_bus);
  g_test_add_func ("/credentials/unavailable/no-secret-service", test_unavailable_no_secret_service);
  g_test_add_func ("/credentials/locked", test_locked);

  return g_test_run ();
}
