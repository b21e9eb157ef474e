/* test-recovery-dialog.c: password recovery by SMS, against the real
 * elearn-sim with the demo learners, under Xvfb in zh_TW.  The "SMS" is
 * read from /admin/sms-codes.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "ec-recovery-dialog.h"
#include "ec-test-service.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"
#include "ec-core.h"

#define OLD_PASSWORD "demo2026"
#define NEW_PASSWORD "Spring2027x"

typedef struct {
  EcTestService     service;
  EcApiClient      *client;
  GtkWidget        *parent;
  EcRecoveryDialog *dialog;
  GtkWidget        *window;
  guint             n_recovered;
  char             *recovered_route;
  char             *recovered_account;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer args)
{
  g_autoptr (GError) error = NULL;

  ec_test_service_set_up (&fixture->service, args);
  fixture->client = ec_api_client_new (fixture->service.url, &error);
  g_assert_no_error (error);

  fixture->parent = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_widget_show (fixture->parent);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer args)
{
  if (fixture->dialog != NULL)
    gtk_widget_destroy (GTK_WIDGET (fixture->dialog));
  g_assert_null (fixture->dialog);
  gtk_widget_destroy (fixture->parent);
  g_clear_object (&fixture->client);
  g_clear_pointer (&fixture->recovered_route, g_free);
  g_clear_pointer (&fixture->recovered_account, g_free);
  ec_test_service_tear_down (&fixture->service, args);
}

static void
on_recovered_cb (EcRecoveryDialog *dialog,
                 const char       *route,
                 const char       *account,
                 Fixture          *fixture)
{
  fixture->n_recovered++;
  g_free (fixture->recovered_route);
  fixture->recovered_route = g_strdup (route);
  g_free (fixture->recovered_account);
  fixture->recovered_account = g_strdup (account);
}

static void
open_dialog (Fixture     *fixture,
             EcApiClient *client,
             const char  *route,
             const char  *account)
{
  fixture->dialog = ec_recovery_dialog_new (GTK_WINDOW (fixture->parent), client, route, account);
  fixture->window = GTK_WIDGET (fixture->dialog);
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->dialog);
  g_signal_connect (fixture->dialog, "recovered", G_CALLBACK (on_recovered_cb), fixture);
  gtk_widget_show (fixture->window);
  ec_test_ui_settle (fixture->window);

  g_assert_true (gtk_window_get_modal (GTK_WINDOW (fixture->dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (fixture->dialog)) == GTK_WINDOW (fixture->parent));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->dialog)), ==, "以簡訊重設密碼");
}

/* The entry a label's mnemonic leads to. */
static GtkEntry *
find_entry (Fixture    *fixture,
            const char *label)
{
  GtkWidget *label_widget = ec_test_ui_find_label (fixture->window, label);

  g_assert_nonnull (label_widget);
  return GTK_ENTRY (gtk_label_get_mnemonic_widget (GTK_LABEL (label_widget)));
}

static void
type_into (Fixture    *fixture,
           const char *label,
           const char *text)
{
  gtk_entry_set_text (find_entry (fixture, label), text);
  ec_test_ui_settle (fixture->window);
}

static void
assert_accessible_name (GtkWidget  *widget,
                        const char *name)
{
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (widget)), ==, name);
}

/* A label that shows @message, under the dialog and visible. */
static GtkWidget *
assert_message_shown (Fixture    *fixture,
                      const char *message)
{
  GtkWidget *label = gtk_test_find_label (fixture->window, message);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (label), "error"));
  return label;
}

/* The widget right below @widget in its box: where a field shows its
 * error. */
static GtkWidget *
next_sibling (GtkWidget *widget)
{
  g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (gtk_widget_get_parent (widget)));
  GList *link = g_list_find (children, widget);

  g_assert_nonnull (link);
  g_assert_nonnull (link->next);
  return link->next->data;
}

static gboolean
dialog_is_idle (gpointer user_data)
{
  Fixture *fixture = user_data;

  /* The fields are insensitive while a request is on its way. */
  return fixture->dialog == NULL || gtk_widget_is_sensitive (GTK_WIDGET (find_entry (fixture, "帳號(_L)")));
}

static void
wait_until_idle (Fixture *fixture)
{
  g_assert_true (ec_test_ui_wait_for (dialog_is_idle, fixture, 30));
  if (fixture->dialog != NULL)
    ec_test_ui_settle (fixture->window);
}

/* A button pressed with Enter takes a moment to click, as it does when
 * pressed with the mouse. */
static gboolean
shows_confirm_stage (gpointer user_data)
{
  Fixture *fixture = user_data;

  return gtk_widget_is_visible (ec_test_ui_find_button (fixture->window, "變更密碼(_P)"));
}

static gboolean
dialog_is_gone (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->dialog == NULL;
}

