/* test-session.c: the client data layer end to end: EcSession with the
 * real API client against elearn-sim, a cache file on disk and the real
 * gnome-keyring of the test session.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <string.h>

#include <glib/gstdio.h>

#include "ec-client.h"
#include "ec-test-service.h"
#include "ec-test-util.h"

#define PASSWORD "demo2026"

typedef struct {
  EcTestService      service; /* for /admin */
  EcApiClient       *client;
  EcCredentialStore *credentials;
  EcSession         *session;
  char              *dir;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  const char *args[] = { "--seed=demo", "--admin", "--session-ttl=60", NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *cache = NULL;

  ec_test_service_set_up (&fixture->service, args);
  fixture->client = ec_api_client_new (fixture->service.url, &error);
  g_assert_no_error (error);
  ec_api_client_set_retry_delay (fixture->client, 10);
  ec_api_client_set_timeout (fixture->client, 2);
  fixture->credentials = ec_credential_store_new (fixture->service.url);
  fixture->session = ec_session_new (fixture->client, fixture->credentials);

  fixture->dir = g_dir_make_tmp ("ec-session-XXXXXX", &error);
  g_assert_no_error (error);
  cache = g_build_filename (fixture->dir, "cache.sqlite", NULL);
  ec_session_set_cache_path (fixture->session, cache);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->credentials);
  g_clear_object (&fixture->client);
  ec_test_service_tear_down (&fixture->service, user_data);
  ec_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static gboolean
login (Fixture    *fixture,
       const char *route,
       const char *account,
       gboolean    remember,
       GError    **remember_error,
       GError    **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_session_login_async (fixture->session, route, account, PASSWORD, remember, NULL, on_done_cb, &result);
  return ec_session_login_finish (fixture->session, wait_for (&result), remember_error, error);
}

static gboolean
sync_cache (Fixture *fixture,
            guint   *changed,
            GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_session_sync_async (fixture->session, NULL, on_done_cb, &result);
  return ec_session_sync_finish (fixture->session, wait_for (&result), changed, error);
}

/* What a learner sees of the cache: every record's id, course and
 * statuses, and the sync cursor, as one string to compare before and after
 * a failure. */
