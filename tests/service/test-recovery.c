/* test-recovery.c: password recovery by SMS, over real HTTP against
 * elearn-sim.  The "SMS" is read from /admin/sms-codes.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "ec-test-service.h"

#define REQUEST "/api/v1/password-recovery"
#define CONFIRM "/api/v1/password-recovery/confirm"

typedef EcTestService Fixture;

/* 林美華's phone, whole, in the forms people type it: no reply may carry
 * it. */
static const char *const secrets[] = {
  "0912345678",
  "0912-345-678",
  "912 345 678",
  "F222334450",
  NULL,
};

static const char *const admin_args[] = { "--seed=demo", "--admin", NULL };
static const char *const no_admin_args[] = { "--seed=demo", NULL };

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer args)
{
  ec_test_service_set_up (fixture, args);
  fixture->secrets = secrets;
}

/* Asks for a code and checks the one answer the endpoint gives. */
static void
ask_code (Fixture    *fixture,
          const char *route,
          const char *account,
          const char *phone,
          const char *sent_to)
{
  g_autofree char *body = g_strdup_printf ("{\"route\": \"%s\", \"account\": \"%s\", \"phone\": \"%s\"}",
                                           route, account, phone);
  g_autoptr (JsonNode) reply = ec_test_service_call (fixture, "POST", REQUEST, NULL, body, 202);
  JsonObject *object = json_node_get_object (reply);

  g_assert_cmpuint (json_object_get_size (object), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "sent_to"), ==, sent_to);
}

static JsonArray *
sms_codes (Fixture    *fixture,
           const char *account,
           JsonNode  **out_reply)
{
  g_autofree char *path = account != NULL ? g_strdup_printf ("/admin/sms-codes?account=%s", account)
                                          : g_strdup ("/admin/sms-codes");

  *out_reply = ec_test_service_call (fixture, "GET", path, NULL, NULL, 200);
  return json_object_get_array_member (json_node_get_object (*out_reply), "codes");
}

/* The newest code sent to @account. */
static char *
last_code (Fixture    *fixture,
           const char *account)
{
  g_autoptr (JsonNode) reply = NULL;
  JsonArray  *codes = sms_codes (fixture, account, &reply);
  JsonObject *code;
  const char *digits;

  g_assert_cmpuint (json_array_get_length (codes), >=, 1);
  code = json_array_get_object_element (codes, 0);
  g_assert_cmpstr (json_object_get_string_member (code, "account"), ==, account);
  digits = json_object_get_string_member (code, "code");
  g_assert_cmpuint (strlen (digits), ==, 6);
  for (guint i = 0; i < 6; i++)
    g_assert_true (g_ascii_isdigit (digits[i]));
  return g_strdup (digits);
}

static guint
n_codes (Fixture    *fixture,
         const char *account)
{
  g_autoptr (JsonNode) reply = NULL;

  return json_array_get_length (sms_codes (fixture, account, &reply));
}

static JsonNode *
confirm (Fixture    *fixture,
         const char *account,
         const char *code,
         const char *password,
         guint       status)
{
  g_autofree char *body = g_strdup_printf ("{\"route\": \"gov-tw\", \"account\": \"%s\", \"code\": \"%s\", \"new_password\": \"%s\"}",
                                           account, code, password);

  return ec_test_service_call (fixture, "POST", CONFIRM, NULL, body, status);
}

/* Logs in as 林美華, whose password the tests change. */
static JsonNode *
login (Fixture    *fixture,
       const char *password,
       guint       status)
{
  return ec_test_service_login_reply (fixture, "gov-tw", "lin.meihua", password, status);
}

/* The whole path: a code by SMS, a new password, the old sessions ended,
 * and the new password works. */
