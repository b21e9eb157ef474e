/* test-persona-picker.c: the demo's persona picker and clock, against the
 * demo service the app starts (elearn-sim --seed=demo --admin), under Xvfb
 * in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "demo/ec-demo-service.h"
#include "demo/ec-persona-picker.h"
#include "ec-client.h"
#include "ec-test-http.h"
#include "ec-test-ui.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

typedef struct {
  char *route;
  char *account;
  char *password;
  guint count;
} Chosen;

static void
on_ready_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static EcDemoService *
start_service (void)
{
  g_autoptr (EcDemoService) service = ec_demo_service_new (g_getenv ("EC_SIM_PATH"));
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *url = NULL;

  ec_demo_service_start_async (service, NULL, on_ready_cb, &result);
  url = ec_demo_service_start_finish (service, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (url);
  return g_steal_pointer (&service);
}

static void
on_persona_chosen_cb (EcPersonaPicker *picker,
                      const char      *route,
                      const char      *account,
                      const char      *password,
                      Chosen          *chosen)
{
  chosen->route = g_strdup (route);
  chosen->account = g_strdup (account);
  chosen->password = g_strdup (password);
  chosen->count++;
}

static gboolean
label_shown (gpointer user_data)
{
  gpointer  *args = user_data;
  GtkWidget *label = ec_test_ui_find_label (args[0], args[1]);

  return label != NULL && gtk_widget_is_drawable (label);
}

static void
wait_for_label (GtkWidget  *window,
                const char *text)
{
  gpointer args[] = { window, (gpointer) text };

  g_assert_true (ec_test_ui_wait_for (label_shown, args, 30));
  ec_test_ui_settle (window);
}

static gint64
clock_offset (EcDemoService *service)
{
  g_autoptr (SoupSession) session = ec_test_http_session_new ();
  g_autoptr (JsonNode) reply = ec_test_http_request (session, ec_demo_service_get_url (service), "GET",
                                                     "/admin/clock", NULL, NULL, 200, NULL);

  return json_object_get_int_member (json_node_get_object (reply), "offset_seconds");
}

static void
test_choose_and_log_in (void)
{
  g_autoptr (EcDemoService) service = start_service ();
  g_autoptr (EcDemoAdmin) admin = ec_demo_admin_new (ec_demo_service_get_url (service));
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (EcApiClient) client = NULL;
  g_autoptr (EcCredentialStore) credentials = NULL;
  g_autoptr (EcSession) session = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ec-persona-picker-XXXXXX", NULL);
  g_autofree char *cache = g_build_filename (dir, "cache.sqlite", NULL);
  Chosen           chosen = { 0 };
  GtkWidget       *picker = GTK_WIDGET (ec_persona_picker_new (NULL, admin));
  GtkWidget       *alive = picker;
  GtkWidget       *row;
  gint64           before;

  g_object_add_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
  g_signal_connect (picker, "persona-chosen", G_CALLBACK (on_persona_chosen_cb), &chosen);
  gtk_widget_show (picker);

  /* One row per login, in the demo's order, with what each learner shows. */
  wait_for_label (picker, "王大明（公務人員）");
  g_assert_nonnull (ec_test_ui_find_label (picker, "林美華（教育人員）"));
  g_assert_nonnull (ec_test_ui_find_label (picker, "人事服務網 eCPA：wang.daming"));
  g_assert_nonnull (ec_test_ui_find_label (picker, "自然人憑證（已綁定）：CERT-WANG-0001"));
  g_assert_nonnull (ec_test_ui_find_label (picker, "我的e政府帳號：lin.meihua"));
  g_assert_nonnull (ec_test_ui_find_label (picker, "一切正確：正式帳號，時數皆已上傳。綁定的憑證登入的是同一個帳號。"));
  g_assert_nonnull (ec_test_ui_find_label (picker, "只有自然人帳號：時數要等帳號轉換後才上傳，轉換須由管理者核准。"));
  /* The certificate that was never bound says so. */
  g_assert_nonnull (ec_test_ui_find_label (picker, "自然人憑證（未綁定）：CERT-LI-0001"));
  /* The passwords go to the login, never on screen. */
  g_assert_null (gtk_test_find_label (picker, "*demo2026*"));

  /* The keyboard starts on the first login: the list has the focus and
   * the first row is selected, so that Enter logs in with it. */
  row = gtk_widget_get_ancestor (ec_test_ui_find_label (picker, "人事服務網 eCPA：wang.daming"), GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_get_can_focus (row));
  g_assert_true (gtk_widget_get_sensitive (ec_test_ui_find_button (picker, "登入(_L)")));

  ec_test_ui_save_screenshot (picker, "persona-picker");

  /* Enter on a row activates it (GtkListBoxRow's keybinding signal). */
  gtk_widget_activate (row);
  g_assert_cmpuint (chosen.count, ==, 1);
  g_assert_cmpstr (chosen.route, ==, "ecpa");
  g_assert_cmpstr (chosen.account, ==, "wang.daming");
  g_assert_cmpstr (chosen.password, ==, "demo2026");
  g_assert_null (alive);

  /* What the picker handed on logs in, as the app's session does it. */
  client = ec_api_client_new (ec_demo_service_get_url (service), &error);
  g_assert_no_error (error);
  credentials = ec_credential_store_new (ec_demo_service_get_url (service));
  session = ec_session_new (client, credentials);
  ec_session_set_cache_path (session, cache);
  ec_session_login_async (session, chosen.route, chosen.account, chosen.password, FALSE, NULL, on_ready_cb, &result);
  g_assert_true (ec_session_login_finish (session, wait_for_result (&result), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ec_session_get_logged_in (session));
  g_assert_cmpstr (ec_session_get_login (session), ==, "wang.daming");
  g_clear_object (&result);

  /* The clock moves by the days asked, and only once it has the reply. */
  before = clock_offset (service);
  ec_demo_admin_advance_clock_async (admin, 3, NULL, on_ready_cb, &result);
  g_assert_true (ec_demo_admin_advance_clock_finish (admin, wait_for_result (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (clock_offset (service) - before, ==, 3 * SECONDS_PER_DAY);

  g_free (chosen.route);
  g_free (chosen.account);
  g_free (chosen.password);
  g_clear_object (&session);
  g_unlink (cache);
  g_rmdir (dir);
}

/* The Log In button takes the selected row. */
static void
test_log_in_button (void)
{
  g_autoptr (EcDemoService) service = start_service ();
  g_autoptr (EcDemoAdmin) admin = ec_demo_admin_new (ec_demo_service_get_url (service));
  Chosen     chosen = { 0 };
  GtkWidget *picker = GTK_WIDGET (ec_persona_picker_new (NULL, admin));
  GtkWidget *row;

  g_signal_connect (picker, "persona-chosen", G_CALLBACK (on_persona_chosen_cb), &chosen);
  gtk_widget_show (picker);
  wait_for_label (picker, "張雅婷（一般民眾）");

  row = gtk_widget_get_ancestor (ec_test_ui_find_label (picker, "社群帳號（Facebook、Google）：facebook:chang.yating"),
                                 GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (row)), GTK_LIST_BOX_ROW (row));
  gtk_button_clicked (GTK_BUTTON (ec_test_ui_find_button (picker, "登入(_L)")));

  g_assert_cmpuint (chosen.count, ==, 1);
  g_assert_cmpstr (chosen.route, ==, "social");
  g_assert_cmpstr (chosen.account, ==, "facebook:chang.yating");
  g_free (chosen.route);
  g_free (chosen.account);
  g_free (chosen.password);
}

/* A service that has stopped: the picker says so instead of spinning, and
 * the clock does not move. */
static void
test_error (void)
{
  g_autoptr (EcDemoService) service = start_service ();
  g_autoptr (EcDemoAdmin) admin = ec_demo_admin_new (ec_demo_service_get_url (service));
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *picker;

  ec_demo_service_stop (service);
  picker = GTK_WIDGET (ec_persona_picker_new (NULL, admin));
  gtk_widget_show (picker);
  wait_for_label (picker, "無法載入示範學員：無法連線至學習服務。請檢查網路連線；已儲存的學習紀錄仍可檢視。");
  g_assert_false (gtk_widget_get_sensitive (ec_test_ui_find_button (picker, "登入(_L)")));
  gtk_widget_destroy (picker);

  ec_demo_admin_advance_clock_async (admin, 1, NULL, on_ready_cb, &result);
  g_assert_false (ec_demo_admin_advance_clock_finish (admin, wait_for_result (&result), &error));
  g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE);
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

  /* gtk_test_init() forces en_US: the suite runs in the shipped zh_TW. */
  g_setenv ("LANGUAGE", "zh_TW", TRUE);
  if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("EC_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* A screenshot shows where a change arrived, not its animation. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/ui/persona-picker/choose-and-log-in", test_choose_and_log_in);
  g_test_add_func ("/ui/persona-picker/log-in-button", test_log_in_button);
  g_test_add_func ("/ui/persona-picker/error", test_error);

  return g_test_run ();
}
