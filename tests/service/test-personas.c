/* test-personas.c: every demo persona's path, end to end, through the API
 * only, against `elearn-sim --seed=demo --admin` (docs/demo.md).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-service.h"

typedef EcTestService Fixture;

static const char *const args[] = { "--seed=demo", "--admin", NULL };

/* The verdict of one network of one course of the logged-in account's
 * record, as "status/reason/remedy" so that a test states it in one line;
 * NULL if the course is not in this account's record. */
static char *
verdict (Fixture    *fixture,
         const char *token,
         const char *course,
         const char *network)
{
  g_autoptr (JsonNode) reply = ec_test_service_call (fixture, "GET", "/api/v1/records?limit=1000", token, NULL, 200);
  JsonArray *records = json_object_get_array_member (json_node_get_object (reply), "records");

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      JsonArray  *networks;

      if (g_strcmp0 (json_object_get_string_member (record, "course"), course) != 0)
        continue;

      networks = json_object_get_array_member (record, "networks");
      for (guint n = 0; n < json_array_get_length (networks); n++)
        {
          JsonObject *v = json_array_get_object_element (networks, n);

          if (g_strcmp0 (json_object_get_string_member (v, "network"), network) == 0)
            return g_strdup_printf ("%s/%s/%s", json_object_get_string_member (v, "status"),
                                    json_object_get_string_member_with_default (v, "reason", "-"),
                                    json_object_get_string_member_with_default (v, "remedy", "-"));
        }
    }

  return NULL;
}

#define assert_verdict(fixture, token, course, network, expected)    \
  G_STMT_START                                                       \
  {                                                                  \
    g_autofree char *_v = verdict (fixture, token, course, network); \
    g_assert_cmpstr (_v, ==, expected);                              \
  }                                                                  \
  G_STMT_END

static JsonObject *
application_of (JsonNode *reply)
{
  return json_object_get_object_member (json_node_get_object (reply), "application");
}

/* 1. 王大明: an official eCPA account, hours uploaded; the bound
 * certificate is the same account. */
static void
test_civil_servant_ecpa (Fixture      *fixture,
                         gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "wang.daming", "demo2026");
  g_autofree char *cert = NULL;
  g_autoptr (JsonNode) me = NULL;

  assert_verdict (fixture, token, "公務倫理與廉政", "lifelong", "uploaded/-/-");
  assert_verdict (fixture, token, "氣候變遷與淨零排放", "env", "uploaded/-/-");
  assert_verdict (fixture, token, "公務倫理與廉政", "env", "not-eligible/no-certified-hours/-");

  cert = ec_test_service_login (fixture, "certificate", "CERT-WANG-0001", "123456");
  me = ec_test_service_call (fixture, "GET", "/api/v1/me", cert, NULL, 200);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (me), "route"), ==, "certificate-bound");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_node_get_object (me), "account"), "login"),
                   ==, "wang.daming");
  assert_verdict (fixture, cert, "個人資料保護法實務", "lifelong", "uploaded/-/-");
}

/* 2. 林美華: a teacher with only a natural-person account.  The check
 * finds it, the conversion is submitted with its form, the service centre
 * approves, and her hours upload only after she logs in again. */
