/* test-conversion.c: the conversion page and the platform's three replies,
 * against the real elearn-sim with the demo learners, under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "assistant/ec-conversion-page.h"
#include "ec-test-service.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"

typedef struct {
  EcTestService      service;
  EcApiClient       *client;
  EcCredentialStore *credentials;
  EcSession         *session;
  EcLearnerChoices  *choices;
  GtkWidget         *window;
  EcAssistantPage   *page;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  const char *args[] = { "--seed=demo", "--admin", NULL };

  ec_test_service_set_up (&fixture->service, args);
  fixture->session = ec_test_ui_session_new (fixture->service.url, NULL);
  fixture->client = g_object_ref (ec_session_get_client (fixture->session));
  fixture->credentials = g_object_ref (ec_session_get_credentials (fixture->session));

  fixture->choices = ec_learner_choices_new ();
  ec_learner_choices_set_identity (fixture->choices, EC_IDENTITY_CIVIL_SERVANT);
  ec_learner_choices_set_lookup_outcome (fixture->choices, EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_clear_pointer (&fixture->window, gtk_widget_destroy);
  g_clear_object (&fixture->choices);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->credentials);
  g_clear_object (&fixture->client);
  ec_test_service_tear_down (&fixture->service, user_data);
}

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
has_result (gpointer user_data)
{
  return *(GAsyncResult **) user_data != NULL;
}

/* Logs in as the previous page would: keeping the password for the
 * re-login a conversion needs. */
static void
log_in (Fixture    *fixture,
        const char *account)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  ec_session_keep_password_for_relogin (fixture->session);
  ec_session_login_async (fixture->session, "gov-tw", account, "demo2026", FALSE, NULL, on_done_cb, &result);
  g_assert_true (ec_test_ui_wait_for (has_result, &result, 30));
  g_assert_true (ec_session_login_finish (fixture->session, result, NULL, &error));
  g_assert_no_error (error);
}

static void
open_page (Fixture *fixture)
{
  fixture->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 760, 900);
  fixture->page = g_object_new (EC_TYPE_CONVERSION_PAGE, "choices", fixture->choices, "session", fixture->session,
                                "visible", TRUE, NULL);
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->page));
  gtk_widget_show (fixture->window);
  g_assert_true (ec_assistant_page_is_relevant (fixture->page));
  ec_assistant_page_shown (fixture->page);
  ec_test_ui_settle (fixture->window);
}

static GtkEntry *
find_entry (Fixture    *fixture,
            const char *label)
{
  GtkWidget *label_widget = ec_test_ui_find_label (fixture->window, label);

  g_assert_nonnull (label_widget);
  return GTK_ENTRY (gtk_label_get_mnemonic_widget (GTK_LABEL (label_widget)));
}

static void
fill (Fixture    *fixture,
      const char *oid,
      const char *reason)
{
  gtk_entry_set_text (find_entry (fixture, "機關 OID(_O)"), oid);
  gtk_entry_set_text (find_entry (fixture, "申請原因(_R)"), reason);
  ec_test_ui_settle (fixture->window);
}

/* Runs the page's work; returns whether the page moves on. */
static gboolean
apply (Fixture *fixture,
       GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  g_assert_true (ec_assistant_page_get_complete (fixture->page));
  ec_assistant_page_apply_async (fixture->page, on_done_cb, &result);
  g_assert_true (ec_test_ui_wait_for (has_result, &result, 30));
  ec_test_ui_settle (fixture->window);
  return ec_assistant_page_apply_finish (fixture->page, result, error);
}

static void
assert_shown (Fixture    *fixture,
              const char *text)
{
  GtkWidget *label = gtk_test_find_label (fixture->window, text);

  if (label == NULL)
    g_error ("No label shows “%s”", text);
  g_assert_true (gtk_widget_is_visible (label));
}

typedef struct {
  const char *text;
  GtkWidget  *window;
} LabelWait;

static gboolean
label_shown (gpointer user_data)
{
  LabelWait *wait = user_data;
  GtkWidget *label = gtk_test_find_label (wait->window, wait->text);

  return label != NULL && gtk_widget_is_visible (label);
}

static void
wait_for_label (Fixture    *fixture,
                const char *text)
{
  LabelWait wait = { text, fixture->window };

  if (!ec_test_ui_wait_for (label_shown, &wait, 30))
    g_error ("No label came to show “%s”", text);
}

/* 吳家豪 is on the personnel roster at the agency, without an eCPA
 * account: converted at once, and logged in again by the page. */