/* The newest code the service texted to @account. */
static char *
last_code (Fixture    *fixture,
           const char *account)
{
  g_autofree char *path = g_strdup_printf ("/admin/sms-codes?account=%s", account);
  g_autoptr (JsonNode) reply = ec_test_service_call (&fixture->service, "GET", path, NULL, NULL, 200);
  JsonArray *codes = json_object_get_array_member (json_node_get_object (reply), "codes");

  g_assert_cmpuint (json_array_get_length (codes), >, 0);
  return g_strdup (json_object_get_string_member (json_array_get_object_element (codes, 0), "code"));
}

/* Fills in the first stage for lin.meihua and presses Enter in the phone
 * entry, which sends the code. */
static void
send_code (Fixture *fixture)
{
  GtkEntry *phone_entry = find_entry (fixture, "登記的手機號碼(_P)");

  type_into (fixture, "登記的手機號碼(_P)", "0912-345-678");
  g_assert_true (gtk_widget_get_sensitive (ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)")));
  gtk_widget_activate (GTK_WIDGET (phone_entry));
  g_assert_true (ec_test_ui_wait_for (shows_confirm_stage, fixture, 30));
  ec_test_ui_settle (fixture->window);

  g_assert_nonnull (gtk_test_find_label (fixture->window,
                                         "若帳號與手機號碼相符，驗證碼已傳送至 09*****678。請在下方輸入驗證碼及新密碼。"));
  g_assert_true (gtk_widget_is_visible (ec_test_ui_find_button (fixture->window, "變更密碼(_P)")));
  g_assert_false (gtk_widget_is_visible (ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)")));
}

static void
test_recover (Fixture      *fixture,
              gconstpointer args)
{
  GtkWidget       *confirm_button;
  GtkEntry        *password_entry;
  g_autofree char *code = NULL;
  g_autofree char *token = NULL;
  g_autoptr (JsonNode) refused = NULL;

  open_dialog (fixture, fixture->client, "gov-tw", "lin.meihua");

  /* Preset from the caller: 我的e政府, the login. */
  g_assert_true (gtk_toggle_button_get_active (
      GTK_TOGGLE_BUTTON (ec_test_ui_find_button (fixture->window, "我的e政府(_M)"))));
  g_assert_cmpstr (gtk_entry_get_text (find_entry (fixture, "帳號(_L)")), ==, "lin.meihua");
  g_assert_false (gtk_widget_get_sensitive (ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)")));
  assert_accessible_name (GTK_WIDGET (find_entry (fixture, "帳號(_L)")), "帳號");
  assert_accessible_name (GTK_WIDGET (find_entry (fixture, "登記的手機號碼(_P)")), "登記的手機號碼");
  g_assert_nonnull (gtk_test_find_label (fixture->window,
                                         "自然人憑證與社群帳號無法在此重設密碼：憑證的 PIN 碼請向核發單位辦理，社"
                                         "群帳號的密碼請至 Facebook 或 Google 重設。"));

  type_into (fixture, "登記的手機號碼(_P)", "0912-345-678");
  ec_test_ui_save_screenshot (fixture->window, "recovery-dialog-send");
  send_code (fixture);

  code = last_code (fixture, "lin.meihua");
  confirm_button = ec_test_ui_find_button (fixture->window, "變更密碼(_P)");
  password_entry = find_entry (fixture, "新密碼(_N)");
  g_assert_false (gtk_widget_get_sensitive (confirm_button));
  g_assert_false (gtk_entry_get_visibility (password_entry));
  assert_accessible_name (GTK_WIDGET (find_entry (fixture, "驗證碼(_V)")), "驗證碼");
  assert_accessible_name (GTK_WIDGET (password_entry), "新密碼");
  assert_accessible_name (GTK_WIDGET (find_entry (fixture, "再次輸入新密碼(_A)")), "再次輸入新密碼");

  type_into (fixture, "驗證碼(_V)", code);
  type_into (fixture, "新密碼(_N)", NEW_PASSWORD);
  g_assert_false (gtk_widget_get_sensitive (confirm_button));
  type_into (fixture, "再次輸入新密碼(_A)", NEW_PASSWORD);
  g_assert_true (gtk_widget_get_sensitive (confirm_button));

  /* Shown, and masked again. */
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "顯示密碼(_S)")));
  ec_test_ui_settle (fixture->window);
  g_assert_true (gtk_entry_get_visibility (password_entry));
  g_assert_true (gtk_entry_get_visibility (find_entry (fixture, "再次輸入新密碼(_A)")));
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "顯示密碼(_S)")));
  ec_test_ui_settle (fixture->window);
  g_assert_false (gtk_entry_get_visibility (password_entry));
  ec_test_ui_save_screenshot (fixture->window, "recovery-dialog-confirm");

  /* Enter in the last field changes the password; the dialog closes. */
  gtk_widget_activate (GTK_WIDGET (find_entry (fixture, "再次輸入新密碼(_A)")));
  g_assert_true (ec_test_ui_wait_for (dialog_is_gone, fixture, 30));
  g_assert_cmpuint (fixture->n_recovered, ==, 1);
  g_assert_cmpstr (fixture->recovered_route, ==, "gov-tw");
  g_assert_cmpstr (fixture->recovered_account, ==, "lin.meihua");

  token = ec_test_service_login (&fixture->service, "gov-tw", "lin.meihua", NEW_PASSWORD);
  g_assert_nonnull (token);
  refused = ec_test_service_login_reply (&fixture->service, "gov-tw", "lin.meihua", OLD_PASSWORD, 401);
}

