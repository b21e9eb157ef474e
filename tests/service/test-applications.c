/* test-applications.c: the conversion application (自然人轉公務員) and
 * its review, over real HTTP against `elearn-sim --seed=demo --admin`,
 * with the demo personas of data/demo.json.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "ec-test-service.h"

#define PASSWORD "demo2026"
#define OID_RDEC "2.16.886.101.20003.20022" /* 行政院研究發展考核委員會 */
#define OID_MOI "2.16.886.101.20003.20001" /* 內政部 */
#define OID_MOA "2.16.886.101.20003.20064" /* 農業部 */
#define OID_UNKNOWN "2.16.886.101.99999.1" /* valid, not in the directory */

/* Every test gets its own service and database: applications change
 * accounts for good. */
typedef EcTestService Fixture;

static const char *const admin_args[] = { "--seed=demo", "--admin", NULL };
static const char *const plain_args[] = { "--seed=demo", NULL };

/* ec_test_service_call() sends no extra headers, and the key is one. */
static JsonNode *
post_with_key (Fixture    *fixture,
               const char *token,
               const char *key,
               const char *body,
               guint       expected_status)
{
  g_autofree char *url = g_strconcat (fixture->url, "api/v1/applications", NULL);
  g_autofree char *authorization = g_strconcat ("Bearer ", token, NULL);
  g_autoptr (SoupMessage) msg = soup_message_new ("POST", url);
  g_autoptr (GBytes) request_body = g_bytes_new (body, strlen (body));
  g_autoptr (GBytes) reply = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", authorization);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Idempotency-Key", key);
  soup_message_set_request_body_from_bytes (msg, "application/json", request_body);
  reply = soup_session_send_and_read (fixture->session, msg, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (msg), ==, expected_status);
  json_parser_load_from_data (parser, g_bytes_get_data (reply, NULL), g_bytes_get_size (reply), &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static char *
application_body (const char *agency_oid,
                  const char *reason)
{
  return g_strdup_printf ("{\"item\": \"natural-to-official\", \"agency_oid\": \"%s\", \"reason\": \"%s\"}",
                          agency_oid, reason);
}

static JsonNode *
apply (Fixture    *fixture,
       const char *token,
       const char *agency_oid,
       guint       expected_status)
{
  g_autofree char *body = application_body (agency_oid, "新進人員");

  return ec_test_service_call (fixture, "POST", "/api/v1/applications", token, body, expected_status);
}

static JsonObject *
application_of (JsonNode *reply)
{
  return json_object_get_object_member (json_node_get_object (reply), "application");
}

static JsonObject *
error_of (JsonNode *reply)
{
  return json_object_get_object_member (json_node_get_object (reply), "error");
}

/* Checks string members: pairs of a name and its expected value, then
 * NULL; the failure names the member. */
static void
assert_strings (JsonObject *object,
                ...)
{
  va_list     args;
  const char *name;

  va_start (args, object);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *expected = va_arg (args, const char *);
      const char *actual = json_object_get_string_member_with_default (object, name, NULL);

      if (g_strcmp0 (actual, expected) != 0)
        g_error ("member %s: expected “%s”, got “%s”", name, expected, actual);
    }
  va_end (args);
}

static gboolean
member_is_null (JsonObject *object,
                const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  return JSON_NODE_HOLDS_NULL (json_object_get_member (object, name));
}

/* The account as GET /api/v1/me shows it to @token's holder. */
static JsonNode *
me (Fixture    *fixture,
    const char *token)
{
  return ec_test_service_call (fixture, "GET", "/api/v1/me", token, NULL, 200);
}

static JsonObject *
account_of (JsonNode *reply)
{
  return json_object_get_object_member (json_node_get_object (reply), "account");
}

/* Writes one column of a person's row straight into the service's SQLite
 * file: for stored data that the profile endpoint would refuse, as data
 * from before a rule changed may be.  @column comes from the test itself. */
