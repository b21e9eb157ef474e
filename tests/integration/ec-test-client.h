/* ec-test-client.h: what the API client's integration tests share: a
 * fixture with a real elearn-sim, and running the client's async calls to
 * their end.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <libsoup/soup.h>

#include "ec-client.h"
#include "ec-test-service.h"

G_BEGIN_DECLS

/* Every demo persona's password (docs/demo.md). */
#define PASSWORD "demo2026"

/* Retries in the tests wait milliseconds, not half a second. */
#define TEST_RETRY_DELAY_MS 10

typedef struct {
  EcTestService service; /* for /admin and checks behind the client's back */
  EcApiClient  *client;
} EcTestClient;

void ec_test_client_init (int    *argc,
                          char ***argv);

void ec_test_client_set_up (EcTestClient *fixture,
                            gconstpointer args);
void ec_test_client_tear_down (EcTestClient *fixture,
                               gconstpointer args);

/* A test with its own service, started with the arguments @args. */
#define ADD(path, func, args) \
  g_test_add (path, EcTestClient, args, ec_test_client_set_up, func, ec_test_client_tear_down)

void          ec_test_client_on_result_cb (GObject      *source,
                                           GAsyncResult *result,
                                           gpointer      user_data);
GAsyncResult *ec_test_client_wait (GAsyncResult **slot);

/* RUN (out, ec_api_client_…_finish, ec_api_client_…_async (fixture->client,
 * …, NULL, CB)) runs an endpoint to its end (iterating the main context)
 * and finishes it into @out, with the test's `error`. */
#define CB ec_test_client_on_result_cb, &result_
#define RUN(out, finish, call)                                              \
  G_STMT_START                                                              \
  {                                                                         \
    g_autoptr (GAsyncResult) result_ = NULL;                                \
    call;                                                                   \
    out = finish (fixture->client, ec_test_client_wait (&result_), &error); \
  }                                                                         \
  G_STMT_END

EcAccount *ec_test_client_login (EcTestClient *fixture,
                                 const char   *route,
                                 const char   *account,
                                 const char   *password,
                                 GError      **error);

gboolean ec_test_client_logout (EcTestClient *fixture,
                                GError      **error);

EcAccount *ec_test_client_get_me (EcTestClient *fixture,
                                  GError      **error);

EcRecordsPage *ec_test_client_fetch_records (EcTestClient *fixture,
                                             const char   *cursor,
                                             const char   *etag,
                                             guint         limit,
                                             GError      **error);

JsonNode *ec_test_client_request (EcApiClient *client,
                                  const char  *method,
                                  const char  *path,
                                  const char  *json_body,
                                  const char  *idempotency_key,
                                  GError     **error);

void  ec_test_client_capture_logs (void);
char *ec_test_client_end_capture (void);

G_END_DECLS
