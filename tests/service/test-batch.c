/* test-batch.c: the scheduled upload batch over real HTTP: it uploads on
 * the expected date and not before, it waits for the re-login after a
 * conversion, and the /admin endpoints around it.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "ec-core.h"
#include "ec-test-service.h"

#define PASSWORD "demo2026"

/* Every service here keeps its database in a file, so that a test can set
 * up what no endpoint makes yet. */
typedef EcTestService Fixture;

static const char *const admin_args[] = { "--seed=demo", "--admin", NULL };
static const char *const plain_args[] = { "--seed=demo", NULL };

/* Changes the service's database behind its back: only for state that no
 * endpoint can make yet. */
static void G_GNUC_PRINTF (2, 3)
    db_exec (Fixture    *fixture,
             const char *format,
             ...)
{
  g_autofree char *sql = NULL;
  sqlite3         *db = NULL;
  va_list          args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  g_assert_cmpint (sqlite3_open (fixture->database, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (db), >, 0);
  sqlite3_close (db);
}

static JsonNode *
get_records (Fixture    *fixture,
             const char *token,
             const char *query)
{
  g_autofree char *path = g_strconcat ("/api/v1/records", query, NULL);

  return ec_test_service_call (fixture, "GET", path, token, NULL, 200);
}

static JsonObject *
object_member (JsonNode   *reply,
               const char *name)
{
  return json_object_get_object_member (json_node_get_object (reply), name);
}

static JsonObject *
find_verdict (JsonNode   *reply,
              const char *course,
              const char *network)
{
  JsonArray *records = json_object_get_array_member (json_node_get_object (reply), "records");

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      JsonArray  *networks = json_object_get_array_member (record, "networks");

      if (g_strcmp0 (json_object_get_string_member (record, "course"), course) != 0)
        continue;
      for (guint n = 0; n < json_array_get_length (networks); n++)
        if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (networks, n), "network"),
                       network)
            == 0)
          return json_array_get_object_element (networks, n);
    }

  g_error ("no verdict for %s of “%s”", network, course);
}

static const char *
completed_at (JsonNode   *reply,
              const char *course)
{
  JsonArray *records = json_object_get_array_member (json_node_get_object (reply), "records");

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);

      if (g_strcmp0 (json_object_get_string_member (record, "course"), course) == 0)
        return json_object_get_string_member (record, "completed_at");
    }

  g_error ("no record of “%s”", course);
}

static void
assert_verdict (JsonNode   *reply,
                const char *course,
                const char *network,
                const char *status,
                const char *reason,
                const char *remedy,
                const char *date)
{
  JsonObject *verdict = find_verdict (reply, course, network);

  g_assert_cmpstr (json_object_get_string_member (verdict, "status"), ==, status);
  g_assert_cmpstr (json_object_get_string_member_with_default (verdict, "reason", NULL), ==, reason);
  g_assert_cmpstr (json_object_get_string_member_with_default (verdict, "remedy", NULL), ==, remedy);
  g_assert_cmpstr (json_object_get_string_member_with_default (verdict, "date", NULL), ==, date);
}

/* The service's date (Taiwan) when it answered. */
static char *
as_of_date (JsonNode *reply)
{
  GDate date;

  ec_time_to_taiwan_date (ec_time_from_iso8601 (json_object_get_string_member (json_node_get_object (reply), "as_of"),
                                                NULL),
                          &date);
  return ec_date_to_iso8601 (&date);
}

/* The expected upload date of hours ready at an ISO time, by the core. */
static char *
expected_upload_date (const char *ready_iso)
{
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();
  GDate ready, expected;

  g_assert_nonnull (ready_iso);
  ec_time_to_taiwan_date (ec_time_from_iso8601 (ready_iso, NULL), &ready);
  ec_calendar_add_working_days (calendar, &ready, EC_UPLOAD_WORKING_DAYS, &expected);
  return ec_date_to_iso8601 (&expected);
}

/* The batch uploads on the expected date, and the records stay pending on
 * every day before it, weekends and holidays included. */
