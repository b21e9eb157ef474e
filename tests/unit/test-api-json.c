/* test-api-json.c: reading learning records, pages of them and accounts as
 * the API sends them, and refusing everything else.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-api-json.h"
#include "ec-client.h"
#include "ec-test-util.h"

/* A record as docs/api.md shows it; the cases below each break one thing
 * of it (the %s is replaced by one network's verdict or by a member). */
#define NETWORK_LIFELONG                                                                      \
  "{\"network\": \"lifelong\", \"status\": \"uploaded\", \"reason\": null, \"remedy\": null," \
  " \"date\": \"2026-11-10\", \"date_is_estimate\": false}"
#define NETWORK_TEACHER                                                                          \
  "{\"network\": \"teacher\", \"status\": \"not-eligible\", \"reason\": \"no-certified-hours\"," \
  " \"remedy\": null, \"date\": null, \"date_is_estimate\": false}"
#define NETWORK_ENV                                                                         \
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\"," \
  " \"date\": \"2026-12-03\", \"date_is_estimate\": true}"
#define RECORD_HEAD                                                            \
  "\"id\": 15, \"course\": \"水資源保育與永續\", \"route\": \"ecpa\"," \
  " \"completed_at\": \"2026-11-05T03:43:18+08:00\""
#define MINUTES "\"minutes\": {\"lifelong\": 120, \"teacher\": 0, \"env\": 90}"
#define NETWORKS "\"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", " NETWORK_ENV "]"
#define RECORD "{" RECORD_HEAD ", " MINUTES ", " NETWORKS "}"

