/* test-conversion-login.c: the conversion path's login and profile pages,
 * against the real elearn-sim with the demo learners, under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "assistant/ec-account-check-page.h"
#include "assistant/ec-assistant.h"
#include "assistant/ec-conversion-login-page.h"
#include "assistant/ec-profile-page.h"
#include "ec-client.h"
#include "ec-test-service.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"

#define PASSWORD "demo2026"

/* The translated labels the tests find widgets by. */
#define ACCOUNT_LABEL "我的e政府帳號(_A)"
#define PASSWORD_LABEL "密碼(_P)"
#define BIRTHDAY_LABEL "出生日期(_R)"
#define ID_LABEL "身分證字號(_I)"
#define ADDRESS_LABEL "通訊地址(_A)"
#define PHONE_LABEL "電話號碼(_H)"

typedef struct {
  EcTestService      service;
  EcApiClient       *client;
  EcCredentialStore *credentials;
  EcSession         *session;
  EcLearnerChoices  *choices;
  char              *dir;
} Fixture;

/* A session on @url with its cache in the fixture's folder, so that no
 * test writes into the user's cache. */
static void
make_session (Fixture    *fixture,
              const char *url)
{
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->credentials);
  g_clear_object (&fixture->client);

  fixture->session = ec_test_ui_session_new (url, fixture->dir);
  fixture->client = g_object_ref (ec_session_get_client (fixture->session));
  fixture->credentials = g_object_ref (ec_session_get_credentials (fixture->session));
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  const char *args[] = { "--seed=demo", "--admin", NULL };
  g_autoptr (GError) error = NULL;

  ec_test_service_set_up (&fixture->service, args);
  fixture->dir = g_dir_make_tmp ("ec-conversion-XXXXXX", &error);
  g_assert_no_error (error);
  make_session (fixture, fixture->service.url);

  /* Where the account check leaves a civil servant with a member account
   * only. */
  fixture->choices = ec_learner_choices_new ();
  ec_learner_choices_set_identity (fixture->choices, EC_IDENTITY_CIVIL_SERVANT);
  ec_learner_choices_set_lookup_outcome (fixture->choices, EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_clear_object (&fixture->choices);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->credentials);
  g_clear_object (&fixture->client);
  ec_test_service_tear_down (&fixture->service, user_data);
  ec_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The entry a label's mnemonic leads to. */
static GtkEntry *
find_entry (GtkWidget  *window,
            const char *label)
{
  GtkWidget *label_widget = ec_test_ui_find_label (window, label);

  g_assert_nonnull (label_widget);
  return GTK_ENTRY (gtk_label_get_mnemonic_widget (GTK_LABEL (label_widget)));
}

static gboolean
label_is_visible (GtkWidget  *window,
                  const char *label)
{
  GtkWidget *widget = ec_test_ui_find_label (window, label);

  g_assert_nonnull (widget);
  return gtk_widget_is_visible (widget);
}

