/* test-records.c: GET /api/v1/records over real HTTP: the statuses the
 * upload rules give each demo persona, and incremental sync (ETag, cursor,
 * tombstones, pages).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "ec-core.h"
#include "ec-test-service.h"

#define PASSWORD "demo2026"

typedef EcTestService Fixture;

static const char *const demo_args[] = { "--seed=demo", "--admin", NULL };
static const char *const synthetic_args[] = {
  "--seed=demo", "--admin", "--synthetic-courses=25", "--synthetic-account=wang.daming", NULL
};

static JsonNode *
get_records (Fixture    *fixture,
             const char *token,
             const char *query)
{
  g_autofree char *path = g_strconcat ("/api/v1/records", query, NULL);

  return ec_test_service_call (fixture, "GET", path, token, NULL, 200);
}

static JsonArray *
records_of (JsonNode *reply)
{
  return json_object_get_array_member (json_node_get_object (reply), "records");
}

static JsonObject *
find_record (JsonNode   *reply,
             const char *course)
{
  JsonArray *records = records_of (reply);

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (record, "course", NULL), course) == 0)
        return record;
    }

  g_error ("no record of “%s”", course);
}

static JsonObject *
find_network (JsonObject *record,
              const char *network)
{
  JsonArray *networks = json_object_get_array_member (record, "networks");

  g_assert_cmpuint (json_array_get_length (networks), ==, 3);
  for (guint i = 0; i < json_array_get_length (networks); i++)
    {
      JsonObject *verdict = json_array_get_object_element (networks, i);

      if (g_strcmp0 (json_object_get_string_member (verdict, "network"), network) == 0)
        return verdict;
    }

  g_error ("no verdict for %s", network);
}

/* Checks one network's verdict; @date NULL means the reply's date is
 * null. */
static void
assert_verdict (JsonObject *record,
                const char *network,
                const char *status,
                const char *reason,
                const char *remedy,
                const char *date)
{
  JsonObject *verdict = find_network (record, network);

  g_assert_cmpstr (json_object_get_string_member (verdict, "status"), ==, status);
  g_assert_cmpstr (json_object_get_string_member_with_default (verdict, "reason", NULL), ==, reason);
  g_assert_cmpstr (json_object_get_string_member_with_default (verdict, "remedy", NULL), ==, remedy);
  g_assert_cmpstr (json_object_get_string_member_with_default (verdict, "date", NULL), ==, date);
}

/* The Taiwan date @days after an ISO time, as the API writes dates. */
static char *
date_after (const char *iso,
            int         days)
{
  gint64 time = ec_time_from_iso8601 (iso, NULL);
  GDate  date;

  g_assert_cmpint (time, !=, EC_TIME_NEVER);
  ec_time_to_taiwan_date (time + (gint64) days * 24 * 60 * 60, &date);
  return ec_date_to_iso8601 (&date);
}

/* The expected upload date of hours ready at an ISO time: computed with
 * the core, so that the test checks that the service feeds the rules the
 * right time. */
static char *
expected_upload_date (const char *ready_iso)
{
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();
  GDate ready, expected;

  ec_time_to_taiwan_date (ec_time_from_iso8601 (ready_iso, NULL), &ready);
  ec_calendar_add_working_days (calendar, &ready, EC_UPLOAD_WORKING_DAYS, &expected);
  return ec_date_to_iso8601 (&expected);
}

static int
days_between (const char *from_date,
              const char *to_date)
{
  GDate from, to;

  g_assert_true (ec_date_from_iso8601 (from_date, &from, NULL));
  g_assert_true (ec_date_from_iso8601 (to_date, &to, NULL));
  return g_date_days_between (&from, &to);
}

static const char *
member_string (JsonNode   *reply,
               const char *name)
{
  return json_object_get_string_member (json_node_get_object (reply), name);
}