static JsonNode *
parse (const char *text)
{
  g_autoptr (GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static EcRecord *
record_from (const char *text,
             GError    **error)
{
  g_autoptr (JsonNode) node = parse (text);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return ec_api_json_to_record (json_node_get_object (node), error);
}

static void
test_record (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecord) record = record_from (RECORD, &error);
  g_autoptr (EcRecord) copy = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (record->id, ==, 15);
  g_assert_false (record->deleted);
  g_assert_cmpstr (record->course, ==, "水資源保育與永續");
  g_assert_cmpint (record->route, ==, EC_LOGIN_ROUTE_ECPA);
  g_assert_cmpint (record->completed_at, ==, ec_time_from_iso8601 ("2026-11-05T03:43:18+08:00", NULL));
  g_assert_cmpuint (record->minutes[EC_NETWORK_LIFELONG], ==, 120);
  g_assert_cmpuint (record->minutes[EC_NETWORK_TEACHER], ==, 0);
  g_assert_cmpuint (record->minutes[EC_NETWORK_ENV], ==, 90);

  g_assert_cmpint (record->networks[EC_NETWORK_LIFELONG].status, ==, EC_UPLOAD_STATUS_UPLOADED);
  g_assert_cmpint (record->networks[EC_NETWORK_LIFELONG].reason, ==, EC_UPLOAD_REASON_NONE);
  g_assert_cmpint (record->networks[EC_NETWORK_LIFELONG].remedy, ==, EC_REMEDY_NONE);
  ec_test_assert_date (&record->networks[EC_NETWORK_LIFELONG].date, 2026, 11, 10);
  g_assert_false (record->networks[EC_NETWORK_LIFELONG].date_is_estimate);

  g_assert_cmpint (record->networks[EC_NETWORK_TEACHER].status, ==, EC_UPLOAD_STATUS_NOT_ELIGIBLE);
  g_assert_cmpint (record->networks[EC_NETWORK_TEACHER].reason, ==, EC_UPLOAD_REASON_NO_CERTIFIED_HOURS);
  g_assert_false (g_date_valid (&record->networks[EC_NETWORK_TEACHER].date));

  g_assert_cmpint (record->networks[EC_NETWORK_ENV].status, ==, EC_UPLOAD_STATUS_PENDING);
  g_assert_cmpint (record->networks[EC_NETWORK_ENV].remedy, ==, EC_REMEDY_WAIT);
  ec_test_assert_date (&record->networks[EC_NETWORK_ENV].date, 2026, 12, 3);
  g_assert_true (record->networks[EC_NETWORK_ENV].date_is_estimate);

  copy = g_boxed_copy (EC_TYPE_RECORD, record);
  g_assert_true (copy->course != record->course);
  g_assert_cmpstr (copy->course, ==, record->course);
  ec_test_assert_date (&copy->networks[EC_NETWORK_ENV].date, 2026, 12, 3);
}

static void
test_not_completed (void)
{
  const char *text = "{\"id\": 3, \"course\": \"公務倫理\", \"route\": \"social\", \"completed_at\": null, " MINUTES ","
                     " \"networks\": ["
                     "{\"network\": \"lifelong\", \"status\": \"never\", \"reason\": \"social-login\", \"remedy\": \"restudy\","
                     " \"date\": null, \"date_is_estimate\": false},"
                     "{\"network\": \"teacher\", \"status\": \"not-eligible\", \"reason\": \"no-certified-hours\","
                     " \"remedy\": null, \"date\": null, \"date_is_estimate\": false},"
                     "{\"network\": \"env\", \"status\": \"never\", \"reason\": \"social-login\", \"remedy\": \"restudy\","
                     " \"date\": null, \"date_is_estimate\": false}],"
                     " \"a_member_from_the_future\": [1, 2, 3]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecord) record = record_from (text, &error);

  g_assert_no_error (error);
  g_assert_cmpint (record->route, ==, EC_LOGIN_ROUTE_SOCIAL);
  g_assert_cmpint (record->completed_at, ==, EC_TIME_NEVER);
  g_assert_cmpint (record->networks[EC_NETWORK_ENV].status, ==, EC_UPLOAD_STATUS_NEVER);
  g_assert_cmpint (record->networks[EC_NETWORK_ENV].reason, ==, EC_UPLOAD_REASON_SOCIAL_LOGIN);
  g_assert_cmpint (record->networks[EC_NETWORK_ENV].remedy, ==, EC_REMEDY_RESTUDY);
}

/* The general public's lifelong hours: not theirs to credit, and nothing
 * to do about it (a null remedy). */
static void
test_not_civil_service (void)
{
  const char *text = "{" RECORD_HEAD ", " MINUTES ", \"networks\": ["
                     "{\"network\": \"lifelong\", \"status\": \"not-eligible\", \"reason\": \"not-civil-service\","
                     " \"remedy\": null, \"date\": null, \"date_is_estimate\": false}, " NETWORK_TEACHER ", " NETWORK_ENV "]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecord) record = record_from (text, &error);

  g_assert_no_error (error);
  g_assert_cmpint (record->networks[EC_NETWORK_LIFELONG].status, ==, EC_UPLOAD_STATUS_NOT_ELIGIBLE);
  g_assert_cmpint (record->networks[EC_NETWORK_LIFELONG].reason, ==, EC_UPLOAD_REASON_NOT_CIVIL_SERVICE);
  g_assert_cmpint (record->networks[EC_NETWORK_LIFELONG].remedy, ==, EC_REMEDY_NONE);
  g_assert_false (g_date_valid (&record->networks[EC_NETWORK_LIFELONG].date));
}

static void
test_tombstone (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecord) record = record_from ("{\"id\": 7, \"deleted\": true}", &error);

  g_assert_no_error (error);
  g_assert_cmpint (record->id, ==, 7);
  g_assert_true (record->deleted);
  g_assert_null (record->course);
}

