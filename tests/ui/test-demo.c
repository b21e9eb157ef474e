/* test-demo.c: the demo as one object (EcDemo) on an application of its
 * own: its service, its actions, its learners and its clock, against the
 * real elearn-sim it starts, under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "demo/ec-demo.h"
#include "demo/ec-persona-picker.h"
#include "ec-client.h"
#include "ec-test-http.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"
#include "ec-window.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

typedef struct {
  GtkApplication *app; /* (unowned) */
  EcWindow       *window;
  EcDemo         *demo;
  char           *cache_dir;

  /* What EcDemo::started said, and the session the handler made. */
  guint      started;
  char      *url;
  EcSession *session;
} Fixture;

/* As the application does it: a session on the demo service, handed to
 * the demo. */
static void
on_demo_started_cb (EcDemo     *demo,
                    const char *url,
                    Fixture    *fixture)
{
  fixture->started++;
  fixture->url = g_strdup (url);
  if (url == NULL)
    return;

  fixture->session = ec_test_ui_session_new (url, fixture->cache_dir);
  ec_demo_set_session (demo, fixture->session);
}

/* Any GtkApplication will do: the demo needs nothing of EcApplication.
 * One for the whole program: GTK registers one per process on the bus. */
static GtkApplication *test_app;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer learner)
{
  g_autoptr (GError) error = NULL;

  fixture->app = test_app;
  fixture->cache_dir = g_dir_make_tmp ("ec-ui-demo-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->window = ec_window_new (fixture->app);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_widget_show (GTK_WIDGET (fixture->window));

  fixture->demo = ec_demo_new (fixture->app, learner);
  g_signal_connect (fixture->demo, "started", G_CALLBACK (on_demo_started_cb), fixture);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer learner)
{
  g_clear_object (&fixture->demo);
  if (fixture->window != NULL)
    gtk_widget_destroy (GTK_WIDGET (fixture->window));
  g_clear_object (&fixture->session);
  g_clear_pointer (&fixture->url, g_free);
  ec_test_remove_tree (fixture->cache_dir);
  g_clear_pointer (&fixture->cache_dir, g_free);
}

static gboolean
demo_started (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->started > 0;
}

static gboolean
logged_in (gpointer user_data)
{
  Fixture *fixture = user_data;

  return ec_session_get_logged_in (fixture->session);
}

static gboolean
action_enabled (GtkApplication *app,
                const char     *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (app), name);
}

static gboolean
clock_enabled (gpointer user_data)
{
  Fixture *fixture = user_data;

  return action_enabled (fixture->app, "demo-advance-clock");
}