static void
set_person_in_database (Fixture    *fixture,
                        const char *name,
                        const char *column,
                        const char *value)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE persons SET %s = ? WHERE name = ?", column);
  sqlite3         *db = NULL;
  sqlite3_stmt    *stmt = NULL;

  g_assert_cmpint (sqlite3_open (fixture->database, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Applies (refused) and reads the profile: both must name the @expected
 * missing fields, since they judge the person by the same rule. */
static void
assert_not_advanced (Fixture    *fixture,
                     const char *token,
                     const char *expected)
{
  g_autoptr (JsonNode) refused = apply (fixture, token, OID_RDEC, 422);
  g_autoptr (JsonNode) profile = ec_test_service_call (fixture, "GET", "/api/v1/profile", token, NULL, 200);
  g_autofree char *refused_missing = NULL;
  g_autofree char *profile_missing = NULL;

  ec_test_http_assert_error (refused, "not_advanced_member", NULL);
  refused_missing = ec_test_http_join_strings (error_of (refused), "missing");
  profile_missing = ec_test_http_join_strings (json_node_get_object (profile), "missing");
  g_assert_cmpstr (refused_missing, ==, expected);
  g_assert_cmpstr (profile_missing, ==, expected);
  g_assert_false (json_object_get_boolean_member (json_node_get_object (profile), "advanced"));
}

static void
assert_relogin_recorded (Fixture    *fixture,
                         const char *account)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", account, PASSWORD);
  g_autoptr (JsonNode) reply = me (fixture, token);

  g_assert_cmpstr (json_object_get_string_member (account_of (reply), "kind"), ==, "official");
  g_assert_false (member_is_null (account_of (reply), "relogin_at"));
  g_assert_false (json_object_get_boolean_member (account_of (reply), "relogin_needed"));
}

/* 吳家豪 is on the personnel authority's roster, at the agency he names,
 * without an eCPA account: converted at once. */
static void
test_converted (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "wu.jiahao", PASSWORD);
  g_autoptr (JsonNode) reply = apply (fixture, token, OID_RDEC, 201);
  g_autoptr (JsonNode) again = NULL;
  g_autoptr (JsonNode) mine = NULL;
  g_autoptr (JsonNode) shown = NULL;
  g_autofree char *path = NULL;
  JsonObject      *app = application_of (reply);
  JsonObject      *account;

  g_assert_cmpint (json_object_get_int_member (app, "id"), >, 0);
  assert_strings (app, "item", "natural-to-official", "status", "completed", "reply", "converted",
                  "reply_text", "人事行政局資料比對成功，轉換作業完成，請重新登入", "reason", "新進人員",
                  "agency_oid", OID_RDEC, "agency_name", "行政院研究發展考核委員會", NULL);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (app, "created_at"), "+08:00"));
  g_assert_cmpstr (json_object_get_string_member (app, "decided_at"), ==, json_object_get_string_member (app, "created_at"));
  g_assert_true (member_is_null (app, "form"));

  /* Official at once, but not yet logged in again: the platform has not
   * updated, so earlier hours still wait (DOMAIN.md, "After conversion"). */
  mine = me (fixture, token);
  account = account_of (mine);
  assert_strings (account, "kind", "official", "official_since", json_object_get_string_member (app, "created_at"),
                  "agency_oid", OID_RDEC, NULL);
  g_assert_true (member_is_null (account, "relogin_at"));
  g_assert_true (json_object_get_boolean_member (account, "relogin_needed"));
  g_assert_cmpint (json_object_get_int_member (account, "personnel_category"), ==, 1);

  again = apply (fixture, token, OID_RDEC, 409);
  ec_test_http_assert_error (again, "already_official", NULL);

  path = g_strdup_printf ("/api/v1/applications/%" G_GINT64_FORMAT, json_object_get_int_member (app, "id"));
  shown = ec_test_service_call (fixture, "GET", path, token, NULL, 200);
  g_assert_true (json_node_equal (shown, reply));

  assert_relogin_recorded (fixture, "wu.jiahao");
}

/* 陳志明 has an eCPA account on the roster, but his profile lacks address
 * and phone: first refused, then (profile completed through the API)
 * pending; approval then
 * takes agency and category from the roster, not from the application. */
