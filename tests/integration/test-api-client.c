/* test-api-client.c: the API client against the real elearn-sim: every
 * endpoint, what each failure of the service becomes, incremental sync,
 * HTTPS and the address checks.  The faults and retries are in
 * test-api-client-faults.c.
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
static const char *const limited_args[] = { "--seed=demo", "--admin", "--lookup-limit=2", NULL };
static const char *const short_session_args[] = { "--seed=demo", "--admin", "--session-ttl=60", NULL };

static void
test_login_routes (EcTestClient *fixture,
                   gconstpointer user_data)
{
  static const struct {
    const char *route, *account, *password, *session_route, *login;
  } cases[] = {
    { "ecpa", "wang.daming", PASSWORD, "ecpa", "wang.daming" },
    { "gov-tw", "lin.meihua", PASSWORD, "gov-tw", "lin.meihua" },
    { "certificate", "CERT-WANG-0001", "123456", "certificate-bound", "wang.daming" },
    { "certificate", "CERT-LI-0001", "654321", "certificate-unbound", "CERT-LI-0001" },
    { "social", "facebook:chang.yating", PASSWORD, "social", "facebook:chang.yating" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (EcAccount) reply = NULL;
      g_autoptr (EcAccount) me = NULL;

      reply = ec_test_client_login (fixture, cases[i].route, cases[i].account, cases[i].password, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (reply->login, ==, cases[i].login);
      g_assert_cmpuint (strlen (ec_api_client_get_token (fixture->client)), ==, 64);

      /* The token is kept and sent: the service knows who asks. */
      me = ec_test_client_get_me (fixture, &error);
      g_assert_no_error (error);
      g_assert_true (ec_account_equal (me, reply));
    }
}

static void
test_logout (EcTestClient *fixture,
             gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) reply = ec_test_client_login (fixture, "ecpa", "wang.daming", PASSWORD, &error);
  g_autofree char *token = g_strdup (ec_api_client_get_token (fixture->client));
  g_autoptr (EcAccount) me = NULL;

  g_assert_no_error (error);
  g_assert_true (ec_test_client_logout (fixture, &error));
  g_assert_no_error (error);
  g_assert_null (ec_api_client_get_token (fixture->client));

  /* The service refuses the old token too. */
  ec_api_client_set_token (fixture->client, token);
  me = ec_test_client_get_me (fixture, &error);
  g_assert_null (me);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  /* A logout the service cannot honour still forgets the token. */
  g_assert_true (ec_test_client_logout (fixture, &error));
  g_assert_no_error (error);
  g_assert_null (ec_api_client_get_token (fixture->client));
}

