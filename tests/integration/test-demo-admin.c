/* test-demo-admin.c: the admin endpoints the demo uses (EcDemoAdmin)
 * against the real elearn-sim: the demo learners' logins, the service
 * clock, and the failures a real service gives.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-client.h"
#include "ec-test-client.h"
#include "ec-test-sim.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

static const char *const demo_args[] = { "--seed=demo", "--admin", NULL };
/* The admin endpoints without the demo's learners. */
static const char *const empty_args[] = { "--admin", NULL };
/* The demo's learners without the admin endpoints. */
static const char *const no_admin_args[] = { "--seed=demo", NULL };

typedef struct {
  EcTestService service; /* for checks behind the admin's back */
  EcDemoAdmin  *admin;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer args)
{
  ec_test_service_set_up (&fixture->service, args);
  fixture->admin = ec_demo_admin_new (fixture->service.url);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer args)
{
  g_clear_object (&fixture->admin);
  ec_test_service_tear_down (&fixture->service, args);
}

#define ADD_ADMIN(path, func, args) \
  g_test_add (path, Fixture, args, fixture_set_up, func, fixture_tear_down)

static GPtrArray *
list_personas (EcDemoAdmin  *admin,
               GCancellable *cancellable,
               GError      **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_demo_admin_list_personas_async (admin, cancellable, ec_test_client_on_result_cb, &result);
  return ec_demo_admin_list_personas_finish (admin, ec_test_client_wait (&result), error);
}

static gboolean
advance_clock (EcDemoAdmin *admin,
               guint        days,
               GError     **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_demo_admin_advance_clock_async (admin, days, NULL, ec_test_client_on_result_cb, &result);
  return ec_demo_admin_advance_clock_finish (admin, ec_test_client_wait (&result), error);
}

/* What the service says its clock is, read behind the admin's back. */
static gint64
clock_offset (Fixture *fixture)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (&fixture->service, "GET", "/admin/clock", NULL, NULL, 200);

  return json_object_get_int_member (json_node_get_object (reply), "offset_seconds");
}

/* One EcDemoPersona per login, each with every member set, in the demo's
 * order; and each login really logs in.  The passwords come in the reply
 * but never reach a log line. */
static void
test_personas (Fixture      *fixture,
               gconstpointer args)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = NULL;
  g_autofree char *logs = NULL;
  EcDemoPersona   *first, *second;

  ec_test_client_capture_logs ();
  personas = list_personas (fixture->admin, NULL, &error);
  logs = ec_test_client_end_capture ();
  g_assert_no_error (error);
  g_assert_nonnull (personas);
  g_assert_cmpuint (personas->len, >=, 7);
  g_assert_null (strstr (logs, PASSWORD));

  for (guint i = 0; i < personas->len; i++)
    {
      EcDemoPersona   *persona = g_ptr_array_index (personas, i);
      g_autofree char *token = NULL;

      g_assert_cmpstr (persona->persona, !=, "");
      g_assert_cmpstr (persona->name, !=, "");
      g_assert_true (g_strv_contains ((const char *const[]){ "civil-servant", "educator", "general-public", NULL },
                                      persona->identity));
      g_assert_true (g_strv_contains ((const char *const[]){ "ecpa", "gov-tw", "certificate", "social", NULL },
                                      persona->route));
      g_assert_cmpstr (persona->account, !=, "");
      g_assert_cmpstr (persona->password, !=, "");

      token = ec_test_service_login (&fixture->service, persona->route, persona->account, persona->password);
      g_assert_nonnull (token);
    }

  /* docs/demo.md's first learner, with both of her logins. */
  first = g_ptr_array_index (personas, 0);
  second = g_ptr_array_index (personas, 1);
  g_assert_cmpstr (first->persona, ==, "civil-servant-ecpa");
  g_assert_cmpstr (first->name, ==, "王大明");
  g_assert_cmpstr (first->identity, ==, "civil-servant");
  g_assert_cmpstr (first->route, ==, "ecpa");
  g_assert_cmpstr (first->account, ==, "wang.daming");
  g_assert_cmpstr (first->password, ==, PASSWORD);
  g_assert_cmpstr (second->persona, ==, "civil-servant-ecpa");
  g_assert_cmpstr (second->route, ==, "certificate");
  g_assert_cmpstr (second->account, ==, "CERT-WANG-0001");
}