static void
test_ecpa_exists (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "chen.zhiming", PASSWORD);
  g_autoptr (JsonNode) none = NULL;
  g_autoptr (JsonNode) filled = NULL;
  g_autoptr (JsonNode) reply = NULL;
  g_autoptr (JsonNode) approved = NULL;
  g_autoptr (JsonNode) mine = NULL;
  g_autofree char *path = NULL;
  JsonObject      *app, *form, *account;

  assert_not_advanced (fixture, token, "address,phone");
  none = ec_test_service_call (fixture, "GET", "/api/v1/applications", token, NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (none), "applications")), ==, 0);

  filled = ec_test_service_call (fixture, "PUT", "/api/v1/profile", token,
                                 "{\"address\": \"臺北市中正區濟南路一段2號\", \"phone\": \"02-2192-7111\"}", 200);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (filled), "advanced"));

  reply = apply (fixture, token, OID_RDEC, 201);
  app = application_of (reply);
  assert_strings (app, "status", "pending", "reply", "ecpa-exists", "reply_text", "已存在CPA帳號，已送出申請", NULL);
  g_assert_true (member_is_null (app, "decided_at"));
  form = json_object_get_object_member (app, "form");
  assert_strings (form, "member_account", "chen.zhiming", "name", "陳志明", "agency_oid", OID_RDEC, NULL);

  mine = me (fixture, token);
  g_assert_cmpstr (json_object_get_string_member (account_of (mine), "kind"), ==, "natural-person");
  g_clear_pointer (&mine, json_node_unref);

  path = g_strdup_printf ("/admin/applications/%" G_GINT64_FORMAT "/approve", json_object_get_int_member (app, "id"));
  approved = ec_test_service_call (fixture, "POST", path, NULL, NULL, 200);
  g_assert_cmpstr (json_object_get_string_member (application_of (approved), "status"), ==, "approved");

  mine = me (fixture, token);
  account = account_of (mine);
  assert_strings (account, "kind", "official", "agency_oid", OID_MOA, NULL);
  g_assert_cmpint (json_object_get_int_member (account, "personnel_category"), ==, 3);
}

/* The conversion and the profile judge a stored row by the core's one
 * definition of an advanced member: every field is reported, each stops
 * being reported once it is right, and a passport stands in for the ID
 * number. */
static void
test_not_advanced (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  g_autoptr (JsonNode) reply = NULL;

  set_person_in_database (fixture, "林美華", "birthday", "1899-12-31");
  set_person_in_database (fixture, "林美華", "id_number", NULL);
  set_person_in_database (fixture, "林美華", "address", "臺中市西屯區\n臺灣大道三段99號");
  set_person_in_database (fixture, "林美華", "phone", "12345");
  assert_not_advanced (fixture, token, "birthday,id_or_passport,address,phone");

  set_person_in_database (fixture, "林美華", "birthday", "1986-09-01");
  assert_not_advanced (fixture, token, "id_or_passport,address,phone");

  set_person_in_database (fixture, "林美華", "passport", "X12345678");
  assert_not_advanced (fixture, token, "address,phone");

  set_person_in_database (fixture, "林美華", "address", "臺中市西屯區臺灣大道三段99號");
  assert_not_advanced (fixture, token, "phone");

  set_person_in_database (fixture, "林美華", "phone", "+886 912 345 678");
  reply = apply (fixture, token, OID_RDEC, 201);
  assert_strings (application_of (reply), "status", "pending", "reply", "submitted", NULL);
}

/* 林美華 is not on the roster: submitted, with the form to print and fax;
 * the service centre approves it. */
