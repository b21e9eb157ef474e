/* test-login-page.c: the assistant's login page, against the real
 * elearn-sim with the demo learners and the real gnome-keyring of the test
 * session, under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "assistant/ec-assistant.h"
#include "assistant/ec-done-page.h"
#include "assistant/ec-login-page.h"
#include "ec-core.h"
#include "ec-test-service.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"

#define PASSWORD "demo2026"

typedef struct {
  EcTestService      service;
  EcApiClient       *client;
  EcCredentialStore *credentials;
  EcSession         *session;
  char              *dir;
  EcLearnerChoices  *choices;
  GtkWidget         *window;
  EcAssistantPage   *page;
} Fixture;

static const char *const service_args[] = { "--seed=demo", "--admin", NULL };

/* A session on @url whose cache file lives in the fixture's folder. */
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
                gconstpointer args)
{
  g_autoptr (GError) error = NULL;

  ec_test_service_set_up (&fixture->service, args);
  fixture->dir = g_dir_make_tmp ("ec-login-page-XXXXXX", &error);
  g_assert_no_error (error);
  make_session (fixture, fixture->service.url);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer args)
{
  g_clear_pointer (&fixture->window, gtk_widget_destroy);
  fixture->page = NULL;
  g_clear_object (&fixture->choices);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->credentials);
  g_clear_object (&fixture->client);
  ec_test_service_tear_down (&fixture->service, args);
  ec_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The page alone in a window, as the assistant would show it for a learner
 * of @identity who chose @route. */
static void
open_page (Fixture     *fixture,
           EcIdentity   identity,
           EcLoginRoute route)
{
  fixture->choices = ec_learner_choices_new ();
  ec_learner_choices_set_identity (fixture->choices, identity);
  ec_learner_choices_set_route (fixture->choices, route);

  fixture->page = g_object_new (EC_TYPE_LOGIN_PAGE, "choices", fixture->choices, "session", fixture->session,
                                "visible", TRUE, NULL);
  g_assert_true (ec_assistant_page_is_relevant (fixture->page));
  g_assert_cmpstr (ec_assistant_page_get_title (fixture->page), ==, "登入");

  fixture->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 720, 560);
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->page));
  gtk_widget_show (fixture->window);
  ec_assistant_page_shown (fixture->page);
  ec_test_ui_settle (fixture->window);
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

static void
fill (GtkWidget  *window,
      const char *account_label,
      const char *account,
      const char *password_label,
      const char *password)
{
  gtk_entry_set_text (find_entry (window, account_label), account);
  gtk_entry_set_text (find_entry (window, password_label), password);
  ec_test_ui_settle (window);
}

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Presses Next on the page, as the assistant does, and waits for it. */
static gboolean
apply (Fixture *fixture,
       GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  gboolean moved_on;

  ec_assistant_page_apply_async (fixture->page, on_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  moved_on = ec_assistant_page_apply_finish (fixture->page, result, error);
  ec_test_ui_settle (fixture->window);
  return moved_on;
}

/* A visible label that reads @text exactly. */
static void
assert_shown (GtkWidget  *window,
              const char *text)
{
  GtkWidget *label = gtk_test_find_label (window, text);

  if (label == NULL)
    g_error ("No label reads “%s”", text);
  g_assert_true (gtk_widget_is_visible (label));
}

static void
on_recover_requested_cb (EcLoginPage *page,
                         const char  *route,
                         const char  *account,
                         gpointer     user_data)
{
  *(char **) user_data = g_strdup_printf ("%s %s", route, account);
}

/* 1. The learner's eCPA account: logged in, Next moves on, and the
 * password is gone from the page. */
static void
test_ecpa (Fixture      *fixture,
           gconstpointer args)
{
  GtkEntry        *account_entry;
  GtkEntry        *password_entry;
  g_autofree char *recover = NULL;
  g_autoptr (GError) error = NULL;

  open_page (fixture, EC_IDENTITY_CIVIL_SERVANT, EC_LOGIN_ROUTE_ECPA);
  assert_shown (fixture->window, "登入方式：人事服務網 eCPA");
  account_entry = find_entry (fixture->window, "帳號(_A)");
  password_entry = find_entry (fixture->window, "密碼(_P)");
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (account_entry))), ==, "帳號");
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (password_entry))), ==, "密碼");
  g_assert_true (gtk_entry_get_activates_default (account_entry));
  g_assert_true (gtk_entry_get_activates_default (password_entry));
  g_assert_false (gtk_entry_get_visibility (password_entry));
  g_assert_false (ec_assistant_page_get_complete (fixture->page));

  /* Remembering is for the learner to ask: off until ticked. */
  g_assert_false (gtk_toggle_button_get_active (
      GTK_TOGGLE_BUTTON (ec_test_ui_find_button (fixture->window, "記住密碼（存於鑰匙圈）(_R)"))));

  gtk_entry_set_text (account_entry, "wang.daming");
  ec_test_ui_settle (fixture->window);
  g_assert_false (ec_assistant_page_get_complete (fixture->page));
  fill (fixture->window, "帳號(_A)", "wang.daming", "密碼(_P)", PASSWORD);
  g_assert_true (ec_assistant_page_get_complete (fixture->page));

  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "顯示密碼(_S)")));
  ec_test_ui_settle (fixture->window);
  g_assert_true (gtk_entry_get_visibility (password_entry));
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "顯示密碼(_S)")));
  ec_test_ui_settle (fixture->window);
  g_assert_false (gtk_entry_get_visibility (password_entry));

  /* Forgot password? asks the page's owner for the recovery dialog. */
  g_signal_connect (fixture->page, "recover-requested", G_CALLBACK (on_recover_requested_cb), &recover);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "忘記密碼？(_F)")));
  g_assert_cmpstr (recover, ==, "ecpa wang.daming");

  ec_test_ui_save_screenshot (fixture->window, "login-page-ecpa");

  g_assert_true (apply (fixture, &error));
  g_assert_no_error (error);
  g_assert_true (ec_session_get_logged_in (fixture->session));
  g_assert_cmpstr (ec_session_get_login (fixture->session), ==, "wang.daming");
  g_assert_cmpstr (ec_session_get_route (fixture->session), ==, "ecpa");
  g_assert_cmpstr (gtk_entry_get_text (password_entry), ==, "");

  /* Next again, with the session still on that account, moves on. */
  g_assert_true (ec_assistant_page_get_complete (fixture->page));
  g_assert_true (apply (fixture, &error));
  g_assert_no_error (error);
}

