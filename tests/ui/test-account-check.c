/* test-account-check.c: the assistant's official account lookup, against
 * the real elearn-sim with the demo learners, under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "assistant/ec-account-check-page.h"
#include "assistant/ec-assistant.h"
#include "assistant/ec-done-page.h"
#include "ec-test-ui.h"
#include "ec-core.h"
#include "ec-recovery-dialog.h"
#include "ec-test-sim.h"
#include "ec-test-util.h"

static EcTestSim *sim;

/* The entry a label's mnemonic leads to. */
static GtkEntry *
find_entry (GtkWidget  *window,
            const char *label)
{
  GtkWidget *label_widget = ec_test_ui_find_label (window, label);

  g_assert_nonnull (label_widget);
  return GTK_ENTRY (gtk_label_get_mnemonic_widget (GTK_LABEL (label_widget)));
}

/* Opens the assistant with a client of the demo service and walks to the
 * account page as an educator. */
static EcAssistant *
open_account_page_at (const char *url)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApiClient) client = ec_api_client_new (url, &error);
  EcAssistant *assistant;
  GtkWidget   *window;

  g_assert_no_error (error);
  assistant = ec_assistant_new_with_client (NULL, NULL, client);
  window = GTK_WIDGET (assistant);
  gtk_widget_show (window);
  ec_test_ui_settle (window);

  ec_test_ui_press_next (assistant);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "教育人員（公立學校教師）(_E)")));
  ec_test_ui_settle (window);
  ec_test_ui_press_next (assistant);

  /* The route page is no longer the last one. */
  g_assert_nonnull (ec_test_ui_find_label (window, "下一步(_N)"));
  ec_test_ui_press_next (assistant);
  g_assert_true (EC_IS_ACCOUNT_CHECK_PAGE (ec_assistant_get_current_page (assistant)));
  g_assert_cmpstr (ec_assistant_page_get_title (ec_assistant_get_current_page (assistant)), ==, "查詢公務帳號");
  return assistant;
}

static EcAssistant *
open_account_page (void)
{
  return open_account_page_at (ec_test_sim_get_url (sim));
}

static void
fill (EcAssistant *assistant,
      const char  *id_number,
      const char  *name)
{
  GtkWidget *window = GTK_WIDGET (assistant);

  gtk_entry_set_text (find_entry (window, "身分證字號(_I)"), id_number);
  gtk_entry_set_text (find_entry (window, "姓名(_N)"), name);
  ec_test_ui_settle (window);
}

static void
test_invalid_id_and_reveal (void)
{
  EcAssistant *assistant = open_account_page ();
  GtkWidget   *window = GTK_WIDGET (assistant);
  GtkEntry    *id_entry = find_entry (window, "身分證字號(_I)");
  GtkWidget   *error_label;
  g_autoptr (GError) error = NULL;

  g_assert_false (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));
  g_assert_false (gtk_entry_get_visibility (id_entry));
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (id_entry))), ==, "身分證字號");
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (
                       GTK_WIDGET (find_entry (window, "姓名(_N)")))),
                   ==, "姓名");

  /* A wrong check digit: the core's translated message, under the field. */
  fill (assistant, "A123456788", "王大明");
  g_assert_false (ec_id_number_validate ("A123456788", NULL, &error));
  ec_test_assert_translated (error->message,
                             "The ID number is not valid: its check digit does not match, so a character is "
                             "probably mistyped. Please compare it with your ID card or resident certificate.",
                             "檢查碼");
  error_label = gtk_test_find_label (window, error->message);
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_is_visible (error_label));
  g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (error_label), "error"));
  g_assert_false (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));

  /* Fixed (lowercase is normalized): the error goes, Next is offered. */
  fill (assistant, "a123456789", "王大明");
  g_assert_false (gtk_widget_is_visible (error_label));
  g_assert_true (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));

  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "顯示身分證字號(_S)")));
  ec_test_ui_settle (window);
  g_assert_true (gtk_entry_get_visibility (id_entry));
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "顯示身分證字號(_S)")));
  ec_test_ui_settle (window);
  g_assert_false (gtk_entry_get_visibility (id_entry));

  gtk_widget_destroy (window);
}

typedef struct {
  const char     *id_number;
  const char     *name;
  const char     *account;
  const char     *identity;
  const char     *hint;
  EcLookupOutcome outcome;
  const char     *screenshot;
} LookupCase;