/* Each of these is RECORD with one thing wrong. */
static const char *const malformed_records[] = {
  /* The id. */
  "{\"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": \"15\", \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": 15.5, \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": 0, \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": -3, \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": null, \"deleted\": true}",
  /* A tombstone is only ever "deleted": true. */
  "{\"id\": 7, \"deleted\": false}",
  "{\"id\": 7, \"deleted\": 1}",
  "{\"id\": 7, \"deleted\": \"true\"}",
  "{\"deleted\": true}",
  /* The course. */
  "{\"id\": 15, \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"\", \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": 12, \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": null, \"route\": \"ecpa\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  /* The route. */
  "{\"id\": 15, \"course\": \"x\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"x\", \"route\": \"fax\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"x\", \"route\": \"ECPA\", \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"x\", \"route\": null, \"completed_at\": null, " MINUTES ", " NETWORKS "}",
  /* The completion time. */
  "{\"id\": 15, \"course\": \"x\", \"route\": \"ecpa\", " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": \"2026-11-05T03:43:18\", " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": \"2026-11-05\", " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": \"yesterday\", " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": 1764000000, " MINUTES ", " NETWORKS "}",
  "{\"id\": 15, \"course\": \"x\", \"route\": \"ecpa\", \"completed_at\": \"1970-01-01T00:00:00+00:00\", " MINUTES ", " NETWORKS "}",
  /* The minutes. */
  "{" RECORD_HEAD ", " NETWORKS "}",
  "{" RECORD_HEAD ", \"minutes\": [120, 0, 90], " NETWORKS "}",
  "{" RECORD_HEAD ", \"minutes\": {\"lifelong\": 120, \"teacher\": 0}, " NETWORKS "}",
  "{" RECORD_HEAD ", \"minutes\": {\"lifelong\": 120, \"teacher\": 0, \"env\": \"90\"}, " NETWORKS "}",
  "{" RECORD_HEAD ", \"minutes\": {\"lifelong\": 1.5, \"teacher\": 0, \"env\": 90}, " NETWORKS "}",
  "{" RECORD_HEAD ", \"minutes\": {\"lifelong\": -1, \"teacher\": 0, \"env\": 90}, " NETWORKS "}",
  "{" RECORD_HEAD ", \"minutes\": {\"lifelong\": 99999999999, \"teacher\": 0, \"env\": 90}, " NETWORKS "}",
  "{" RECORD_HEAD ", \"minutes\": {\"lifelong\": null, \"teacher\": 0, \"env\": 90}, " NETWORKS "}",
  /* The networks array. */
  "{" RECORD_HEAD ", " MINUTES "}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": {}}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": []}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER "]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", " NETWORK_ENV ", " NETWORK_ENV "]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_TEACHER ", " NETWORK_LIFELONG ", " NETWORK_ENV "]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", \"env\"]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", null]}",
  /* One verdict: unknown ids. */
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"environment\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"waiting\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"not-eligible\", \"reason\": \"bad-luck\", \"remedy\": null, \"date\": null, \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"pray\", \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  /* One verdict: wrong types and missing members. */
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": 1, \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"remedy\": \"wait\", \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": 3, \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026-12-03\"}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026-12-03\", \"date_is_estimate\": \"no\"}]}",
  /* One verdict: bad dates. */
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026-02-30\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026/12/03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"115-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date\": \"2026-12-03T00:00:00+08:00\", \"date_is_estimate\": false}]}",
  /* One verdict: members that contradict the status. */
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"pending\", \"reason\": null, \"remedy\": \"wait\", \"date\": null, \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"uploaded\", \"reason\": \"no-env-account\", \"remedy\": null, \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"not-eligible\", \"reason\": null, \"remedy\": null, \"date\": null, \"date_is_estimate\": false}]}",
  "{" RECORD_HEAD ", " MINUTES ", \"networks\": [" NETWORK_LIFELONG ", " NETWORK_TEACHER ", "
  "{\"network\": \"env\", \"status\": \"never\", \"reason\": \"social-login\", \"remedy\": \"restudy\", \"date\": \"2026-12-03\", \"date_is_estimate\": false}]}",
};

static void
test_malformed_record (gconstpointer data)
{
  const char *const *text = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecord) record = record_from (*text, &error);

  g_assert_null (record);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

#define STATE_OBJECT                                                                       \
  "{\"identity\": \"educator\", \"kind\": \"official\","                                   \
  " \"official_since\": \"2026-11-20T10:00:00+08:00\", \"relogin_at\": null,"              \
  " \"personnel_category\": 10, \"personnel_category_since\": null,"                       \
  " \"env_account_since\": \"2025-10-26T03:43:18+08:00\", \"env_service_unit_ok\": false," \
  " \"env_service_unit_since\": null}"
#define STATE "\"account_state\": " STATE_OBJECT
#define PAGE_TAIL "\"cursor\": \"MTYuMTY\", \"has_more\": false"