static void
test_converted (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *old_token = NULL;
  g_autoptr (JsonNode) me = NULL;
  JsonObject *account;

  log_in (fixture, "wu.jiahao");
  old_token = g_strdup (ec_api_client_get_token (fixture->client));
  open_page (fixture);
  fill (fixture, "2.16.886.101.20003.20022", "新進人員，需以公務帳號登入學習");
  wait_for_label (fixture, "機關：行政院研究發展考核委員會");

  /* The first Next submits and stays on the reply. */
  g_assert_false (apply (fixture, &error));
  g_assert_no_error (error);
  assert_shown (fixture, "人事行政局資料比對成功，轉換作業完成，請重新登入");
  assert_shown (fixture, "您的帳號現在是公務帳號，且已用它重新登入。先前以這個帳號研讀的時數約 3 個工作天後會自動上傳，"
                         "請約 3 天後再查看。");
  g_assert_false (gtk_widget_is_visible (ec_test_ui_find_label (fixture->window, "列印(_P)…")));
  g_assert_cmpint (ec_learner_choices_get_conversion_reply (fixture->choices), ==, EC_CONVERSION_REPLY_CONVERTED);
  ec_test_ui_save_screenshot (fixture->window, "conversion-converted-zh_TW");

  /* A new session, on an account that is official and logged in again. */
  g_assert_true (ec_session_get_logged_in (fixture->session));
  g_assert_cmpstr (ec_api_client_get_token (fixture->client), !=, old_token);
  me = ec_test_service_call (&fixture->service, "GET", "/api/v1/me", ec_api_client_get_token (fixture->client), NULL,
                             200);
  account = json_object_get_object_member (json_node_get_object (me), "account");
  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "official");
  g_assert_false (json_object_get_null_member (account, "relogin_at"));

  /* The second Next moves on. */
  g_assert_true (apply (fixture, &error));
  g_assert_no_error (error);
}

/* 林美華 is not on the roster: 「已送出申請」 and the form to fax; the
 * status can be asked again once the service centre has decided. */
static void
test_submitted (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) pending = NULL;
  g_autofree char *approve = NULL;
  JsonArray       *applications;
  gint64           id;

  log_in (fixture, "lin.meihua");
  open_page (fixture);
  fill (fixture, "2.16.886.101.20003.20001", "學校教師，研習時數需上傳教師網");
  wait_for_label (fixture, "機關：內政部");

  g_assert_false (apply (fixture, &error));
  g_assert_no_error (error);
  assert_shown (fixture, "已送出申請");
  assert_shown (fixture, "申請正等候客服中心審核：請印出下方的申請書，依表上所示黏貼身分證影本，並傳真至客服中心。"
                         "傳真：(02)2192-7186。客服中心：02-2192-7111。");
  g_assert_true (gtk_widget_is_visible (ec_test_ui_find_label (fixture->window, "列印(_P)…")));
  g_assert_true (gtk_widget_is_visible (ec_test_ui_find_label (fixture->window, "儲存為 PDF(_S)…")));
  g_assert_cmpint (ec_learner_choices_get_conversion_reply (fixture->choices), ==, EC_CONVERSION_REPLY_SUBMITTED);
  ec_test_ui_save_screenshot (fixture->window, "conversion-submitted-zh_TW");

  /* Still pending when asked at once. */
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "查詢審核狀態(_C)")));
  wait_for_label (fixture, "仍在等候客服中心審核。若您尚未傳真申請書，請儘快傳真，並過幾天再查詢。");

  /* The service centre approves; asking again says so. */
  pending = ec_test_service_call (&fixture->service, "GET", "/admin/applications?status=pending", NULL, NULL, 200);
  applications = json_object_get_array_member (json_node_get_object (pending), "applications");
  g_assert_cmpuint (json_array_get_length (applications), ==, 1);
  id = json_object_get_int_member (json_array_get_object_element (applications, 0), "id");
  approve = g_strdup_printf ("/admin/applications/%" G_GINT64_FORMAT "/approve", id);
  ec_test_service_admin (&fixture->service, "POST", approve, "{}", 200);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "查詢審核狀態(_C)")));
  wait_for_label (fixture, "已核准：您的帳號現在是公務帳號。請用它重新登入，時數約 3 個工作天後上傳。");

  g_assert_true (apply (fixture, &error));
}

