/* test-api-client-faults.c: the API client when the service fails: the
 * faults come from the real elearn-sim (/admin/faults), on the real
 * connection; retries, timeouts, cancellation, and what reaches the logs.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-client.h"
#include "ec-test-client.h"
#include "ec-test-http.h"
#include "ec-test-sim.h"

static const char *const demo_args[] = { "--seed=demo", "--admin", NULL };

static void
add_fault (EcTestClient *fixture,
           const char   *json)
{
  ec_test_service_admin (&fixture->service, "POST", "/admin/faults", json, 201);
}

/* How many requests the pending faults are still waiting for: what the
 * service counts, not what the client says it did. */
static guint
faults_remaining (EcTestClient *fixture)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (&fixture->service, "GET", "/admin/faults", NULL, NULL, 200);
  JsonArray *faults = json_object_get_array_member (json_node_get_object (reply), "faults");
  guint      remaining = 0;

  for (guint i = 0; i < json_array_get_length (faults); i++)
    remaining += json_object_get_int_member (json_array_get_object_element (faults, i), "remaining");
  return remaining;
}

static void
login_wang (EcTestClient *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) reply = ec_test_client_login (fixture, "ecpa", "wang.daming", PASSWORD, &error);

  g_assert_no_error (error);
}

/* A GET that fails twice with 500 succeeds at the third attempt: the two
 * faults are used up, so the service saw exactly three requests. */
static void
test_get_retried (EcTestClient *fixture,
                  gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) me = NULL;

  login_wang (fixture);
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"status-500\", \"count\": 2}");

  me = ec_test_client_get_me (fixture, &error);
  g_assert_no_error (error);
  g_assert_nonnull (me);
  g_assert_cmpuint (faults_remaining (fixture), ==, 0);
}

/* Three attempts in all: a third 503 is the answer. */
static void
test_get_gives_up (EcTestClient *fixture,
                   gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) me = NULL;

  login_wang (fixture);
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"status-503\", \"count\": 5}");

  me = ec_test_client_get_me (fixture, &error);
  g_assert_null (me);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SERVER);
  g_assert_cmpuint (faults_remaining (fixture), ==, 5 - EC_API_CLIENT_MAX_ATTEMPTS);
}

/* A login is a POST without a key: the service counts wrong passwords, so
 * it is tried once, and the 500 is the answer at once. */
static void
test_post_not_retried (EcTestClient *fixture,
                       gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) reply = NULL;

  add_fault (fixture, "{\"path\": \"/api/v1/sessions\", \"kind\": \"status-500\", \"count\": 2}");

  reply = ec_test_client_login (fixture, "ecpa", "wang.daming", PASSWORD, &error);
  g_assert_null (reply);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SERVER);
  g_assert_null (ec_api_client_get_token (fixture->client));
  g_assert_cmpuint (faults_remaining (fixture), ==, 1);
}

/* The first attempt reaches the service, which creates the application,
 * but its answer comes too late, and so does the second's; the third,
 * with the same key, gets the same application, and there is only one. */
static void
test_post_with_key_replayed (EcTestClient *fixture,
                             gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = NULL;
  g_autoptr (EcAccountRequest) created = NULL;
  g_autoptr (GPtrArray) list = NULL;

  ec_api_client_set_timeout (fixture->client, 1);
  login = ec_test_client_login (fixture, "gov-tw", "lin.meihua", PASSWORD, &error);
  g_assert_no_error (error);
  add_fault (fixture, "{\"path\": \"/api/v1/applications\", \"kind\": \"delay\", \"delay_ms\": 2500, \"count\": 2}");

  RUN (created, ec_api_client_create_account_request_finish, ec_api_client_create_account_request_async (fixture->client, "2.16.886.101.20003.20001", "學校教師", "key-replay-0001", NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpuint (faults_remaining (fixture), ==, 0);

  RUN (list, ec_api_client_list_account_requests_finish,
       ec_api_client_list_account_requests_async (fixture->client, NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((EcAccountRequest *) g_ptr_array_index (list, 0))->id, ==, created->id);
}

/* The service closes every connection without answering: offline, after
 * the retries (libsoup may also resend a GET on a reused connection, so
 * the service sees at least three requests). */
static void
test_drop (EcTestClient *fixture,
           gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) me = NULL;

  login_wang (fixture);
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"drop\", \"count\": 20}");

  me = ec_test_client_get_me (fixture, &error);
  g_assert_null (me);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE);
  g_assert_cmpuint (faults_remaining (fixture), <=, 20 - EC_API_CLIENT_MAX_ATTEMPTS);
}