static void
test_submitted_then_approved (Fixture      *fixture,
                              gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  g_autoptr (JsonNode) reply = apply (fixture, token, OID_MOI, 201);
  g_autoptr (JsonNode) pending = ec_test_service_call (fixture, "GET", "/admin/applications?status=pending", NULL, NULL, 200);
  g_autoptr (JsonNode) approved = NULL;
  g_autoptr (JsonNode) twice = NULL;
  g_autoptr (JsonNode) rejected = NULL;
  g_autoptr (JsonNode) mine = NULL;
  g_autoptr (JsonNode) again = NULL;
  g_autofree char *date = NULL;
  g_autofree char *roc = NULL;
  g_autofree char *approve = NULL;
  g_autofree char *reject = NULL;
  JsonObject      *app = application_of (reply);
  JsonObject      *form = json_object_get_object_member (app, "form");
  JsonArray       *list;
  JsonObject      *account, *decided;
  int              year = 0, month = 0, day = 0;

  assert_strings (app, "status", "pending", "reply", "submitted", "reply_text", "已送出申請",
                  "agency_name", "內政部", NULL);

  /* The form's date is the Taiwan date of created_at, in both calendars. */
  date = g_strndup (json_object_get_string_member (app, "created_at"), 10);
  g_assert_cmpint (sscanf (date, "%d-%d-%d", &year, &month, &day), ==, 3);
  roc = g_strdup_printf ("民國 %d年%02d月%02d日", year - 1911, month, day);
  assert_strings (form, "member_account", "lin.meihua", "application_date", date, "application_date_roc", roc,
                  "name", "林美華", "item_text", "自然人轉公務員(待審中)", "agency_name", "內政部",
                  "agency_oid", OID_MOI, "fax", "(02)2192-7186", "phone", "02-2192-7111", NULL);
  g_assert_cmpuint (json_object_get_size (form), ==, 9);

  list = json_object_get_array_member (json_node_get_object (pending), "applications");
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (list, 0), "id"), ==, json_object_get_int_member (app, "id"));
  account = json_object_get_object_member (json_array_get_object_element (list, 0), "account");
  assert_strings (account, "login", "lin.meihua", "name", "林美華", NULL);

  approve = g_strdup_printf ("/admin/applications/%" G_GINT64_FORMAT "/approve", json_object_get_int_member (app, "id"));
  approved = ec_test_service_call (fixture, "POST", approve, NULL, NULL, 200);
  decided = application_of (approved);
  assert_strings (decided, "status", "approved", "reply", "submitted", NULL);
  g_assert_false (member_is_null (decided, "decided_at"));

  /* Not on the roster: the agency is the application's, the category (10,
   * 教育人員) stays; a new login is still needed. */
  mine = me (fixture, token);
  account = account_of (mine);
  assert_strings (account, "kind", "official", "agency_oid", OID_MOI, NULL);
  g_assert_false (member_is_null (account, "official_since"));
  g_assert_true (member_is_null (account, "relogin_at"));
  g_assert_cmpint (json_object_get_int_member (account, "personnel_category"), ==, 10);

  twice = ec_test_service_call (fixture, "POST", approve, NULL, NULL, 409);
  ec_test_http_assert_error (twice, "conflict", NULL);
  reject = g_strdup_printf ("/admin/applications/%" G_GINT64_FORMAT "/reject", json_object_get_int_member (app, "id"));
  rejected = ec_test_service_call (fixture, "POST", reject, NULL, NULL, 409);
  ec_test_http_assert_error (rejected, "conflict", NULL);
  again = apply (fixture, token, OID_MOI, 409);
  ec_test_http_assert_error (again, "already_official", NULL);

  assert_relogin_recorded (fixture, "lin.meihua");
}

/* 張雅婷 (advanced, not on the roster): a retried POST with the same key
 * creates nothing new and gets the first reply again, even after the
 * application was rejected; a pending application blocks a second one; a
 * rejected one does not. */
static void
test_idempotency_and_conflict (Fixture      *fixture,
                               gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "chang.yating", PASSWORD);
  g_autofree char *body = application_body (OID_MOI, "環境教育時數");
  g_autofree char *other = application_body (OID_MOI, "另一個理由");
  g_autofree char *long_key = g_strnfill (256, 'k');
  g_autofree char *reject = NULL;
  g_autoptr (JsonNode) first = post_with_key (fixture, token, "retry-0001", body, 201);
  g_autoptr (JsonNode) retry = post_with_key (fixture, token, "retry-0001", body, 201);
  g_autoptr (JsonNode) reused = post_with_key (fixture, token, "retry-0001", other, 422);
  g_autoptr (JsonNode) spaced = post_with_key (fixture, token, "two words", body, 400);
  g_autoptr (JsonNode) too_long = post_with_key (fixture, token, long_key, body, 400);
  g_autoptr (JsonNode) conflict = ec_test_service_call (fixture, "POST", "/api/v1/applications", token, body, 409);
  g_autoptr (JsonNode) rejected = NULL;
  g_autoptr (JsonNode) late_retry = NULL;
  g_autoptr (JsonNode) second = NULL;
  g_autoptr (JsonNode) list = NULL;
  gint64      first_id = json_object_get_int_member (application_of (first), "id");
  JsonArray  *applications;
  JsonObject *decided;

  g_assert_true (json_node_equal (first, retry));
  ec_test_http_assert_error (reused, "idempotency_key_reused", NULL);
  ec_test_http_assert_error (spaced, "invalid_idempotency_key", NULL);
  ec_test_http_assert_error (too_long, "invalid_idempotency_key", NULL);
  ec_test_http_assert_error (conflict, "conflict", NULL);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (error_of (conflict), "application"), "id"), ==, first_id);

  reject = g_strdup_printf ("/admin/applications/%" G_GINT64_FORMAT "/reject", first_id);
  rejected = ec_test_service_call (fixture, "POST", reject, NULL, "{\"reason\": \"證件影本不清楚\"}", 200);
  decided = application_of (rejected);
  assert_strings (decided, "status", "rejected", "decision_reason", "證件影本不清楚", NULL);
  g_assert_false (member_is_null (decided, "decided_at"));

  late_retry = post_with_key (fixture, token, "retry-0001", body, 201);
  g_assert_true (json_node_equal (first, late_retry));

  second = ec_test_service_call (fixture, "POST", "/api/v1/applications", token, body, 201);
  g_assert_cmpint (json_object_get_int_member (application_of (second), "id"), >, first_id);

  /* Two applications in all, the newest first. */
  list = ec_test_service_call (fixture, "GET", "/api/v1/applications", token, NULL, 200);
  applications = json_object_get_array_member (json_node_get_object (list), "applications");
  g_assert_cmpuint (json_array_get_length (applications), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (applications, 0), "id"), ==, json_object_get_int_member (application_of (second), "id"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (applications, 0), "status"), ==, "pending");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (applications, 1), "id"), ==, first_id);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (applications, 1), "status"), ==, "rejected");
  g_assert_false (json_object_has_member (json_array_get_object_element (applications, 0), "account"));
}