static void
test_page (void)
{
  const char *text = "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [" RECORD
                     ", {\"id\": 1, \"deleted\": true}], \"cursor\": \"MTYuMTY\", \"has_more\": true}";
  g_autoptr (JsonNode) root = parse (text);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecordsPage) page = ec_api_json_to_records_page (root, &error);
  EcRecord *tombstone;

  g_assert_no_error (error);
  g_assert_cmpuint (page->records->len, ==, 2);
  g_assert_cmpint (((EcRecord *) g_ptr_array_index (page->records, 0))->id, ==, 15);
  tombstone = g_ptr_array_index (page->records, 1);
  g_assert_true (tombstone->deleted);
  g_assert_cmpstr (page->cursor, ==, "MTYuMTY");
  g_assert_true (page->has_more);
  g_assert_false (page->not_modified);
  g_assert_null (page->etag);
  g_assert_nonnull (page->account_state);
  g_assert_cmpint (page->account_state->identity, ==, EC_IDENTITY_EDUCATOR);
  g_assert_cmpint (page->account_state->kind, ==, EC_ACCOUNT_KIND_OFFICIAL);
  g_assert_cmpint (page->account_state->official_since, ==, ec_time_from_iso8601 ("2026-11-20T10:00:00+08:00", NULL));
  g_assert_cmpint (page->account_state->relogin_at, ==, EC_TIME_NEVER);
  g_assert_cmpuint (page->account_state->personnel_category, ==, 10);
  g_assert_cmpint (page->account_state->env_account_since, ==, ec_time_from_iso8601 ("2025-10-26T03:43:18+08:00", NULL));
  g_assert_false (page->account_state->env_service_unit_ok);
  g_assert_cmpint (page->as_of, ==, ec_time_from_iso8601 ("2026-11-30T03:43:22+08:00", NULL));
}

static void
test_empty_page (void)
{
  g_autoptr (JsonNode) root = parse ("{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [], " PAGE_TAIL "}");
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecordsPage) page = ec_api_json_to_records_page (root, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (page->records->len, ==, 0);
}

static const char *const malformed_pages[] = {
  "[]",
  "\"records\"",
  "null",
  "{}",
  /* as_of */
  "{" STATE ", \"records\": [], " PAGE_TAIL "}",
  "{\"as_of\": null, " STATE ", \"records\": [], " PAGE_TAIL "}",
  "{\"as_of\": \"2026-11-30\", " STATE ", \"records\": [], " PAGE_TAIL "}",
  "{\"as_of\": 1764445402, " STATE ", \"records\": [], " PAGE_TAIL "}",
  /* account_state */
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", \"records\": [], " PAGE_TAIL "}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", \"account_state\": null, \"records\": [], " PAGE_TAIL "}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", \"account_state\": [], \"records\": [], " PAGE_TAIL "}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", \"account_state\": {}, \"records\": [], " PAGE_TAIL "}",
  /* An account state half understood would raise a wrong banner. */
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", \"account_state\": {\"identity\": 3, \"kind\": null,"
  " \"official_since\": \"yesterday\", \"relogin_at\": 5, \"personnel_category\": \"10\","
  " \"personnel_category_since\": null, \"env_account_since\": \"2025-10-26T03:43:18+08:00\","
  " \"env_service_unit_ok\": \"no\", \"env_service_unit_since\": null}, \"records\": [], " PAGE_TAIL "}",
  /* records */
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", " PAGE_TAIL "}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": {}, " PAGE_TAIL "}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": null, " PAGE_TAIL "}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [15], " PAGE_TAIL "}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [" RECORD ", null], " PAGE_TAIL "}",
  /* One bad record spoils the page: nothing of it is kept. */
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [" RECORD ", {\"id\": 2}], " PAGE_TAIL "}",
  /* cursor and has_more */
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [], \"has_more\": false}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [], \"cursor\": \"\", \"has_more\": false}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [], \"cursor\": 16, \"has_more\": false}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [], \"cursor\": \"MTYuMTY\"}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [], \"cursor\": \"MTYuMTY\", \"has_more\": 0}",
  "{\"as_of\": \"2026-11-30T03:43:22+08:00\", " STATE ", \"records\": [], \"cursor\": \"MTYuMTY\", \"has_more\": \"false\"}",
};

static void
test_malformed_page (gconstpointer data)
{
  const char *const *text = data;
  g_autoptr (JsonNode) root = parse (*text);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcRecordsPage) page = ec_api_json_to_records_page (root, &error);

  g_assert_null (page);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

#define ACCOUNT                                                                          \
  "{\"login\": \"lin.meihua\", \"type\": \"gov-tw\", \"kind\": \"natural-person\","      \
  " \"official_since\": null, \"relogin_at\": null, \"name\": \"林美華\","            \
  " \"id_number_masked\": \"F******450\", \"identity\": \"educator\","                   \
  " \"personnel_category\": 10, \"env_account\": false, \"env_service_unit_ok\": false," \
  " \"agency_oid\": null}"

static void
test_account (void)
{
  g_autoptr (JsonNode) root = parse (ACCOUNT);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) account = ec_api_json_to_account (json_node_get_object (root), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (account->login, ==, "lin.meihua");
  g_assert_cmpint (account->type, ==, EC_ACCOUNT_TYPE_GOV_TW);
  g_assert_cmpint (account->kind, ==, EC_ACCOUNT_KIND_NATURAL_PERSON);
  g_assert_cmpstr (account->name, ==, "林美華");
  g_assert_cmpstr (account->id_number_masked, ==, "F******450");
  g_assert_cmpint (account->identity, ==, EC_IDENTITY_EDUCATOR);
  g_assert_cmpuint (account->personnel_category, ==, 10);
  g_assert_false (account->env_account);
  g_assert_null (account->agency_oid);
  g_assert_false (ec_account_get_relogin_needed (account));
}

/* A converted account not yet logged in to again: said plainly, and
 * agreeing with the times. */
static void
test_account_relogin_needed (void)
{
  g_autoptr (JsonNode) root = parse (
      "{\"login\": \"wu.jiahao\", \"type\": \"gov-tw\", \"kind\": \"official\","
      " \"official_since\": \"2026-11-30T03:42:21+08:00\", \"relogin_at\": \"2026-11-30T03:00:00+08:00\","
      " \"relogin_needed\": true, \"name\": \"吳家豪\", \"id_number_masked\": null,"
      " \"identity\": \"civil-servant\", \"personnel_category\": 1, \"env_account\": false,"
      " \"env_service_unit_ok\": false, \"agency_oid\": null}");
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) account = ec_api_json_to_account (json_node_get_object (root), &error);

  g_assert_no_error (error);
  g_assert_true (ec_account_get_relogin_needed (account));

  /* The second of the conversion itself counts as logged in again. */
  g_assert_false (ec_account_relogin_needed (100, 100));
  g_assert_true (ec_account_relogin_needed (100, 99));
  g_assert_true (ec_account_relogin_needed (100, EC_TIME_NEVER));
  g_assert_false (ec_account_relogin_needed (EC_TIME_NEVER, EC_TIME_NEVER));
}

