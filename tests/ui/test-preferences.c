/* test-preferences.c: the preferences dialog and its settings (the memory
 * backend of the test environment), under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "ec-preferences-dialog.h"
#include "ec-test-ui.h"

typedef struct {
  GType      type;
  gboolean   exact;
  GPtrArray *found;
} Collect;

static void
collect_cb (GtkWidget *widget,
            gpointer   user_data)
{
  Collect *collect = user_data;

  if (collect->exact ? G_OBJECT_TYPE (widget) == collect->type : g_type_is_a (G_OBJECT_TYPE (widget), collect->type))
    g_ptr_array_add (collect->found, widget);
  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_cb, collect);
}

/* The widgets of @type inside @window, in the order of the template. */
static GPtrArray *
find_all (GtkWidget *window,
          GType      type,
          gboolean   exact)
{
  Collect collect = { type, exact, g_ptr_array_new () };

  gtk_container_forall (GTK_CONTAINER (window), collect_cb, &collect);
  return collect.found;
}

static GtkWidget *
find_one (GtkWidget *window,
          GType      type)
{
  g_autoptr (GPtrArray) found = find_all (window, type, TRUE);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* The text of the error shown under the address, or NULL. */
static const char *
shown_error (GtkWidget *window)
{
  g_autoptr (GPtrArray) labels = find_all (window, GTK_TYPE_LABEL, TRUE);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_style_context_has_class (gtk_widget_get_style_context (label), GTK_STYLE_CLASS_ERROR)
          && gtk_widget_get_visible (label))
        return gtk_label_get_text (GTK_LABEL (label));
    }
  return NULL;
}

static gboolean
fits (gpointer user_data)
{
  GtkWidget     *window = user_data;
  GtkRequisition minimum;

  gtk_widget_get_preferred_size (window, &minimum, NULL);
  return gtk_widget_get_allocated_height (window) >= minimum.height
         && gtk_widget_get_allocated_width (window) >= minimum.width;
}

static void
focus_out (GtkWidget *widget)
{
  GdkEvent *event = gdk_event_new (GDK_FOCUS_CHANGE);

  event->focus_change.window = g_object_ref (gtk_widget_get_window (widget));
  event->focus_change.send_event = TRUE;
  event->focus_change.in = FALSE;
  gtk_widget_send_focus_change (widget, event);
  gdk_event_free (event);
}

static void
test_preferences (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GPtrArray) spins = NULL;
  g_autofree char *cutoff = NULL;
  g_autofree char *url = NULL;
  GtkWidget       *dialog;
  GtkWidget       *sync_switch;
  GtkWidget       *entry;
  GtkSpinButton   *month, *day;

  g_settings_reset (settings, "service-url");
  g_settings_reset (settings, "sync-on-start");
  g_settings_reset (settings, "year-end-cutoff");

  dialog = GTK_WIDGET (ec_preferences_dialog_new (NULL, settings));
  gtk_widget_show (dialog);
  ec_test_ui_settle (dialog);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "偏好設定");
  sync_switch = find_one (dialog, GTK_TYPE_SWITCH);
  entry = find_one (dialog, GTK_TYPE_ENTRY);
  spins = find_all (dialog, GTK_TYPE_SPIN_BUTTON, TRUE);
  g_assert_cmpuint (spins->len, ==, 2);
  month = g_ptr_array_index (spins, 0);
  day = g_ptr_array_index (spins, 1);

  /* Every control has a mnemonic label and a name for screen readers. */
  g_assert_nonnull (ec_test_ui_find_label (dialog, "學習服務網址(_S)"));
  g_assert_nonnull (ec_test_ui_find_label (dialog, "啟動時重新整理學習紀錄(_R)"));
  g_assert_nonnull (ec_test_ui_find_label (dialog, "機關的年度上傳期限(_U)"));
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (entry)), ==, "學習服務網址");
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (month))), ==, "期限月份");
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (day))), ==, "期限日期");

  /* What the settings hold shows: the defaults. */
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sync_switch)));
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (entry)), ==, "");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (month), ==, 11);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (day), ==, 30);

  gtk_switch_set_active (GTK_SWITCH (sync_switch), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "sync-on-start"));

  /* The day is clamped to the month: February's last is the 29th. */
  gtk_spin_button_set_value (month, 12);
  gtk_spin_button_set_value (day, 31);
  cutoff = g_settings_get_string (settings, "year-end-cutoff");
  g_assert_cmpstr (cutoff, ==, "12-31");
  g_clear_pointer (&cutoff, g_free);
  gtk_spin_button_set_value (month, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (day), ==, 29);
  cutoff = g_settings_get_string (settings, "year-end-cutoff");
  g_assert_cmpstr (cutoff, ==, "02-29");
  g_clear_pointer (&cutoff, g_free);
  gtk_spin_button_set_value (day, 31);
  cutoff = g_settings_get_string (settings, "year-end-cutoff");
  g_assert_cmpstr (cutoff, ==, "02-29");
  g_clear_pointer (&cutoff, g_free);

  /* A change made elsewhere shows. */
  g_settings_set_string (settings, "year-end-cutoff", "06-15");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (month), ==, 6);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (day), ==, 15);

  /* Plain HTTP to a remote host is refused: the error shows under the
   * field, and the setting keeps its value even when the learner presses
   * Enter or leaves the field. */
  gtk_entry_set_text (GTK_ENTRY (entry), "http://example.com");
  g_assert_nonnull (shown_error (dialog));
  g_assert_cmpstr (shown_error (dialog), !=, "");
  /* The error makes the dialog taller, which takes a round trip to the X
   * server before it can be drawn. */
  g_assert_true (ec_test_ui_wait_for (fits, dialog, 10));
  ec_test_ui_settle (dialog);
  ec_test_ui_save_screenshot (dialog, "preferences");
  gtk_widget_activate (entry);
  focus_out (entry);
  url = g_settings_get_string (settings, "service-url");
  g_assert_cmpstr (url, ==, "");
  g_clear_pointer (&url, g_free);

  /* A usable address is written once the learner is done with it. */
  gtk_entry_set_text (GTK_ENTRY (entry), "https://elearn.example.gov.tw");
  g_assert_null (shown_error (dialog));
  url = g_settings_get_string (settings, "service-url");
  g_assert_cmpstr (url, ==, "");
  g_clear_pointer (&url, g_free);
  gtk_widget_activate (entry);
  url = g_settings_get_string (settings, "service-url");
  g_assert_cmpstr (url, ==, "https://elearn.example.gov.tw");
  g_clear_pointer (&url, g_free);

  gtk_entry_set_text (GTK_ENTRY (entry), " https://elearn2.example.gov.tw ");
  focus_out (entry);
  url = g_settings_get_string (settings, "service-url");
  g_assert_cmpstr (url, ==, "https://elearn2.example.gov.tw");
  g_clear_pointer (&url, g_free);

  /* Empty means the demo, and is allowed. */
  gtk_entry_set_text (GTK_ENTRY (entry), "");
  g_assert_null (shown_error (dialog));
  gtk_widget_activate (entry);
  url = g_settings_get_string (settings, "service-url");
  g_assert_cmpstr (url, ==, "");

  gtk_widget_destroy (dialog);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  /* gtk_test_init() forces en_US: the suite runs in the shipped zh_TW. */
  g_setenv ("LANGUAGE", "zh_TW", TRUE);
  if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("EC_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* A screenshot shows where a change arrived, not its animation. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/ui/preferences/settings", test_preferences);

  return g_test_run ();
}