/* A page of @type alone in a window, shown as the assistant shows it. */
static GtkWidget *
open_page (Fixture          *fixture,
           GType             type,
           EcAssistantPage **out_page)
{
  GtkWidget       *window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  EcAssistantPage *page = g_object_new (type, "choices", fixture->choices, "session", fixture->session,
                                        "visible", TRUE, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (page));
  gtk_widget_show (window);
  ec_assistant_page_shown (page);
  ec_test_ui_settle (window);
  *out_page = page;
  return window;
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

/* Presses Next on a standalone page and waits for its work. */
static gboolean
apply (EcAssistantPage *page,
       GError         **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  g_assert_true (ec_assistant_page_get_complete (page));
  ec_assistant_page_apply_async (page, on_done_cb, &result);
  g_assert_true (ec_test_ui_wait_for (has_result, &result, 30));
  return ec_assistant_page_apply_finish (page, result, error);
}

static void
fill_login (GtkWidget  *window,
            const char *account,
            const char *password)
{
  gtk_entry_set_text (find_entry (window, ACCOUNT_LABEL), account);
  gtk_entry_set_text (find_entry (window, PASSWORD_LABEL), password);
  ec_test_ui_settle (window);
}

static void
assert_profile_advanced (Fixture    *fixture,
                         const char *account,
                         gboolean    advanced)
{
  g_autofree char *token = ec_test_service_login (&fixture->service, "gov-tw", account, PASSWORD);
  g_autoptr (JsonNode) reply = ec_test_service_call (&fixture->service, "GET", "/api/v1/profile", token, NULL, 200);

  g_assert_cmpint (json_object_get_boolean_member (json_node_get_object (reply), "advanced"), ==, advanced);
}

static void
on_recover_requested_cb (EcConversionLoginPage *page,
                         const char            *route,
                         const char            *account,
                         gpointer               user_data)
{
  *(char **) user_data = g_strconcat (route, " ", account, NULL);
}

/* 陳志明 lacks an address and a phone number: the login finds that out,
 * and the profile page asks for those two only, then fills them in. */
static void
test_chen_completes_profile (Fixture      *fixture,
                             gconstpointer user_data)
{
  EcAssistantPage *page;
  GtkWidget       *window = open_page (fixture, EC_TYPE_CONVERSION_LOGIN_PAGE, &page);
  GtkEntry        *password_entry = find_entry (window, PASSWORD_LABEL);
  GtkEntry        *phone_entry;
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) phone_error = NULL;
  g_autofree char *recovery = NULL;
  GtkWidget       *error_label;

  g_assert_true (ec_assistant_page_is_relevant (page));
  g_assert_cmpstr (ec_assistant_page_get_title (page), ==, "登入以提出申請");
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (password_entry))), ==, "密碼");
  g_assert_false (ec_assistant_page_get_complete (page));
  /* The register advice is for those the lookup found nothing for. */
  g_assert_false (label_is_visible (window, "申請一般會員(_G)"));

  fill_login (window, "chen.zhiming", PASSWORD);
  g_assert_true (ec_assistant_page_get_complete (page));
  g_assert_false (gtk_entry_get_visibility (password_entry));
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "顯示密碼(_W)")));
  g_assert_true (gtk_entry_get_visibility (password_entry));
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "顯示密碼(_W)")));

  /* Recovery is someone else's dialog: the page only asks for it. */
  g_signal_connect (page, "recover-requested", G_CALLBACK (on_recover_requested_cb), &recovery);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "忘記密碼？(_F)")));
  g_assert_cmpstr (recovery, ==, "gov-tw chen.zhiming");

  ec_test_ui_save_screenshot (window, "conversion-login-page");
  g_assert_true (apply (page, &error));
  g_assert_no_error (error);
  g_assert_true (ec_session_get_logged_in (fixture->session));
  g_assert_cmpstr (ec_session_get_login (fixture->session), ==, "chen.zhiming");
  g_assert_cmpstr (gtk_entry_get_text (password_entry), ==, "");
  g_assert_cmpint (ec_learner_choices_get_profile_missing (fixture->choices), ==,
                   EC_PROFILE_MISSING_ADDRESS | EC_PROFILE_MISSING_PHONE);
  gtk_widget_destroy (window);

  window = open_page (fixture, EC_TYPE_PROFILE_PAGE, &page);
  g_assert_true (ec_assistant_page_is_relevant (page));
  g_assert_cmpstr (ec_assistant_page_get_title (page), ==, "補齊個人資料");
  g_assert_true (label_is_visible (window, ADDRESS_LABEL));
  g_assert_true (label_is_visible (window, PHONE_LABEL));
  g_assert_false (label_is_visible (window, BIRTHDAY_LABEL));
  g_assert_false (label_is_visible (window, ID_LABEL));
  g_assert_false (ec_assistant_page_get_complete (page));
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (find_entry (window, PHONE_LABEL)))),
                   ==, "電話號碼");

  /* A bad phone number: the core's translated message, under the field. */
  phone_entry = find_entry (window, PHONE_LABEL);
  gtk_entry_set_text (find_entry (window, ADDRESS_LABEL), "臺中市南屯區大業路1號");
  gtk_entry_set_text (phone_entry, "0911-22");
  ec_test_ui_settle (window);
  g_assert_false (ec_phone_number_validate ("0911-22", &phone_error));
  error_label = gtk_test_find_label (window, phone_error->message);
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_is_visible (error_label));
  g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (error_label), "error"));
  g_assert_false (ec_assistant_page_get_complete (page));

  gtk_entry_set_text (phone_entry, "0911-222-333");
  ec_test_ui_settle (window);
  g_assert_false (gtk_widget_is_visible (error_label));
  g_assert_true (ec_assistant_page_get_complete (page));
  ec_test_ui_save_screenshot (window, "profile-page");

  g_assert_true (apply (page, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ec_learner_choices_get_profile_missing (fixture->choices), ==, EC_PROFILE_MISSING_NONE);
  g_assert_false (ec_assistant_page_is_relevant (page));
  gtk_widget_destroy (window);

  assert_profile_advanced (fixture, "chen.zhiming", TRUE);
}