static void
test_civil_servant (Fixture      *fixture,
                    gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "wang.daming", PASSWORD);
  g_autofree char *cert_token = ec_test_service_login (fixture, "certificate", "CERT-WANG-0001", "123456");
  g_autoptr (JsonNode) reply = get_records (fixture, token, "");
  g_autoptr (JsonNode) cert_reply = get_records (fixture, cert_token, "");
  JsonObject *state = json_object_get_object_member (json_node_get_object (reply), "account_state");
  JsonObject *record;
  JsonObject *minutes;

  g_assert_true (g_str_has_suffix (member_string (reply, "as_of"), "+08:00"));
  g_assert_cmpstr (json_object_get_string_member (state, "identity"), ==, "civil-servant");
  g_assert_cmpstr (json_object_get_string_member (state, "kind"), ==, "official");
  g_assert_cmpint (json_object_get_int_member (state, "personnel_category"), ==, 1);
  g_assert_cmpuint (json_array_get_length (records_of (reply)), ==, 4);
  g_assert_false (json_object_get_boolean_member (json_node_get_object (reply), "has_more"));

  /* The seed dates an upload as the batch would have: three working days
   * after completion. */
  record = find_record (reply, "氣候變遷與淨零排放");
  {
    g_autofree char *uploaded = expected_upload_date (json_object_get_string_member (record, "completed_at"));

    g_assert_cmpstr (json_object_get_string_member (record, "route"), ==, "ecpa");
    minutes = json_object_get_object_member (record, "minutes");
    g_assert_cmpint (json_object_get_int_member (minutes, "lifelong"), ==, 180);
    g_assert_cmpint (json_object_get_int_member (minutes, "teacher"), ==, 0);
    g_assert_cmpint (json_object_get_int_member (minutes, "env"), ==, 180);
    assert_verdict (record, "lifelong", "uploaded", NULL, NULL, uploaded);
    assert_verdict (record, "env", "uploaded", NULL, NULL, uploaded);
    assert_verdict (record, "teacher", "not-eligible", "no-certified-hours", NULL, NULL);
    g_assert_false (json_object_get_boolean_member (find_network (record, "lifelong"), "date_is_estimate"));
  }

  /* Studied with the bound certificate: filed under the account it is
   * bound to. */
  record = find_record (reply, "個人資料保護法實務");
  g_assert_cmpstr (json_object_get_string_member (record, "route"), ==, "certificate-bound");
  g_assert_cmpstr (json_object_get_string_member (find_network (record, "lifelong"), "status"), ==, "uploaded");

  /* Logging in with the bound certificate is logging in to that account. */
  g_assert_cmpuint (json_array_get_length (records_of (cert_reply)), ==, 4);
  find_record (cert_reply, "公務倫理與廉政");
}

static void
test_natural_person (Fixture      *fixture,
                     gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  g_autoptr (JsonNode) reply = get_records (fixture, token, "");
  JsonObject *state = json_object_get_object_member (json_node_get_object (reply), "account_state");

  g_assert_cmpstr (json_object_get_string_member (state, "identity"), ==, "educator");
  g_assert_cmpstr (json_object_get_string_member (state, "kind"), ==, "natural-person");
  g_assert_cmpuint (json_array_get_length (records_of (reply)), ==, 2);

  for (guint i = 0; i < 2; i++)
    {
      JsonObject *record = json_array_get_object_element (records_of (reply), i);

      g_assert_cmpstr (json_object_get_string_member (record, "route"), ==, "gov-tw");
      assert_verdict (record, "lifelong", "not-eligible", "not-official-account", "convert-account", NULL);
      assert_verdict (record, "teacher", "not-eligible", "not-official-account", "convert-account", NULL);
      assert_verdict (record, "env", "not-eligible", "no-certified-hours", NULL, NULL);
    }
}