static void
test_lookup_and_agency (EcTestClient *fixture,
                        gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) accounts = NULL;
  g_autoptr (EcAgency) agency = NULL;
  g_autoptr (EcAgency) unknown = NULL;
  const EcMaskedAccount *account;

  RUN (accounts, ec_api_client_lookup_accounts_finish, ec_api_client_lookup_accounts_async (fixture->client, "A120864216", "王大明", NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 1);
  account = g_ptr_array_index (accounts, 0);
  g_assert_cmpstr (account->login_masked, ==, "wa****");
  g_assert_cmpint (account->type, ==, EC_ACCOUNT_TYPE_ECPA);
  g_assert_cmpint (account->kind, ==, EC_ACCOUNT_KIND_OFFICIAL);
  g_assert_cmpstr (account->name, ==, "王大明");

  RUN (agency, ec_api_client_get_agency_finish, ec_api_client_get_agency_async (fixture->client, "2.16.886.101.20003.20022", NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpstr (agency->name, ==, "行政院研究發展考核委員會");
  g_assert_cmpstr (agency->oid, ==, "2.16.886.101.20003.20022");

  RUN (unknown, ec_api_client_get_agency_finish, ec_api_client_get_agency_async (fixture->client, "2.16.886.101.20003.99999", NULL, CB));
  g_assert_null (unknown);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_NOT_FOUND);
  g_assert_cmpstr (ec_client_error_get_code (error), ==, "not_found");
}

static void
test_profile (EcTestClient *fixture,
              gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = ec_test_client_login (fixture, "gov-tw", "chen.zhiming", PASSWORD, &error);
  g_autoptr (EcProfile) profile = NULL;
  g_autoptr (EcProfile) updated = NULL;
  g_autoptr (EcProfile) refused = NULL;
  EcProfileChanges changes = { .address = "臺中市南屯區大業路1號", .phone = "0911-222-333" };
  EcProfileChanges bad_changes = { .birthday = "2026-02-30" };

  g_assert_no_error (error);
  RUN (profile, ec_api_client_get_profile_finish, ec_api_client_get_profile_async (fixture->client, NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpstr (profile->name, ==, "陳志明");
  g_assert_cmpstr (profile->id_number_masked, ==, "B******460");
  g_assert_cmpstr (profile->birthday, ==, "1990-03-15");
  g_assert_null (profile->address);
  g_assert_null (profile->passport_masked);
  g_assert_cmpuint (profile->missing, ==, EC_PROFILE_MISSING_ADDRESS | EC_PROFILE_MISSING_PHONE);

  RUN (updated, ec_api_client_update_profile_finish,
       ec_api_client_update_profile_async (fixture->client, &changes, NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpuint (updated->missing, ==, EC_PROFILE_MISSING_NONE);
  g_assert_cmpstr (updated->phone, ==, "0911-222-333");
  g_assert_cmpstr (updated->address, ==, "臺中市南屯區大業路1號");

  /* A refused member: 422 with its field. */
  RUN (refused, ec_api_client_update_profile_finish,
       ec_api_client_update_profile_async (fixture->client, &bad_changes, NULL, CB));
  g_assert_null (refused);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_INPUT);
  g_assert_cmpstr (ec_client_error_get_code (error), ==, "invalid_date");
  g_assert_cmpstr (ec_client_error_get_field (error), ==, "birthday");
}

static void
test_profile_forbidden (EcTestClient *fixture,
                        gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = ec_test_client_login (fixture, "social", "facebook:chang.yating", PASSWORD, &error);
  EcProfileChanges changes = { .phone = "0911-222-333" };
  g_autoptr (EcProfile) refused = NULL;

  g_assert_no_error (error);
  RUN (refused, ec_api_client_update_profile_finish,
       ec_api_client_update_profile_async (fixture->client, &changes, NULL, CB));
  g_assert_null (refused);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_FORBIDDEN);
}

static void
test_applications (EcTestClient *fixture,
                   gconstpointer user_data)
{
  const char *oid = "2.16.886.101.20003.20001";
  const char *reason = "學校教師，研習時數需上傳教師網";
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = ec_test_client_login (fixture, "gov-tw", "lin.meihua", PASSWORD, &error);
  g_autoptr (EcAccountRequest) created = NULL;
  g_autoptr (EcAccountRequest) again = NULL;
  g_autoptr (EcAccountRequest) conflict = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (EcAccountRequest) fetched = NULL;
  g_autoptr (EcAccountRequest) missing = NULL;
  gint64 id;

  g_assert_no_error (error);
  RUN (created, ec_api_client_create_account_request_finish,
       ec_api_client_create_account_request_async (fixture->client, oid, reason, "key-lin-0001", NULL, CB));
  g_assert_no_error (error);
  id = created->id;
  g_assert_cmpint (created->status, ==, EC_ACCOUNT_REQUEST_STATUS_PENDING);
  g_assert_cmpint (created->reply, ==, EC_CONVERSION_REPLY_SUBMITTED);
  g_assert_cmpstr (created->reply_text, ==, "已送出申請");
  g_assert_cmpstr (created->reason, ==, reason);
  g_assert_cmpstr (created->agency_oid, ==, oid);
  g_assert_cmpstr (created->agency_name, ==, "內政部");
  g_assert_cmpint (created->decided_at, ==, EC_TIME_NEVER);
  g_assert_nonnull (created->form);
  g_assert_cmpstr (created->form->member_account, ==, "lin.meihua");
  g_assert_cmpstr (created->form->name, ==, "林美華");
  g_assert_cmpstr (created->form->item_text, ==, "自然人轉公務員(待審中)");
  g_assert_true (g_date_valid (&created->form->application_date));
  g_assert_true (g_str_has_prefix (created->form->application_date_roc, "民國 "));

  /* The same key again: the same request, nothing new. */
  RUN (again, ec_api_client_create_account_request_finish,
       ec_api_client_create_account_request_async (fixture->client, oid, reason, "key-lin-0001", NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpint (again->id, ==, id);

  /* Without a key, a second request conflicts with the pending one. */
  RUN (conflict, ec_api_client_create_account_request_finish,
       ec_api_client_create_account_request_async (fixture->client, oid, reason, NULL, NULL, CB));
  g_assert_null (conflict);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_CONFLICT);
  g_assert_cmpstr (ec_client_error_get_code (error), ==, "conflict");
  g_clear_error (&error);

  RUN (list, ec_api_client_list_account_requests_finish,
       ec_api_client_list_account_requests_async (fixture->client, NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((EcAccountRequest *) g_ptr_array_index (list, 0))->id, ==, id);

  RUN (fetched, ec_api_client_get_account_request_finish,
       ec_api_client_get_account_request_async (fixture->client, id, NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpint (fetched->id, ==, id);

  RUN (missing, ec_api_client_get_account_request_finish, ec_api_client_get_account_request_async (fixture->client, id + 1000, NULL, CB));
  g_assert_null (missing);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_NOT_FOUND);
}

/* The refusal carries what the profile lacks, so that the app can ask for
 * exactly that. */
static void
test_application_not_advanced (EcTestClient *fixture,
                               gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = ec_test_client_login (fixture, "gov-tw", "chen.zhiming", PASSWORD, &error);
  g_autoptr (EcAccountRequest) refused = NULL;
  const char *const *missing;

  g_assert_no_error (error);
  RUN (refused, ec_api_client_create_account_request_finish, ec_api_client_create_account_request_async (fixture->client, "2.16.886.101.20003.20064", "約僱人員", "key-chen-0001", NULL, CB));
  g_assert_null (refused);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_INPUT);
  g_assert_cmpstr (ec_client_error_get_code (error), ==, "not_advanced_member");
  missing = ec_client_error_get_missing (error);
  g_assert_nonnull (missing);
  g_assert_cmpuint (g_strv_length ((GStrv) missing), ==, 2);
  g_assert_cmpstr (missing[0], ==, "address");
  g_assert_cmpstr (missing[1], ==, "phone");
}

static void
test_recovery (EcTestClient *fixture,
               gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sent = NULL;
  gboolean         confirmed = FALSE;
  g_autoptr (JsonNode) codes = NULL;
  g_autoptr (EcAccount) login = NULL;
  const char *code;

  RUN (sent, ec_api_client_request_recovery_finish, ec_api_client_request_recovery_async (fixture->client, "gov-tw", "lin.meihua", "0912-345-678", NULL, CB));
  g_assert_no_error (error);
  g_assert_cmpstr (sent, ==, "09*****678");

  codes = ec_test_service_call (&fixture->service, "GET", "/admin/sms-codes?account=lin.meihua", NULL, NULL, 200);
  code = json_object_get_string_member (json_array_get_object_element (
                                            json_object_get_array_member (json_node_get_object (codes), "codes"), 0),
                                        "code");
  RUN (confirmed, ec_api_client_confirm_recovery_finish, ec_api_client_confirm_recovery_async (fixture->client, "gov-tw", "lin.meihua", code, "Spring2027", NULL, CB));
  g_assert_no_error (error);
  g_assert_true (confirmed);

  login = ec_test_client_login (fixture, "gov-tw", "lin.meihua", "Spring2027", &error);
  g_assert_no_error (error);
}

static void
test_invalid_credentials_and_lockout (EcTestClient *fixture,
                                      gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) reply = NULL;

  for (guint i = 0; i < 5; i++)
    {
      reply = ec_test_client_login (fixture, "ecpa", "huang.shufen", "wrong-password1", &error);
      g_assert_null (reply);
      g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_CREDENTIALS);
      g_assert_cmpstr (ec_client_error_get_code (error), ==, "invalid_credentials");
      g_assert_null (ec_api_client_get_token (fixture->client));
      g_clear_error (&error);
    }

  /* Locked now, even with the right password, for up to 15 minutes. */
  reply = ec_test_client_login (fixture, "ecpa", "huang.shufen", PASSWORD, &error);
  g_assert_null (reply);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_ACCOUNT_LOCKED);
  g_assert_cmpuint (ec_client_error_get_retry_after (error), >=, 1);
  g_assert_cmpuint (ec_client_error_get_retry_after (error), <=, 15 * 60);
}

static void
test_invalid_route (EcTestClient *fixture,
                    gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) reply = ec_test_client_login (fixture, "fax", "wang.daming", PASSWORD, &error);

  g_assert_null (reply);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_INPUT);
  g_assert_cmpstr (ec_client_error_get_code (error), ==, "invalid_route");
  g_assert_cmpstr (ec_client_error_get_field (error), ==, "route");
}