static char *
snapshot (Fixture *fixture)
{
  EcCache     *cache = ec_session_get_cache (fixture->session);
  EcCacheQuery query = EC_CACHE_QUERY_INIT;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *cursor = ec_cache_dup_cursor (cache);
  GString         *text = g_string_new (cursor);

  query.sort = EC_CACHE_SORT_COURSE;
  records = ec_cache_query (cache, &query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    {
      EcRecord *record = g_ptr_array_index (records, i);

      g_string_append_printf (text, "|%" G_GINT64_FORMAT ":%s", record->id, record->course);
      for (guint n = 0; n < EC_N_NETWORKS; n++)
        g_string_append_printf (text, ":%d", record->networks[n].status);
    }
  return g_string_free (text, FALSE);
}

static void
on_sync_progress_cb (EcSession *session,
                     guint      received,
                     gpointer   user_data)
{
  *(guint *) user_data = received;
}

static void
test_full_then_incremental (Fixture      *fixture,
                            gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  guint            received = 0;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EcCacheQuery     query = EC_CACHE_QUERY_INIT;
  guint            changed = 0;
  gint64           synced;

  g_assert_true (login (fixture, "ecpa", "huang.shufen", FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ec_session_get_logged_in (fixture->session));

  /* The window shows how many records have arrived. */
  g_signal_connect (fixture->session, "sync-progress", G_CALLBACK (on_sync_progress_cb), &received);
  g_assert_true (sync_cache (fixture, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (received, ==, 2);
  g_assert_cmpuint (ec_cache_count (ec_session_get_cache (fixture->session), &query, NULL), ==, 2);
  synced = ec_cache_get_last_synced (ec_session_get_cache (fixture->session));
  g_assert_cmpint (synced, >, 0);

  /* Nothing changed: the service answers 304, nothing is transferred. */
  before = snapshot (fixture);
  g_assert_true (sync_cache (fixture, &changed, &error));
  g_assert_cmpuint (changed, ==, 0);
  after = snapshot (fixture);
  g_assert_cmpstr (before, ==, after);

  /* She creates her env-ed account: both records change status, and the
   * next sync brings exactly those. */
  ec_test_service_admin (&fixture->service, "POST", "/admin/accounts/huang.shufen/env-account", "{\"service_unit_ok\": true}", 200);
  g_assert_true (sync_cache (fixture, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  query.network = EC_NETWORK_ENV;
  query.status = EC_UPLOAD_STATUS_PENDING;
  g_assert_cmpuint (ec_cache_count (ec_session_get_cache (fixture->session), &query, NULL), ==, 2);
}

/* Each fault the service can produce on the records endpoint: the sync
 * fails with an error that says what happened, and the cache keeps its
 * last good state. */
static void
test_faults_leave_cache_untouched (Fixture      *fixture,
                                   gconstpointer user_data)
{
  const struct {
    const char   *kind;
    EcClientError code;
  } faults[] = {
    { "status-500", EC_CLIENT_ERROR_SERVER },
    { "drop", EC_CLIENT_ERROR_OFFLINE },
    { "delay", EC_CLIENT_ERROR_TIMED_OUT },
    { "malformed-json", EC_CLIENT_ERROR_MALFORMED_REPLY },
    { "truncated", EC_CLIENT_ERROR_MALFORMED_REPLY },
  };
  g_autoptr (GError) error = NULL;
  g_autofree char *good = NULL;

  g_assert_true (login (fixture, "ecpa", "wang.daming", FALSE, NULL, &error));
  g_assert_true (sync_cache (fixture, NULL, &error));
  g_assert_no_error (error);
  good = snapshot (fixture);

  /* A change on the service, so that a sync has something to write. */
  ec_test_service_admin (&fixture->service, "POST", "/admin/accounts/wang.daming/personnel-category", "{\"category\": 10}", 200);

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *body = g_strdup_printf ("{\"path\": \"/api/v1/records\", \"kind\": \"%s\","
                                               " \"count\": 10, \"delay_ms\": 4000}",
                                               faults[i].kind);
      g_autofree char *now = NULL;
      g_autoptr (GError) sync_error = NULL;

      ec_test_service_admin (&fixture->service, "POST", "/admin/faults", body, 201);
      g_assert_false (sync_cache (fixture, NULL, &sync_error));
      g_assert_error (sync_error, EC_CLIENT_ERROR, (int) faults[i].code);
      now = snapshot (fixture);
      g_assert_cmpstr (now, ==, good);
      ec_test_service_admin (&fixture->service, "DELETE", "/admin/faults", NULL, 204);
    }

  /* Once the service behaves, the sync goes through. */
  g_assert_true (sync_cache (fixture, NULL, &error));
  g_assert_no_error (error);
}

static void
test_expired_session_renewed (Fixture      *fixture,
                              gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) remember_error = NULL;
  guint changed = 0;

  g_assert_true (login (fixture, "gov-tw", "chang.yating", TRUE, &remember_error, &error));
  g_assert_no_error (error);
  g_assert_no_error (remember_error);

  /* Past the 60 s lifetime: the service answers session_expired, and the
   * session logs in again with the password in the keyring. */
  ec_test_service_advance_seconds (&fixture->service, 120);
  g_assert_true (sync_cache (fixture, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_expired_session_without_password (Fixture      *fixture,
                                       gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  g_assert_true (login (fixture, "ecpa", "li.jianguo", FALSE, NULL, &error));

  /* No password remembered, so the learner is asked to log in. */
  ec_credential_store_clear_async (fixture->credentials, "ecpa", "li.jianguo", NULL, on_done_cb, &result);
  ec_credential_store_clear_finish (fixture->credentials, wait_for (&result), NULL);
  ec_test_service_advance_seconds (&fixture->service, 120);
  g_assert_false (sync_cache (fixture, NULL, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SESSION_EXPIRED);
}

/* Without any secret service the learner still logs in and syncs; only
 * the password is not remembered, and the session says so. */
static void
test_no_secret_service (Fixture      *fixture,
                        gconstpointer user_data)
{
  if (g_test_subprocess ())
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GError) remember_error = NULL;

      g_assert_true (login (fixture, "ecpa", "wang.daming", TRUE, &remember_error, &error));
      g_assert_no_error (error);
      g_assert_error (remember_error, EC_CREDENTIAL_ERROR, EC_CREDENTIAL_ERROR_UNAVAILABLE);
      g_assert_true (sync_cache (fixture, NULL, &error));
      g_assert_no_error (error);
      return;
    }

  {
    /* Only the child loses the bus; the parent's other tests keep it. */
    g_autofree char *bus = g_strdup (g_getenv ("DBUS_SESSION_BUS_ADDRESS"));

    g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ec-no-bus", TRUE);
    g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
    if (bus != NULL)
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", bus, TRUE);
    g_test_trap_assert_passed ();
  }
}

/* Privacy: after a session that typed a password and an ID number, no
 * file the client wrote (cache, WAL, settings, logs) and no log line holds
 * either.  The keyring's own file is encrypted and left out. */
static GString *captured_log;
static GMutex   captured_lock;

/* The writer sees every message, debug ones included, whatever
 * G_MESSAGES_DEBUG says (that filter lives in the default writer).  Logs
 * may come from GIO's worker threads too, hence the lock; outside the
 * privacy test, messages go on to the default writer. */
static GLogWriterOutput
capture_log_cb (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&captured_lock);

  if (captured_log == NULL)
    return g_log_writer_default (level, fields, n_fields, user_data);

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
      g_string_append_printf (captured_log, "%s\n", (const char *) fields[i].value);
  return G_LOG_WRITER_HANDLED;
}

static void
scan_tree (const char        *path,
           const char *const *needles)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_autofree char *contents = NULL;
      gsize            length = 0;

      if (g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          if (g_strcmp0 (name, "keyrings") != 0)
            scan_tree (child, needles);
          continue;
        }
      if (!g_file_get_contents (child, &contents, &length, NULL))
        continue;
      for (guint i = 0; needles[i] != NULL; i++)
        if (g_strstr_len (contents, length, needles[i]) != NULL
            || memmem (contents, length, needles[i], strlen (needles[i])) != NULL)
          g_error ("%s holds a secret (%s)", child, i == 0 ? "the password" : "an ID number");
    }
}

static void
test_nothing_secret_on_disk (Fixture      *fixture,
                             gconstpointer user_data)
{
  const char *needles[] = { PASSWORD, "F222334450", NULL };
  const char *roots[] = { g_get_home_dir (), g_get_user_data_dir (), g_get_user_config_dir (),
                          g_get_user_cache_dir (), fixture->dir };
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GPtrArray) lookup = NULL;
  g_autofree char *log_text = NULL;

  g_mutex_lock (&captured_lock);
  captured_log = g_string_new (NULL);
  g_mutex_unlock (&captured_lock);

  ec_api_client_lookup_accounts_async (fixture->client, "F222334450", "林美華", NULL, on_done_cb, &result);
  lookup = ec_api_client_lookup_accounts_finish (fixture->client, wait_for (&result), &error);
  g_assert_no_error (error);

  g_assert_true (login (fixture, "gov-tw", "lin.meihua", TRUE, NULL, &error));
  g_assert_true (sync_cache (fixture, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    scan_tree (roots[i], needles);

  /* Read under the lock, assert outside it: a failed assertion logs. */
  g_mutex_lock (&captured_lock);
  log_text = g_string_free (g_steal_pointer (&captured_log), FALSE);
  g_mutex_unlock (&captured_lock);
  g_assert_null (strstr (log_text, PASSWORD));
  g_assert_null (strstr (log_text, "F222334450"));
}

static void
test_logout_forgets (Fixture      *fixture,
                     gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GAsyncResult) lookup = NULL;
  g_autofree char *path = NULL;
  g_autofree char *password = NULL;

  g_assert_true (login (fixture, "ecpa", "wang.daming", TRUE, NULL, &error));
  g_assert_true (sync_cache (fixture, NULL, &error));
  path = g_strdup (ec_cache_get_path (ec_session_get_cache (fixture->session)));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  ec_session_logout_async (fixture->session, TRUE, TRUE, NULL, on_done_cb, &result);
  g_assert_true (ec_session_logout_finish (fixture->session, wait_for (&result), &error));
  g_assert_no_error (error);
  g_assert_false (ec_session_get_logged_in (fixture->session));
  g_assert_null (ec_api_client_get_token (fixture->client));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  ec_credential_store_lookup_async (fixture->credentials, "ecpa", "wang.daming", NULL, on_done_cb, &lookup);
  password = ec_credential_store_lookup_finish (fixture->credentials, wait_for (&lookup), &error);
  g_assert_no_error (error);
  g_assert_null (password);
}

/* Offline review: the last learner's records open from the cache without
 * a login, and stay readable when the service is gone. */
static void
test_open_offline (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (EcSession) later = NULL;
  g_autofree char *path = NULL;
  EcCacheQuery     query = EC_CACHE_QUERY_INIT;

  g_assert_true (login (fixture, "ecpa", "wang.daming", FALSE, NULL, &error));
  g_assert_true (sync_cache (fixture, NULL, &error));
  path = g_strdup (ec_cache_get_path (ec_session_get_cache (fixture->session)));
  ec_session_logout_async (fixture->session, FALSE, FALSE, NULL, on_done_cb, &result);
  g_assert_true (ec_session_logout_finish (fixture->session, wait_for (&result), &error));

  /* The next start: the service has gone away. */
  ec_test_service_tear_down (&fixture->service, NULL);
  memset (&fixture->service, 0, sizeof fixture->service);
  later = ec_session_new (fixture->client, fixture->credentials);
  ec_session_set_cache_path (later, path);
  g_assert_true (ec_session_open_offline (later, "ecpa", "wang.daming", &error));
  g_assert_no_error (error);
  g_assert_false (ec_session_get_logged_in (later));
  g_assert_cmpstr (ec_session_get_login (later), ==, "wang.daming");
  g_assert_cmpuint (ec_cache_count (ec_session_get_cache (later), &query, NULL), >, 0);
}

static gboolean
relogin (Fixture *fixture,
         GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_session_relogin_async (fixture->session, NULL, on_done_cb, &result);
  return ec_session_relogin_finish (fixture->session, wait_for (&result), error);
}

static void
on_notified_cb (GObject    *object,
                GParamSpec *pspec,
                gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* A conversion that succeeds at once asks the learner to log in again;
 * the session does so with the password it kept, in a new session. */
static void
test_relogin_after_conversion (Fixture      *fixture,
                               gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GAsyncResult) me_result = NULL;
  g_autoptr (EcAccountRequest) request = NULL;
  g_autoptr (EcAccount) me = NULL;
  g_autofree char *old_token = NULL;
  guint            notified = 0;

  ec_session_keep_password_for_relogin (fixture->session);
  g_assert_true (login (fixture, "gov-tw", "wu.jiahao", FALSE, NULL, &error));
  g_assert_no_error (error);
  old_token = g_strdup (ec_api_client_get_token (fixture->client));

  ec_api_client_create_account_request_async (fixture->client, "2.16.886.101.20003.20022", "新進人員", NULL, NULL,
                                              on_done_cb, &result);
  request = ec_api_client_create_account_request_finish (fixture->client, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (request->reply, ==, EC_CONVERSION_REPLY_CONVERTED);
  g_assert_null (request->form);

  g_signal_connect (fixture->session, "notify::login", G_CALLBACK (on_notified_cb), &notified);
  g_assert_true (relogin (fixture, &error));
  g_assert_no_error (error);
  g_assert_true (ec_session_get_logged_in (fixture->session));
  g_assert_cmpstr (ec_api_client_get_token (fixture->client), !=, old_token);
  /* The account is official now: whoever shows it shows it anew. */
  g_assert_cmpuint (notified, ==, 1);

  ec_api_client_get_me_async (fixture->client, NULL, on_done_cb, &me_result);
  me = ec_api_client_get_me_finish (fixture->client, wait_for (&me_result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (me->kind, ==, EC_ACCOUNT_KIND_OFFICIAL);
  g_assert_cmpint (me->relogin_at, !=, EC_TIME_NEVER);
}

/* The kept password serves once; after that, with nothing in the keyring
 * either, the learner must type it, and the session says logged out. */
static void
test_relogin_without_password (Fixture      *fixture,
                               gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;

  ec_session_keep_password_for_relogin (fixture->session);
  g_assert_true (login (fixture, "ecpa", "huang.shufen", FALSE, NULL, &error));
  g_assert_true (relogin (fixture, &error));
  g_assert_no_error (error);

  g_assert_false (relogin (fixture, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_UNAUTHORIZED);
  g_assert_false (ec_session_get_logged_in (fixture->session));
  g_assert_null (ec_api_client_get_token (fixture->client));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (capture_log_cb, NULL, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/session/sync/full-then-incremental", test_full_then_incremental);
  ADD ("/session/sync/faults-leave-cache-untouched", test_faults_leave_cache_untouched);
  ADD ("/session/expired/renewed-with-keyring", test_expired_session_renewed);
  ADD ("/session/expired/without-password", test_expired_session_without_password);
  ADD ("/session/keyring/none", test_no_secret_service);
  ADD ("/session/privacy/nothing-secret-on-disk", test_nothing_secret_on_disk);
  ADD ("/session/logout/forgets", test_logout_forgets);
  ADD ("/session/offline/open", test_open_offline);
  ADD ("/session/relogin/after-conversion", test_relogin_after_conversion);
  ADD ("/session/relogin/without-password", test_relogin_without_password);
#undef ADD

  return g_test_run ();
}
