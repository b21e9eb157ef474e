/* ec-test-service.h: the fixture of the tests that talk to a real
 * elearn-sim over HTTP, and the requests they all make.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "ec-test-http.h"
#include "ec-test-sim.h"

G_BEGIN_DECLS

/* Every demo persona's ID number (src/service/data/demo.json), for the
 * lists of strings that no reply may contain. */
#define EC_TEST_DEMO_ID_NUMBERS \
  "A120864216", "F222334450", "B135792460", "H244556676", "E102468130", "K213579249", "Q122446684"

typedef struct {
  EcTestSim   *sim;
  SoupSession *session;
  const char  *url;
  /* With ec_test_service_set_up_with_database() only: the service's
   * SQLite file, alone in a folder of its own. */
  char *dir;
  char *database;
  /* (nullable): strings, ending with %NULL, that no reply may contain;
   * ec_test_service_call() checks every reply for each of them. */
  const char *const *secrets;
} EcTestService;

void ec_test_service_set_up (EcTestService *service,
                             gconstpointer  args);
void ec_test_service_set_up_with_database (EcTestService *service,
                                           gconstpointer  args);
void ec_test_service_tear_down (EcTestService *service,
                                gconstpointer  user_data);

JsonNode *ec_test_service_call (EcTestService *service,
                                const char    *method,
                                const char    *path,
                                const char    *token,
                                const char    *body,
                                guint          expected_status);
JsonNode *ec_test_service_call_full (EcTestService       *service,
                                     const char          *method,
                                     const char          *path,
                                     const char          *token,
                                     const char          *body,
                                     guint                expected_status,
                                     SoupMessageHeaders **out_headers);
void      ec_test_service_assert_error (EcTestService *service,
                                        const char    *method,
                                        const char    *path,
                                        const char    *token,
                                        const char    *body,
                                        guint          expected_status,
                                        const char    *code,
                                        const char    *field);

JsonNode *ec_test_service_login_reply (EcTestService *service,
                                       const char    *route,
                                       const char    *account,
                                       const char    *password,
                                       guint          expected_status);
char     *ec_test_service_login (EcTestService *service,
                                 const char    *route,
                                 const char    *account,
                                 const char    *password);

void ec_test_service_admin (EcTestService *service,
                            const char    *method,
                            const char    *path,
                            const char    *body,
                            guint          expected_status);
void ec_test_service_advance_days (EcTestService *service,
                                   int            days);
void ec_test_service_advance_seconds (EcTestService *service,
                                      gint64         seconds);

G_END_DECLS