static void
test_pending_until_date (Fixture      *fixture,
                         gconstpointer user_data)
{
  g_autoptr (JsonNode) created = ec_test_service_call (fixture, "POST", "/admin/accounts/huang.shufen/env-account", NULL,
                                                       "{\"service_unit_ok\": true}", 200);
  g_autofree char *expected = expected_upload_date (
      json_object_get_string_member (object_member (created, "account_state"), "env_account_since"));
  gboolean uploaded = FALSE;

  for (guint day = 0; day < 30 && !uploaded; day++)
    {
      g_autofree char *token = NULL;
      g_autofree char *today = NULL;
      g_autoptr (JsonNode) reply = NULL;

      if (day > 0)
        ec_test_service_advance_days (fixture, 1);
      token = ec_test_service_login (fixture, "ecpa", "huang.shufen", PASSWORD);
      reply = get_records (fixture, token, "");
      today = as_of_date (reply);

      if (g_strcmp0 (today, expected) < 0)
        assert_verdict (reply, "水資源保育與永續", "env", "pending", NULL, "wait", expected);
      else
        {
          /* The first day at the date: uploaded that day. */
          g_assert_cmpstr (today, ==, expected);
          assert_verdict (reply, "水資源保育與永續", "env", "uploaded", NULL, NULL, today);
          uploaded = TRUE;
        }
    }

  g_assert_true (uploaded);
}

/* After a conversion nothing uploads until the learner logs in again; the
 * three working days count from that login. */
static void
test_relogin (Fixture      *fixture,
              gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  g_autoptr (JsonNode) before = get_records (fixture, token, "");
  g_autoptr (JsonNode) converted = NULL;
  g_autoptr (JsonNode) relogged = NULL;
  g_autoptr (JsonNode) later = NULL;
  g_autofree char *relogin_token = NULL;
  g_autofree char *later_token = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *today = NULL;
  g_autofree char *later_today = NULL;
  gint64           as_of = ec_time_from_iso8601 (json_object_get_string_member (json_node_get_object (before), "as_of"), NULL);
  JsonObject      *state;

  assert_verdict (before, "正向管教與班級經營", "lifelong", "not-eligible", "not-official-account",
                  "convert-account", NULL);

  /* Setup the API cannot make yet: the conversion (自然人轉公務員) belongs to
   * the applications endpoints. */
  db_exec (fixture, "UPDATE accounts SET kind = 'official', official_since = %" G_GINT64_FORMAT " WHERE login = 'lin.meihua'",
           as_of - 60);

  converted = get_records (fixture, token, "");
  state = object_member (converted, "account_state");
  g_assert_cmpstr (json_object_get_string_member (state, "kind"), ==, "official");
  g_assert_true (json_object_get_null_member (state, "relogin_at"));
  g_assert_true (json_object_get_boolean_member (state, "relogin_needed"));
  assert_verdict (converted, "正向管教與班級經營", "lifelong", "not-eligible", "relogin-needed", "log-in-again", NULL);
  assert_verdict (converted, "數位學習教材設計", "teacher", "not-eligible", "relogin-needed", "log-in-again", NULL);
  assert_verdict (converted, "數位學習教材設計", "env", "not-eligible", "no-certified-hours", NULL, NULL);

  relogin_token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  relogged = get_records (fixture, relogin_token, "");
  g_assert_false (json_object_get_boolean_member (object_member (relogged, "account_state"), "relogin_needed"));
  expected = expected_upload_date (json_object_get_string_member (object_member (relogged, "account_state"),
                                                                  "relogin_at"));
  assert_verdict (relogged, "正向管教與班級經營", "lifelong", "pending", NULL, "wait", expected);
  assert_verdict (relogged, "正向管教與班級經營", "teacher", "pending", NULL, "wait", expected);

  today = as_of_date (relogged);
  {
    GDate from, to;

    ec_date_from_iso8601 (today, &from, NULL);
    ec_date_from_iso8601 (expected, &to, NULL);
    ec_test_service_advance_days (fixture, g_date_days_between (&from, &to));
  }
  later_token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", PASSWORD);
  later = get_records (fixture, later_token, "");
  later_today = as_of_date (later);
  g_assert_cmpstr (later_today, ==, expected);
  assert_verdict (later, "數位學習教材設計", "lifelong", "uploaded", NULL, NULL, expected);
  assert_verdict (later, "數位學習教材設計", "teacher", "uploaded", NULL, NULL, expected);
}