static const char *
visible_page (EcWindow *window)
{
  GtkStack *stack = GTK_STACK (gtk_test_find_widget (GTK_WIDGET (window), "*", GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static void
start (Fixture *fixture)
{
  ec_demo_start (fixture->demo, fixture->window);
  g_assert_true (ec_test_ui_wait_for (demo_started, fixture, 30));
  g_assert_cmpuint (fixture->started, ==, 1);
  g_assert_nonnull (fixture->url);
}

static gint64
clock_offset (Fixture *fixture)
{
  g_autoptr (SoupSession) session = ec_test_http_session_new ();
  g_autoptr (JsonNode) reply = ec_test_http_request (session, fixture->url, "GET", "/admin/clock", NULL, NULL, 200,
                                                     NULL);

  return json_object_get_int_member (json_node_get_object (reply), "offset_seconds");
}

/* The first toplevel of @type, if one is shown. */
static GtkWidget *
find_toplevel (GType type)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
picker_listed (gpointer user_data)
{
  GtkWidget *picker = find_toplevel (EC_TYPE_PERSONA_PICKER);

  return picker != NULL && ec_test_ui_find_label (picker, user_data) != NULL;
}

static gboolean
message_shown (gpointer user_data)
{
  return find_toplevel (GTK_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Before its service runs the demo's actions are there, disabled; once it
 * runs, the window shows where, the actions work, and the application's
 * session is the one the demo logs in with.  Stopped, it is as before. */
static void
test_start_and_stop (Fixture      *fixture,
                     gconstpointer learner)
{
  g_autofree char *expected = NULL;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "demo-personas"));
  g_assert_false (action_enabled (fixture->app, "demo-personas"));
  g_assert_false (action_enabled (fixture->app, "demo-advance-clock"));
  g_assert_false (ec_demo_get_starting (fixture->demo));
  g_assert_null (ec_demo_get_service_url (fixture->demo));

  ec_demo_start (fixture->demo, fixture->window);
  g_assert_true (ec_demo_get_starting (fixture->demo));
  g_assert_cmpstr (visible_page (fixture->window), ==, "busy");
  g_assert_nonnull (ec_test_ui_find_label (GTK_WIDGET (fixture->window), "正在啟動示範服務…"));

  g_assert_true (ec_test_ui_wait_for (demo_started, fixture, 30));
  g_assert_true (g_str_has_prefix (fixture->url, "http://127.0.0.1:"));
  g_assert_false (ec_demo_get_starting (fixture->demo));
  g_assert_cmpstr (ec_demo_get_service_url (fixture->demo), ==, fixture->url);
  g_assert_true (ec_demo_get_session (fixture->demo) == fixture->session);
  g_assert_true (action_enabled (fixture->app, "demo-personas"));
  g_assert_true (action_enabled (fixture->app, "demo-advance-clock"));
  g_assert_cmpstr (visible_page (fixture->window), ==, "welcome");
  expected = g_strdup_printf ("示範服務：%s", fixture->url);
  g_assert_nonnull (ec_test_ui_find_label (GTK_WIDGET (fixture->window), expected));
  /* No learner was named: nobody is logged in. */
  g_assert_false (ec_session_get_logged_in (fixture->session));

  ec_demo_stop (fixture->demo);
  g_assert_null (ec_demo_get_service_url (fixture->demo));
  g_assert_false (action_enabled (fixture->app, "demo-personas"));
  g_assert_false (action_enabled (fixture->app, "demo-advance-clock"));
  g_assert_cmpuint (fixture->started, ==, 1);
}

/* The picker of app.demo-personas logs the chosen learner in with the
 * application's session. */
static void
test_picker_logs_in (Fixture      *fixture,
                     gconstpointer learner)
{
  GtkWidget *picker;
  GtkWidget *row;

  start (fixture);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "demo-personas", NULL);
  g_assert_true (ec_test_ui_wait_for (picker_listed, "人事服務網 eCPA：wang.daming", 30));

  picker = find_toplevel (EC_TYPE_PERSONA_PICKER);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (picker)) == GTK_WINDOW (fixture->window));
  row = gtk_widget_get_ancestor (ec_test_ui_find_label (picker, "人事服務網 eCPA：wang.daming"), GTK_TYPE_LIST_BOX_ROW);
  gtk_widget_activate (row);

  g_assert_true (ec_test_ui_wait_for (logged_in, fixture, 30));
  g_assert_cmpstr (ec_session_get_login (fixture->session), ==, "wang.daming");
}

/* --demo-learner: the demo logs in as that learner once its service runs,
 * with no picker. */
static void
test_learner (Fixture      *fixture,
              gconstpointer learner)
{
  start (fixture);
  g_assert_true (ec_test_ui_wait_for (logged_in, fixture, 30));
  g_assert_cmpstr (ec_session_get_login (fixture->session), ==, "lin.meihua");
  g_assert_null (find_toplevel (EC_TYPE_PERSONA_PICKER));
}

/* A learner the demo does not have: the learner is told, and where to
 * choose one instead. */
static void
test_unknown_learner (Fixture      *fixture,
                      gconstpointer learner)
{
  GtkWidget       *dialog;
  g_autofree char *secondary = NULL;

  start (fixture);
  g_assert_true (ec_test_ui_wait_for (message_shown, NULL, 30));
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_cmpstr (secondary, ==, "示範中沒有帳號為「nobody」的學員。請從主選單選擇一位。");
  g_assert_nonnull (ec_test_ui_find_label (dialog, "無法以示範學員登入"));
  g_assert_false (ec_session_get_logged_in (fixture->session));
  gtk_widget_destroy (dialog);
}

/* app.demo-advance-clock moves the service clock one day, one move at a
 * time: the action waits for the service's answer. */
static void
test_advance_clock (Fixture      *fixture,
                    gconstpointer learner)
{
  gint64 before;

  start (fixture);
  before = clock_offset (fixture);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "demo-advance-clock", NULL);
  g_assert_false (action_enabled (fixture->app, "demo-advance-clock"));
  g_assert_true (ec_test_ui_wait_for (clock_enabled, fixture, 60));
  g_assert_cmpint (clock_offset (fixture) - before, ==, SECONDS_PER_DAY);
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
}

/* As the application does it too: the window shows the session. */
static void
on_demo_started_start_window_cb (EcDemo     *demo,
                                 const char *url,
                                 Fixture    *fixture)
{
  ec_window_set_session (fixture->window, fixture->session);
  ec_window_start (fixture->window);
}

static gboolean
records_shown (gpointer user_data)
{
  Fixture       *fixture = user_data;
  EcRecordsPane *pane = ec_window_get_records_pane (fixture->window);

  return ec_records_pane_get_n_shown (pane) > 0 && !ec_records_pane_get_loading (pane)
         && !ec_window_get_syncing (fixture->window);
}