/* 陳志明 is not an advanced member yet: the service refuses and the page
 * sends him back to the profile; once complete, the roster shows his eCPA
 * account: 「已存在CPA帳號，已送出申請」. */
static void
test_ecpa_exists (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) profile = NULL;

  log_in (fixture, "chen.zhiming");
  open_page (fixture);
  fill (fixture, "2.16.886.101.20003.20064", "約僱人員");

  g_assert_false (apply (fixture, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  assert_shown (fixture, "您的個人資料尚未符合進階會員的條件。請回上一步填寫後再申請。");
  g_assert_cmpint (ec_learner_choices_get_profile_missing (fixture->choices), ==,
                   EC_PROFILE_MISSING_ADDRESS | EC_PROFILE_MISSING_PHONE);

  profile = ec_test_service_call (&fixture->service, "PUT", "/api/v1/profile",
                                  ec_api_client_get_token (fixture->client),
                                  "{\"address\": \"臺中市南屯區大業路1號\", \"phone\": \"0911-222-333\"}", 200);
  g_assert_false (apply (fixture, &error));
  g_assert_no_error (error);
  assert_shown (fixture, "已存在CPA帳號，已送出申請");
  g_assert_true (gtk_widget_is_visible (ec_test_ui_find_label (fixture->window, "列印(_P)…")));
  g_assert_cmpint (ec_learner_choices_get_conversion_reply (fixture->choices), ==, EC_CONVERSION_REPLY_ECPA_EXISTS);
  ec_test_ui_save_screenshot (fixture->window, "conversion-ecpa-exists-zh_TW");
}

/* An application already pending (made earlier, or elsewhere) is shown
 * with its form rather than as an error. */
static void
test_already_pending (Fixture      *fixture,
                      gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) earlier = NULL;

  log_in (fixture, "lin.meihua");
  earlier = ec_test_service_call (&fixture->service, "POST", "/api/v1/applications",
                                  ec_api_client_get_token (fixture->client),
                                  "{\"item\": \"natural-to-official\", \"agency_oid\": \"2.16.886.101.20003.20001\", "
                                  "\"reason\": \"教師\"}",
                                  201);
  open_page (fixture);
  fill (fixture, "2.16.886.101.20003.20052", "再次申請");
  g_assert_false (apply (fixture, &error));
  g_assert_no_error (error);
  assert_shown (fixture, "已送出申請");
  g_assert_true (gtk_widget_is_visible (ec_test_ui_find_label (fixture->window, "列印(_P)…")));
}

/* The OID is checked as it is typed, and the directory names the agency
 * when it knows it. */
static void
test_oid (Fixture      *fixture,
          gconstpointer user_data)
{
  g_autoptr (GError) expected = NULL;

  log_in (fixture, "lin.meihua");
  open_page (fixture);

  g_assert_false (ec_agency_oid_validate ("2.16.886.102.1", &expected));
  fill (fixture, "2.16.886.102.1", "原因");
  assert_shown (fixture, expected->message);
  g_assert_false (ec_assistant_page_get_complete (fixture->page));

  fill (fixture, "2.16.886.101.20003.29999", "原因");
  wait_for_label (fixture, "機關目錄中沒有這個 OID。請向您的人事單位確認；申請仍可送出。");
  g_assert_true (ec_assistant_page_get_complete (fixture->page));

  /* A reason of spaces alone (the ideographic one too) is no reason. */
  fill (fixture, "2.16.886.101.20003.20022", " \u3000 ");
  g_assert_false (ec_assistant_page_get_complete (fixture->page));
}

/* The general public keeps its member account: no conversion. */
static void
test_not_for_general_public (Fixture      *fixture,
                             gconstpointer user_data)
{
  g_autoptr (EcAssistantPage) page = NULL;

  ec_learner_choices_set_identity (fixture->choices, EC_IDENTITY_GENERAL_PUBLIC);
  page = g_object_ref_sink (g_object_new (EC_TYPE_CONVERSION_PAGE, "choices", fixture->choices, "session",
                                          fixture->session, NULL));
  g_assert_false (ec_assistant_page_is_relevant (page));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/conversion/converted", test_converted);
  ADD ("/ui/conversion/submitted", test_submitted);
  ADD ("/ui/conversion/ecpa-exists", test_ecpa_exists);
  ADD ("/ui/conversion/already-pending", test_already_pending);
  ADD ("/ui/conversion/oid", test_oid);
  ADD ("/ui/conversion/not-for-general-public", test_not_for_general_public);
#undef ADD

  return g_test_run ();
}