static void
test_admin_run (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "chang.yating", PASSWORD);
  g_autoptr (JsonNode) first = NULL;
  g_autoptr (JsonNode) second = NULL;
  g_autoptr (JsonNode) reply = NULL;
  g_autofree char *due = NULL;

  /* Setup no endpoint makes: a course completed a month ago whose upload
   * the batch has not made yet (as after a service outage). */
  db_exec (fixture, "UPDATE records SET completed_at = completed_at - 30 * 86400"
                    " WHERE course = '節能減碳在家做'");

  first = ec_test_service_call (fixture, "POST", "/admin/batch", NULL, NULL, 200);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (first), "uploaded"), ==, 1);
  second = ec_test_service_call (fixture, "POST", "/admin/batch", NULL, NULL, 200);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (second), "uploaded"), ==, 0);

  /* Dated on the day it was due, a working day, not on the day the batch
   * caught up. */
  reply = get_records (fixture, token, "");
  due = expected_upload_date (completed_at (reply, "節能減碳在家做"));
  assert_verdict (reply, "節能減碳在家做", "env", "uploaded", NULL, NULL, due);
}

static void
test_env_account (Fixture      *fixture,
                  gconstpointer user_data)
{
  const char      *path = "/admin/accounts/huang.shufen/env-account";
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "huang.shufen", PASSWORD);
  g_autoptr (JsonNode) wrong_unit = NULL;
  g_autoptr (JsonNode) blocked = NULL;
  g_autoptr (JsonNode) fixed = NULL;
  g_autoptr (JsonNode) pending = NULL;
  g_autoptr (JsonNode) escaped = NULL;
  g_autofree char *expected = NULL;
  JsonObject      *state;

  ec_test_service_assert_error (fixture, "POST", path, NULL, NULL, 400, "invalid_json", NULL);
  ec_test_service_assert_error (fixture, "POST", path, NULL, "{}", 422, "missing_field", "service_unit_ok");
  ec_test_service_assert_error (fixture, "POST", path, NULL, "{\"service_unit_ok\": \"yes\"}", 422, "invalid_type",
                                "service_unit_ok");
  ec_test_service_assert_error (fixture, "POST", "/admin/accounts/nobody/env-account", NULL, "{\"service_unit_ok\": true}",
                                404, "not_found", NULL);

  /* An account with a wrong service unit blocks the upload… */
  wrong_unit = ec_test_service_call (fixture, "POST", path, NULL, "{\"service_unit_ok\": false}", 200);
  state = object_member (wrong_unit, "account_state");
  g_assert_false (json_object_get_boolean_member (state, "env_service_unit_ok"));
  blocked = get_records (fixture, token, "");
  assert_verdict (blocked, "水資源保育與永續", "env", "not-eligible", "env-service-unit", "fix-service-unit", NULL);

  /* …until it is fixed; the three working days count from the fix, and the
   * account keeps its creation time. */
  fixed = ec_test_service_call (fixture, "POST", path, NULL, "{\"service_unit_ok\": true}", 200);
  g_assert_cmpstr (json_object_get_string_member (object_member (fixed, "account_state"), "env_account_since"),
                   ==, json_object_get_string_member (state, "env_account_since"));
  expected = expected_upload_date (
      json_object_get_string_member (object_member (fixed, "account_state"), "env_service_unit_since"));
  pending = get_records (fixture, token, "");
  assert_verdict (pending, "水資源保育與永續", "env", "pending", NULL, "wait", expected);

  /* A login in the path is percent-decoded. */
  escaped = ec_test_service_call (fixture, "POST", "/admin/accounts/facebook%3Achang.yating/env-account", NULL,
                                  "{\"service_unit_ok\": true}", 200);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (escaped), "login"), ==,
                   "facebook:chang.yating");
}

