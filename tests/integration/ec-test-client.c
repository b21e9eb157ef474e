/* ec-test-client.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-test-client.h"

#include "ec-api-client-private.h"

static GMutex   capture_lock;
static GString *captured;
static GLogFunc default_handler;

/* Keeps every log line while a capture runs, debug ones included, so that
 * a test can prove that no secret reached any of them.  Debug lines are
 * not printed: they would drown the test's output. */
static void
capture_handler (const char    *log_domain,
                 GLogLevelFlags log_level,
                 const char    *message,
                 gpointer       user_data)
{
  g_mutex_lock (&capture_lock);
  if (captured != NULL)
    g_string_append_printf (captured, "%s: %s\n", log_domain != NULL ? log_domain : "", message);
  g_mutex_unlock (&capture_lock);

  if (!(log_level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)))
    default_handler (log_domain, log_level, message, NULL);
}

/**
 * ec_test_client_init:
 *
 * g_test_init(), plus what every client test needs: no proxy from the
 * environment between the client and the loopback service, and a log
 * handler that captures (it sees debug messages whatever G_MESSAGES_DEBUG
 * says).
 */
void
ec_test_client_init (int    *argc,
                     char ***argv)
{
  const char *const proxies[] = {
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
  };

  for (guint i = 0; i < G_N_ELEMENTS (proxies); i++)
    g_unsetenv (proxies[i]);
  g_test_init (argc, argv, NULL);
  default_handler = g_log_set_default_handler (capture_handler, NULL);
}

void
ec_test_client_capture_logs (void)
{
  g_mutex_lock (&capture_lock);
  g_assert_null (captured);
  captured = g_string_new (NULL);
  g_mutex_unlock (&capture_lock);
}

/**
 * ec_test_client_end_capture:
 *
 * Returns: (transfer full): every log line since
 *   ec_test_client_capture_logs().
 */
char *
ec_test_client_end_capture (void)
{
  char *text;

  g_mutex_lock (&capture_lock);
  text = g_string_free (g_steal_pointer (&captured), FALSE);
  g_mutex_unlock (&capture_lock);
  return text;
}

void
ec_test_client_set_up (EcTestClient *fixture,
                       gconstpointer args)
{
  g_autoptr (GError) error = NULL;

  ec_test_service_set_up (&fixture->service, args);
  fixture->client = ec_api_client_new (fixture->service.url, &error);
  g_assert_no_error (error);
  ec_api_client_set_retry_delay (fixture->client, TEST_RETRY_DELAY_MS);
}

void
ec_test_client_tear_down (EcTestClient *fixture,
                          gconstpointer args)
{
  g_clear_object (&fixture->client);
  ec_test_service_tear_down (&fixture->service, args);
}

void
ec_test_client_on_result_cb (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  g_assert_null (*slot);
  *slot = g_object_ref (result);
}

/**
 * ec_test_client_wait:
 * @slot: where ec_test_client_on_result_cb() puts the result
 *
 * Iterates the main context, as the app's main loop would, until the call
 * has finished.
 *
 * Returns: (transfer none): the result.
 */
GAsyncResult *
ec_test_client_wait (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *slot;
}

EcAccount *
ec_test_client_login (EcTestClient *fixture,
                      const char   *route,
                      const char   *account,
                      const char   *password,
                      GError      **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_api_client_login_async (fixture->client, route, account, password, NULL,
                             ec_test_client_on_result_cb, &result);
  return ec_api_client_login_finish (fixture->client, ec_test_client_wait (&result), error);
}

gboolean
ec_test_client_logout (EcTestClient *fixture,
                       GError      **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_api_client_logout_async (fixture->client, NULL, ec_test_client_on_result_cb, &result);
  return ec_api_client_logout_finish (fixture->client, ec_test_client_wait (&result), error);
}

EcAccount *
ec_test_client_get_me (EcTestClient *fixture,
                       GError      **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_api_client_get_me_async (fixture->client, NULL, ec_test_client_on_result_cb, &result);
  return ec_api_client_get_me_finish (fixture->client, ec_test_client_wait (&result), error);
}

EcRecordsPage *
ec_test_client_fetch_records (EcTestClient *fixture,
                              const char   *cursor,
                              const char   *etag,
                              guint         limit,
                              GError      **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_api_client_fetch_records_async (fixture->client, cursor, etag, limit, NULL,
                                     ec_test_client_on_result_cb, &result);
  return ec_api_client_fetch_records_finish (fixture->client, ec_test_client_wait (&result), error);
}

/**
 * ec_test_client_request:
 * @json_body: (nullable): the body, as JSON text
 *
 * The client's one request call (ec-api-client-private.h), run to its
 * end: for requests no endpoint would send.
 */
JsonNode *
ec_test_client_request (EcApiClient *client,
                        const char  *method,
                        const char  *path,
                        const char  *json_body,
                        const char  *idempotency_key,
                        GError     **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (JsonNode) body = NULL;

  if (json_body != NULL)
    {
      body = json_from_string (json_body, error);
      g_assert_nonnull (body);
    }

  _ec_api_client_send_async (client, method, path, body, idempotency_key, NULL, NULL,
                             ec_test_client_on_result_cb, &result);
  return _ec_api_client_send_finish (client, ec_test_client_wait (&result), NULL, NULL, error);
}