static void
test_social (Fixture      *fixture,
             gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "social", "facebook:chang.yating", PASSWORD);
  g_autoptr (JsonNode) reply = get_records (fixture, token, "");
  JsonObject *record;

  /* Only what was studied with the social account: the 我的e政府 records
   * are another account's and never merge. */
  g_assert_cmpuint (json_array_get_length (records_of (reply)), ==, 2);

  /* Her lifelong hours are not hers to credit, however she studied:
   * studying again would not change that, so only the environmental
   * hours are told to. */
  record = find_record (reply, "認識海洋廢棄物");
  g_assert_cmpstr (json_object_get_string_member (record, "route"), ==, "social");
  assert_verdict (record, "lifelong", "not-eligible", "not-civil-service", NULL, NULL);
  assert_verdict (record, "env", "never", "social-login", "restudy", NULL);

  record = find_record (reply, "生物多樣性入門");
  assert_verdict (record, "lifelong", "not-eligible", "no-certified-hours", NULL, NULL);
  assert_verdict (record, "env", "never", "social-login", "restudy", NULL);
}

static void
test_unbound_certificate (Fixture      *fixture,
                          gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "certificate", "CERT-LI-0001", "654321");
  g_autofree char *ecpa_token = ec_test_service_login (fixture, "ecpa", "li.jianguo", PASSWORD);
  g_autoptr (JsonNode) reply = get_records (fixture, token, "");
  g_autoptr (JsonNode) ecpa_reply = get_records (fixture, ecpa_token, "");
  JsonObject *record;

  g_assert_cmpuint (json_array_get_length (records_of (reply)), ==, 2);
  record = find_record (reply, "行政程序法概要");
  g_assert_cmpstr (json_object_get_string_member (record, "route"), ==, "certificate-unbound");
  assert_verdict (record, "lifelong", "not-eligible", "unbound-certificate", "bind-certificate", NULL);
  record = find_record (reply, "公文製作與寫作");
  assert_verdict (record, "lifelong", "not-eligible", "unbound-certificate", "bind-certificate", NULL);

  /* The same person's eCPA account has only its own record. */
  g_assert_cmpuint (json_array_get_length (records_of (ecpa_reply)), ==, 1);
  record = find_record (ecpa_reply, "資訊安全通識");
  g_assert_cmpstr (json_object_get_string_member (find_network (record, "lifelong"), "status"), ==, "uploaded");
}

static void
test_env_account (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "huang.shufen", PASSWORD);
  g_autofree char *later_token = NULL;
  g_autoptr (JsonNode) before = get_records (fixture, token, "");
  g_autoptr (JsonNode) created = NULL;
  g_autoptr (JsonNode) pending = NULL;
  g_autoptr (JsonNode) after = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *lifelong_due = NULL;
  g_autofree char *today = NULL;
  JsonObject      *state;
  JsonObject      *record;

  record = find_record (before, "水資源保育與永續");
  assert_verdict (record, "env", "not-eligible", "no-env-account", "create-env-account", NULL);

  created = ec_test_service_call (fixture, "POST",
                                  "/admin/accounts/huang.shufen/env-account", NULL,
                                  "{\"service_unit_ok\": true}", 200);
  state = json_object_get_object_member (json_node_get_object (created), "account_state");
  g_assert_cmpstr (member_string (created, "login"), ==, "huang.shufen");
  g_assert_true (json_object_get_boolean_member (state, "env_service_unit_ok"));

  /* Pending from the account's creation, three working days on. */
  pending = get_records (fixture, token, "");
  expected = expected_upload_date (json_object_get_string_member (state, "env_account_since"));
  record = find_record (pending, "水資源保育與永續");
  assert_verdict (record, "env", "pending", NULL, "wait", expected);
  assert_verdict (record, "lifelong", "uploaded", NULL, NULL,
                  json_object_get_string_member (find_network (record, "lifelong"), "date"));

  /* A week on (longer if holidays push the date), the batch has run. */
  today = date_after (member_string (pending, "as_of"), 0);
  ec_test_service_advance_days (fixture, MAX (7, days_between (today, expected)));
  later_token = ec_test_service_login (fixture, "ecpa", "huang.shufen", PASSWORD);
  after = get_records (fixture, later_token, "");
  g_free (today);
  today = date_after (member_string (after, "as_of"), 0);
  /* Each dated on the day it was due (a working day), not on the day the
   * clock landed. */
  record = find_record (after, "環境教育法規導讀");
  lifelong_due = expected_upload_date (json_object_get_string_member (record, "completed_at"));
  assert_verdict (find_record (after, "水資源保育與永續"), "env", "uploaded", NULL, NULL, expected);
  assert_verdict (record, "env", "uploaded", NULL, NULL, expected);
  assert_verdict (record, "lifelong", "uploaded", NULL, NULL, lifelong_due);
  g_assert_cmpstr (lifelong_due, <=, today);
}