static void
test_full_recovery (Fixture      *fixture,
                    gconstpointer user_data)
{
  g_autofree char *token = ec_test_service_login (fixture, "gov-tw", "lin.meihua", "demo2026");
  g_autofree char *code = NULL;
  g_autoptr (JsonNode) codes_reply = NULL;
  g_autoptr (JsonNode) done = NULL;
  g_autoptr (JsonNode) old_session = NULL;
  g_autoptr (JsonNode) old_password = NULL;
  g_autoptr (JsonNode) new_password = NULL;
  JsonObject *sms;

  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  code = last_code (fixture, "lin.meihua");

  sms = json_array_get_object_element (sms_codes (fixture, "lin.meihua", &codes_reply), 0);
  g_assert_cmpstr (json_object_get_string_member (sms, "type"), ==, "gov-tw");
  g_assert_false (json_object_get_boolean_member (sms, "used"));
  g_assert_cmpint (ec_test_http_parse_time (json_object_get_string_member (sms, "expires_at"))
                       - ec_test_http_parse_time (json_object_get_string_member (sms, "sent_at")),
                   ==, 10 * 60);

  done = confirm (fixture, "lin.meihua", code, "Spring2027", 204);
  g_assert_null (done);

  old_session = ec_test_service_call (fixture, "GET", "/api/v1/me", token, NULL, 401);
  ec_test_http_assert_error (old_session, "unauthorized", NULL);
  old_password = login (fixture, "demo2026", 401);
  ec_test_http_assert_error (old_password, "invalid_credentials", NULL);
  new_password = login (fixture, "Spring2027", 201);
}

/* The phone is compared by its digits, however it is written. */
static void
test_phone_forms (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autofree char *code = NULL;
  g_autoptr (JsonNode) done = NULL;

  ask_code (fixture, "gov-tw", "lin.meihua", "+886 912 345 678", "09*****678");
  code = last_code (fixture, "lin.meihua");
  done = confirm (fixture, "lin.meihua", code, "Spring2027", 204);
}

/* A wrong phone and an unknown account get the same 202, and nothing is
 * sent. */
static void
test_nothing_sent (Fixture      *fixture,
                   gconstpointer user_data)
{
  ask_code (fixture, "gov-tw", "lin.meihua", "0912-000-678", "09*****678");
  g_assert_cmpuint (n_codes (fixture, "lin.meihua"), ==, 0);

  ask_code (fixture, "gov-tw", "nobody.here", "0912-345-678", "09*****678");
  ask_code (fixture, "ecpa", "lin.meihua", "0912-345-678", "09*****678");
  ask_code (fixture, "ecpa", "wang.daming", "0912-345-678", "09*****678");
  /* 陳志明 has no phone on record. */
  ask_code (fixture, "gov-tw", "chen.zhiming", "0912-345-678", "09*****678");
  g_assert_cmpuint (n_codes (fixture, NULL), ==, 0);

  /* The right phone of an ecpa account does get a code. */
  ask_code (fixture, "ecpa", "wang.daming", "(02)2192-7111", "02*****111");
  g_assert_cmpuint (n_codes (fixture, "wang.daming"), ==, 1);
  g_assert_cmpuint (n_codes (fixture, NULL), ==, 1);
}

static void
test_expired_code (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_autofree char *code = NULL;
  g_autoptr (JsonNode) expired = NULL;
  g_autoptr (JsonNode) still_old = NULL;

  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  code = last_code (fixture, "lin.meihua");
  ec_test_service_advance_seconds (fixture, 11 * 60);

  expired = confirm (fixture, "lin.meihua", code, "Spring2027", 422);
  ec_test_http_assert_error (expired, "invalid_code", "code");
  still_old = login (fixture, "demo2026", 201);
}