static void
on_lookup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static char *
lookup_password (Fixture    *fixture,
                 const char *route,
                 const char *account)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  char *password;

  ec_credential_store_lookup_async (fixture->credentials, route, account, NULL, on_lookup_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  password = ec_credential_store_lookup_finish (fixture->credentials, result, &error);
  g_assert_no_error (error);
  return password;
}

static void
clear_remembered (Fixture    *fixture,
                  const char *route,
                  const char *account)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  ec_credential_store_clear_async (fixture->credentials, route, account, NULL, on_lookup_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  ec_credential_store_clear_finish (fixture->credentials, result, &error);
  g_assert_no_error (error);
}

/* 2. Remember on: the test session's keyring holds the password. */
static void
test_remember (Fixture      *fixture,
               gconstpointer args)
{
  g_autofree char *remembered = NULL;
  g_autoptr (GError) error = NULL;

  open_page (fixture, EC_IDENTITY_CIVIL_SERVANT, EC_LOGIN_ROUTE_ECPA);
  g_assert_null (lookup_password (fixture, "ecpa", "wang.daming"));

  fill (fixture->window, "帳號(_A)", "wang.daming", "密碼(_P)", PASSWORD);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "記住密碼（存於鑰匙圈）(_R)")));
  ec_test_ui_settle (fixture->window);

  g_assert_true (apply (fixture, &error));
  g_assert_no_error (error);
  g_assert_true (ec_session_get_logged_in (fixture->session));
  g_assert_cmpstr (gtk_entry_get_text (find_entry (fixture->window, "密碼(_P)")), ==, "");

  remembered = lookup_password (fixture, "ecpa", "wang.daming");
  g_assert_cmpstr (remembered, ==, PASSWORD);
  clear_remembered (fixture, "ecpa", "wang.daming");
}

/* 3. A wrong password: the core's message under the password, with the way
 * to recover it; five in a row lock the account for 15 minutes. */