static void
test_timeout (EcTestClient *fixture,
              gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) me = NULL;

  /* Before the first request: the connection keeps its timeout. */
  ec_api_client_set_timeout (fixture->client, 1);
  login_wang (fixture);
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"delay\", \"delay_ms\": 3000, \"count\": 3}");

  me = ec_test_client_get_me (fixture, &error);
  g_assert_null (me);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_TIMED_OUT);
  g_assert_cmpuint (faults_remaining (fixture), ==, 0);
}

/* Garbage is not retried: the service answered, and would again. */
static void
test_malformed_json (EcTestClient *fixture,
                     gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) me = NULL;

  login_wang (fixture);
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"malformed-json\", \"count\": 2}");

  me = ec_test_client_get_me (fixture, &error);
  g_assert_null (me);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
  g_assert_cmpuint (faults_remaining (fixture), ==, 1);
}

static void
test_truncated (EcTestClient *fixture,
                gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecordsPage) page = NULL;
  g_autoptr (EcRecordsPage) whole = NULL;

  login_wang (fixture);
  add_fault (fixture, "{\"path\": \"/api/v1/records\", \"kind\": \"truncated\"}");

  page = ec_test_client_fetch_records (fixture, NULL, NULL, 0, &error);
  g_assert_null (page);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
  g_clear_error (&error);

  /* The fault is spent; the same request works again. */
  whole = ec_test_client_fetch_records (fixture, NULL, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (whole->records->len, >, 0);
}

static gboolean
on_cancel_timeout_cb (gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
  return G_SOURCE_REMOVE;
}

static gboolean
on_deadline_cb (gpointer user_data)
{
  gboolean *passed = user_data;

  *passed = TRUE;
  return G_SOURCE_REMOVE;
}

/* Cancels @fixture's get_me after @cancel_ms, and checks that it ends
 * with %G_IO_ERROR_CANCELLED before @deadline_ms: long before the
 * service's delay or the client's backoff would have ended. */
static void
assert_cancelled_promptly (EcTestClient *fixture,
                           guint         cancel_ms,
                           guint         deadline_ms)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) me = NULL;
  gboolean deadline_passed = FALSE;
  guint    deadline = g_timeout_add (deadline_ms, on_deadline_cb, &deadline_passed);

  g_timeout_add (cancel_ms, on_cancel_timeout_cb, cancellable);
  ec_api_client_get_me_async (fixture->client, cancellable, ec_test_client_on_result_cb, &result);
  me = ec_api_client_get_me_finish (fixture->client, ec_test_client_wait (&result), &error);

  g_assert_null (me);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (deadline_passed);
  g_source_remove (deadline);
}

static void
test_cancel_during_delay (EcTestClient *fixture,
                          gconstpointer user_data)
{
  login_wang (fixture);
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"delay\", \"delay_ms\": 20000}");

  assert_cancelled_promptly (fixture, 200, 10000);
}

static void
test_cancel_during_backoff (EcTestClient *fixture,
                            gconstpointer user_data)
{
  login_wang (fixture);
  ec_api_client_set_retry_delay (fixture->client, 20000);
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"status-500\"}");

  assert_cancelled_promptly (fixture, 500, 10000);
  /* The first attempt failed; the second was never made. */
  g_assert_cmpuint (faults_remaining (fixture), ==, 0);
}