/* A service not seeded with the demo has no demo learners: an empty list,
 * not a failure (the picker says so in its own words). */
static void
test_personas_empty (Fixture      *fixture,
                     gconstpointer args)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = list_personas (fixture->admin, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (personas);
  g_assert_cmpuint (personas->len, ==, 0);
}

/* The clock moves by the days asked, once, by the time the call is done. */
static void
test_clock (Fixture      *fixture,
            gconstpointer args)
{
  g_autoptr (GError) error = NULL;
  gint64 before = clock_offset (fixture);

  g_assert_true (advance_clock (fixture->admin, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (clock_offset (fixture) - before, ==, 2 * SECONDS_PER_DAY);

  g_assert_true (advance_clock (fixture->admin, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (clock_offset (fixture) - before, ==, 3 * SECONDS_PER_DAY);
}

/* The service moves its clock ten years at most: further is the service's
 * 422, a refused field, and the clock stays. */
static void
test_clock_refused (Fixture      *fixture,
                    gconstpointer args)
{
  g_autoptr (GError) error = NULL;
  gint64 before = clock_offset (fixture);

  g_assert_false (advance_clock (fixture->admin, 11 * 366, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_INPUT);
  g_assert_cmpstr (ec_client_error_get_code (error), ==, "out_of_range");
  g_assert_cmpint (clock_offset (fixture), ==, before);
}

/* Without --admin the endpoints are not there: the service's 404. */
static void
test_no_admin (Fixture      *fixture,
               gconstpointer args)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = list_personas (fixture->admin, NULL, &error);

  g_assert_null (personas);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_NOT_FOUND);
  g_assert_cmpstr (ec_client_error_get_code (error), ==, "not_found");
  g_clear_error (&error);

  g_assert_false (advance_clock (fixture->admin, 1, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_NOT_FOUND);
}

/* A service that answered, then stopped, cannot be reached any more. */
static void
test_stopped (void)
{
  const char *const args[] = { "--seed=demo", "--admin", NULL };
  EcTestSim        *sim = ec_test_sim_start (args);
  g_autoptr (EcDemoAdmin) admin = ec_demo_admin_new (ec_test_sim_get_url (sim));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = NULL;

  g_assert_cmpstr (ec_demo_admin_get_base_url (admin), ==, ec_test_sim_get_url (sim));
  /* Once it has answered, the service handles SIGTERM as a clean stop. */
  personas = list_personas (admin, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&personas, g_ptr_array_unref);
  ec_test_sim_stop (sim);

  personas = list_personas (admin, NULL, &error);
  g_assert_null (personas);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE);
  g_clear_error (&error);

  g_assert_false (advance_clock (admin, 1, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE);
}

/* Cancelling is the caller's own doing: it comes back as it is, and the
 * next call goes through. */
static void
test_cancelled (Fixture      *fixture,
                gconstpointer args)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = NULL;

  g_cancellable_cancel (cancellable);
  personas = list_personas (fixture->admin, cancellable, &error);
  g_assert_null (personas);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  personas = list_personas (fixture->admin, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (personas->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_client_init (&argc, &argv);

  ADD_ADMIN ("/demo-admin/personas", test_personas, demo_args);
  ADD_ADMIN ("/demo-admin/personas-empty", test_personas_empty, empty_args);
  ADD_ADMIN ("/demo-admin/clock", test_clock, demo_args);
  ADD_ADMIN ("/demo-admin/clock-refused", test_clock_refused, demo_args);
  ADD_ADMIN ("/demo-admin/no-admin", test_no_admin, no_admin_args);
  ADD_ADMIN ("/demo-admin/cancelled", test_cancelled, demo_args);
  g_test_add_func ("/demo-admin/stopped", test_stopped);

  return g_test_run ();
}