/* Started with --lookup-limit=2: the third lookup waits, and the client
 * says how long instead of trying again by itself. */
static void
test_rate_limited (EcTestClient *fixture,
                   gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GPtrArray) reply = NULL;

      RUN (reply, ec_api_client_lookup_accounts_finish, ec_api_client_lookup_accounts_async (fixture->client, "F222334450", "林美華", NULL, CB));
      g_assert_no_error (error);
    }

  {
    g_autoptr (GPtrArray) reply = NULL;

    RUN (reply, ec_api_client_lookup_accounts_finish, ec_api_client_lookup_accounts_async (fixture->client, "F222334450", "林美華", NULL, CB));
    g_assert_null (reply);
    g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_RATE_LIMITED);
    g_assert_cmpstr (ec_client_error_get_code (error), ==, "rate_limited");
    g_assert_cmpuint (ec_client_error_get_retry_after (error), >=, 1);
    g_assert_cmpuint (ec_client_error_get_retry_after (error), <=, 60);
  }
}

static void
test_unauthorized (EcTestClient *fixture,
                   gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) me = ec_test_client_get_me (fixture, &error);

  g_assert_null (me);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_UNAUTHORIZED);
}

/* Started with --session-ttl=60: two minutes of service clock later the
 * session has expired, which the app renews by logging in again. */