static void
test_teacher_natural_person (Fixture      *fixture,
                             gconstpointer user_data)
{
  g_autoptr (JsonNode) lookup = ec_test_service_call (fixture, "POST", "/api/v1/account-lookup", NULL,
                                                      "{\"id_number\": \"F222334450\", \"name\": \"林美華\"}", 200);
  JsonArray       *accounts = json_object_get_array_member (json_node_get_object (lookup), "accounts");
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", "demo2026");
  g_autofree char *again = NULL;
  g_autofree char *later = NULL;
  g_autofree char *approve = NULL;
  g_autoptr (JsonNode) created = NULL;
  g_autoptr (JsonNode) approved = NULL;
  JsonObject *application, *form;

  g_assert_cmpuint (json_array_get_length (accounts), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (accounts, 0), "identity"), ==, "natural-person");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (accounts, 0), "account"), ==, "li****");

  assert_verdict (fixture, token, "正向管教與班級經營", "lifelong", "not-eligible/not-official-account/convert-account");
  assert_verdict (fixture, token, "正向管教與班級經營", "teacher", "not-eligible/not-official-account/convert-account");

  created = ec_test_service_call (fixture, "POST", "/api/v1/applications", token,
                                  "{\"item\": \"natural-to-official\", \"agency_oid\": \"2.16.886.101.20003.20001\","
                                  " \"reason\": \"公立學校教師\"}",
                                  201);
  application = application_of (created);
  g_assert_cmpstr (json_object_get_string_member (application, "reply"), ==, "submitted");
  g_assert_cmpstr (json_object_get_string_member (application, "reply_text"), ==, "已送出申請");
  g_assert_cmpstr (json_object_get_string_member (application, "status"), ==, "pending");
  form = json_object_get_object_member (application, "form");
  g_assert_nonnull (form);
  g_assert_cmpstr (json_object_get_string_member (form, "item_text"), ==, "自然人轉公務員(待審中)");
  g_assert_cmpstr (json_object_get_string_member (form, "agency_name"), ==, "內政部");
  g_assert_cmpstr (json_object_get_string_member (form, "fax"), ==, "(02)2192-7186");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (form, "application_date_roc"), "民國 "));

  approve = g_strdup_printf ("/admin/applications/%" G_GINT64_FORMAT "/approve",
                             json_object_get_int_member (application, "id"));
  approved = ec_test_service_call (fixture, "POST", approve, NULL, NULL, 200);
  g_assert_cmpstr (json_object_get_string_member (application_of (approved), "status"), ==, "approved");

  /* Official now, but the platform updates only at the next login. */
  assert_verdict (fixture, token, "正向管教與班級經營", "lifelong", "not-eligible/relogin-needed/log-in-again");

  again = ec_test_service_login (fixture, "gov-tw", "lin.meihua", "demo2026");
  assert_verdict (fixture, again, "正向管教與班級經營", "lifelong", "pending/-/wait");
  assert_verdict (fixture, again, "正向管教與班級經營", "teacher", "pending/-/wait");

  ec_test_service_advance_days (fixture, 10);
  later = ec_test_service_login (fixture, "gov-tw", "lin.meihua", "demo2026");
  assert_verdict (fixture, later, "正向管教與班級經營", "lifelong", "uploaded/-/-");
  assert_verdict (fixture, later, "正向管教與班級經營", "teacher", "uploaded/-/-");
}

/* 3. 陳志明: not an advanced member until his profile is complete; then
 * the roster shows an eCPA account: 「已存在CPA帳號，已送出申請」. */
static void
test_contract_staff_ecpa_exists (Fixture      *fixture,
                                 gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "chen.zhiming", "demo2026");
  const char      *body = "{\"item\": \"natural-to-official\", \"agency_oid\": \"2.16.886.101.20003.20064\","
                          " \"reason\": \"約聘人員因業務需要\"}";
  g_autoptr (JsonNode) refused = ec_test_service_call (fixture, "POST", "/api/v1/applications", token, body, 422);
  g_autoptr (JsonNode) profile = NULL;
  g_autoptr (JsonNode) created = NULL;
  JsonObject *error = json_object_get_object_member (json_node_get_object (refused), "error");
  JsonArray  *missing = json_object_get_array_member (error, "missing");
  JsonObject *application;

  g_assert_cmpstr (json_object_get_string_member (error, "code"), ==, "not_advanced_member");
  g_assert_cmpuint (json_array_get_length (missing), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (missing, 0), ==, "address");
  g_assert_cmpstr (json_array_get_string_element (missing, 1), ==, "phone");

  profile = ec_test_service_call (fixture, "PUT", "/api/v1/profile", token,
                                  "{\"address\": \"臺北市中正區重慶南路一段122號\", \"phone\": \"02-2311-3731\"}", 200);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (profile), "advanced"));

  created = ec_test_service_call (fixture, "POST", "/api/v1/applications", token, body, 201);
  application = application_of (created);
  g_assert_cmpstr (json_object_get_string_member (application, "reply"), ==, "ecpa-exists");
  g_assert_cmpstr (json_object_get_string_member (application, "reply_text"), ==, "已存在CPA帳號，已送出申請");
  g_assert_cmpstr (json_object_get_string_member (application, "status"), ==, "pending");
  g_assert_nonnull (json_object_get_object_member (application, "form"));
}

/* 4. 張雅婷: hours studied with the social account never upload; with
 * her 我的e政府 account the environmental-education hours do.  Lifelong
 * hours are credited to civil-service staff only: not hers, whichever
 * account she studied with, and nothing to convert. */
static void
test_general_public_social (Fixture      *fixture,
                            gconstpointer user_data)
{
  g_autofree char *social = ec_test_service_login (fixture, "social", "facebook:chang.yating", "demo2026");
  g_autofree char *gov_tw = ec_test_service_login (fixture, "gov-tw", "chang.yating", "demo2026");
  g_autofree char *elsewhere = NULL;

  assert_verdict (fixture, social, "認識海洋廢棄物", "lifelong", "not-eligible/not-civil-service/-");
  assert_verdict (fixture, social, "認識海洋廢棄物", "env", "never/social-login/restudy");

  assert_verdict (fixture, gov_tw, "永續生活與綠色消費", "env", "uploaded/-/-");
  assert_verdict (fixture, gov_tw, "永續生活與綠色消費", "lifelong", "not-eligible/not-civil-service/-");
  assert_verdict (fixture, gov_tw, "節能減碳在家做", "env", "pending/-/wait");

  /* The social account's records are its own: they never show up in the
   * 我的e政府 account's record. */
  elsewhere = verdict (fixture, gov_tw, "認識海洋廢棄物", "env");
  g_assert_null (elsewhere);
}

