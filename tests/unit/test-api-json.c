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
}

static const char *const malformed_accounts[] = {
  "{}",
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
  g_test_add_func ("/api-json/tombstone", test_tombstone);
  g_test_add_func ("/api-json/null-input", test_null_input);
  EC_TEST_ADD_CASES ("/api-json/malformed", malformed_records, test_malformed_record);
  g_test_add_func ("/api-json/page", test_page);
  g_test_add_func ("/api-json/empty-page", test_empty_page);
  EC_TEST_ADD_CASES ("/api-json/malformed-page", malformed_pages, test_malformed_page);
  g_test_add_func ("/api-json/account", test_account);
  EC_TEST_ADD_CASES ("/api-json/malformed-account", malformed_accounts, test_malformed_account);

  return g_test_run ();
}
