/* test-upload-dates.c: every upload date the service reports is a day the
 * nightly batch could have run: a working day of the office calendar, at
 * least EC_UPLOAD_WORKING_DAYS working days after the course was completed
 * (DOMAIN.md, "When hours upload to a network").  Checked for the demo
 * seed, for the synthetic records, and for uploads the batch makes when
 * the service clock jumps over weekends.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-core.h"
#include "ec-test-service.h"

typedef EcTestService Fixture;

static const char *const demo_args[] = { "--seed=demo", "--admin", NULL };
static const char *const synthetic_args[] = {
  "--seed=demo", "--admin", "--synthetic-courses=400", "--synthetic-account=wang.daming", NULL
};

/* Checks every uploaded verdict of one page of records; returns how many
 * there were, and the page's cursor while there are more. */
static guint
check_page (EcCalendar *calendar,
            JsonObject *page,
            char      **out_cursor)
{
  JsonArray *records = json_object_get_array_member (page, "records");
  guint      checked = 0;

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      JsonArray  *networks = json_object_get_array_member (record, "networks");
      const char *completed_text = json_object_get_string_member (record, "completed_at");

      for (guint n = 0; n < json_array_get_length (networks); n++)
        {
          JsonObject *verdict = json_array_get_object_element (networks, n);
          GDate       completed, uploaded, earliest;

          if (g_strcmp0 (json_object_get_string_member (verdict, "status"), "uploaded") != 0)
            continue;

          g_assert_nonnull (completed_text);
          ec_time_to_taiwan_date (ec_time_from_iso8601 (completed_text, NULL), &completed);
          g_assert_true (ec_date_from_iso8601 (json_object_get_string_member (verdict, "date"), &uploaded, NULL));
          ec_calendar_add_working_days (calendar, &completed, EC_UPLOAD_WORKING_DAYS, &earliest);

          if (!ec_calendar_is_working_day (calendar, &uploaded) || g_date_compare (&uploaded, &earliest) < 0)
            g_error ("「%s」 completed %s was uploaded to %s on %s (%s), before %04u-%02u-%02u or not on a working day",
                     json_object_get_string_member (record, "course"), completed_text,
                     json_object_get_string_member (verdict, "network"),
                     json_object_get_string_member (verdict, "date"),
                     ec_calendar_get_day_name (calendar, &uploaded), g_date_get_year (&earliest),
                     g_date_get_month (&earliest), g_date_get_day (&earliest));
          checked++;
        }
    }

  *out_cursor = json_object_get_boolean_member (page, "has_more")
                    ? g_strdup (json_object_get_string_member (page, "cursor"))
                    : NULL;
  return checked;
}

/* Every record every demo login sees. */
static guint
check_all_logins (Fixture *fixture)
{
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();
  g_autoptr (JsonNode) reply = ec_test_service_call (fixture, "GET", "/admin/personas", NULL, NULL, 200);
  JsonArray *personas = json_object_get_array_member (json_node_get_object (reply), "personas");
  guint      checked = 0;

  for (guint p = 0; p < json_array_get_length (personas); p++)
    {
      JsonArray *logins = json_object_get_array_member (json_array_get_object_element (personas, p), "logins");

      for (guint l = 0; l < json_array_get_length (logins); l++)
        {
          JsonObject      *login = json_array_get_object_element (logins, l);
          g_autofree char *token = ec_test_service_login (fixture, json_object_get_string_member (login, "route"),
                                                          json_object_get_string_member (login, "account"),
                                                          json_object_get_string_member (login, "password"));
          g_autofree char *cursor = NULL;

          do
            {
              g_autofree char *path = cursor != NULL
                                          ? g_strdup_printf ("/api/v1/records?limit=1000&since=%s", cursor)
                                          : g_strdup ("/api/v1/records?limit=1000");
              g_autoptr (JsonNode) page = ec_test_service_call (fixture, "GET", path, token, NULL, 200);

              g_clear_pointer (&cursor, g_free);
              checked += check_page (calendar, json_node_get_object (page), &cursor);
            }
          while (cursor != NULL);
        }
    }

  return checked;
}

static void
test_demo_seed (Fixture      *fixture,
                gconstpointer user_data)
{
  /* The demo has uploaded courses: a check of none would prove nothing. */
  g_assert_cmpuint (check_all_logins (fixture), >=, 7);
}

static void
test_synthetic (Fixture      *fixture,
                gconstpointer user_data)
{
  g_assert_cmpuint (check_all_logins (fixture), >=, 100);
}

/* The batch run after the clock jumped 17 days (over two weekends) dates
 * each upload on the day it was due, not on the day the clock landed. */
static void
test_clock_jump (Fixture      *fixture,
                 gconstpointer user_data)
{
  guint before = check_all_logins (fixture);

  ec_test_service_advance_days (fixture, 17);
  g_assert_cmpuint (check_all_logins (fixture), >, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args) \
  g_test_add ("/service/upload-dates/" path, Fixture, args, ec_test_service_set_up, func, ec_test_service_tear_down)

  ADD ("demo-seed", test_demo_seed, demo_args);
  ADD ("synthetic", test_synthetic, synthetic_args);
  ADD ("clock-jump", test_clock_jump, demo_args);

#undef ADD

  return g_test_run ();
}