/* Sends a GET with If-None-Match and returns the status; the body must be
 * empty on 304. */
static guint
get_conditional (Fixture    *fixture,
                 const char *token,
                 const char *path,
                 const char *if_none_match,
                 char      **out_etag)
{
  g_autofree char *url = g_strconcat (fixture->url, path + 1, NULL);
  g_autofree char *bearer = g_strconcat ("Bearer ", token, NULL);
  g_autoptr (SoupMessage) msg = soup_message_new ("GET", url);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;
  SoupMessageHeaders *request = soup_message_get_request_headers (msg);

  soup_message_headers_replace (request, "Authorization", bearer);
  if (if_none_match != NULL)
    soup_message_headers_replace (request, "If-None-Match", if_none_match);
  body = soup_session_send_and_read (fixture->session, msg, NULL, &error);
  g_assert_no_error (error);

  if (soup_message_get_status (msg) == SOUP_STATUS_NOT_MODIFIED)
    g_assert_cmpuint (g_bytes_get_size (body), ==, 0);
  *out_etag = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg), "ETag"));
  return soup_message_get_status (msg);
}

static void
test_not_modified (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "wang.daming", PASSWORD);
  g_autofree char *etag = NULL;
  g_autofree char *again = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *other_query = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *list = NULL;

  g_assert_cmpuint (get_conditional (fixture, token, "/api/v1/records", NULL, &etag), ==, 200);
  g_assert_nonnull (etag);
  g_assert_true (etag[0] == '"' && g_str_has_suffix (etag, "\""));

  g_assert_cmpuint (get_conditional (fixture, token, "/api/v1/records", etag, &again), ==, 304);
  g_assert_cmpstr (again, ==, etag);

  list = g_strdup_printf ("\"other\", W/%s", etag);
  g_assert_cmpuint (get_conditional (fixture, token, "/api/v1/records", list, &listed), ==, 304);

  /* The validator covers the query: another page is another answer. */
  g_assert_cmpuint (get_conditional (fixture, token, "/api/v1/records?limit=1", etag, &other_query), ==, 200);
  g_assert_cmpstr (other_query, !=, etag);

  /* A change of the person's state changes the answer. */
  ec_test_service_admin (fixture, "POST", "/admin/accounts/wang.daming/personnel-category", "{\"category\": 10}", 200);
  g_assert_cmpuint (get_conditional (fixture, token, "/api/v1/records", etag, &changed), ==, 200);
  g_assert_cmpstr (changed, !=, etag);
}