/* 林美華 is an advanced member already: no profile page. */
static void
test_lin_is_advanced (Fixture      *fixture,
                      gconstpointer user_data)
{
  EcAssistantPage *page;
  GtkWidget       *window = open_page (fixture, EC_TYPE_CONVERSION_LOGIN_PAGE, &page);
  g_autoptr (EcAssistantPage) profile_page = NULL;
  g_autoptr (GError) error = NULL;

  fill_login (window, "lin.meihua", PASSWORD);
  g_assert_true (apply (page, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ec_learner_choices_get_profile_missing (fixture->choices), ==, EC_PROFILE_MISSING_NONE);
  gtk_widget_destroy (window);

  profile_page = g_object_ref_sink (g_object_new (EC_TYPE_PROFILE_PAGE, "choices", fixture->choices, "session",
                                                  fixture->session, NULL));
  g_assert_false (ec_assistant_page_is_relevant (profile_page));
  gtk_widget_destroy (GTK_WIDGET (profile_page));
}

/* A wrong password: the client's translated message, and the page stays
 * with the password kept for another try. */
static void
test_wrong_password (Fixture      *fixture,
                     gconstpointer user_data)
{
  EcAssistantPage *page;
  GtkWidget       *window = open_page (fixture, EC_TYPE_CONVERSION_LOGIN_PAGE, &page);
  g_autoptr (GError) expected = ec_client_error_new (EC_CLIENT_ERROR_INVALID_CREDENTIALS, NULL, NULL, 0);
  g_autoptr (GError) error = NULL;
  GtkWidget *label;

  fill_login (window, "chen.zhiming", "wrong2026");
  g_assert_false (apply (page, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_CREDENTIALS);
  ec_test_ui_settle (window);

  ec_test_assert_translated (expected->message,
                             "The account or the password is wrong. Check them, or recover the password by SMS.",
                             "密碼");
  label = gtk_test_find_label (window, expected->message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_false (ec_session_get_logged_in (fixture->session));
  g_assert_cmpint (ec_learner_choices_get_profile_missing (fixture->choices), ==, EC_PROFILE_MISSING_NONE);
  g_assert_true (ec_assistant_page_get_complete (page));

  /* Typing again clears the message. */
  gtk_entry_set_text (find_entry (window, PASSWORD_LABEL), PASSWORD);
  ec_test_ui_settle (window);
  g_assert_false (gtk_widget_is_visible (label));
  gtk_widget_destroy (window);
}

/* Nothing listens on the service's address: the offline message. */
static void
test_offline (Fixture      *fixture,
              gconstpointer user_data)
{
  EcAssistantPage *page;
  GtkWidget       *window;
  g_autoptr (GError) expected = ec_client_error_new (EC_CLIENT_ERROR_OFFLINE, NULL, NULL, 0);
  g_autoptr (GError) error = NULL;
  GtkWidget *label;

  make_session (fixture, "http://127.0.0.1:1");
  window = open_page (fixture, EC_TYPE_CONVERSION_LOGIN_PAGE, &page);
  fill_login (window, "chen.zhiming", PASSWORD);
  g_assert_false (apply (page, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE);
  ec_test_ui_settle (window);

  g_assert_nonnull (strstr (expected->message, "網路"));
  label = gtk_test_find_label (window, expected->message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_true (ec_assistant_page_get_complete (page));
  gtk_widget_destroy (window);
}

/* The whole way through the assistant: a civil servant on the gov-tw
 * route whose lookup found a member account only is led to log in with
 * it, then to the profile fields it lacks. */
static void
test_assistant_path (Fixture      *fixture,
                     gconstpointer user_data)
{
  EcAssistant *assistant = ec_assistant_new_with_session (NULL, NULL, fixture->session);
  GtkWidget   *window = GTK_WIDGET (assistant);

  gtk_window_set_default_size (GTK_WINDOW (window), 720, 640);
  gtk_widget_show (window);
  ec_test_ui_settle (window);

  ec_test_ui_press_next (assistant);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "公務人員，含約聘僱人員(_C)")));
  ec_test_ui_settle (window);
  ec_test_ui_press_next (assistant);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "我的e政府帳號(_M)")));
  ec_test_ui_settle (window);
  g_assert_cmpint (ec_learner_choices_get_route (ec_assistant_get_choices (assistant)), ==, EC_LOGIN_ROUTE_GOV_TW);
  ec_test_ui_press_next (assistant);

  g_assert_true (EC_IS_ACCOUNT_CHECK_PAGE (ec_assistant_get_current_page (assistant)));
  gtk_entry_set_text (find_entry (window, ID_LABEL), "B135792460");
  gtk_entry_set_text (find_entry (window, "姓名(_N)"), "陳志明");
  ec_test_ui_settle (window);
  ec_test_ui_press_next (assistant);
  g_assert_cmpint (ec_learner_choices_get_lookup_outcome (ec_assistant_get_choices (assistant)), ==,
                   EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY);

  /* The lookup's result leads on to the conversion, not to the end. */
  g_assert_nonnull (ec_test_ui_find_label (window, "下一步(_N)"));
  ec_test_ui_press_next (assistant);
  g_assert_true (EC_IS_CONVERSION_LOGIN_PAGE (ec_assistant_get_current_page (assistant)));
  g_assert_cmpstr (ec_assistant_page_get_title (ec_assistant_get_current_page (assistant)), ==, "登入以提出申請");
  g_assert_false (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));

  fill_login (window, "chen.zhiming", PASSWORD);
  g_assert_true (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));
  ec_test_ui_press_next (assistant);

  g_assert_true (EC_IS_PROFILE_PAGE (ec_assistant_get_current_page (assistant)));
  g_assert_cmpstr (ec_assistant_page_get_title (ec_assistant_get_current_page (assistant)), ==, "補齊個人資料");
  g_assert_true (label_is_visible (window, ADDRESS_LABEL));
  g_assert_true (label_is_visible (window, PHONE_LABEL));
  g_assert_false (label_is_visible (window, BIRTHDAY_LABEL));
  g_assert_false (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));
  gtk_widget_destroy (window);
}