static const char *const malformed_accounts[] = {
  "{}",
  /* relogin_needed contradicts the times (never converted). */
  "{\"login\": \"x\", \"type\": \"ecpa\", \"kind\": \"official\", \"official_since\": null,"
  " \"relogin_at\": null, \"relogin_needed\": true, \"name\": \"X\", \"id_number_masked\": null,"
  " \"identity\": \"educator\", \"personnel_category\": 10, \"env_account\": false,"
  " \"env_service_unit_ok\": false, \"agency_oid\": null}",
  "{\"login\": \"x\", \"type\": \"ecpa\", \"kind\": \"official\","
  " \"official_since\": \"2026-11-30T03:42:21+08:00\", \"relogin_at\": null, \"relogin_needed\": \"yes\","
  " \"name\": \"X\", \"id_number_masked\": null, \"identity\": \"educator\", \"personnel_category\": 10,"
  " \"env_account\": false, \"env_service_unit_ok\": false, \"agency_oid\": null}",
  "{\"login\": \"lin.meihua\"}",
  /* A type this client does not know is not taken for any other. */
  "{\"login\": \"x\", \"type\": \"line\", \"kind\": \"official\", \"official_since\": null,"
  " \"relogin_at\": null, \"name\": \"X\", \"id_number_masked\": null, \"identity\": \"educator\","
  " \"personnel_category\": 10, \"env_account\": false, \"env_service_unit_ok\": false, \"agency_oid\": null}",
  "{\"login\": \"x\", \"type\": \"ecpa\", \"kind\": \"official\", \"official_since\": null,"
  " \"relogin_at\": null, \"name\": \"X\", \"id_number_masked\": null, \"identity\": \"educator\","
  " \"personnel_category\": -1, \"env_account\": false, \"env_service_unit_ok\": false, \"agency_oid\": null}",
};