static void
test_since (Fixture      *fixture,
            gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "chang.yating", PASSWORD);
  g_autofree char *later_token = NULL;
  g_autoptr (JsonNode) full = get_records (fixture, token, "");
  g_autoptr (JsonNode) nothing = NULL;
  g_autoptr (JsonNode) changes = NULL;
  g_autofree char *query = g_strconcat ("?since=", member_string (full, "cursor"), NULL);
  g_autofree char *today = date_after (member_string (full, "as_of"), 0);
  const char      *expected;
  JsonObject      *record;

  g_assert_cmpuint (json_array_get_length (records_of (full)), ==, 2);
  record = find_record (full, "節能減碳在家做");
  g_assert_cmpstr (json_object_get_string_member (find_network (record, "env"), "status"), ==, "pending");
  expected = json_object_get_string_member (find_network (record, "env"), "date");

  nothing = get_records (fixture, token, query);
  g_assert_cmpuint (json_array_get_length (records_of (nothing)), ==, 0);
  g_assert_false (json_object_get_boolean_member (json_node_get_object (nothing), "has_more"));
  g_assert_cmpstr (member_string (nothing, "cursor"), ==, member_string (full, "cursor"));

  /* The batch uploads the one pending record, and only it is sent.  The
   * session has expired by then. */
  ec_test_service_advance_days (fixture, MAX (7, days_between (today, expected)));
  later_token = ec_test_service_login (fixture, "gov-tw", "chang.yating", PASSWORD);
  changes = get_records (fixture, later_token, query);
  g_assert_cmpuint (json_array_get_length (records_of (changes)), ==, 1);
  record = find_record (changes, "節能減碳在家做");
  g_assert_cmpstr (json_object_get_string_member (find_network (record, "env"), "status"), ==, "uploaded");
  g_assert_cmpstr (member_string (changes, "cursor"), !=, member_string (full, "cursor"));
}

static void
test_tombstone (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "wang.daming", PASSWORD);
  g_autoptr (JsonNode) full = get_records (fixture, token, "");
  g_autoptr (JsonNode) changes = NULL;
  g_autoptr (JsonNode) refetch = NULL;
  g_autoptr (JsonNode) after_refetch = NULL;
  g_autofree char *query = g_strconcat ("?since=", member_string (full, "cursor"), NULL);
  g_autofree char *refetch_query = NULL;
  g_autofree char *path = NULL;
  gint64           id = json_object_get_int_member (find_record (full, "公務倫理與廉政"), "id");
  JsonObject      *tombstone;

  path = g_strdup_printf ("/admin/records/%" G_GINT64_FORMAT, id);
  g_assert_null (ec_test_service_call (fixture, "DELETE", path, NULL, NULL, 204));

  changes = get_records (fixture, token, query);
  g_assert_cmpuint (json_array_get_length (records_of (changes)), ==, 1);
  tombstone = json_array_get_object_element (records_of (changes), 0);
  g_assert_cmpint (json_object_get_int_member (tombstone, "id"), ==, id);
  g_assert_true (json_object_get_boolean_member (tombstone, "deleted"));
  g_assert_cmpuint (json_object_get_size (tombstone), ==, 2);

  /* A full fetch has no tombstones, and its cursor is past them. */
  refetch = get_records (fixture, token, "");
  g_assert_cmpuint (json_array_get_length (records_of (refetch)), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_false (json_object_has_member (json_array_get_object_element (records_of (refetch), i), "deleted"));
  refetch_query = g_strconcat ("?since=", member_string (refetch, "cursor"), NULL);
  after_refetch = get_records (fixture, token, refetch_query);
  g_assert_cmpuint (json_array_get_length (records_of (after_refetch)), ==, 0);

  ec_test_service_assert_error (fixture, "DELETE", path, NULL, NULL, 404, "not_found", NULL);
  ec_test_service_assert_error (fixture, "DELETE", "/admin/records/999999", NULL, NULL, 404, "not_found", NULL);
  ec_test_service_assert_error (fixture, "DELETE", "/admin/records/abc", NULL, NULL, 404, "not_found", NULL);
}

/* 25 synthetic records share one change number with each other, so pages
 * of two end inside a seq: every record must still come exactly once. */
