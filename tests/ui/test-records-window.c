/* test-records-window.c: the main window with the demo learners' records,
 * against the real elearn-sim, a real keyring and cache files, under Xvfb
 * in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "ec-core.h"
#include "records/ec-record-detail.h"
#include "records/ec-records-view.h"
#include "ec-test-notifications.h"
#include "ec-test-service.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"
#include "ec-window.h"

#define PASSWORD "demo2026"

/* One application for the whole run: its D-Bus name is registered once. */
static GtkApplication *app;

typedef struct {
  EcTestService      service;
  EcApiClient       *client;
  EcCredentialStore *credentials;
  EcSession         *session;
  EcWindow          *window;
  char              *dir;
  char              *cache_path;
} Fixture;

static void
new_session (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&fixture->session);
  g_clear_object (&fixture->client);
  fixture->client = ec_api_client_new (fixture->service.url, &error);
  g_assert_no_error (error);
  ec_api_client_set_timeout (fixture->client, 3);
  ec_api_client_set_retry_delay (fixture->client, 10);
  fixture->session = ec_session_new (fixture->client, fixture->credentials);
  ec_session_set_cache_path (fixture->session, fixture->cache_path);
}

static void
new_window (Fixture *fixture)
{
  if (fixture->window != NULL)
    gtk_widget_destroy (GTK_WIDGET (fixture->window));
  fixture->window = ec_window_new (app);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 760);
  ec_window_set_session (fixture->window, fixture->session);
  gtk_widget_show (GTK_WIDGET (fixture->window));
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  const char *args[] = { "--seed=demo", "--admin", NULL };
  g_autoptr (GError) error = NULL;

  ec_test_service_set_up (&fixture->service, args);
  fixture->dir = g_dir_make_tmp ("ec-records-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->cache_path = g_build_filename (fixture->dir, "cache.sqlite", NULL);
  fixture->credentials = ec_credential_store_new (fixture->service.url);
  new_session (fixture);
  new_window (fixture);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  if (fixture->window != NULL)
    gtk_widget_destroy (GTK_WIDGET (fixture->window));
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->client);
  g_clear_object (&fixture->credentials);
  ec_test_service_tear_down (&fixture->service, user_data);
  ec_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->cache_path);
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

static void
log_in (Fixture    *fixture,
        const char *route,
        const char *account,
        gboolean    remember)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  ec_session_login_async (fixture->session, route, account, PASSWORD, remember, NULL, on_done_cb, &result);
  g_assert_true (ec_test_ui_wait_for (has_result, &result, 30));
  g_assert_true (ec_session_login_finish (fixture->session, result, NULL, &error));
  g_assert_no_error (error);
}

static gboolean
window_idle (gpointer user_data)
{
  EcWindow *window = user_data;
  GtkStack *stack = GTK_STACK (gtk_test_find_widget (GTK_WIDGET (window), "*", GTK_TYPE_STACK));

  return !ec_window_get_syncing (window) && !ec_records_pane_get_loading (ec_window_get_records_pane (window))
         && g_strcmp0 (gtk_stack_get_visible_child_name (stack), "busy") != 0;
}

/* Waits for the window's background work (a login, a sync) to end. */
static void
settle (Fixture *fixture)
{
  ec_test_ui_settle (GTK_WIDGET (fixture->window));
  g_assert_true (ec_test_ui_wait_for (window_idle, fixture->window, 60));
  ec_test_ui_settle (GTK_WIDGET (fixture->window));
}

static EcRecordsPane *
page (Fixture *fixture)
{
  return ec_window_get_records_pane (fixture->window);
}

static guint
cache_count (Fixture *fixture)
{
  EcCacheQuery query = EC_CACHE_QUERY_INIT;

  return ec_cache_count (ec_session_get_cache (fixture->session), &query, NULL);
}

static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget)
      && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;

  if (GTK_IS_CONTAINER (widget))
    {
      g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (widget));

      for (GList *l = children; l != NULL; l = l->next)
        {
          GtkWidget *found = find_label_containing (l->data, text);

          if (found != NULL)
            return found;
        }
    }
  return NULL;
}