static void
test_session_expired (EcTestClient *fixture,
                      gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = ec_test_client_login (fixture, "ecpa", "wang.daming", PASSWORD, &error);
  g_autoptr (EcAccount) me = NULL;

  g_assert_no_error (error);
  ec_test_service_advance_seconds (&fixture->service, 120);

  me = ec_test_client_get_me (fixture, &error);
  g_assert_null (me);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SESSION_EXPIRED);
  g_assert_cmpstr (ec_client_error_get_code (error), ==, "session_expired");
}

static void
test_records_sync (EcTestClient *fixture,
                   gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = ec_test_client_login (fixture, "ecpa", "wang.daming", PASSWORD, &error);
  g_autoptr (EcRecordsPage) full = NULL;
  g_autoptr (EcRecordsPage) same = NULL;
  g_autoptr (EcRecordsPage) changes = NULL;
  g_autofree char *path = NULL;
  EcRecord        *record, *tombstone;

  g_assert_no_error (error);
  full = ec_test_client_fetch_records (fixture, NULL, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_false (full->not_modified);
  g_assert_false (full->has_more);
  g_assert_cmpuint (full->records->len, >, 1);
  g_assert_nonnull (full->etag);
  g_assert_nonnull (full->cursor);
  g_assert_nonnull (full->account_state);
  g_assert_cmpint (full->as_of, >, 0);
  record = g_ptr_array_index (full->records, 0);
  g_assert_false (record->deleted);
  g_assert_nonnull (record->course);

  /* Nothing changed: 304, and the same ETag. */
  same = ec_test_client_fetch_records (fixture, NULL, full->etag, 0, &error);
  g_assert_no_error (error);
  g_assert_true (same->not_modified);
  g_assert_cmpstr (same->etag, ==, full->etag);
  g_assert_cmpuint (same->records->len, ==, 0);

  /* The service centre deletes one record: the cursor brings only it, as
   * a tombstone. */
  path = g_strdup_printf ("/admin/records/%" G_GINT64_FORMAT, record->id);
  g_assert_null (ec_test_service_call (&fixture->service, "DELETE", path, NULL, NULL, 204));

  changes = ec_test_client_fetch_records (fixture, full->cursor, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->records->len, ==, 1);
  tombstone = g_ptr_array_index (changes->records, 0);
  g_assert_true (tombstone->deleted);
  g_assert_cmpint (tombstone->id, ==, record->id);
  g_assert_cmpstr (changes->cursor, !=, full->cursor);
}

/* A person's change touches every record: pages of two bring them all,
 * each exactly once. */
static void
test_records_pages (EcTestClient *fixture,
                    gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) login = ec_test_client_login (fixture, "ecpa", "huang.shufen", PASSWORD, &error);
  g_autoptr (EcRecordsPage) full = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_records_page_free);
  g_autoptr (JsonNode) state = NULL;
  const char *cursor;

  g_assert_no_error (error);
  full = ec_test_client_fetch_records (fixture, NULL, NULL, 0, &error);
  g_assert_no_error (error);

  state = ec_test_service_call (&fixture->service, "POST", "/admin/accounts/huang.shufen/env-account", NULL,
                                "{\"service_unit_ok\": true}", 200);

  cursor = full->cursor;
  do
    {
      EcRecordsPage *page = ec_test_client_fetch_records (fixture, cursor, NULL, 2, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->records->len, <=, 2);
      for (guint i = 0; i < page->records->len; i++)
        {
          EcRecord *record = g_ptr_array_index (page->records, i);

          g_assert_false (g_hash_table_contains (seen, &record->id));
          g_hash_table_add (seen, &record->id);
        }
      g_ptr_array_add (pages, page);
      cursor = page->cursor;
    }
  while (((EcRecordsPage *) g_ptr_array_index (pages, pages->len - 1))->has_more);

  g_assert_cmpuint (g_hash_table_size (seen), ==, full->records->len);
}

