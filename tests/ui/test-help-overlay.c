/* test-help-overlay.c: the keyboard shortcuts window (gtk/help-overlay.ui)
 * lists the accelerators the application sets, under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "demo/ec-demo.h"
#include "ec-application.h"
#include "ec-test-ui.h"

/* clang-format off */
static const struct {
  const char *action;
  const char *accelerator;
  const char *title;
} expected[] = {
  { "app.quit", "<Primary>q", "離開" },
  { "app.preferences", "<Primary>comma", "偏好設定" },
  { "win.show-help-overlay", "<Primary>question", "鍵盤快捷鍵" },
  { "win.sync", "<Primary>r F5", "重新整理學習紀錄" },
  { "win.search", "<Primary>f", "搜尋學習紀錄" },
  { "win.export", "<Primary>e", "匯出學習紀錄" },
  { "win.print", "<Primary>p", "列印年度摘要" },
  { "win.view::records", "<Primary>1", "顯示課程" },
  { "win.view::summary", "<Primary>2", "顯示年度摘要" },
  { "app.demo-personas", "<Primary><Shift>l", "選擇示範學員" },
  { "app.demo-advance-clock", "<Primary><Shift>n", "服務時鐘前進一天" },
};
/* clang-format on */

static const char *const groups[] = { "一般", "學習紀錄", "示範" };

static GtkBuilder *
load_overlay (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkBuilder) builder = gtk_builder_new ();

  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  gtk_builder_add_from_resource (builder, RESOURCE_PREFIX "/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);
  return g_steal_pointer (&builder);
}

static void
test_shortcuts (void)
{
  g_autoptr (GtkBuilder) builder = load_overlay ();
  g_autoptr (GSList) objects = gtk_builder_get_objects (builder);
  GObject *window = gtk_builder_get_object (builder, "help_overlay");
  guint    shortcuts = 0, group_index = 0;

  /* GtkApplication looks the window up by this id. */
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window));

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *title = NULL;
      g_autofree char *view = NULL;

      if (!GTK_IS_SHORTCUTS_GROUP (l->data))
        continue;

      g_object_get (l->data, "title", &title, "view", &view, NULL);
      /* Only the demo's group has a view: outside the demo the
       * application filters it out. */
      g_assert_cmpstr (view, ==, g_str_equal (title, "示範") ? "demo" : NULL);
      g_assert_cmpuint (group_index, <, G_N_ELEMENTS (groups));
      g_assert_true (g_strv_contains ((const char *const[]){ groups[0], groups[1], groups[2], NULL }, title));
      group_index++;
    }
  g_assert_cmpuint (group_index, ==, G_N_ELEMENTS (groups));

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *action = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;
      gboolean         found = FALSE;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      shortcuts++;
      g_object_get (l->data, "action-name", &action, "accelerator", &accelerator, "title", &title, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        if (g_strcmp0 (expected[i].action, action) == 0)
          {
            g_assert_cmpstr (accelerator, ==, expected[i].accelerator);
            g_assert_cmpstr (title, ==, expected[i].title);
            found = TRUE;
          }
      if (!found)
        g_error ("The shortcuts window lists %s, which the application does not set", action);
    }
  g_assert_cmpuint (shortcuts, ==, G_N_ELEMENTS (expected));

  gtk_widget_show (GTK_WIDGET (window));
  ec_test_ui_settle (GTK_WIDGET (window));
  ec_test_ui_save_screenshot (GTK_WIDGET (window), "shortcuts");
  gtk_widget_destroy (GTK_WIDGET (window));
}

static char *
accels_for (GtkApplication *app,
            const char     *action)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (app, action);

  return g_strjoinv (" ", accels);
}

/* The application sets the accelerators the window lists, and finds the
 * window where GtkApplication looks for it (its resource-base-path).  The
 * demo's actions and keys are the demo's: outside the demo they are not
 * there; a demo brings them, disabled until its service runs, and takes
 * them away with it. */
static void
test_application_accels (void)
{
  g_autoptr (EcApplication) app = ec_application_new ();
  g_autoptr (EcDemo) demo = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  g_assert_cmpstr (g_application_get_resource_base_path (G_APPLICATION (app)), ==, RESOURCE_PREFIX);
  path = g_strconcat (g_application_get_resource_base_path (G_APPLICATION (app)), "/gtk/help-overlay.ui", NULL);
  g_assert_true (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Registering runs startup; without a unique name it cannot clash with
   * another test's instance on the session bus. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *joined = accels_for (GTK_APPLICATION (app), expected[i].action);

      g_assert_cmpstr (joined, ==, g_str_has_prefix (expected[i].action, "app.demo-") ? "" : expected[i].accelerator);
    }
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));
  g_assert_false (g_action_group_has_action (G_ACTION_GROUP (app), "demo-personas"));
  g_assert_false (g_action_group_has_action (G_ACTION_GROUP (app), "demo-advance-clock"));

  demo = ec_demo_new (GTK_APPLICATION (app), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *joined = accels_for (GTK_APPLICATION (app), expected[i].action);

      g_assert_cmpstr (joined, ==, expected[i].accelerator);
    }
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "demo-personas"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "demo-personas"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "demo-advance-clock"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "demo-advance-clock"));

  g_clear_object (&demo);
  g_assert_false (g_action_group_has_action (G_ACTION_GROUP (app), "demo-personas"));
  g_assert_false (g_action_group_has_action (G_ACTION_GROUP (app), "demo-advance-clock"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *joined = accels_for (GTK_APPLICATION (app), expected[i].action);

      if (g_str_has_prefix (expected[i].action, "app.demo-"))
        g_assert_cmpstr (joined, ==, "");
    }
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

  g_test_add_func ("/ui/help-overlay/shortcuts", test_shortcuts);
  g_test_add_func ("/ui/help-overlay/application-accels", test_application_accels);

  return g_test_run ();
}
