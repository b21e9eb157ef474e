/* test-application.c: the application as a learner starts it, in the
 * demo, under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "ec-application.h"
#include "assistant/ec-assistant.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"
#include "ec-window.h"

typedef struct {
  GApplication *app;
  EcSession    *session;
  gboolean      seen;
  gboolean      timed_out;
} Watch;

static gboolean
on_poll_cb (gpointer user_data)
{
  Watch *watch = user_data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (watch->app)); l != NULL; l = l->next)
    if (EC_IS_ASSISTANT (l->data))
      {
        watch->seen = TRUE;
        g_object_get (l->data, "session", &watch->session, NULL);
        g_application_quit (watch->app);
        return G_SOURCE_REMOVE;
      }
  return G_SOURCE_CONTINUE;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Watch *watch = user_data;

  watch->timed_out = TRUE;
  g_application_quit (watch->app);
  return G_SOURCE_REMOVE;
}

/* On the first start of the demo the assistant opens once the demo
 * service is up, with a session on it: its account check and login pages
 * need the service, and an assistant opened earlier skipped them. */
static void
test_demo_first_start (void)
{
  g_autoptr (EcApplication) app = ec_application_new ();
  char *argv[] = { "elearn-companion", "--demo", NULL };
  Watch watch = { G_APPLICATION (app) };
  guint poll = g_timeout_add (20, on_poll_cb, &watch);
  guint timeout = g_timeout_add_seconds (60, on_timeout_cb, &watch);
  int   status;

  status = g_application_run (G_APPLICATION (app), 2, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_false (watch.timed_out);
  g_assert_true (watch.seen);
  g_assert_nonnull (watch.session);
  g_clear_object (&watch.session);
  if (!watch.timed_out)
    g_source_remove (timeout);
  if (!watch.seen)
    g_source_remove (poll);
}

typedef struct {
  GApplication *app;
  guint         shown;
  gboolean      timed_out;
} RecordWatch;

static gboolean
on_record_poll_cb (gpointer user_data)
{
  RecordWatch *watch = user_data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (watch->app)); l != NULL; l = l->next)
    if (EC_IS_WINDOW (l->data))
      {
        EcRecordsPane *pane = ec_window_get_records_pane (l->data);

        if (ec_records_pane_get_n_shown (pane) > 0 && !ec_records_pane_get_loading (pane))
          {
            watch->shown = ec_records_pane_get_n_shown (pane);
            ec_test_ui_save_window_screenshot (l->data, "demo-lin-meihua-zh_TW");
            g_application_quit (watch->app);
            return G_SOURCE_REMOVE;
          }
      }
  return G_SOURCE_CONTINUE;
}

static gboolean
on_record_timeout_cb (gpointer user_data)
{
  RecordWatch *watch = user_data;

  watch->timed_out = TRUE;
  g_application_quit (watch->app);
  return G_SOURCE_REMOVE;
}

/* `--demo --demo-learner=ACCOUNT` (what the README's first command uses
 * without a display) ends in the records window of that learner. */
static void
test_demo_learner (void)
{
  g_autoptr (EcApplication) app = ec_application_new ();
  char       *argv[] = { "elearn-companion", "--demo-learner=lin.meihua", NULL };
  RecordWatch watch = { G_APPLICATION (app) };
  guint       poll = g_timeout_add (50, on_record_poll_cb, &watch);
  guint       timeout = g_timeout_add_seconds (60, on_record_timeout_cb, &watch);

  /* The first test's instance may still hold the usual name. */
  g_application_set_application_id (G_APPLICATION (app), APP_ID ".Tests.DemoLearner");
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);

  g_assert_false (watch.timed_out);
  g_assert_cmpuint (watch.shown, ==, 2);
  if (!watch.timed_out)
    g_source_remove (timeout);
  if (watch.shown == 0)
    g_source_remove (poll);
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
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);

  /* A screenshot must show the page that arrived, not the crossfade. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/ui/application/demo-first-start", test_demo_first_start);
  g_test_add_func ("/ui/application/demo-learner", test_demo_learner);

  return g_test_run ();
}