static void
test_weak_password_and_wrong_code (Fixture      *fixture,
                                   gconstpointer args)
{
  GtkWidget       *confirm_button;
  GtkWidget       *label;
  g_autofree char *code = NULL;
  g_autofree char *wrong_code = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) reply = NULL;
  g_autofree char *token = NULL;

  open_dialog (fixture, fixture->client, "gov-tw", "lin.meihua");
  send_code (fixture);
  code = last_code (fixture, "lin.meihua");
  wrong_code = g_strdup_printf ("%06d", (atoi (code) + 1) % 1000000);
  confirm_button = ec_test_ui_find_button (fixture->window, "變更密碼(_P)");

  type_into (fixture, "驗證碼(_V)", wrong_code);

  /* The validator's own message: letters and digits must be mixed. */
  type_into (fixture, "新密碼(_N)", "springtime");
  type_into (fixture, "再次輸入新密碼(_A)", "springtime");
  g_assert_false (ec_password_validate ("springtime", "lin.meihua", &error));
  ec_test_assert_translated (error->message, "The password must mix letters and digits: use at least one of each.",
                             "數字");
  label = assert_message_shown (fixture, error->message);
  g_assert_true (label == next_sibling (GTK_WIDGET (find_entry (fixture, "新密碼(_N)"))));
  g_assert_false (gtk_widget_get_sensitive (confirm_button));
  g_clear_error (&error);

  /* Nor may it be the account name. */
  type_into (fixture, "新密碼(_N)", "Lin.Meihua");
  g_assert_false (ec_password_validate ("Lin.Meihua", "lin.meihua", &error));
  assert_message_shown (fixture, error->message);
  g_assert_false (gtk_widget_get_sensitive (confirm_button));

  /* Two different passwords. */
  type_into (fixture, "新密碼(_N)", NEW_PASSWORD);
  label = assert_message_shown (fixture, "兩次輸入的密碼不相符。");
  g_assert_true (label == next_sibling (GTK_WIDGET (find_entry (fixture, "再次輸入新密碼(_A)"))));
  g_assert_false (gtk_widget_get_sensitive (confirm_button));

  type_into (fixture, "再次輸入新密碼(_A)", NEW_PASSWORD);
  g_assert_false (gtk_widget_is_visible (label));
  g_assert_true (gtk_widget_get_sensitive (confirm_button));

  /* The service refuses the code: its error goes under the code entry,
   * and the dialog stays. */
  gtk_button_clicked (GTK_BUTTON (confirm_button));
  wait_until_idle (fixture);
  g_assert_nonnull (fixture->dialog);
  label = assert_message_shown (fixture,
                                "驗證碼錯誤、已過期或已被較新的驗證碼取代。請核對最新的簡訊，或重新傳送驗證碼。");
  g_assert_true (label == next_sibling (GTK_WIDGET (find_entry (fixture, "驗證碼(_V)"))));
  g_assert_cmpuint (fixture->n_recovered, ==, 0);

  /* Nothing changed: the old password still works. */
  token = ec_test_service_login (&fixture->service, "gov-tw", "lin.meihua", OLD_PASSWORD);
  g_assert_nonnull (token);

  /* Back to the first stage for a new code. */
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "重新傳送驗證碼(_O)")));
  ec_test_ui_settle (fixture->window);
  g_assert_true (gtk_widget_is_visible (ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)")));
  g_assert_false (gtk_widget_is_visible (confirm_button));
  g_assert_cmpstr (gtk_entry_get_text (find_entry (fixture, "登記的手機號碼(_P)")), ==, "0912-345-678");
}