static gboolean
lists_course (Fixture    *fixture,
              const char *course)
{
  g_autoptr (GPtrArray) records = ec_records_pane_dup_shown_records (page (fixture));

  for (guint i = 0; i < records->len; i++)
    if (g_str_equal (((EcRecord *) g_ptr_array_index (records, i))->course, course))
      return TRUE;
  return FALSE;
}

static void
open_as_remembered (Fixture    *fixture,
                    const char *route,
                    const char *account,
                    gboolean    remember)
{
  log_in (fixture, route, account, remember);
  ec_window_start (fixture->window);
  settle (fixture);
  g_assert_cmpuint (ec_records_pane_get_n_shown (page (fixture)), ==, cache_count (fixture));
  g_assert_cmpuint (cache_count (fixture), >, 0);
}

static void
open_as (Fixture    *fixture,
         const char *route,
         const char *account)
{
  open_as_remembered (fixture, route, account, FALSE);
}

static void
forget (Fixture    *fixture,
        const char *route,
        const char *account)
{
  g_autoptr (GAsyncResult) result = NULL;

  ec_credential_store_clear_async (fixture->credentials, route, account, NULL, on_done_cb, &result);
  g_assert_true (ec_test_ui_wait_for (has_result, &result, 30));
  g_assert_true (ec_credential_store_clear_finish (fixture->credentials, result, NULL));
}

static void
select_course (Fixture    *fixture,
               const char *course)
{
  EcRecordsView *view = EC_RECORDS_VIEW (gtk_test_find_widget (GTK_WIDGET (fixture->window), "*", EC_TYPE_RECORDS_VIEW));
  g_autoptr (GPtrArray) records = ec_records_pane_dup_shown_records (page (fixture));

  for (guint i = 0; i < records->len; i++)
    {
      EcRecord *record = g_ptr_array_index (records, i);

      if (g_str_equal (record->course, course))
        {
          g_assert_true (ec_records_view_select (view, record->id));
          ec_test_ui_settle (GTK_WIDGET (fixture->window));
          return;
        }
    }
  g_error ("No course “%s” in the list", course);
}

static GtkWidget *
detail (Fixture *fixture)
{
  return gtk_test_find_widget (GTK_WIDGET (fixture->window), "*", EC_TYPE_RECORD_DETAIL);
}

/* The button on a widget whose action is @action (and @target). */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action,
                    const char *target)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    {
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (target == NULL || (value != NULL && g_str_equal (g_variant_get_string (value, NULL), target)))
        return widget;
    }
  if (GTK_IS_CONTAINER (widget))
    {
      g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (widget));

      for (GList *l = children; l != NULL; l = l->next)
        {
          GtkWidget *found = find_action_button (l->data, action, target);

          if (found != NULL)
            return found;
        }
    }
  return NULL;
}

static void
blocker_bar_offers (Fixture         *fixture,
                    EcAccountBlocker blocker,
                    const char      *action,
                    const char      *target)
{
  GtkWidget *bar;

  g_assert_nonnull (find_label_containing (GTK_WIDGET (fixture->window), ec_account_blocker_get_message (blocker)));
  bar = gtk_widget_get_ancestor (find_label_containing (GTK_WIDGET (fixture->window),
                                                        ec_account_blocker_get_message (blocker)),
                                 GTK_TYPE_INFO_BAR);
  g_assert_nonnull (bar);
  g_assert_nonnull (find_action_button (bar, action, target));
}

/* 王大明 logged in the right way: his four courses, a course's detail,
 * and no banner. */
static void
test_list_and_detail (Fixture      *fixture,
                      gconstpointer user_data)
{
  open_as (fixture, "ecpa", "wang.daming");
  g_assert_cmpuint (ec_records_pane_get_n_shown (page (fixture)), ==, 4);
  g_assert_true (lists_course (fixture, "公務倫理與廉政"));

  select_course (fixture, "氣候變遷與淨零排放");
  g_assert_nonnull (find_label_containing (detail (fixture), "氣候變遷與淨零排放"));
  g_assert_nonnull (find_label_containing (detail (fixture), ec_network_get_label (EC_NETWORK_ENV)));
  g_assert_null (find_label_containing (GTK_WIDGET (fixture->window),
                                        ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_NOT_OFFICIAL)));
  ec_test_ui_save_window_screenshot (GTK_WIDGET (fixture->window), "main-window-wang-daming-zh_TW");
}