static void
test_wrong_password (Fixture      *fixture,
                     gconstpointer args)
{
  g_autoptr (GError) expected = ec_client_error_new (EC_CLIENT_ERROR_INVALID_CREDENTIALS, NULL, NULL, 0);
  g_autoptr (GError) locked = ec_client_error_new (EC_CLIENT_ERROR_ACCOUNT_LOCKED, NULL, NULL, 0);
  g_autofree char *under_password = NULL;
  g_autofree char *lock_message = NULL;
  GtkEntry        *password_entry;

  ec_test_assert_translated (expected->message,
                             "The account or the password is wrong. Check them, or recover the password by SMS.",
                             "密碼");
  under_password = g_strdup_printf ("%s%s", expected->message, "忘了嗎？請按下方的「忘記密碼？」以簡訊取回。");

  open_page (fixture, EC_IDENTITY_CIVIL_SERVANT, EC_LOGIN_ROUTE_ECPA);
  password_entry = find_entry (fixture->window, "密碼(_P)");
  fill (fixture->window, "帳號(_A)", "wang.daming", "密碼(_P)", "wrong-2026");

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr (GError) error = NULL;
      GtkWidget *label;

      g_assert_false (apply (fixture, &error));
      g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_INVALID_CREDENTIALS);
      label = gtk_test_find_label (fixture->window, under_password);
      g_assert_nonnull (label);
      g_assert_true (gtk_widget_is_visible (label));
      g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (label), "error"));
      g_assert_false (ec_session_get_logged_in (fixture->session));
      /* The learner corrects the password: the page keeps it meanwhile. */
      g_assert_cmpstr (gtk_entry_get_text (password_entry), ==, "wrong-2026");
    }

  /* Locked now: the right password is refused too, for 15 minutes. */
  {
    g_autoptr (GError) error = NULL;

    fill (fixture->window, "帳號(_A)", "wang.daming", "密碼(_P)", PASSWORD);
    g_assert_false (apply (fixture, &error));
    g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_ACCOUNT_LOCKED);
    g_assert_cmpuint (ec_client_error_get_retry_after (error), >, 14 * 60);
  }
  lock_message = g_strdup_printf ("%s%s", locked->message, "請於 15 分鐘後再試。");
  assert_shown (fixture->window, lock_message);
  g_assert_null (gtk_test_find_label (fixture->window, under_password));

  ec_test_ui_save_screenshot (fixture->window, "login-page-error");
}

/* 4. Nothing listens on the service's address. */
static void
test_offline (Fixture      *fixture,
              gconstpointer args)
{
  g_autoptr (GError) expected = ec_client_error_new (EC_CLIENT_ERROR_OFFLINE, NULL, NULL, 0);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  make_session (fixture, "http://127.0.0.1:1");
  open_page (fixture, EC_IDENTITY_CIVIL_SERVANT, EC_LOGIN_ROUTE_ECPA);
  fill (fixture->window, "帳號(_A)", "wang.daming", "密碼(_P)", PASSWORD);

  g_assert_false (apply (fixture, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE);
  g_assert_nonnull (strstr (expected->message, "網路"));
  text = g_strdup_printf ("%s%s", expected->message, "連線後請再按「下一步」。");
  assert_shown (fixture->window, text);
  g_assert_false (ec_session_get_logged_in (fixture->session));
  g_assert_true (ec_assistant_page_get_complete (fixture->page));
}

/* 5. A bound certificate logs in to the account it is bound to; the page
 * asks for the certificate's number and PIN, and offers no SMS recovery. */
static void
test_certificate (Fixture      *fixture,
                  gconstpointer args)
{
  GtkEntry        *account_entry;
  GtkEntry        *password_entry;
  const EcAccount *account;
  g_autoptr (GError) error = NULL;

  open_page (fixture, EC_IDENTITY_CIVIL_SERVANT, EC_LOGIN_ROUTE_CERTIFICATE_BOUND);
  assert_shown (fixture->window, "登入方式：自然人憑證（已綁定）");
  account_entry = find_entry (fixture->window, "憑證號碼(_U)");
  password_entry = find_entry (fixture->window, "PIN 碼(_P)");
  g_assert_null (ec_test_ui_find_label (fixture->window, "帳號(_A)"));
  g_assert_null (ec_test_ui_find_label (fixture->window, "密碼(_P)"));
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (account_entry))), ==, "憑證號碼");
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (password_entry))), ==, "PIN 碼");
  g_assert_nonnull (ec_test_ui_find_label (fixture->window, "顯示 PIN 碼(_S)"));
  g_assert_false (gtk_widget_is_visible (ec_test_ui_find_button (fixture->window, "忘記密碼？(_F)")));

  fill (fixture->window, "憑證號碼(_U)", "CERT-WANG-0001", "PIN 碼(_P)", "123456");
  ec_test_ui_save_screenshot (fixture->window, "login-page-certificate");

  g_assert_true (apply (fixture, &error));
  g_assert_no_error (error);
  g_assert_true (ec_session_get_logged_in (fixture->session));
  g_assert_cmpstr (ec_session_get_route (fixture->session), ==, "certificate");
  g_assert_cmpstr (gtk_entry_get_text (password_entry), ==, "");

  /* certificate-bound: the session is on the account it is bound to. */
  account = ec_session_get_account (fixture->session);
  g_assert_nonnull (account);
  g_assert_cmpstr (account->login, ==, "wang.daming");
  g_assert_cmpint (account->type, ==, EC_ACCOUNT_TYPE_ECPA);
}