static const LookupCase lookup_cases[] = {
  { "F222334450", "林美華", "li****", "自然人",
    "您的帳號是一般會員帳號（自然人）。請申請轉換為「公務人員之教育人員」，否則時數不會上傳至各學習網。",
    EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY, "assistant-4-account-check-zh_TW" },
  { "A120864216", "王大明", NULL, "公務帳號", "請以您的公務帳號登入，時數才會上傳至各學習網。",
    EC_LOOKUP_OUTCOME_OFFICIAL, NULL },
  { "A120864216", "王小明", NULL, NULL,
    "查無此身分證字號及姓名的帳號。請先至我的e政府申請一般會員，再申請公務帳號。",
    EC_LOOKUP_OUTCOME_NO_ACCOUNT, NULL },
};

static void
test_lookup (gconstpointer data)
{
  const LookupCase *c = data;
  EcAssistant      *assistant = open_account_page ();
  GtkWidget        *window = GTK_WIDGET (assistant);
  EcLearnerChoices *choices = ec_assistant_get_choices (assistant);
  GtkWidget        *hint;

  fill (assistant, c->id_number, c->name);
  ec_test_ui_press_next (assistant);

  /* The first Next shows the result and stays on the page. */
  g_assert_true (EC_IS_ACCOUNT_CHECK_PAGE (ec_assistant_get_current_page (assistant)));
  hint = gtk_test_find_label (window, c->hint);
  g_assert_nonnull (hint);
  g_assert_true (gtk_widget_is_visible (hint));
  if (c->account != NULL)
    g_assert_true (gtk_widget_is_visible (gtk_test_find_label (window, c->account)));
  if (c->identity != NULL)
    g_assert_true (gtk_widget_is_visible (gtk_test_find_label (window, c->identity)));
  g_assert_cmpint (ec_learner_choices_get_lookup_outcome (choices), ==, c->outcome);

  /* The ID number is shown nowhere but in its masked entry. */
  g_assert_null (gtk_test_find_label (window, c->id_number));

  if (c->screenshot != NULL)
    ec_test_ui_save_screenshot (window, c->screenshot);

  /* The ways out besides Next: register when there is no account, or
   * recover a forgotten password by SMS over the assistant. */
  if (c->outcome == EC_LOOKUP_OUTCOME_NO_ACCOUNT)
    g_assert_true (gtk_widget_is_visible (ec_test_ui_find_button (window, "到我的e政府申請一般會員(_R)")));
  else
    {
      GtkWidget *dialog = NULL;

      g_assert_false (gtk_widget_is_visible (ec_test_ui_find_button (window, "到我的e政府申請一般會員(_R)")));
      gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "忘記密碼？(_F)")));
      ec_test_ui_settle (window);
      for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
        if (EC_IS_RECOVERY_DIALOG (l->data))
          dialog = l->data;
      g_assert_nonnull (dialog);
      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
      gtk_widget_destroy (dialog);
    }

  /* The second one moves on: with a client but no session there is
   * nothing to log in to, so the last page follows. */
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_next_button (window)));
  ec_test_ui_settle (window);
  g_assert_true (EC_IS_DONE_PAGE (ec_assistant_get_current_page (assistant)));
  gtk_widget_destroy (window);
}

/* Nothing listens on the service's address: the page says to check the
 * network and stays, with Next offered again. */
static void
test_offline (void)
{
  EcAssistant *assistant = open_account_page_at ("http://127.0.0.1:1");
  GtkWidget   *window = GTK_WIDGET (assistant);
  g_autoptr (GError) error = ec_client_error_new (EC_CLIENT_ERROR_OFFLINE, NULL, NULL, 0);
  GtkWidget *label;

  fill (assistant, "F222334450", "林美華");
  ec_test_ui_press_next (assistant);

  g_assert_true (EC_IS_ACCOUNT_CHECK_PAGE (ec_assistant_get_current_page (assistant)));
  g_assert_nonnull (strstr (error->message, "網路"));
  label = gtk_test_find_label (window, error->message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_cmpint (ec_learner_choices_get_lookup_outcome (ec_assistant_get_choices (assistant)), ==,
                   EC_LOOKUP_OUTCOME_NONE);
  g_assert_true (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));
  gtk_widget_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *const args[] = { "--seed=demo", NULL };
  int               status;

  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  sim = ec_test_sim_start (args);

  g_test_add_func ("/ui/account-check/invalid-id-and-reveal", test_invalid_id_and_reveal);
  for (guint i = 0; i < G_N_ELEMENTS (lookup_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/account-check/lookup/%u", i);

      g_test_add_data_func (path, &lookup_cases[i], test_lookup);
    }

  g_test_add_func ("/ui/account-check/offline", test_offline);

  status = g_test_run ();
  ec_test_sim_stop (sim);
  return status;
}