static void
test_personnel_category (Fixture      *fixture,
                         gconstpointer user_data)
{
  const char      *path = "/admin/accounts/wang.daming/personnel-category";
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "wang.daming", PASSWORD);
  g_autoptr (JsonNode) full = get_records (fixture, token, "");
  g_autoptr (JsonNode) changed = NULL;
  g_autoptr (JsonNode) again = NULL;
  g_autoptr (JsonNode) touched = NULL;
  g_autofree char *query = NULL;
  JsonObject      *state;

  ec_test_service_assert_error (fixture, "POST", path, NULL, NULL, 400, "invalid_json", NULL);
  ec_test_service_assert_error (fixture, "POST", path, NULL, "{}", 422, "missing_field", "category");
  ec_test_service_assert_error (fixture, "POST", path, NULL, "{\"category\": \"10\"}", 422, "invalid_type", "category");
  ec_test_service_assert_error (fixture, "POST", path, NULL, "{\"category\": 100}", 422, "out_of_range", "category");
  ec_test_service_assert_error (fixture, "POST", path, NULL, "{\"category\": -1}", 422, "out_of_range", "category");
  ec_test_service_assert_error (fixture, "POST", "/admin/accounts/nobody/personnel-category", NULL, "{\"category\": 10}", 404,
                                "not_found", NULL);

  changed = ec_test_service_call (fixture, "POST", path, NULL, "{\"category\": 10}", 200);
  state = object_member (changed, "account_state");
  g_assert_cmpint (json_object_get_int_member (state, "personnel_category"), ==, 10);
  g_assert_nonnull (json_object_get_string_member (state, "personnel_category_since"));

  /* The same category again changes nothing: the since time stays. */
  again = ec_test_service_call (fixture, "POST", path, NULL, "{\"category\": 10}", 200);
  g_assert_cmpstr (json_object_get_string_member (object_member (again, "account_state"), "personnel_category_since"),
                   ==, json_object_get_string_member (state, "personnel_category_since"));

  /* Every record of the person is sent again. */
  query = g_strconcat ("?since=", json_object_get_string_member (json_node_get_object (full), "cursor"), NULL);
  touched = get_records (fixture, token, query);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (touched), "records")),
                    ==, 4);
}

static void
test_admin_disabled (Fixture      *fixture,
                     gconstpointer user_data)
{
  ec_test_service_assert_error (fixture, "POST", "/admin/batch", NULL, NULL, 404, "not_found", NULL);
  ec_test_service_assert_error (fixture, "POST", "/admin/accounts/wang.daming/env-account", NULL, "{\"service_unit_ok\": true}",
                                404, "not_found", NULL);
  ec_test_service_assert_error (fixture, "POST", "/admin/accounts/wang.daming/personnel-category", NULL, "{\"category\": 10}",
                                404, "not_found", NULL);
  ec_test_service_assert_error (fixture, "DELETE", "/admin/records/1", NULL, NULL, 404, "not_found", NULL);
}

static void
test_generator_options (void)
{
  ec_test_sim_assert_refused ((const char *[]){ "--seed=demo", "--synthetic-courses=100001", "--synthetic-account=wang.daming", NULL });
  ec_test_sim_assert_refused ((const char *[]){ "--seed=demo", "--synthetic-courses=-1", "--synthetic-account=wang.daming", NULL });
  ec_test_sim_assert_refused ((const char *[]){ "--seed=demo", "--synthetic-courses=5", NULL });
  ec_test_sim_assert_refused ((const char *[]){ "--seed=demo", "--synthetic-account=wang.daming", NULL });
  ec_test_sim_assert_refused ((const char *[]){ "--seed=demo", "--synthetic-courses=5", "--synthetic-account=nobody", NULL });
  /* Without the seed there is no account to add them to. */
  ec_test_sim_assert_refused ((const char *[]){ "--synthetic-courses=5", "--synthetic-account=wang.daming", NULL });
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args) \
  g_test_add (path, Fixture, args, ec_test_service_set_up_with_database, func, ec_test_service_tear_down)
  ADD ("/batch/pending-until-date", test_pending_until_date, admin_args);
  ADD ("/batch/relogin", test_relogin, admin_args);
  ADD ("/batch/admin/run", test_admin_run, admin_args);
  ADD ("/batch/admin/env-account", test_env_account, admin_args);
  ADD ("/batch/admin/personnel-category", test_personnel_category, admin_args);
  ADD ("/batch/admin/disabled", test_admin_disabled, plain_args);
#undef ADD
  g_test_add_func ("/batch/generator/options", test_generator_options);

  return g_test_run ();
}