static void
test_malformed_account (gconstpointer data)
{
  const char *const *text = data;
  g_autoptr (JsonNode) root = parse (*text);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) account = ec_api_json_to_account (json_node_get_object (root), &error);

  g_assert_null (account);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

#define FORM                                                                              \
  "{\"member_account\": \"lin.meihua\", \"application_date\": \"2026-11-30\","            \
  " \"application_date_roc\": \"民國 115年11月30日\", \"name\": \"林美華\","      \
  " \"item_text\": \"自然人轉公務員(待審中)\", \"agency_name\": \"內政部\"," \
  " \"agency_oid\": \"2.16.886.101.20003.20001\", \"fax\": \"(02)2192-7186\","            \
  " \"phone\": \"02-2192-7111\"}"

/* docs/api.md's example application. */
#define REQUEST                                                                                   \
  "{\"id\": 2, \"item\": \"natural-to-official\", \"status\": \"pending\","                       \
  " \"reply\": \"submitted\", \"reply_text\": \"已送出申請\", \"reason\": \"學校教師\"," \
  " \"agency_oid\": \"2.16.886.101.20003.20001\", \"agency_name\": \"內政部\","                \
  " \"created_at\": \"2026-11-30T03:42:21+08:00\", \"decided_at\": null,"                         \
  " \"decision_reason\": null, \"form\": " FORM "}"

static JsonObject *
parse_object (const char *text)
{
  g_autoptr (JsonNode) root = parse (text);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

static void
test_account_request (void)
{
  g_autoptr (JsonObject) object = parse_object (REQUEST);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccountRequest) request = ec_api_json_to_account_request (object, &error);
  g_autoptr (EcAccountRequest) copy = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (request->id, ==, 2);
  g_assert_cmpint (request->status, ==, EC_ACCOUNT_REQUEST_STATUS_PENDING);
  g_assert_cmpint (request->reply, ==, EC_CONVERSION_REPLY_SUBMITTED);
  g_assert_cmpstr (request->reply_text, ==, "已送出申請");
  g_assert_cmpstr (request->agency_name, ==, "內政部");
  g_assert_cmpint (request->created_at, ==, ec_time_from_iso8601 ("2026-11-30T03:42:21+08:00", NULL));
  g_assert_cmpint (request->decided_at, ==, EC_TIME_NEVER);
  g_assert_null (request->decision_reason);
  g_assert_cmpstr (request->form->member_account, ==, "lin.meihua");
  g_assert_cmpstr (request->form->application_date_roc, ==, "民國 115年11月30日");
  g_assert_cmpuint (g_date_get_day (&request->form->application_date), ==, 30);
  g_assert_cmpstr (request->form->fax, ==, "(02)2192-7186");

  copy = ec_account_request_copy (request);
  g_assert_cmpstr (copy->form->name, ==, "林美華");
  g_assert_true (copy->form != request->form);
}

/* Without the service's ROC date the core writes it; an agency the
 * directory does not know has no name. */
static void
test_request_form_defaults (void)
{
  g_autoptr (JsonObject) object = parse_object (REQUEST);
  JsonObject *form = json_object_get_object_member (object, "form");
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccountRequest) request = NULL;

  json_object_set_null_member (form, "application_date_roc");
  json_object_set_null_member (form, "agency_name");
  json_object_set_string_member (form, "application_date", "2012-12-03");
  request = ec_api_json_to_account_request (object, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (request->form->application_date_roc, ==, "民國 101年12月03日");
  g_assert_null (request->form->agency_name);
}

/* A member of the request or of its form removed (value NULL) or replaced. */
typedef struct {
  const char *form_member; /* NULL: a member of the request itself */
  const char *member;
  const char *value;
} RequestCase;