/* 林美華 on her natural-person account: the banner says to convert it,
 * with the assistant as its action; a course's detail says why not and
 * offers the same. */
static void
test_banner_convert (Fixture      *fixture,
                     gconstpointer user_data)
{
  open_as (fixture, "gov-tw", "lin.meihua");
  blocker_bar_offers (fixture, EC_ACCOUNT_BLOCKER_NOT_OFFICIAL, "app.assistant", NULL);

  select_course (fixture, "正向管教與班級經營");
  g_assert_nonnull (find_label_containing (detail (fixture),
                                           ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT)));
  g_assert_nonnull (find_action_button (detail (fixture), "app.assistant", NULL));
  ec_test_ui_save_window_screenshot (GTK_WIDGET (fixture->window), "main-window-lin-meihua-zh_TW");
}

/* 張雅婷 as the general public: only environmental-education hours. */
static void
test_banner_general_public (Fixture      *fixture,
                            gconstpointer user_data)
{
  open_as (fixture, "gov-tw", "chang.yating");
  g_assert_nonnull (find_label_containing (GTK_WIDGET (fixture->window),
                                           ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC)));
  ec_test_ui_save_window_screenshot (GTK_WIDGET (fixture->window), "main-window-chang-yating-zh_TW");
}

/* 黃淑芬 has no environmental-education account: the banner sends her to
 * create one; once she has, a sync takes the banner away. */
static void
test_banner_env_account (Fixture      *fixture,
                         gconstpointer user_data)
{
  open_as (fixture, "ecpa", "huang.shufen");
  blocker_bar_offers (fixture, EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT, "win.open-remedy", "create-env-account");

  ec_test_service_admin (&fixture->service, "POST", "/admin/accounts/huang.shufen/env-account",
                         "{\"service_unit_ok\": true}", 200);
  ec_window_sync (fixture->window);
  settle (fixture);
  g_assert_null (find_label_containing (GTK_WIDGET (fixture->window),
                                        ec_account_blocker_get_message (EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT)));
}

static void
set_combo (GtkWidget  *window,
           GType       type,
           guint       nth,
           const char *id)
{
  g_autoptr (GList) combos = NULL;
  GtkWidget *combo = NULL;

  /* The filter row's combos, in order: year, network, status. */
  combo = gtk_test_find_widget (window, "*", type);
  g_assert_nonnull (combo);
  for (GtkWidget *sibling = combo; sibling != NULL && nth > 0;)
    {
      g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (gtk_widget_get_parent (combo)));
      guint seen = 0;

      for (GList *l = children; l != NULL; l = l->next)
        if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && seen++ == nth)
          {
            combo = l->data;
            break;
          }
      break;
    }
  g_assert_true (gtk_combo_box_set_active_id (GTK_COMBO_BOX (combo), id));
  ec_test_ui_settle (window);
  g_assert_true (ec_test_ui_wait_for (window_idle, window, 30));
}

typedef struct {
  Fixture *fixture;
  guint    count;
} CountWait;

static gboolean
shows_count (gpointer user_data)
{
  CountWait *wait = user_data;

  return ec_records_pane_get_n_shown (page (wait->fixture)) == wait->count
         && !ec_records_pane_get_loading (page (wait->fixture));
}

/* The filters and the search narrow the list; clearing them brings it
 * back. */