/* A port on loopback where nothing listens. */
static guint
closed_port (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                             G_SOCKET_PROTOCOL_TCP, &error);
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;

  g_assert_no_error (error);
  g_socket_bind (socket, any_port, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  g_socket_close (socket, NULL);

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static void
test_offline (void)
{
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", closed_port ());
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApiClient) client = ec_api_client_new (url, &error);
  g_autoptr (JsonNode) reply = NULL;

  g_assert_no_error (error);
  ec_api_client_set_retry_delay (client, TEST_RETRY_DELAY_MS);
  reply = ec_test_client_request (client, "GET", "/api/v1/health", NULL, NULL, &error);
  g_assert_null (reply);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE);
}

/* A password, a full ID number and a session token reach the service and
 * nothing else: not a log line (debug ones included), not an error
 * message. */
static void
test_privacy (EcTestClient *fixture,
              gconstpointer user_data)
{
  const char *password = "Never-Logged-7";
  const char *id_number = "A120864216";
  g_autoptr (GError) login_error = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = NULL;
  g_autoptr (GPtrArray) lookup = NULL;
  g_autoptr (GPtrArray) failed = NULL;
  g_autoptr (EcAccount) session = NULL;
  g_autoptr (EcAccount) me = NULL;
  g_autofree char *token = NULL;
  g_autofree char *logs = NULL;

  ec_test_client_capture_logs ();

  session = ec_test_client_login (fixture, "ecpa", "wang.daming", PASSWORD, &error);
  g_assert_no_error (error);
  token = g_strdup (ec_api_client_get_token (fixture->client));
  add_fault (fixture, "{\"path\": \"/api/v1/me\", \"kind\": \"status-500\"}");
  me = ec_test_client_get_me (fixture, &error);
  g_assert_no_error (error);

  login = ec_test_client_login (fixture, "ecpa", "wang.daming", password, &login_error);
  g_assert_error (login_error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_CREDENTIALS);
  RUN (lookup, ec_api_client_lookup_accounts_finish, ec_api_client_lookup_accounts_async (fixture->client, id_number, "王大明", NULL, CB));
  g_assert_no_error (error);
  add_fault (fixture, "{\"path\": \"/api/v1/account-lookup\", \"kind\": \"malformed-json\"}");
  RUN (failed, ec_api_client_lookup_accounts_finish, ec_api_client_lookup_accounts_async (fixture->client, id_number, "王大明", NULL, CB));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);

  logs = ec_test_client_end_capture ();
  /* The capture works: the client did log these requests. */
  g_assert_nonnull (strstr (logs, "api/v1/sessions"));
  g_assert_nonnull (strstr (logs, "api/v1/account-lookup"));
  g_assert_null (strstr (logs, password));
  g_assert_null (strstr (logs, id_number));
  g_assert_null (strstr (logs, token));
  g_assert_null (strstr (logs, PASSWORD));
  g_assert_null (strstr (login_error->message, password));
  g_assert_null (strstr (error->message, id_number));
}

int
main (int   argc,
      char *argv[])
{
  ec_test_client_init (&argc, &argv);

  ADD ("/api-client/faults/get-retried", test_get_retried, demo_args);
  ADD ("/api-client/faults/get-gives-up", test_get_gives_up, demo_args);
  ADD ("/api-client/faults/post-not-retried", test_post_not_retried, demo_args);
  ADD ("/api-client/faults/post-with-key-replayed", test_post_with_key_replayed, demo_args);
  ADD ("/api-client/faults/drop", test_drop, demo_args);
  ADD ("/api-client/faults/timeout", test_timeout, demo_args);
  ADD ("/api-client/faults/malformed-json", test_malformed_json, demo_args);
  ADD ("/api-client/faults/truncated", test_truncated, demo_args);
  ADD ("/api-client/faults/cancel-during-delay", test_cancel_during_delay, demo_args);
  ADD ("/api-client/faults/cancel-during-backoff", test_cancel_during_backoff, demo_args);
  g_test_add_func ("/api-client/faults/offline", test_offline);
  ADD ("/api-client/privacy/no-secret-in-logs", test_privacy, demo_args);

  return g_test_run ();
}