static void
test_pages (Fixture      *fixture,
            gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "wang.daming", PASSWORD);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  gboolean         more = TRUE;
  guint            pages = 0;

  while (more)
    {
      g_autofree char *query = cursor != NULL ? g_strconcat ("?limit=2&since=", cursor, NULL)
                                              : g_strdup ("?limit=2");
      g_autoptr (JsonNode) page = get_records (fixture, token, query);
      JsonArray *records = records_of (page);

      g_assert_cmpuint (json_array_get_length (records), <=, 2);
      for (guint i = 0; i < json_array_get_length (records); i++)
        {
          JsonObject      *record = json_array_get_object_element (records, i);
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (record, "id"));

          g_assert_false (g_hash_table_contains (seen, id));
          g_hash_table_add (seen, g_steal_pointer (&id));
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (record, "networks")), ==, 3);
        }

      more = json_object_get_boolean_member (json_node_get_object (page), "has_more");
      g_free (cursor);
      cursor = g_strdup (member_string (page, "cursor"));
      g_assert_cmpuint (++pages, <=, 20);
    }

  g_assert_cmpuint (g_hash_table_size (seen), ==, 4 + 25);
  g_assert_cmpuint (pages, ==, 15);

  /* The names are deterministic. */
  {
    g_autoptr (JsonNode) all = get_records (fixture, token, "?limit=1000");

    find_record (all, "合成課程 00001");
    find_record (all, "合成課程 00025");
    g_assert_cmpuint (json_array_get_length (records_of (all)), ==, 29);
  }
}

static void
assert_records_error (Fixture    *fixture,
                      const char *token,
                      const char *query,
                      guint       status,
                      const char *code,
                      const char *field)
{
  g_autofree char *path = g_strconcat ("/api/v1/records", query, NULL);

  ec_test_service_assert_error (fixture, "GET", path, token, NULL, status, code, field);
}

static void
test_invalid_query (Fixture      *fixture,
                    gconstpointer user_data)
{
  g_autofree char  *token = ec_test_service_login (fixture, "ecpa", "wang.daming", PASSWORD);
  const char *const bad_limits[] = { "?limit=0", "?limit=1001", "?limit=abc", "?limit=-1", "?limit=", "?limit=2.5" };
  /* "AAAA" is well-formed base64 of something that is not a cursor. */
  const char *const bad_cursors[] = { "?since=", "?since=!!", "?since=AAAA", "?since=MS4y%2B", "?since=MQ" };
  g_autoptr (JsonNode) reply = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad_limits); i++)
    assert_records_error (fixture, token, bad_limits[i], 422, "invalid_limit", "limit");
  for (guint i = 0; i < G_N_ELEMENTS (bad_cursors); i++)
    assert_records_error (fixture, token, bad_cursors[i], 422, "invalid_cursor", "since");
  assert_records_error (fixture, token, "?since=a%00b", 400, "invalid_query", NULL);

  /* The largest page is allowed. */
  reply = get_records (fixture, token, "?limit=1000");
  g_assert_cmpuint (json_array_get_length (records_of (reply)), ==, 4);
}

static void
test_unauthorized (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "wang.daming", PASSWORD);

  assert_records_error (fixture, NULL, "", 401, "unauthorized", NULL);
  assert_records_error (fixture, "not-a-token", "", 401, "unauthorized", NULL);

  /* Past the session's lifetime (30 minutes by default). */
  ec_test_service_advance_days (fixture, 1);
  assert_records_error (fixture, token, "", 401, "session_expired", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args) g_test_add (path, Fixture, args, ec_test_service_set_up, func, ec_test_service_tear_down)
  ADD ("/records/persona/civil-servant", test_civil_servant, demo_args);
  ADD ("/records/persona/natural-person", test_natural_person, demo_args);
  ADD ("/records/persona/social", test_social, demo_args);
  ADD ("/records/persona/unbound-certificate", test_unbound_certificate, demo_args);
  ADD ("/records/persona/env-account", test_env_account, demo_args);
  ADD ("/records/sync/not-modified", test_not_modified, demo_args);
  ADD ("/records/sync/since", test_since, demo_args);
  ADD ("/records/sync/tombstone", test_tombstone, demo_args);
  ADD ("/records/sync/pages", test_pages, synthetic_args);
  ADD ("/records/errors/invalid-query", test_invalid_query, demo_args);
  ADD ("/records/errors/unauthorized", test_unauthorized, demo_args);
#undef ADD

  return g_test_run ();
}