static void
test_filters_and_search (Fixture      *fixture,
                         gconstpointer user_data)
{
  GtkWidget *window;
  GtkEntry  *search;
  CountWait  wait;

  open_as (fixture, "ecpa", "wang.daming");
  window = GTK_WIDGET (fixture->window);

  search = GTK_ENTRY (gtk_test_find_widget (window, "*", GTK_TYPE_SEARCH_ENTRY));
  /* GtkSearchEntry waits a moment before it says the text changed. */
  gtk_entry_set_text (search, "環境");
  wait.fixture = fixture;
  wait.count = 1;
  g_assert_true (ec_test_ui_wait_for (shows_count, &wait, 30));
  gtk_entry_set_text (search, "");
  wait.count = 4;
  g_assert_true (ec_test_ui_wait_for (shows_count, &wait, 30));

  /* Environmental education: the two courses that carry hours for it. */
  set_combo (window, GTK_TYPE_COMBO_BOX_TEXT, 1, "2");
  g_assert_cmpuint (ec_records_pane_get_n_shown (page (fixture)), ==, 2);
  set_combo (window, GTK_TYPE_COMBO_BOX_TEXT, 1, "");
  g_assert_cmpuint (ec_records_pane_get_n_shown (page (fixture)), ==, 4);
}

/* The year's summary is one action away. */
static void
test_summary (Fixture      *fixture,
              gconstpointer user_data)
{
  GtkStack *views;

  open_as (fixture, "ecpa", "wang.daming");
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "view", g_variant_new_string ("summary"));
  ec_test_ui_settle (GTK_WIDGET (fixture->window));
  views = ec_records_pane_get_view_stack (page (fixture));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (views), ==, "summary");
  g_assert_nonnull (find_label_containing (GTK_WIDGET (views), ec_network_get_label (EC_NETWORK_ENV)));
  ec_test_ui_save_window_screenshot (GTK_WIDGET (fixture->window), "main-window-summary-zh_TW");
}