static void
test_reused_code (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autofree char *code = NULL;
  g_autoptr (JsonNode) first = NULL;
  g_autoptr (JsonNode) second = NULL;
  g_autoptr (JsonNode) codes_reply = NULL;
  g_autoptr (JsonNode) still_first = NULL;

  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  code = last_code (fixture, "lin.meihua");
  first = confirm (fixture, "lin.meihua", code, "Spring2027", 204);
  second = confirm (fixture, "lin.meihua", code, "Summer2027", 422);
  ec_test_http_assert_error (second, "invalid_code", "code");

  g_assert_true (json_object_get_boolean_member (
      json_array_get_object_element (sms_codes (fixture, "lin.meihua", &codes_reply), 0), "used"));
  still_first = login (fixture, "Spring2027", 201);
}

/* Five wrong codes use the code up, so six digits cannot be guessed. */
static void
test_wrong_codes (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autofree char *code = NULL;
  g_autofree char *wrong = NULL;
  g_autoptr (JsonNode) too_late = NULL;
  g_autoptr (JsonNode) unknown = NULL;

  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  code = last_code (fixture, "lin.meihua");
  wrong = g_strdup_printf ("%06d", (atoi (code) + 1) % 1000000);

  for (int i = 0; i < 5; i++)
    {
      g_autoptr (JsonNode) reply = confirm (fixture, "lin.meihua", i == 4 ? "12345" : wrong, "Spring2027", 422);

      ec_test_http_assert_error (reply, "invalid_code", "code");
    }

  too_late = confirm (fixture, "lin.meihua", code, "Spring2027", 422);
  ec_test_http_assert_error (too_late, "invalid_code", "code");

  /* An account that never got a code answers the same. */
  unknown = confirm (fixture, "nobody.here", code, "Spring2027", 422);
  ec_test_http_assert_error (unknown, "invalid_code", "code");
}

/* A weak password is refused without using up the code. */
static void
test_weak_password (Fixture      *fixture,
                    gconstpointer user_data)
{
  const struct {
    const char *password;
    const char *code;
  } cases[] = {
    { "abcdefgh", "weak_password" },
    { "12345678", "weak_password" },
    { "ab12", "too_short" },
    { "abcd1234abcd1234", "too_long" },
    { "abcd 1234", "invalid_character" },
    { "", "empty" },
  };
  g_autofree char *code = NULL;
  g_autoptr (JsonNode) done = NULL;

  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  code = last_code (fixture, "lin.meihua");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonNode) reply = confirm (fixture, "lin.meihua", code, cases[i].password, 422);

      ec_test_http_assert_error (reply, cases[i].code, "new_password");
    }

  done = confirm (fixture, "lin.meihua", code, "Spring2027", 204);
}

/* A second request within a minute sends nothing new; later, the new code
 * replaces the old one. */
static void
test_resend (Fixture      *fixture,
             gconstpointer user_data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr (JsonNode) old = NULL;
  g_autoptr (JsonNode) done = NULL;

  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  g_assert_cmpuint (n_codes (fixture, "lin.meihua"), ==, 1);
  first = last_code (fixture, "lin.meihua");

  ec_test_service_advance_seconds (fixture, 61);
  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  g_assert_cmpuint (n_codes (fixture, "lin.meihua"), ==, 2);
  second = last_code (fixture, "lin.meihua");

  if (g_strcmp0 (first, second) != 0)
    {
      old = confirm (fixture, "lin.meihua", first, "Spring2027", 422);
      ec_test_http_assert_error (old, "invalid_code", "code");
    }
  done = confirm (fixture, "lin.meihua", second, "Spring2027", 204);
}

/* Proving the phone lifts a lockout. */
static void
test_unlocks (Fixture      *fixture,
              gconstpointer user_data)
{
  g_autofree char *code = NULL;
  g_autoptr (JsonNode) locked = NULL;
  g_autoptr (JsonNode) done = NULL;
  g_autoptr (JsonNode) unlocked = NULL;

  for (int i = 0; i < 5; i++)
    {
      g_autoptr (JsonNode) reply = login (fixture, "wrong2026", 401);
    }
  locked = login (fixture, "demo2026", 403);
  ec_test_http_assert_error (locked, "account_locked", NULL);

  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
  code = last_code (fixture, "lin.meihua");
  done = confirm (fixture, "lin.meihua", code, "Spring2027", 204);
  unlocked = login (fixture, "Spring2027", 201);
}