/* Only a natural person's 我的e政府 account can be converted: the seed
 * tells learners to log in with the account they want converted. */
static void
test_forbidden (Fixture      *fixture,
                gconstpointer user_data)
{
  const struct {
    const char *route;
    const char *account;
    const char *password;
  } logins[] = {
    { "ecpa", "wang.daming", PASSWORD },
    { "certificate", "CERT-WANG-0001", "123456" }, /* bound to an eCPA account */
    { "certificate", "CERT-LI-0001", "654321" }, /* not bound */
    { "social", "facebook:chang.yating", PASSWORD },
  };
  g_autoptr (JsonNode) anonymous = apply (fixture, NULL, OID_MOI, 401);
  g_autoptr (JsonNode) anonymous_list = ec_test_service_call (fixture, "GET", "/api/v1/applications", NULL, NULL, 401);
  g_autoptr (JsonNode) anonymous_one = ec_test_service_call (fixture, "GET", "/api/v1/applications/1", NULL, NULL, 401);

  ec_test_http_assert_error (anonymous, "unauthorized", NULL);
  ec_test_http_assert_error (anonymous_list, "unauthorized", NULL);
  ec_test_http_assert_error (anonymous_one, "unauthorized", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_autofree char *token = ec_test_service_login (fixture, logins[i].route, logins[i].account, logins[i].password);
      g_autoptr (JsonNode) reply = apply (fixture, token, OID_MOI, 403);

      ec_test_http_assert_error (reply, "forbidden", NULL);
    }
}

static void
assert_refused (Fixture    *fixture,
                const char *token,
                const char *body,
                guint       status,
                const char *code,
                const char *field)
{
  ec_test_service_assert_error (fixture, "POST", "/api/v1/applications", token, body, status, code, field);
}