static const RequestCase malformed_requests[] = {
  { NULL, "id", NULL },
  { NULL, "id", "0" },
  { NULL, "status", "\"lost\"" },
  { NULL, "reply", "\"maybe\"" },
  { NULL, "reply_text", NULL },
  { NULL, "agency_oid", "\"\"" },
  { NULL, "created_at", "null" },
  { NULL, "decided_at", "\"2026-12-01T00:00:00+08:00\"" }, /* decided while pending */
  { NULL, "form", NULL },
  { NULL, "form", "null" }, /* only a converted request has no form */
  { NULL, "form", "[]" },
  { "", "member_account", NULL },
  { "", "application_date", NULL },
  { "", "application_date", "\"2026-02-30\"" },
  { "", "name", "null" },
  { "", "item_text", NULL },
  { "", "agency_oid", "{}" },
  { "", "fax", NULL },
  { "", "phone", NULL },
  { "", "member_account", "42" },
  { "", "application_date_roc", NULL },
  { "", "application_date_roc", "[]" },
  { "", "agency_name", NULL },
};

static void
test_malformed_request (gconstpointer data)
{
  const RequestCase *c = data;
  g_autoptr (JsonObject) object = parse_object (REQUEST);
  JsonObject *target = c->form_member != NULL ? json_object_get_object_member (object, "form") : object;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccountRequest) request = NULL;

  if (c->value == NULL)
    json_object_remove_member (target, c->member);
  else
    json_object_set_member (target, c->member, parse (c->value));

  request = ec_api_json_to_account_request (object, &error);
  g_assert_null (request);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

static void
test_account_requests (void)
{
  g_autoptr (JsonObject) reply = parse_object ("{\"applications\": [" REQUEST ", " REQUEST "]}");
  g_autoptr (JsonObject) bad = parse_object ("{\"applications\": [" REQUEST ", 3]}");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) requests = ec_api_json_to_account_requests (reply, &error);
  g_autoptr (GPtrArray) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 2);

  /* All or nothing. */
  none = ec_api_json_to_account_requests (bad, &error);
  g_assert_null (none);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

static void
test_masked_accounts (void)
{
  g_autoptr (JsonObject) reply = parse_object (
      "{\"accounts\": [{\"account\": \"wa****\", \"type\": \"ecpa\", \"name\": \"王大明\", \"identity\": \"official\"},"
      " {\"account\": \"wa****2\", \"type\": \"gov-tw\", \"name\": \"王大明\", \"identity\": \"natural-person\"}]}");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) accounts = ec_api_json_to_masked_accounts (reply, &error);
  const EcMaskedAccount *second;

  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 2);
  second = g_ptr_array_index (accounts, 1);
  g_assert_cmpstr (second->login_masked, ==, "wa****2");
  g_assert_cmpint (second->type, ==, EC_ACCOUNT_TYPE_GOV_TW);
  g_assert_cmpint (second->kind, ==, EC_ACCOUNT_KIND_NATURAL_PERSON);
}

static const char *const malformed_lookups[] = {
  "{}",
  "{\"accounts\": {}}",
  "{\"accounts\": [\"wa****\"]}",
  /* A certificate is never an official account: a lookup listing one is
   * not the API. */
  "{\"accounts\": [{\"account\": \"C****\", \"type\": \"certificate\", \"name\": \"王\", \"identity\": \"official\"}]}",
  "{\"accounts\": [{\"account\": \"wa****\", \"type\": \"ecpa\", \"name\": \"王\", \"identity\": \"civil-servant\"}]}",
  "{\"accounts\": [{\"account\": \"\", \"type\": \"ecpa\", \"name\": \"王\", \"identity\": \"official\"}]}",
};

static void
test_malformed_lookup (gconstpointer data)
{
  const char *const *text = data;
  g_autoptr (JsonObject) reply = parse_object (*text);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) accounts = ec_api_json_to_masked_accounts (reply, &error);

  g_assert_null (accounts);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

#define PROFILE                                                                                   \
  "{\"name\": \"陳志明\", \"birthday\": \"1990-03-15\", \"id_number_masked\": \"B******460\"," \
  " \"address\": null, \"phone\": null, \"missing\": [\"address\", \"phone\"], \"advanced\": false}"

static void
test_profile (void)
{
  g_autoptr (JsonObject) reply = parse_object (PROFILE);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcProfile) profile = ec_api_json_to_profile (reply, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (profile->name, ==, "陳志明");
  g_assert_cmpstr (profile->birthday, ==, "1990-03-15");
  g_assert_null (profile->address);
  g_assert_null (profile->passport_masked);
  g_assert_cmpuint (profile->missing, ==, EC_PROFILE_MISSING_ADDRESS | EC_PROFILE_MISSING_PHONE);
}