static char *
cert_path (const char *name)
{
  return g_build_filename (g_getenv ("EC_TEST_CERTS"), name, NULL);
}

static void
test_https (void)
{
  g_autofree char *cert = cert_path ("server.pem");
  g_autofree char *key = cert_path ("server-key.pem");
  g_autofree char *ca = cert_path ("ca.pem");
  g_autofree char *cert_arg = g_strconcat ("--tls-cert=", cert, NULL);
  g_autofree char *key_arg = g_strconcat ("--tls-key=", key, NULL);
  const char      *args[] = { "--seed=demo", cert_arg, key_arg, NULL };
  g_autoptr (EcTestSim) sim = ec_test_sim_start (args);
  g_autoptr (EcApiClient) trusting = NULL;
  g_autoptr (EcApiClient) plain = NULL;
  g_autoptr (GTlsDatabase) database = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) health = NULL;
  g_autoptr (JsonNode) refused = NULL;

  g_assert_true (g_str_has_prefix (ec_test_sim_get_url (sim), "https://"));
  database = g_tls_file_database_new (ca, &error);
  g_assert_no_error (error);

  trusting = ec_api_client_new (ec_test_sim_get_url (sim), &error);
  g_assert_no_error (error);
  ec_api_client_set_tls_database (trusting, database);
  health = ec_test_client_request (trusting, "GET", "/api/v1/health", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (health), "status"), ==, "ok");

  /* Without the test CA: refused, and never retried into acceptance. */
  plain = ec_api_client_new (ec_test_sim_get_url (sim), &error);
  g_assert_no_error (error);
  refused = ec_test_client_request (plain, "GET", "/api/v1/health", NULL, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_TLS);
}

static void
test_url_checks (void)
{
  static const char *const refused[] = {
    "http://example.com/",
    "http://10.0.0.1:8080/",
    "http://localhost.example.com/",
    "http://127.0.0.1.example.com/",
    "ftp://127.0.0.1/",
    "https://user:secret@example.com/",
    "https://example.com/?a=b",
    "not a url",
    "",
  };
  static const struct {
    const char *url, *base;
  } accepted[] = {
    { "https://elearn.example.gov.tw", "https://elearn.example.gov.tw/" },
    { "https://gateway.example.gov.tw/elearn/", "https://gateway.example.gov.tw/elearn/" },
    { "http://127.0.0.1:8080", "http://127.0.0.1:8080/" },
    { "http://127.3.4.5/", "http://127.3.4.5/" },
    { "http://localhost:9/", "http://localhost:9/" },
    { "http://[::1]:9/", "http://[::1]:9/" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (EcApiClient) client = ec_api_client_new (refused[i], &error);

      g_assert_null (client);
      g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INSECURE_URL);
      /* The message never repeats the address, which could hold a
       * password. */
      g_assert_null (strstr (error->message, "secret"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (EcApiClient) client = ec_api_client_new (accepted[i].url, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (ec_api_client_get_base_url (client), ==, accepted[i].base);
    }
}

int
main (int   argc,
      char *argv[])
{
  ec_test_client_init (&argc, &argv);

  ADD ("/api-client/login/routes", test_login_routes, demo_args);
  ADD ("/api-client/login/logout", test_logout, demo_args);
  ADD ("/api-client/objects/lookup-and-agency", test_lookup_and_agency, demo_args);
  ADD ("/api-client/objects/profile", test_profile, demo_args);
  ADD ("/api-client/objects/applications", test_applications, demo_args);
  ADD ("/api-client/objects/recovery", test_recovery, demo_args);
  ADD ("/api-client/errors/invalid-credentials-and-lockout", test_invalid_credentials_and_lockout, demo_args);
  ADD ("/api-client/errors/invalid-route", test_invalid_route, demo_args);
  ADD ("/api-client/errors/not-advanced-member", test_application_not_advanced, demo_args);
  ADD ("/api-client/errors/forbidden", test_profile_forbidden, demo_args);
  ADD ("/api-client/errors/rate-limited", test_rate_limited, limited_args);
  ADD ("/api-client/errors/unauthorized", test_unauthorized, demo_args);
  ADD ("/api-client/errors/session-expired", test_session_expired, short_session_args);
  ADD ("/api-client/records/sync", test_records_sync, demo_args);
  ADD ("/api-client/records/pages", test_records_pages, demo_args);
  g_test_add_func ("/api-client/security/https", test_https);
  g_test_add_func ("/api-client/security/url-checks", test_url_checks);

  return g_test_run ();
}