static void
test_validation (Fixture      *fixture,
                 gconstpointer user_data)
{
  const struct {
    const char *body;
    const char *code;
    const char *field;
  } cases[] = {
    { "{\"agency_oid\": \"" OID_MOI "\", \"reason\": \"r\"}", "missing_field", "item" },
    { "{\"item\": 5, \"agency_oid\": \"" OID_MOI "\", \"reason\": \"r\"}", "invalid_type", "item" },
    { "{\"item\": \"official-to-natural\", \"agency_oid\": \"" OID_MOI "\", \"reason\": \"r\"}", "invalid_item", "item" },
    { "{\"item\": \"natural-to-official\", \"reason\": \"r\"}", "missing_field", "agency_oid" },
    { "{\"item\": \"natural-to-official\", \"agency_oid\": \"\", \"reason\": \"r\"}", "empty", "agency_oid" },
    { "{\"item\": \"natural-to-official\", \"agency_oid\": \"2.16.886.102.1\", \"reason\": \"r\"}", "invalid_prefix", "agency_oid" },
    { "{\"item\": \"natural-to-official\", \"agency_oid\": \"2.16.886.101\", \"reason\": \"r\"}", "invalid_format", "agency_oid" },
    { "{\"item\": \"natural-to-official\", \"agency_oid\": \"OID 2.16\", \"reason\": \"r\"}", "invalid_character", "agency_oid" },
    { "{\"item\": \"natural-to-official\", \"agency_oid\": \"" OID_MOI "\"}", "missing_field", "reason" },
    { "{\"item\": \"natural-to-official\", \"agency_oid\": \"" OID_MOI "\", \"reason\": \"\"}", "empty", "reason" },
    { "{\"item\": \"natural-to-official\", \"agency_oid\": \"" OID_MOI "\", \"reason\": \" \\t \"}", "empty", "reason" },
    /* Only ideographic spaces (U+3000), as a Chinese input method types them. */
    { "{\"item\": \"natural-to-official\", \"agency_oid\": \"" OID_MOI "\", \"reason\": \"\\u3000\\u3000\"}", "empty", "reason" },
  };
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  g_autoptr (GString) long_oid = g_string_new ("2.16.886.101");
  g_autofree char *long_oid_body = NULL;
  g_autoptr (GString) reason = g_string_new (NULL);
  g_autofree char *long_reason_body = NULL;
  g_autofree char *limit_body = NULL;
  g_autoptr (JsonNode) list = NULL;
  g_autoptr (JsonNode) accepted = NULL;
  JsonObject *app;

  assert_refused (fixture, token, NULL, 400, "invalid_json", NULL);
  assert_refused (fixture, token, "[]", 400, "invalid_json", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (fixture, token, cases[i].body, 422, cases[i].code, cases[i].field);

  while (long_oid->len <= 128)
    g_string_append (long_oid, ".20003");
  long_oid_body = application_body (long_oid->str, "r");
  assert_refused (fixture, token, long_oid_body, 422, "too_long", "agency_oid");

  /* The bound counts characters, not bytes: 200 Chinese ones are fine. */
  for (guint i = 0; i < 201; i++)
    g_string_append (reason, "理");
  long_reason_body = application_body (OID_MOI, reason->str);
  assert_refused (fixture, token, long_reason_body, 422, "too_long", "reason");

  list = ec_test_service_call (fixture, "GET", "/api/v1/applications", token, NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (list), "applications")), ==, 0);

  /* A valid OID the directory does not know is accepted; its name is
   * unknown, on the application and on the form. */
  g_string_truncate (reason, strlen ("理") * 200);
  limit_body = application_body (OID_UNKNOWN, reason->str);
  accepted = ec_test_service_call (fixture, "POST", "/api/v1/applications", token, limit_body, 201);
  app = application_of (accepted);
  g_assert_cmpstr (json_object_get_string_member (app, "reason"), ==, reason->str);
  g_assert_cmpstr (json_object_get_string_member (app, "reply"), ==, "submitted");
  g_assert_true (member_is_null (app, "agency_name"));
  g_assert_true (member_is_null (json_object_get_object_member (app, "form"), "agency_name"));
}

/* Other people's applications do not exist, as far as a learner can
 * tell. */
static void
test_not_yours (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autofree char *wu = ec_test_service_login (fixture, "gov-tw", "wu.jiahao", PASSWORD);
  g_autofree char *lin = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  g_autoptr (JsonNode) converted = apply (fixture, wu, OID_RDEC, 201);
  g_autofree char *path = g_strdup_printf ("/api/v1/applications/%" G_GINT64_FORMAT,
                                           json_object_get_int_member (application_of (converted), "id"));
  g_autoptr (JsonNode) theirs = ec_test_service_call (fixture, "GET", path, lin, NULL, 404);
  g_autoptr (JsonNode) unknown = ec_test_service_call (fixture, "GET", "/api/v1/applications/999", lin, NULL, 404);
  g_autoptr (JsonNode) malformed = ec_test_service_call (fixture, "GET", "/api/v1/applications/abc", lin, NULL, 404);
  g_autoptr (JsonNode) list = ec_test_service_call (fixture, "GET", "/api/v1/applications", lin, NULL, 200);

  ec_test_http_assert_error (theirs, "not_found", NULL);
  ec_test_http_assert_error (unknown, "not_found", NULL);
  ec_test_http_assert_error (malformed, "not_found", NULL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (list), "applications")), ==, 0);
}