static void
test_request_errors (Fixture      *fixture,
                     gconstpointer user_data)
{
  const struct {
    const char *path;
    const char *body;
    guint       status;
    const char *code;
    const char *field;
  } cases[] = {
    { REQUEST, NULL, 400, "invalid_json", NULL },
    { REQUEST, "[]", 400, "invalid_json", NULL },
    { REQUEST, "{}", 422, "missing_field", "route" },
    { REQUEST, "{\"route\": \"gov-tw\"}", 422, "missing_field", "account" },
    { REQUEST, "{\"route\": \"gov-tw\", \"account\": \"lin.meihua\"}", 422, "missing_field", "phone" },
    { REQUEST, "{\"route\": \"gov-tw\", \"account\": \"lin.meihua\", \"phone\": 912345678}", 422, "invalid_type", "phone" },
    { REQUEST, "{\"route\": \"certificate\", \"account\": \"CERT-LI-0001\", \"phone\": \"02-2960-3456\"}", 422, "invalid_route", "route" },
    { REQUEST, "{\"route\": \"social\", \"account\": \"facebook:chang.yating\", \"phone\": \"07-799-5678\"}", 422, "invalid_route", "route" },
    { REQUEST, "{\"route\": \"gov-tw\", \"account\": \"lin.meihua\", \"phone\": \"12345\"}", 422, "too_short", "phone" },
    { REQUEST, "{\"route\": \"gov-tw\", \"account\": \"lin.meihua\", \"phone\": \"0912-345-678x\"}", 422, "invalid_character", "phone" },
    { REQUEST, "{\"route\": \"gov-tw\", \"account\": \"lin.meihua\", \"phone\": \"\"}", 422, "empty", "phone" },
    { CONFIRM, NULL, 400, "invalid_json", NULL },
    { CONFIRM, "{\"route\": \"gov-tw\", \"account\": \"lin.meihua\"}", 422, "missing_field", "code" },
    { CONFIRM, "{\"route\": \"gov-tw\", \"account\": \"lin.meihua\", \"code\": \"123456\"}", 422, "missing_field", "new_password" },
    { CONFIRM, "{\"route\": \"social\", \"account\": \"lin.meihua\", \"code\": \"123456\", \"new_password\": \"Spring2027\"}", 422, "invalid_route", "route" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    ec_test_service_assert_error (fixture, "POST", cases[i].path, NULL, cases[i].body, cases[i].status, cases[i].code,
                                  cases[i].field);
  g_assert_cmpuint (n_codes (fixture, NULL), ==, 0);
}

/* Without --admin there is no SMS inbox to read. */
static void
test_admin_only (Fixture      *fixture,
                 gconstpointer user_data)
{
  ec_test_service_assert_error (fixture, "GET", "/admin/sms-codes", NULL, NULL, 404, "not_found", NULL);
  ask_code (fixture, "gov-tw", "lin.meihua", "0912-345-678", "09*****678");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, args) \
  g_test_add ("/service/recovery/" path, Fixture, args, fixture_set_up, func, ec_test_service_tear_down)

  ADD ("full", test_full_recovery, admin_args);
  ADD ("phone-forms", test_phone_forms, admin_args);
  ADD ("nothing-sent", test_nothing_sent, admin_args);
  ADD ("expired-code", test_expired_code, admin_args);
  ADD ("reused-code", test_reused_code, admin_args);
  ADD ("wrong-codes", test_wrong_codes, admin_args);
  ADD ("weak-password", test_weak_password, admin_args);
  ADD ("resend", test_resend, admin_args);
  ADD ("unlocks", test_unlocks, admin_args);
  ADD ("request-errors", test_request_errors, admin_args);
  ADD ("admin-only", test_admin_only, no_admin_args);

#undef ADD

  return g_test_run ();
}