/* The CSV file has what the list shows, in a form a spreadsheet reads. */
static void
test_csv (Fixture      *fixture,
          gconstpointer user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "export.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;

  open_as (fixture, "ecpa", "wang.daming");
  ec_window_export_csv (fixture->window, file, on_done_cb, &result);
  g_assert_true (ec_test_ui_wait_for (has_result, &result, 30));
  g_assert_true (ec_window_export_csv_finish (fixture->window, result, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  lines = g_strsplit (contents, "\r\n", -1);
  /* A header and the four courses, then the end of the last line. */
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_nonnull (strstr (contents, "公務倫理與廉政"));
  g_assert_nonnull (strstr (contents, "環境教育概論"));
  g_assert_nonnull (strstr (lines[0], ec_network_get_label (EC_NETWORK_LIFELONG)));
  /* Nothing personal beyond the courses: no ID number. */
  g_assert_null (strstr (contents, "A120864216"));
}

/* The learner asked to be remembered; at the next start the service is
 * gone: the record opens from the cache, with a bar that says so. */
static void
test_offline_start (Fixture      *fixture,
                    gconstpointer user_data)
{
  guint shown;

  log_in (fixture, "ecpa", "wang.daming", TRUE);
  ec_window_start (fixture->window);
  settle (fixture);
  shown = ec_records_pane_get_n_shown (page (fixture));
  g_assert_cmpuint (shown, ==, 4);

  ec_test_service_tear_down (&fixture->service, NULL);
  fixture->service.url = "http://127.0.0.1:1";
  new_session (fixture);
  new_window (fixture);
  ec_window_start (fixture->window);
  settle (fixture);

  g_assert_false (ec_session_get_logged_in (fixture->session));
  g_assert_cmpuint (ec_records_pane_get_n_shown (page (fixture)), ==, shown);
  g_assert_true (lists_course (fixture, "公務倫理與廉政"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (fixture->window), "無法連線"));
  ec_test_ui_save_window_screenshot (GTK_WIDGET (fixture->window), "main-window-offline-zh_TW");

  forget (fixture, "ecpa", "wang.daming");
}

static gboolean
has_notification (gpointer user_data)
{
  return ec_test_notifications_get_count (user_data) > 0;
}

/* 黃淑芬's latest course waits for the batch; the service's clock moves a
 * week on (her session expires meanwhile: the sync renews it with the
 * remembered password), a sync finds it uploaded, and a notification says
 * so. */
static void
test_sync_uploads_notify (Fixture      *fixture,
                          gconstpointer user_data)
{
  g_autoptr (EcTestNotifications) notifications = ec_test_notifications_start ();
  EcCacheQuery query = EC_CACHE_QUERY_INIT;

  open_as_remembered (fixture, "ecpa", "huang.shufen", TRUE);
  query.network = EC_NETWORK_LIFELONG;
  query.status = EC_UPLOAD_STATUS_PENDING;
  g_assert_cmpuint (ec_cache_count (ec_session_get_cache (fixture->session), &query, NULL), ==, 1);

  ec_test_service_admin (&fixture->service, "POST", "/admin/clock", "{\"advance_days\": 7}", 200);
  ec_window_sync (fixture->window);
  settle (fixture);
  g_assert_cmpuint (ec_cache_count (ec_session_get_cache (fixture->session), &query, NULL), ==, 0);
  g_assert_true (ec_test_ui_wait_for (has_notification, notifications, 30));
  g_assert_cmpuint (ec_test_notifications_get_count (notifications), ==, 1);
  g_assert_cmpstr (ec_test_notifications_get_id (notifications), ==, "uploads");
  g_assert_nonnull (strstr (ec_test_notifications_get_body (notifications), "小時"));
  forget (fixture, "ecpa", "huang.shufen");
}

static GtkWidget *
find_toplevel (GType type)
{
  GtkWidget *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

static gboolean
shows_welcome (gpointer user_data)
{
  GtkStack *stack = GTK_STACK (gtk_test_find_widget (GTK_WIDGET (user_data), "*", GTK_TYPE_STACK));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "welcome") == 0;
}

/* Logging out, forgetting the password and the record: back to the
 * welcome page, nothing left on disk or in the keyring. */
static void
test_logout (Fixture      *fixture,
             gconstpointer user_data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autofree char *password = NULL;
  GtkWidget       *dialog;
  GtkWidget       *area;
  g_autoptr (GList) checks = NULL;

  open_as_remembered (fixture, "ecpa", "wang.daming", TRUE);
  g_assert_true (g_file_test (fixture->cache_path, G_FILE_TEST_EXISTS));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "logout", NULL);
  ec_test_ui_settle (GTK_WIDGET (fixture->window));
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  checks = gtk_container_get_children (GTK_CONTAINER (area));
  for (GList *l = checks; l != NULL; l = l->next)
    if (GTK_IS_CHECK_BUTTON (l->data))
      gtk_toggle_button_set_active (l->data, TRUE);
  ec_test_ui_save_screenshot (dialog, "logout-dialog-zh_TW");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);

  g_assert_true (ec_test_ui_wait_for (shows_welcome, fixture->window, 30));
  settle (fixture);
  g_assert_false (ec_session_get_logged_in (fixture->session));
  g_assert_false (g_file_test (fixture->cache_path, G_FILE_TEST_EXISTS));

  ec_credential_store_lookup_async (fixture->credentials, "ecpa", "wang.daming", NULL, on_done_cb, &result);
  g_assert_true (ec_test_ui_wait_for (has_result, &result, 30));
  password = ec_credential_store_lookup_finish (fixture->credentials, result, NULL);
  g_assert_null (password);
}

static gboolean
shows_pending_application (gpointer user_data)
{
  Fixture *fixture = user_data;

  return find_label_containing (GTK_WIDGET (fixture->window), "公務帳號申請正等候") != NULL;
}

/* 林美華 applied for an official account: the window says it waits. */
static void
test_application_pending (Fixture      *fixture,
                          gconstpointer user_data)
{
  g_autoptr (JsonNode) created = NULL;

  open_as (fixture, "gov-tw", "lin.meihua");
  g_assert_null (find_label_containing (GTK_WIDGET (fixture->window), "公務帳號申請正等候"));
  created = ec_test_service_call (&fixture->service, "POST", "/api/v1/applications",
                                  ec_api_client_get_token (fixture->client),
                                  "{\"item\": \"natural-to-official\", \"agency_oid\": \"2.16.886.101.20003.20001\", "
                                  "\"reason\": \"教師\"}",
                                  201);
  ec_window_sync (fixture->window);
  settle (fixture);
  g_assert_true (ec_test_ui_wait_for (shows_pending_application, fixture, 30));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (fixture->window), "公務帳號申請正等候"));
}

/* Another learner logs in over the session (the demo's persona picker
 * does): the window shows that learner's record. */