/* 5. 李建國: a certificate that was never bound logs in to a separate
 * account whose records never merge. */
static void
test_unbound_certificate (Fixture      *fixture,
                          gconstpointer user_data)
{
  g_autofree char *cert = ec_test_service_login (fixture, "certificate", "CERT-LI-0001", "654321");
  g_autofree char *ecpa = ec_test_service_login (fixture, "ecpa", "li.jianguo", "demo2026");
  g_autofree char *merged = NULL;
  g_autoptr (JsonNode) me = ec_test_service_call (fixture, "GET", "/api/v1/me", cert, NULL, 200);

  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (me), "route"), ==, "certificate-unbound");
  assert_verdict (fixture, cert, "行政程序法概要", "lifelong", "not-eligible/unbound-certificate/bind-certificate");
  assert_verdict (fixture, ecpa, "資訊安全通識", "lifelong", "uploaded/-/-");

  merged = verdict (fixture, ecpa, "行政程序法概要", "lifelong");
  g_assert_null (merged);
}

/* 6. 黃淑芬: environmental-education hours wait for an account on that
 * network; once she has one they upload three working days later. */
static void
test_env_hours_without_env_account (Fixture      *fixture,
                                    gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "ecpa", "huang.shufen", "demo2026");
  g_autofree char *later = NULL;

  assert_verdict (fixture, token, "水資源保育與永續", "env", "not-eligible/no-env-account/create-env-account");
  assert_verdict (fixture, token, "水資源保育與永續", "lifelong", "uploaded/-/-");

  ec_test_service_admin (fixture, "POST", "/admin/accounts/huang.shufen/env-account", "{\"service_unit_ok\": true}",
                         200);
  assert_verdict (fixture, token, "水資源保育與永續", "env", "pending/-/wait");

  ec_test_service_advance_days (fixture, 10);
  later = ec_test_service_login (fixture, "ecpa", "huang.shufen", "demo2026");
  assert_verdict (fixture, later, "水資源保育與永續", "env", "uploaded/-/-");
}

/* 7. 吳家豪: the conversion succeeds at once; the hours he studied as a
 * natural person upload after he logs in again. */
static void
test_conversion_succeeds (Fixture      *fixture,
                          gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "wu.jiahao", "demo2026");
  g_autofree char *again = NULL;
  g_autofree char *later = NULL;
  g_autoptr (JsonNode) created = NULL;
  JsonObject *application;

  assert_verdict (fixture, token, "政府資料開放應用", "lifelong", "not-eligible/not-official-account/convert-account");

  created = ec_test_service_call (fixture, "POST", "/api/v1/applications", token,
                                  "{\"item\": \"natural-to-official\", \"agency_oid\": \"2.16.886.101.20003.20022\","
                                  " \"reason\": \"到職\"}",
                                  201);
  application = application_of (created);
  g_assert_cmpstr (json_object_get_string_member (application, "reply"), ==, "converted");
  g_assert_cmpstr (json_object_get_string_member (application, "reply_text"), ==,
                   "人事行政局資料比對成功，轉換作業完成，請重新登入");
  g_assert_cmpstr (json_object_get_string_member (application, "status"), ==, "completed");
  g_assert_true (json_object_get_null_member (application, "form"));

  assert_verdict (fixture, token, "政府資料開放應用", "lifelong", "not-eligible/relogin-needed/log-in-again");

  again = ec_test_service_login (fixture, "gov-tw", "wu.jiahao", "demo2026");
  assert_verdict (fixture, again, "政府資料開放應用", "lifelong", "pending/-/wait");

  ec_test_service_advance_days (fixture, 10);
  later = ec_test_service_login (fixture, "gov-tw", "wu.jiahao", "demo2026");
  assert_verdict (fixture, later, "政府資料開放應用", "lifelong", "uploaded/-/-");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, args, ec_test_service_set_up, func, ec_test_service_tear_down)
  ADD ("/personas/1-civil-servant-ecpa", test_civil_servant_ecpa);
  ADD ("/personas/2-teacher-natural-person", test_teacher_natural_person);
  ADD ("/personas/3-contract-staff-ecpa-exists", test_contract_staff_ecpa_exists);
  ADD ("/personas/4-general-public-social", test_general_public_social);
  ADD ("/personas/5-unbound-certificate", test_unbound_certificate);
  ADD ("/personas/6-env-hours-without-env-account", test_env_hours_without_env_account);
  ADD ("/personas/7-conversion-succeeds", test_conversion_succeeds);
#undef ADD

  return g_test_run ();
}
