/* test-window.c: the main window and the demo service, under Xvfb, in the
 * zh_TW locale the UI ships for.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "demo/ec-demo-service.h"
#include "ec-test-ui.h"
#include "ec-window.h"

static GtkWidget *
find_visible_child (GtkWidget *window)
{
  GtkStack *stack = GTK_STACK (gtk_test_find_widget (window, "*", GTK_TYPE_STACK));

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child (stack);
}

static const char *
visible_page (GtkWidget *window)
{
  GtkStack *stack = GTK_STACK (gtk_test_find_widget (window, "*", GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static void
test_welcome_is_translated (void)
{
  GtkWidget *window = GTK_WIDGET (ec_window_new (NULL));

  gtk_widget_show (window);
  gtk_test_widget_wait_for_draw (window);

  g_assert_cmpstr (visible_page (window), ==, "welcome");
  /* The zh_TW catalogue is in use: the heading is the translated one. */
  g_assert_nonnull (gtk_test_find_label (find_visible_child (window), "讓您的學習時數確實認證"));

  ec_test_ui_save_screenshot (window, "window-welcome-zh_TW");
  gtk_widget_destroy (window);
}

static void
on_started_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_start (EcDemoService *service)
{
  GAsyncResult *result = NULL;

  ec_demo_service_start_async (service, NULL, on_started_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return result;
}

static void
test_demo_service_starts (void)
{
  g_autoptr (EcDemoService) service = ec_demo_service_new (g_getenv ("EC_SIM_PATH"));
  g_autoptr (GAsyncResult) result = wait_for_start (service);
  g_autoptr (GError) error = NULL;
  g_autofree char *url = ec_demo_service_start_finish (service, result, &error);
  g_autofree char *expected = NULL;
  GtkWidget       *window = GTK_WIDGET (ec_window_new (NULL));

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));
  g_assert_cmpstr (ec_demo_service_get_url (service), ==, url);

  gtk_widget_show (window);
  ec_window_show_service (EC_WINDOW (window), url);
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  expected = g_strdup_printf ("示範服務：%s", url);
  g_assert_nonnull (gtk_test_find_label (find_visible_child (window), expected));

  ec_test_ui_save_screenshot (window, "window-demo-zh_TW");
  gtk_widget_destroy (window);

  ec_demo_service_stop (service);
  g_assert_null (ec_demo_service_get_url (service));
}

static void
test_demo_service_missing (void)
{
  g_autoptr (EcDemoService) service = ec_demo_service_new ("/nonexistent/elearn-sim");
  g_autoptr (GAsyncResult) result = wait_for_start (service);
  g_autoptr (GError) error = NULL;
  g_autofree char *url = ec_demo_service_start_finish (service, result, &error);
  GtkWidget       *window = GTK_WIDGET (ec_window_new (NULL));

  g_assert_null (url);
  g_assert_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT);

  /* The window says what went wrong instead of spinning forever. */
  gtk_widget_show (window);
  ec_window_show_busy (EC_WINDOW (window), "…");
  ec_window_show_error (EC_WINDOW (window), error->message);
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpstr (visible_page (window), ==, "error");
  gtk_widget_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = g_dir_make_tmp ("ec-ui-data-XXXXXX", NULL);

  /* The demo service keeps its database under the user's data folder:
   * one of this test's own, as the suites run side by side. */
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);

  /* The suite runs in the shipped zh_TW locale, from the build tree's
   * catalogue, so that what it asserts and saves is what learners see.
   * gtk_test_init() forces en_US, so this comes after it. */
  g_setenv ("LANGUAGE", "zh_TW", TRUE);
  if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("EC_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/ui/window/welcome-is-translated", test_welcome_is_translated);
  g_test_add_func ("/ui/demo-service/starts", test_demo_service_starts);
  g_test_add_func ("/ui/demo-service/missing-executable", test_demo_service_missing);

  return g_test_run ();
}