static const char *const malformed_profiles[] = {
  "{}",
  "{\"name\": \"陳志明\", \"birthday\": 1990, \"id_number_masked\": null, \"address\": null, \"phone\": null,"
  " \"missing\": [], \"advanced\": true}",
  /* A field this build cannot ask for. */
  "{\"name\": \"陳志明\", \"birthday\": null, \"id_number_masked\": null, \"address\": null, \"phone\": null,"
  " \"missing\": [\"fingerprint\"], \"advanced\": false}",
  /* advanced contradicts missing. */
  "{\"name\": \"陳志明\", \"birthday\": null, \"id_number_masked\": null, \"address\": null, \"phone\": null,"
  " \"missing\": [\"phone\"], \"advanced\": true}",
  "{\"name\": \"陳志明\", \"birthday\": null, \"id_number_masked\": null, \"address\": null, \"phone\": null,"
  " \"missing\": [1], \"advanced\": false}",
  "{\"name\": \"陳志明\", \"birthday\": null, \"id_number_masked\": null, \"address\": null, \"phone\": null,"
  " \"passport_masked\": 7, \"missing\": [], \"advanced\": true}",
};

static void
test_malformed_profile (gconstpointer data)
{
  const char *const *text = data;
  g_autoptr (JsonObject) reply = parse_object (*text);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcProfile) profile = ec_api_json_to_profile (reply, &error);

  g_assert_null (profile);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

static void
test_agency (void)
{
  g_autoptr (JsonObject) reply = parse_object ("{\"oid\": \"2.16.886.101.20003.20022\", \"name\": \"行政院研究發展考核委員會\"}");
  g_autoptr (JsonObject) bad = parse_object ("{\"oid\": \"2.16.886.101.20003.20022\", \"name\": \"\"}");
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAgency) agency = ec_api_json_to_agency (reply, &error);
  g_autoptr (EcAgency) nameless = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (agency->name, ==, "行政院研究發展考核委員會");
  nameless = ec_api_json_to_agency (bad, &error);
  g_assert_null (nameless);
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
}

static void
test_null_input (void)
{
  g_autoptr (GError) record_error = NULL;
  g_autoptr (GError) page_error = NULL;

  g_assert_null (ec_api_json_to_record (NULL, &record_error));
  g_assert_error (record_error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
  g_assert_null (ec_api_json_to_records_page (NULL, &page_error));
  g_assert_error (page_error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);

  /* Callers that do not care why may pass no error. */
  g_assert_null (ec_api_json_to_records_page (NULL, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api-json/record", test_record);
  g_test_add_func ("/api-json/not-completed", test_not_completed);
  g_test_add_func ("/api-json/not-civil-service", test_not_civil_service);
  g_test_add_func ("/api-json/tombstone", test_tombstone);
  g_test_add_func ("/api-json/null-input", test_null_input);
  EC_TEST_ADD_CASES ("/api-json/malformed", malformed_records, test_malformed_record);
  g_test_add_func ("/api-json/page", test_page);
  g_test_add_func ("/api-json/empty-page", test_empty_page);
  EC_TEST_ADD_CASES ("/api-json/malformed-page", malformed_pages, test_malformed_page);
  g_test_add_func ("/api-json/account", test_account);
  g_test_add_func ("/api-json/account-relogin-needed", test_account_relogin_needed);
  EC_TEST_ADD_CASES ("/api-json/malformed-account", malformed_accounts, test_malformed_account);
  g_test_add_func ("/api-json/account-request", test_account_request);
  g_test_add_func ("/api-json/request-form-defaults", test_request_form_defaults);
  EC_TEST_ADD_CASES ("/api-json/malformed-request", malformed_requests, test_malformed_request);
  g_test_add_func ("/api-json/account-requests", test_account_requests);
  g_test_add_func ("/api-json/masked-accounts", test_masked_accounts);
  EC_TEST_ADD_CASES ("/api-json/malformed-lookup", malformed_lookups, test_malformed_lookup);
  g_test_add_func ("/api-json/profile", test_profile);
  EC_TEST_ADD_CASES ("/api-json/malformed-profile", malformed_profiles, test_malformed_profile);
  g_test_add_func ("/api-json/agency", test_agency);

  return g_test_run ();
}