static void
log_in (Fixture    *fixture,
        const char *account)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  ec_session_login_async (fixture->session, "gov-tw", account, PASSWORD, FALSE, NULL, on_done_cb, &result);
  g_assert_true (ec_test_ui_wait_for (has_result, &result, 30));
  g_assert_true (ec_session_login_finish (fixture->session, result, NULL, &error));
  g_assert_no_error (error);
}

/* The document fields: the ID number masked, or a passport instead; an ID
 * number another person holds sends the learner to the service centre,
 * and the number shows nowhere but in its entry. */
static void
test_id_number_conflict (Fixture      *fixture,
                         gconstpointer user_data)
{
  EcAssistantPage *page;
  GtkWidget       *window;
  GtkEntry        *id_entry;
  GtkWidget       *label;
  g_autoptr (GError) error = NULL;

  log_in (fixture, "chen.zhiming");
  ec_learner_choices_set_profile_missing (fixture->choices, EC_PROFILE_MISSING_ID_OR_PASSPORT);
  window = open_page (fixture, EC_TYPE_PROFILE_PAGE, &page);

  id_entry = find_entry (window, ID_LABEL);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (id_entry)));
  g_assert_false (gtk_entry_get_visibility (id_entry));
  g_assert_false (label_is_visible (window, "護照號碼(_U)"));
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (id_entry))), ==, "身分證字號");

  /* A passport instead: its own entry, checked as typed. */
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "護照(_P)")));
  ec_test_ui_settle (window);
  g_assert_true (label_is_visible (window, "護照號碼(_U)"));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (id_entry)));
  g_assert_false (ec_assistant_page_get_complete (page));
  gtk_entry_set_text (find_entry (window, "護照號碼(_U)"), "X12345678");
  ec_test_ui_settle (window);
  g_assert_true (ec_assistant_page_get_complete (page));

  /* Back to the ID number, lowercase as typed: normalized by the core. */
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "身分證或居留證(_T)")));
  gtk_entry_set_text (id_entry, "a120864216");
  ec_test_ui_settle (window);
  g_assert_true (ec_assistant_page_get_complete (page));

  g_assert_false (apply (page, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_CONFLICT);
  ec_test_ui_settle (window);
  label = gtk_test_find_label (window, "此身分證字號已由他人使用。請致電服務中心 02-2192-7111。");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_null (gtk_test_find_label (window, "*A120864216*"));
  g_assert_null (gtk_test_find_label (window, "*a120864216*"));
  g_assert_cmpint (ec_learner_choices_get_profile_missing (fixture->choices), ==, EC_PROFILE_MISSING_ID_OR_PASSPORT);
  gtk_widget_destroy (window);
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

  g_test_add ("/ui/conversion-login/chen-completes-profile", Fixture, NULL, fixture_set_up,
              test_chen_completes_profile, fixture_tear_down);
  g_test_add ("/ui/conversion-login/lin-is-advanced", Fixture, NULL, fixture_set_up, test_lin_is_advanced,
              fixture_tear_down);
  g_test_add ("/ui/conversion-login/wrong-password", Fixture, NULL, fixture_set_up, test_wrong_password,
              fixture_tear_down);
  g_test_add ("/ui/conversion-login/offline", Fixture, NULL, fixture_set_up, test_offline, fixture_tear_down);
  g_test_add ("/ui/conversion-login/id-number-conflict", Fixture, NULL, fixture_set_up, test_id_number_conflict,
              fixture_tear_down);
  g_test_add ("/ui/conversion-login/assistant-path", Fixture, NULL, fixture_set_up, test_assistant_path,
              fixture_tear_down);

  return g_test_run ();
}
