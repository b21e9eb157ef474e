/* test-assistant.c: the first-run assistant's pages so far (welcome,
 * identity, login route), driven under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "assistant/ec-assistant.h"
#include "assistant/ec-done-page.h"
#include "ec-test-ui.h"
#include "assistant/ec-identity-page.h"
#include "assistant/ec-route-page.h"
#include "ec-test-util.h"
#include "assistant/ec-welcome-page.h"

/* A key press alone: the window closes on it, so there is no window left
 * for the release that gtk_test_widget_send_key() would also send. */
static void
press_key (GtkWidget *window,
           guint      keyval)
{
  GdkEvent *event = gdk_event_new (GDK_KEY_PRESS);
  GdkSeat  *seat = gdk_display_get_default_seat (gtk_widget_get_display (window));

  event->key.window = g_object_ref (gtk_widget_get_window (window));
  event->key.keyval = keyval;
  event->key.time = GDK_CURRENT_TIME;
  gdk_event_set_device (event, gdk_seat_get_keyboard (seat));
  gtk_main_do_event (event);
  gdk_event_free (event);
  ec_test_ui_settle (window);
}

static EcAssistant *
open_assistant (void)
{
  EcAssistant *assistant = ec_assistant_new (NULL, NULL);

  gtk_widget_show (GTK_WIDGET (assistant));
  ec_test_ui_settle (GTK_WIDGET (assistant));
  g_assert_true (EC_IS_WELCOME_PAGE (ec_assistant_get_current_page (assistant)));
  return assistant;
}

static void
test_walkthrough_screens (void)
{
  EcAssistant *assistant = open_assistant ();
  GtkWidget   *window = GTK_WIDGET (assistant);
  GtkWidget   *next;

  g_assert_nonnull (gtk_test_find_label (window, "登入方式決定您的時數是否採計"));
  ec_test_ui_save_screenshot (window, "assistant-1-welcome-zh_TW");
  ec_test_ui_press_next (assistant);

  /* Nothing chosen yet: Next waits for an identity. */
  g_assert_true (EC_IS_IDENTITY_PAGE (ec_assistant_get_current_page (assistant)));
  next = ec_test_ui_next_button (window);
  g_assert_false (gtk_widget_get_sensitive (next));
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "教育人員（公立學校教師）(_E)")));
  ec_test_ui_settle (window);
  g_assert_true (gtk_widget_get_sensitive (next));
  g_assert_cmpint (ec_learner_choices_get_identity (ec_assistant_get_choices (assistant)), ==, EC_IDENTITY_EDUCATOR);
  ec_test_ui_save_screenshot (window, "assistant-2-identity-zh_TW");
  ec_test_ui_press_next (assistant);

  g_assert_true (EC_IS_ROUTE_PAGE (ec_assistant_get_current_page (assistant)));
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "我的e政府帳號(_M)")));
  ec_test_ui_settle (window);
  ec_test_ui_save_screenshot (window, "assistant-3-route-zh_TW");

  /* Without a service there is nothing to check or log in to: the last
   * page says how to log in, and its Done closes the assistant. */
  ec_test_ui_press_next (assistant);
  g_assert_true (EC_IS_DONE_PAGE (ec_assistant_get_current_page (assistant)));
  g_assert_nonnull (ec_test_ui_find_label (window, "您已知道該如何登入"));
  g_assert_nonnull (ec_test_ui_find_label (window, "請用這種方式登入學習平臺：我的e政府帳號。"));
  ec_test_ui_save_screenshot (window, "assistant-9-done-zh_TW");
  g_assert_nonnull (ec_test_ui_find_label (window, "完成(_D)"));
  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  ec_test_ui_press_next (assistant);
  g_assert_null (assistant);
}

/* What the route page recommends, for an identity and the accounts the
 * learner ticks, follows DOMAIN.md through the core's advice. */
typedef struct {
  EcIdentity        identity;
  const char *const ticks[3];
  EcLoginRoute      recommended;
} RouteCase;

static const RouteCase route_cases[] = {
  /* A civil servant with neither account: eCPA, as the help text says. */
  { EC_IDENTITY_CIVIL_SERVANT, { NULL }, EC_LOGIN_ROUTE_ECPA },
  { EC_IDENTITY_CIVIL_SERVANT, { "我的e政府帳號(_M)", NULL }, EC_LOGIN_ROUTE_GOV_TW },
  { EC_IDENTITY_CIVIL_SERVANT, { "我的e政府帳號(_M)", "…而且是公務帳號(_O)", NULL }, EC_LOGIN_ROUTE_GOV_TW },
  { EC_IDENTITY_EDUCATOR, { "人事服務網 eCPA 帳號(_E)", NULL }, EC_LOGIN_ROUTE_ECPA },
  { EC_IDENTITY_GENERAL_PUBLIC, { NULL }, EC_LOGIN_ROUTE_GOV_TW },
  { EC_IDENTITY_GENERAL_PUBLIC, { "曾用來研讀課程的社群帳號（Facebook、Google）(_S)", NULL }, EC_LOGIN_ROUTE_GOV_TW },
};

static const char *const identity_buttons[] = {
  [EC_IDENTITY_CIVIL_SERVANT] = "公務人員，含約聘僱人員(_C)",
  [EC_IDENTITY_EDUCATOR] = "教育人員（公立學校教師）(_E)",
  [EC_IDENTITY_GENERAL_PUBLIC] = "一般民眾(_G)",
};