static void
test_admin_errors (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autofree char *wu = ec_test_service_login (fixture, "gov-tw", "wu.jiahao", PASSWORD);
  g_autofree char *lin = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  g_autoptr (JsonNode) converted = apply (fixture, wu, OID_RDEC, 201);
  g_autoptr (JsonNode) pending = apply (fixture, lin, OID_MOI, 201);
  g_autofree char *reject = g_strdup_printf ("/admin/applications/%" G_GINT64_FORMAT "/reject",
                                             json_object_get_int_member (application_of (pending), "id"));
  g_autofree char *approve_completed = g_strdup_printf ("/admin/applications/%" G_GINT64_FORMAT "/approve",
                                                        json_object_get_int_member (application_of (converted), "id"));
  g_autofree char *long_reason = g_strnfill (201, 'x');
  g_autofree char *long_body = g_strdup_printf ("{\"reason\": \"%s\"}", long_reason);
  g_autoptr (JsonNode) all = ec_test_service_call (fixture, "GET", "/admin/applications", NULL, NULL, 200);
  g_autoptr (JsonNode) completed = ec_test_service_call (fixture, "GET", "/admin/applications?status=completed", NULL, NULL, 200);
  JsonArray *list;
  const struct {
    const char *path;
    const char *body;
    guint       status;
    const char *code;
    const char *field;
  } cases[] = {
    { "/admin/applications?status=bogus", NULL, 422, "invalid_status", "status" },
    { "/admin/applications/999/approve", NULL, 404, "not_found", NULL },
    { "/admin/applications/999/reject", NULL, 404, "not_found", NULL },
    { "/admin/applications/abc/approve", NULL, 404, "not_found", NULL },
    { approve_completed, NULL, 409, "conflict", NULL },
    { reject, "{\"reason\": \"  \"}", 422, "empty", "reason" },
    { reject, long_body, 422, "too_long", "reason" },
    { reject, "{\"reason\": 5}", 422, "invalid_type", "reason" },
    { reject, "not json", 400, "invalid_json", NULL },
    { approve_completed, "[1]", 400, "invalid_json", NULL },
  };

  list = json_object_get_array_member (json_node_get_object (all), "applications");
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  list = json_object_get_array_member (json_node_get_object (completed), "applications");
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "reply"), ==, "converted");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *method = g_str_has_prefix (cases[i].path, "/admin/applications?") ? "GET" : "POST";
      g_autoptr (JsonNode) reply = ec_test_service_call (fixture, method, cases[i].path, NULL, cases[i].body, cases[i].status);

      ec_test_http_assert_error (reply, cases[i].code, cases[i].field);
    }

  /* Nothing above changed the pending application; no reason is needed. */
  {
    g_autoptr (JsonNode) rejected = ec_test_service_call (fixture, "POST", reject, NULL, NULL, 200);

    g_assert_cmpstr (json_object_get_string_member (application_of (rejected), "status"), ==, "rejected");
    g_assert_true (member_is_null (application_of (rejected), "decision_reason"));
  }
}

/* Without --admin the review endpoints do not exist at all. */
static void
test_admin_off (Fixture      *fixture,
                gconstpointer user_data)
{
  const char *const paths[][2] = {
    { "GET", "/admin/applications" },
    { "GET", "/admin/applications?status=pending" },
    { "POST", "/admin/applications/1/approve" },
    { "POST", "/admin/applications/1/reject" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    ec_test_service_assert_error (fixture, paths[i][0], paths[i][1], NULL, NULL, 404, "not_found", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args)                                                                           \
  g_test_add ("/service/applications/" path, Fixture, args, ec_test_service_set_up_with_database, func, \
              ec_test_service_tear_down)

  ADD ("converted", test_converted, admin_args);
  ADD ("ecpa-exists", test_ecpa_exists, admin_args);
  ADD ("not-advanced", test_not_advanced, admin_args);
  ADD ("submitted-then-approved", test_submitted_then_approved, admin_args);
  ADD ("idempotency-and-conflict", test_idempotency_and_conflict, admin_args);
  ADD ("forbidden", test_forbidden, admin_args);
  ADD ("validation", test_validation, admin_args);
  ADD ("not-yours", test_not_yours, admin_args);
  ADD ("admin-errors", test_admin_errors, admin_args);
  ADD ("admin-off", test_admin_off, plain_args);

#undef ADD

  return g_test_run ();
}