/* An unbound certificate says, before the learner logs in, that it is
 * another account whose records never merge. */
static void
test_certificate_unbound (Fixture      *fixture,
                          gconstpointer args)
{
  EcRouteAdvice        advice;
  const EcRouteOption *option;
  const EcAccount     *account;
  g_autoptr (GError) error = NULL;

  ec_route_advise (EC_IDENTITY_CIVIL_SERVANT, EC_ACCOUNTS_HELD_NONE, &advice);
  option = ec_route_advice_get_option (&advice, EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND);
  g_assert_nonnull (strstr (option->consequence, "永遠無法"));

  open_page (fixture, EC_IDENTITY_CIVIL_SERVANT, EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND);
  assert_shown (fixture->window, "登入方式：自然人憑證（未綁定）");
  assert_shown (fixture->window, option->consequence);

  fill (fixture->window, "憑證號碼(_U)", "CERT-LI-0001", "PIN 碼(_P)", "654321");
  g_assert_true (apply (fixture, &error));
  g_assert_no_error (error);
  account = ec_session_get_account (fixture->session);
  g_assert_cmpint (account->type, ==, EC_ACCOUNT_TYPE_CERTIFICATE);
}

/* 6. A social login is allowed, but the page says first that its hours
 * never upload. */
static void
test_social (Fixture      *fixture,
             gconstpointer args)
{
  EcRouteAdvice        advice;
  const EcRouteOption *option;
  g_autoptr (GError) error = NULL;

  ec_route_advise (EC_IDENTITY_GENERAL_PUBLIC, EC_ACCOUNTS_HELD_NONE, &advice);
  option = ec_route_advice_get_option (&advice, EC_LOGIN_ROUTE_SOCIAL);
  g_assert_cmpint (option->verdict, ==, EC_ROUTE_VERDICT_NEVER_COUNTS);
  g_assert_nonnull (strstr (option->consequence, "不會上傳"));

  open_page (fixture, EC_IDENTITY_GENERAL_PUBLIC, EC_LOGIN_ROUTE_SOCIAL);

  assert_shown (fixture->window, "登入方式：社群帳號（Facebook、Google）");
  assert_shown (fixture->window, option->consequence);
  assert_shown (fixture->window, "社群帳號請輸入「網站:您在該網站的名稱」，例如 facebook:chang.yating。");
  g_assert_false (gtk_widget_is_visible (ec_test_ui_find_button (fixture->window, "忘記密碼？(_F)")));

  fill (fixture->window, "帳號(_A)", "facebook:chang.yating", "密碼(_P)", PASSWORD);
  g_assert_true (apply (fixture, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ec_session_get_route (fixture->session), ==, "social");
}

/* 7. The service fails: a login POST is not retried, so one fault is
 * enough, and the next press works. */
static void
test_server_error (Fixture      *fixture,
                   gconstpointer args)
{
  g_autoptr (GError) expected = ec_client_error_new (EC_CLIENT_ERROR_SERVER, NULL, NULL, 0);
  g_autoptr (GError) error = NULL;

  open_page (fixture, EC_IDENTITY_CIVIL_SERVANT, EC_LOGIN_ROUTE_ECPA);
  fill (fixture->window, "帳號(_A)", "wang.daming", "密碼(_P)", PASSWORD);
  ec_test_service_admin (&fixture->service, "POST", "/admin/faults",
                         "{\"path\": \"/api/v1/sessions\", \"kind\": \"status-503\"}", 201);

  g_assert_false (apply (fixture, &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SERVER);
  assert_shown (fixture->window, expected->message);
  g_assert_false (ec_session_get_logged_in (fixture->session));
  g_clear_error (&error);

  g_assert_true (apply (fixture, &error));
  g_assert_no_error (error);
  g_assert_null (gtk_test_find_label (fixture->window, expected->message));
  g_assert_true (ec_session_get_logged_in (fixture->session));
}

/* The page is for learners who log in now: not without a session, nor on
 * the way to a conversion, nor after one was applied for. */
static void
test_relevance (Fixture      *fixture,
                gconstpointer args)
{
  g_autoptr (EcLearnerChoices) choices = ec_learner_choices_new ();
  g_autoptr (EcAssistantPage) alone = NULL;
  g_autoptr (EcAssistantPage) page = NULL;

  ec_learner_choices_set_identity (choices, EC_IDENTITY_EDUCATOR);
  alone = g_object_ref_sink (g_object_new (EC_TYPE_LOGIN_PAGE, "choices", choices, NULL));
  page = g_object_ref_sink (g_object_new (EC_TYPE_LOGIN_PAGE, "choices", choices, "session", fixture->session, NULL));

  g_assert_false (ec_assistant_page_is_relevant (alone));
  g_assert_true (ec_assistant_page_is_relevant (page));

  ec_learner_choices_set_lookup_outcome (choices, EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY);
  g_assert_false (ec_assistant_page_is_relevant (page));
  ec_learner_choices_set_lookup_outcome (choices, EC_LOOKUP_OUTCOME_OFFICIAL);
  g_assert_true (ec_assistant_page_is_relevant (page));
  ec_learner_choices_set_conversion_reply (choices, EC_CONVERSION_REPLY_ECPA_EXISTS);
  g_assert_false (ec_assistant_page_is_relevant (page));

  gtk_widget_destroy (GTK_WIDGET (alone));
  gtk_widget_destroy (GTK_WIDGET (page));
}

/* The whole way through the assistant: a civil servant checks his account,
 * logs in with eCPA, and the assistant closes with the session logged in. */
static void
test_assistant (Fixture      *fixture,
                gconstpointer args)
{
  EcAssistant *assistant = ec_assistant_new_with_session (NULL, NULL, fixture->session);
  GtkWidget   *window = GTK_WIDGET (assistant);

  gtk_widget_show (window);
  ec_test_ui_settle (window);

  ec_test_ui_press_next (assistant);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "公務人員，含約聘僱人員(_C)")));
  ec_test_ui_settle (window);
  ec_test_ui_press_next (assistant);

  /* Neither account ticked: eCPA, as the help text recommends. */
  g_assert_cmpint (ec_learner_choices_get_route (ec_assistant_get_choices (assistant)), ==, EC_LOGIN_ROUTE_ECPA);
  ec_test_ui_press_next (assistant);

  gtk_entry_set_text (find_entry (window, "身分證字號(_I)"), "A120864216");
  gtk_entry_set_text (find_entry (window, "姓名(_N)"), "王大明");
  ec_test_ui_settle (window);
  ec_test_ui_press_next (assistant);
  g_assert_cmpint (ec_learner_choices_get_lookup_outcome (ec_assistant_get_choices (assistant)), ==,
                   EC_LOOKUP_OUTCOME_OFFICIAL);
  ec_test_ui_press_next (assistant);

  g_assert_true (EC_IS_LOGIN_PAGE (ec_assistant_get_current_page (assistant)));
  assert_shown (window, "登入方式：人事服務網 eCPA");
  g_assert_false (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));
  /* Other pages of the stack have a 密碼 too: fill the visible one's. */
  fill (GTK_WIDGET (ec_assistant_get_current_page (assistant)), "帳號(_A)", "wang.daming", "密碼(_P)", PASSWORD);
  g_assert_true (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));

  ec_test_ui_press_next (assistant);
  g_assert_true (ec_session_get_logged_in (fixture->session));
  g_assert_cmpstr (ec_session_get_login (fixture->session), ==, "wang.daming");

  /* The last page says so, and Done closes the assistant. */
  g_assert_true (EC_IS_DONE_PAGE (ec_assistant_get_current_page (assistant)));
  assert_shown (window, "您的登入方式正確");
  assert_shown (window, "您已用 wang.daming 登入。");
  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  ec_test_ui_press_next (assistant);
  g_assert_null (assistant);
}

#define ADD(path, func) g_test_add ("/ui/login-page/" path, Fixture, service_args, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  ADD ("ecpa", test_ecpa);
  ADD ("remember", test_remember);
  ADD ("wrong-password", test_wrong_password);
  ADD ("offline", test_offline);
  ADD ("certificate", test_certificate);
  ADD ("certificate-unbound", test_certificate_unbound);
  ADD ("social", test_social);
  ADD ("server-error", test_server_error);
  ADD ("relevance", test_relevance);
  ADD ("assistant", test_assistant);

  return g_test_run ();
}