static void
test_route_recommendation (gconstpointer data)
{
  const RouteCase  *c = data;
  EcAssistant      *assistant = open_assistant ();
  GtkWidget        *window = GTK_WIDGET (assistant);
  EcLearnerChoices *choices = ec_assistant_get_choices (assistant);
  EcRouteAdvice     advice;

  ec_test_ui_press_next (assistant);
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, identity_buttons[c->identity])));
  ec_test_ui_settle (window);
  ec_test_ui_press_next (assistant);

  for (guint i = 0; i < G_N_ELEMENTS (c->ticks) && c->ticks[i] != NULL; i++)
    {
      gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, c->ticks[i])));
      ec_test_ui_settle (window);
    }

  g_assert_cmpint (ec_learner_choices_get_route (choices), ==, c->recommended);

  /* The summary shown is the core's, for the answers on screen. */
  ec_route_advise (c->identity, ec_learner_choices_get_accounts_held (choices), &advice);
  g_assert_cmpint (advice.recommended, ==, c->recommended);
  g_assert_nonnull (gtk_test_find_label (window, advice.summary));

  gtk_widget_destroy (window);
}

/* Going back shows the identity chosen before; Escape closes. */
static void
test_back_keeps_choice_and_escape_closes (void)
{
  EcAssistant *assistant = open_assistant ();
  GtkWidget   *window = GTK_WIDGET (assistant);
  GtkWidget   *radio;

  ec_test_ui_press_next (assistant);
  radio = ec_test_ui_find_button (window, "一般民眾(_G)");
  gtk_button_clicked (GTK_BUTTON (radio));
  ec_test_ui_settle (window);
  ec_test_ui_press_next (assistant);

  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (window, "上一步(_B)")));
  ec_test_ui_settle (window);
  g_assert_true (EC_IS_IDENTITY_PAGE (ec_assistant_get_current_page (assistant)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (radio)));
  g_assert_true (gtk_widget_get_sensitive (ec_test_ui_next_button (window)));

  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  press_key (window, GDK_KEY_Escape);
  g_assert_null (assistant);
}

static gboolean
has_identity (gpointer user_data)
{
  return ec_learner_choices_get_has_identity (user_data);
}

/* Keyboard only: the mnemonics of the translated labels choose. */
static void
test_mnemonic_chooses_identity (void)
{
  EcAssistant *assistant = open_assistant ();
  GtkWidget   *window = GTK_WIDGET (assistant);

  ec_test_ui_press_next (assistant);
  g_assert_true (gtk_window_mnemonic_activate (GTK_WINDOW (window), GDK_KEY_g, GDK_MOD1_MASK));

  /* A button activated from the keyboard shows itself pressed for a
   * moment before it is clicked. */
  g_assert_true (ec_test_ui_wait_for (has_identity, ec_assistant_get_choices (assistant), 5));
  g_assert_cmpint (ec_learner_choices_get_identity (ec_assistant_get_choices (assistant)), ==, EC_IDENTITY_GENERAL_PUBLIC);
  gtk_widget_destroy (window);
}

static void
collect_unnamed (GtkWidget *widget,
                 gpointer   user_data)
{
  GPtrArray  *unnamed = user_data;
  const char *name;

  /* What is never shown (a radio group's hidden "none") has nothing to
   * say. */
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_ENTRY (widget) || GTK_IS_TOGGLE_BUTTON (widget) || GTK_IS_BUTTON (widget))
    {
      name = atk_object_get_name (gtk_widget_get_accessible (widget));
      if (name == NULL || *name == '\0')
        {
          GtkWidget *page = gtk_widget_get_ancestor (widget, EC_TYPE_ASSISTANT_PAGE);

          g_ptr_array_add (unnamed, g_strdup_printf ("a %s on %s", G_OBJECT_TYPE_NAME (widget),
                                                     page != NULL ? G_OBJECT_TYPE_NAME (page) : "the assistant"));
        }
    }
  if (GTK_IS_CONTAINER (widget))
    gtk_container_foreach (GTK_CONTAINER (widget), collect_unnamed, unnamed);
}

/* Every entry and button of every page has a name for screen readers:
 * its own label, or one the page gives it. */
static void
test_accessible_names (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApiClient) client = ec_api_client_new ("http://127.0.0.1:1", &error);
  g_autoptr (EcCredentialStore) credentials = ec_credential_store_new ("http://127.0.0.1:1");
  g_autoptr (EcSession) session = ec_session_new (client, credentials);
  EcAssistant *assistant = ec_assistant_new_with_session (NULL, NULL, session);
  g_autoptr (GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_show (GTK_WIDGET (assistant));
  ec_test_ui_settle (GTK_WIDGET (assistant));
  collect_unnamed (GTK_WIDGET (assistant), unnamed);
  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("no accessible name: %s", (char *) g_ptr_array_index (unnamed, i));
  g_assert_cmpuint (unnamed->len, ==, 0);
  gtk_widget_destroy (GTK_WIDGET (assistant));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);

  /* Pages slide in; a screenshot or an assertion must see the page that
   * arrived, not the slide. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/ui/assistant/walkthrough-screens", test_walkthrough_screens);
  for (guint i = 0; i < G_N_ELEMENTS (route_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/assistant/route/%u", i);

      g_test_add_data_func (path, &route_cases[i], test_route_recommendation);
    }
  g_test_add_func ("/ui/assistant/back-and-escape", test_back_keeps_choice_and_escape_closes);
  g_test_add_func ("/ui/assistant/mnemonic", test_mnemonic_chooses_identity);
  g_test_add_func ("/ui/assistant/accessible-names", test_accessible_names);

  return g_test_run ();
}
