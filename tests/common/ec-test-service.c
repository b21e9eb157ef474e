/* ec-test-service.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-test-service"

#include "config.h"

#include "ec-test-service.h"

#include <string.h>

#include <glib/gstdio.h>

/**
 * ec_test_service_set_up:
 * @service: the fixture
 * @args: (nullable): the service's arguments, a `const char *const *`
 *   ending with %NULL, as g_test_add() passes its test data
 *
 * Starts a service of the test's own and a session to talk to it.
 */
void
ec_test_service_set_up (EcTestService *service,
                        gconstpointer  args)
{
  service->sim = ec_test_sim_start (args);
  service->session = ec_test_http_session_new ();
  service->url = ec_test_sim_get_url (service->sim);
}

/**
 * ec_test_service_set_up_with_database:
 *
 * ec_test_service_set_up() with the service's database in a file, so
 * that a test can set up what no endpoint makes (yet) behind the
 * service's back.
 */
void
ec_test_service_set_up_with_database (EcTestService *service,
                                      gconstpointer  args)
{
  const char *const *extra = args;
  g_autoptr (GStrvBuilder) argv = g_strv_builder_new ();
  g_auto (GStrv) strv = NULL;
  g_autofree char *database_arg = NULL;
  g_autoptr (GError) error = NULL;

  service->dir = g_dir_make_tmp ("ec-test-service-XXXXXX", &error);
  g_assert_no_error (error);
  service->database = g_build_filename (service->dir, "sim.db", NULL);
  database_arg = g_strconcat ("--database=", service->database, NULL);

  g_strv_builder_add (argv, database_arg);
  if (extra != NULL)
    g_strv_builder_addv (argv, (const char **) extra);
  strv = g_strv_builder_end (argv);
  ec_test_service_set_up (service, strv);
}

/**
 * ec_test_service_tear_down:
 *
 * Stops the service, which fails the test unless it exits cleanly (even
 * with a reply still held back by a delay), and removes its database.
 */
void
ec_test_service_tear_down (EcTestService *service,
                           gconstpointer  user_data)
{
  const char *const suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&service->session);
  g_clear_pointer (&service->sim, ec_test_sim_stop);
  service->url = NULL;

  if (service->database != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *path = g_strconcat (service->database, suffixes[i], NULL);

          g_remove (path);
        }
      g_assert_cmpint (g_rmdir (service->dir), ==, 0);
    }
  g_clear_pointer (&service->database, g_free);
  g_clear_pointer (&service->dir, g_free);
}

static void
assert_no_secret (EcTestService *service,
                  JsonNode      *reply)
{
  g_autofree char *text = NULL;

  if (reply == NULL || service->secrets == NULL)
    return;

  text = json_to_string (reply, FALSE);
  for (guint i = 0; service->secrets[i] != NULL; i++)
    g_assert_null (strstr (text, service->secrets[i]));
}

/**
 * ec_test_service_call_full:
 * @out_headers: (out) (optional): the response headers
 *
 * ec_test_service_call(), which see, with the response headers.
 */
JsonNode *
ec_test_service_call_full (EcTestService       *service,
                           const char          *method,
                           const char          *path,
                           const char          *token,
                           const char          *body,
                           guint                expected_status,
                           SoupMessageHeaders **out_headers)
{
  JsonNode *reply = ec_test_http_request (service->session, service->url, method, path, token, body,
                                          expected_status, out_headers);

  assert_no_secret (service, reply);
  return reply;
}

/**
 * ec_test_service_call:
 * @service: the fixture
 * @method: "GET", "POST", …
 * @path: an absolute path, such as "/api/v1/me" (may carry a query)
 * @token: (nullable): a bearer token
 * @body: (nullable): a JSON request body
 * @expected_status: the status the test expects; anything else fails it
 *
 * Sends a request (ec_test_http_request()) and checks that the reply holds
 * none of the fixture's secrets.
 *
 * Returns: (transfer full) (nullable): the reply's JSON, or %NULL for an
 *   empty body.
 */
JsonNode *
ec_test_service_call (EcTestService *service,
                      const char    *method,
                      const char    *path,
                      const char    *token,
                      const char    *body,
                      guint          expected_status)
{
  return ec_test_service_call_full (service, method, path, token, body, expected_status, NULL);
}

/**
 * ec_test_service_assert_error:
 * @code: the expected error code
 * @field: (nullable): the expected field, or %NULL for none
 *
 * Sends a request that must fail with @expected_status and the API's error
 * shape (ec_test_http_assert_error()).
 */
void
ec_test_service_assert_error (EcTestService *service,
                              const char    *method,
                              const char    *path,
                              const char    *token,
                              const char    *body,
                              guint          expected_status,
                              const char    *code,
                              const char    *field)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (service, method, path, token, body, expected_status);

  ec_test_http_assert_error (reply, code, field);
}

/**
 * ec_test_service_login_reply:
 *
 * Sends POST /api/v1/sessions.
 *
 * Returns: (transfer full): the reply, a session or an error.
 */
JsonNode *
ec_test_service_login_reply (EcTestService *service,
                             const char    *route,
                             const char    *account,
                             const char    *password,
                             guint          expected_status)
{
  g_autofree char *body = g_strdup_printf ("{\"route\": \"%s\", \"account\": \"%s\", \"password\": \"%s\"}",
                                           route, account, password);

  return ec_test_service_call (service, "POST", "/api/v1/sessions", NULL, body, expected_status);
}

/**
 * ec_test_service_login:
 *
 * Logs in and fails the test if that does not work.
 *
 * Returns: (transfer full): the session token.
 */
char *
ec_test_service_login (EcTestService *service,
                       const char    *route,
                       const char    *account,
                       const char    *password)
{
  g_autoptr (JsonNode) reply = ec_test_service_login_reply (service, route, account, password, 201);

  return g_strdup (json_object_get_string_member (json_node_get_object (reply), "token"));
}

/**
 * ec_test_service_admin:
 *
 * Sends a request whose reply the test does not need, such as one to an
 * /admin endpoint that sets up the service; fails the test unless it is
 * answered with @expected_status.
 */
void
ec_test_service_admin (EcTestService *service,
                       const char    *method,
                       const char    *path,
                       const char    *body,
                       guint          expected_status)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (service, method, path, NULL, body, expected_status);
}

/**
 * ec_test_service_advance_days:
 *
 * Moves the service clock (POST /admin/clock, which needs --admin); the
 * upload batch runs before the reply.  A session does not outlive days of
 * clock, so callers log in again.
 */
void
ec_test_service_advance_days (EcTestService *service,
                              int            days)
{
  g_autofree char *body = g_strdup_printf ("{\"advance_days\": %d}", days);

  ec_test_service_admin (service, "POST", "/admin/clock", body, 200);
}

/**
 * ec_test_service_advance_seconds:
 *
 * Moves the service clock by @seconds, as ec_test_service_advance_days()
 * does by days.
 */
void
ec_test_service_advance_seconds (EcTestService *service,
                                 gint64         seconds)
{
  g_autofree char *body = g_strdup_printf ("{\"advance_seconds\": %" G_GINT64_FORMAT "}", seconds);

  ec_test_service_admin (service, "POST", "/admin/clock", body, 200);
}