static void
test_switch_learner (Fixture      *fixture,
                     gconstpointer user_data)
{
  /* Each learner's own cache file, as in the app. */
  ec_session_set_cache_path (fixture->session, NULL);
  open_as (fixture, "ecpa", "wang.daming");
  g_assert_cmpuint (ec_records_pane_get_n_shown (page (fixture)), ==, 4);

  log_in (fixture, "ecpa", "huang.shufen", FALSE);
  settle (fixture);
  g_assert_cmpstr (ec_session_get_login (fixture->session), ==, "huang.shufen");
  g_assert_cmpuint (ec_records_pane_get_n_shown (page (fixture)), ==, 2);
  g_assert_true (lists_course (fixture, "環境教育法規導讀"));
}

/* A slow service: the sync shows its progress and Stop stops it; the
 * record stays as it was. */
static void
test_cancel_sync (Fixture      *fixture,
                  gconstpointer user_data)
{
  guint before;

  open_as (fixture, "ecpa", "wang.daming");
  before = ec_records_pane_get_n_shown (page (fixture));
  ec_test_service_admin (&fixture->service, "POST", "/admin/faults",
                         "{\"path\": \"/api/v1/records\", \"kind\": \"delay\", \"delay_ms\": 20000}", 201);
  ec_window_sync (fixture->window);
  ec_test_ui_settle (GTK_WIDGET (fixture->window));
  g_assert_true (ec_window_get_syncing (fixture->window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "cancel-sync"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "sync"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (fixture->window), "正在查詢"));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "cancel-sync", NULL);
  settle (fixture);
  g_assert_false (ec_window_get_syncing (fixture->window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "sync"));
  g_assert_cmpuint (ec_records_pane_get_n_shown (page (fixture)), ==, before);
  g_assert_null (find_label_containing (GTK_WIDGET (fixture->window), "無法連線"));
}

static void
collect_unnamed (GtkWidget *widget,
                 gpointer   user_data)
{
  GPtrArray *unnamed = user_data;

  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_ENTRY (widget) || GTK_IS_BUTTON (widget) || GTK_IS_COMBO_BOX (widget) || GTK_IS_TREE_VIEW (widget))
    {
      const char *name = atk_object_get_name (gtk_widget_get_accessible (widget));

      if (name == NULL || *name == '\0')
        g_ptr_array_add (unnamed, g_strdup (G_OBJECT_TYPE_NAME (widget)));
    }
  if (GTK_IS_CONTAINER (widget))
    gtk_container_foreach (GTK_CONTAINER (widget), collect_unnamed, unnamed);
}

/* Every visible control of the window, header bar included, has a name
 * for screen readers. */
static void
test_accessible_names (Fixture      *fixture,
                       gconstpointer user_data)
{
  g_autoptr (GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);

  open_as (fixture, "gov-tw", "lin.meihua");
  select_course (fixture, "正向管教與班級經營");
  collect_unnamed (GTK_WIDGET (fixture->window), unnamed);
  collect_unnamed (gtk_window_get_titlebar (GTK_WINDOW (fixture->window)), unnamed);
  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("no accessible name: %s", (char *) g_ptr_array_index (unnamed, i));
  g_assert_cmpuint (unnamed->len, ==, 0);
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

  app = gtk_application_new ("io.github.elearncompanion.Companion.Tests", G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("The test application could not register on the session bus");

#define ADD(path, func) g_test_add ("/ui/records-window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list-and-detail", test_list_and_detail);
  ADD ("banner/convert", test_banner_convert);
  ADD ("banner/general-public", test_banner_general_public);
  ADD ("banner/env-account", test_banner_env_account);
  ADD ("filters-and-search", test_filters_and_search);
  ADD ("summary", test_summary);
  ADD ("csv", test_csv);
  ADD ("offline-start", test_offline_start);
  ADD ("sync-uploads-notify", test_sync_uploads_notify);
  ADD ("logout", test_logout);
  ADD ("cancel-sync", test_cancel_sync);
  ADD ("accessible-names", test_accessible_names);
  ADD ("application-pending", test_application_pending);
  ADD ("switch-learner", test_switch_learner);
#undef ADD

  return g_test_run ();
}