static void
test_bad_phone (Fixture      *fixture,
                gconstpointer args)
{
  GtkWidget *send_button;
  GtkWidget *label;
  g_autoptr (GError) error = NULL;

  /* An eCPA login still to type. */
  open_dialog (fixture, fixture->client, "ecpa", NULL);
  g_assert_true (gtk_toggle_button_get_active (
      GTK_TOGGLE_BUTTON (ec_test_ui_find_button (fixture->window, "人事服務網 eCPA(_E)"))));
  g_assert_cmpstr (gtk_entry_get_text (find_entry (fixture, "帳號(_L)")), ==, "");
  assert_accessible_name (ec_test_ui_find_button (fixture->window, "人事服務網 eCPA(_E)"), "人事服務網 eCPA");
  send_button = ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)");

  type_into (fixture, "帳號(_L)", "A120864216");
  type_into (fixture, "登記的手機號碼(_P)", "0912-345");
  g_assert_false (ec_phone_number_validate ("0912-345", &error));
  ec_test_assert_translated (error->message, "The phone number is too short: include the area code, like 02-2192-7111.",
                             "電話");
  label = assert_message_shown (fixture, error->message);
  g_assert_true (label == next_sibling (GTK_WIDGET (find_entry (fixture, "登記的手機號碼(_P)"))));
  g_assert_false (gtk_widget_get_sensitive (send_button));

  /* Enter does nothing while the button is not offered. */
  gtk_widget_activate (GTK_WIDGET (find_entry (fixture, "登記的手機號碼(_P)")));
  ec_test_ui_settle (fixture->window);
  g_assert_true (gtk_widget_is_visible (send_button));

  type_into (fixture, "登記的手機號碼(_P)", "0912-345-678");
  g_assert_false (gtk_widget_is_visible (label));
  g_assert_true (gtk_widget_get_sensitive (send_button));

  /* A valid phone without a login is not enough. */
  type_into (fixture, "帳號(_L)", " ");
  g_assert_false (gtk_widget_get_sensitive (send_button));
}

/* Nothing listens on the service's address: the dialog says to check the
 * network and stays on the first stage, with its button offered again. */
static void
test_offline (Fixture      *fixture,
              gconstpointer args)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApiClient) client = ec_api_client_new ("http://127.0.0.1:1", &error);
  g_autoptr (GError) offline = ec_client_error_new (EC_CLIENT_ERROR_OFFLINE, NULL, NULL, 0);

  g_assert_no_error (error);
  open_dialog (fixture, client, "gov-tw", "lin.meihua");
  type_into (fixture, "登記的手機號碼(_P)", "0912-345-678");
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)")));
  wait_until_idle (fixture);

  ec_test_assert_translated (offline->message,
                             "Cannot reach the learning service. Check your network connection; your saved records "
                             "stay available.",
                             "網路");
  assert_message_shown (fixture, offline->message);
  g_assert_true (gtk_widget_get_sensitive (ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)")));
  g_assert_cmpuint (fixture->n_recovered, ==, 0);
}

/* Escape while the service holds its reply back: the dialog closes at
 * once and the reply, when it comes, finds nothing to update. */
static void
test_cancel_in_flight (Fixture      *fixture,
                       gconstpointer args)
{
  ec_test_service_admin (&fixture->service, "POST", "/admin/faults",
                         "{\"path\": \"/api/v1/password-recovery\", \"kind\": \"delay\", \"delay_ms\": 1000}", 201);

  open_dialog (fixture, fixture->client, "gov-tw", "lin.meihua");
  type_into (fixture, "登記的手機號碼(_P)", "0912-345-678");
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)")));
  g_assert_false (dialog_is_idle (fixture));

  /* Escape's binding; a synthesized key release would find no window. */
  g_assert_true (gtk_bindings_activate (G_OBJECT (fixture->window), GDK_KEY_Escape, 0));
  g_assert_true (ec_test_ui_wait_for (dialog_is_gone, fixture, 30));
  g_assert_cmpuint (fixture->n_recovered, ==, 0);
}

static void
test_cancel_button (Fixture      *fixture,
                    gconstpointer args)
{
  open_dialog (fixture, fixture->client, "gov-tw", "lin.meihua");
  assert_accessible_name (ec_test_ui_find_button (fixture->window, "傳送驗證碼(_S)"), "傳送驗證碼");
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (fixture->window, "取消(_C)")));
  g_assert_null (fixture->dialog);
  g_assert_cmpuint (fixture->n_recovered, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  static const char *const args[] = { "--seed=demo", "--admin", NULL };

  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) g_test_add (path, Fixture, args, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/recovery-dialog/recover", test_recover);
  ADD ("/ui/recovery-dialog/weak-password-and-wrong-code", test_weak_password_and_wrong_code);
  ADD ("/ui/recovery-dialog/bad-phone", test_bad_phone);
  ADD ("/ui/recovery-dialog/offline", test_offline);
  ADD ("/ui/recovery-dialog/cancel-in-flight", test_cancel_in_flight);
  ADD ("/ui/recovery-dialog/cancel-button", test_cancel_button);
#undef ADD

  return g_test_run ();
}