static gboolean
window_idle (gpointer user_data)
{
  Fixture *fixture = user_data;

  return !ec_window_get_syncing (fixture->window);
}

/* Once the clock has moved, the window refreshes the learner's records:
 * what the new day uploaded shows at once. */
static void
test_clock_refreshes_window (Fixture      *fixture,
                             gconstpointer learner)
{
  g_signal_connect (fixture->demo, "started", G_CALLBACK (on_demo_started_start_window_cb), fixture);
  start (fixture);
  g_assert_true (ec_test_ui_wait_for (records_shown, fixture, 60));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "demo-advance-clock", NULL);
  g_assert_true (ec_test_ui_wait_for (clock_enabled, fixture, 60));
  /* The sync started as the clock's answer came, and is still waiting for
   * the service. */
  g_assert_true (ec_window_get_syncing (fixture->window));
  g_assert_true (ec_test_ui_wait_for (window_idle, fixture, 60));
}

/* The demo's actions and keys come and go with it. */
static void
test_actions_go_with_it (Fixture      *fixture,
                         gconstpointer learner)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (fixture->app, "app.demo-personas");
  g_auto (GStrv) after = NULL;

  g_assert_cmpstr (accels[0], ==, "<Primary><Shift>l");
  g_clear_object (&fixture->demo);
  g_assert_false (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "demo-personas"));
  g_assert_false (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "demo-advance-clock"));
  after = gtk_application_get_accels_for_action (fixture->app, "app.demo-personas");
  g_assert_null (after[0]);
}

/* Without elearn-sim anywhere the window says so at once, and the demo
 * is done starting (without a service). */
static void
test_missing_executable (Fixture      *fixture,
                         gconstpointer learner)
{
  g_autofree char *sim_path = g_strdup (g_getenv ("EC_SIM_PATH"));
  g_autofree char *path = g_strdup (g_getenv ("PATH"));

  g_unsetenv ("EC_SIM_PATH");
  g_setenv ("PATH", "/nonexistent", TRUE);
  ec_demo_start (fixture->demo, fixture->window);
  g_setenv ("EC_SIM_PATH", sim_path, TRUE);
  g_setenv ("PATH", path, TRUE);

  g_assert_cmpuint (fixture->started, ==, 1);
  g_assert_null (fixture->url);
  g_assert_false (ec_demo_get_starting (fixture->demo));
  g_assert_null (ec_demo_get_service_url (fixture->demo));
  g_assert_false (action_enabled (fixture->app, "demo-personas"));
  g_assert_cmpstr (visible_page (fixture->window), ==, "error");
  g_assert_nonnull (ec_test_ui_find_label (GTK_WIDGET (fixture->window),
                                           "未安裝示範服務（elearn-sim）。請重新安裝「e等公務園+ 學習小幫手」，或不加 --demo 執行。"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = g_dir_make_tmp ("ec-ui-data-XXXXXX", NULL);
  int              status;

  /* The demo service keeps its database under the user's data folder:
   * one of this test's own, as the suites run side by side. */
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* Not unique, so that it cannot clash with another test's. */
  test_app = gtk_application_new (APP_ID ".Tests.Demo", G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (test_app), NULL, NULL))
    g_error ("The test's application could not register on the session bus");

  g_test_add ("/ui/demo/start-and-stop", Fixture, NULL, fixture_set_up, test_start_and_stop, fixture_tear_down);
  g_test_add ("/ui/demo/picker-logs-in", Fixture, NULL, fixture_set_up, test_picker_logs_in, fixture_tear_down);
  g_test_add ("/ui/demo/learner", Fixture, "lin.meihua", fixture_set_up, test_learner, fixture_tear_down);
  g_test_add ("/ui/demo/unknown-learner", Fixture, "nobody", fixture_set_up, test_unknown_learner,
              fixture_tear_down);
  g_test_add ("/ui/demo/advance-clock", Fixture, NULL, fixture_set_up, test_advance_clock, fixture_tear_down);
  g_test_add ("/ui/demo/clock-refreshes-window", Fixture, "lin.meihua", fixture_set_up, test_clock_refreshes_window,
              fixture_tear_down);
  g_test_add ("/ui/demo/actions-go-with-it", Fixture, NULL, fixture_set_up, test_actions_go_with_it,
              fixture_tear_down);
  g_test_add ("/ui/demo/missing-executable", Fixture, NULL, fixture_set_up, test_missing_executable,
              fixture_tear_down);

  status = g_test_run ();
  g_object_unref (test_app);
  return status;
}
