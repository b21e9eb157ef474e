/* test-record-detail.c: one course, network by network, under Xvfb in
 * zh_TW: what each verdict says, and the buttons that act on a remedy,
 * clicked in a real application window.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "records/ec-record-detail.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"

/* One application for the whole run: a GApplication registers once. */
static GtkApplication *app;

typedef struct {
  GtkWidget      *window;
  EcRecordDetail *detail;
  GPtrArray      *activations; /* "app.assistant", "win.open-remedy restudy"… */
} Fixture;

static void
record_activation (GPtrArray  *activations,
                   const char *name,
                   GVariant   *parameter)
{
  if (parameter == NULL)
    g_ptr_array_add (activations, g_strdup (name));
  else
    g_ptr_array_add (activations, g_strconcat (name, " ", g_variant_get_string (parameter, NULL), NULL));
}

/* The application's action, reported to whichever test runs. */
static GPtrArray *app_activations;

static void
on_app_assistant_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_assert_nonnull (app_activations);
  record_activation (app_activations, "app.assistant", parameter);
}

static void
on_win_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  Fixture         *fixture = user_data;
  g_autofree char *name = g_strconcat ("win.", g_action_get_name (G_ACTION (action)), NULL);

  record_activation (fixture->activations, name, parameter);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  const GActionEntry entries[] = {
    { "relogin", on_win_action_cb },
    { "open-remedy", on_win_action_cb, "s" },
  };

  fixture->activations = g_ptr_array_new_with_free_func (g_free);
  app_activations = fixture->activations;

  fixture->window = gtk_application_window_new (app);
  g_action_map_add_action_entries (G_ACTION_MAP (fixture->window), entries, G_N_ELEMENTS (entries), fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 560, 760);
  fixture->detail = ec_record_detail_new ();
  gtk_widget_show (GTK_WIDGET (fixture->detail));
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->detail));
  gtk_widget_show (fixture->window);
  ec_test_ui_settle (fixture->window);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_clear_pointer (&fixture->window, gtk_widget_destroy);
  app_activations = NULL;
  g_clear_pointer (&fixture->activations, g_ptr_array_unref);
}

/* Every widget under @widget that is drawn, internal children included. */
static void
collect (GtkWidget *widget,
         gpointer   user_data)
{
  GPtrArray *widgets = user_data;

  if (!gtk_widget_is_drawable (widget))
    return;
  g_ptr_array_add (widgets, widget);
  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect, widgets);
}

static GPtrArray *
shown_widgets (Fixture *fixture,
               GType    type)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (fixture->detail), all);
  for (guint i = 0; i < all->len; i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (all->pdata[i], type))
      g_ptr_array_add (found, all->pdata[i]);
  return found;
}

static gboolean
shows_text (Fixture    *fixture,
            const char *text)
{
  g_autoptr (GPtrArray) labels = shown_widgets (fixture, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_shows (Fixture    *fixture,
              const char *text)
{
  if (!shows_text (fixture, text))
    g_error ("the detail does not show “%s”", text);
}

static gboolean
shows_icon (Fixture    *fixture,
            const char *icon_name)
{
  g_autoptr (GPtrArray) images = shown_widgets (fixture, GTK_TYPE_IMAGE);

  for (guint i = 0; i < images->len; i++)
    {
      const char *name = NULL;

      if (gtk_image_get_storage_type (images->pdata[i]) != GTK_IMAGE_ICON_NAME)
        continue;
      gtk_image_get_icon_name (images->pdata[i], &name, NULL);
      if (g_strcmp0 (name, icon_name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
assert_does_not_show (Fixture    *fixture,
                      const char *text)
{
  if (shows_text (fixture, text))
    g_error ("the detail shows “%s”", text);
}

/* The buttons of the network blocks, as "label|action|target". */
static GPtrArray *
shown_buttons (Fixture *fixture)
{
  g_autoptr (GPtrArray) buttons = shown_widgets (fixture, GTK_TYPE_BUTTON);
  GPtrArray *described = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget  *button = buttons->pdata[i];
      GVariant   *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      const char *label = gtk_button_get_label (GTK_BUTTON (button));

      /* A person using a screen reader hears the label. */
      g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (button)), ==, label);
      g_assert_true (gtk_widget_get_sensitive (button));
      g_ptr_array_add (described, g_strdup_printf ("%s|%s|%s", label,
                                                   gtk_actionable_get_action_name (GTK_ACTIONABLE (button)),
                                                   target != NULL ? g_variant_get_string (target, NULL) : ""));
    }
  return described;
}

static GtkWidget *
find_button (Fixture    *fixture,
             const char *label)
{
  g_autoptr (GPtrArray) buttons = shown_widgets (fixture, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  g_error ("no button “%s”", label);
}

static gint64
taiwan_noon (guint year,
             guint month,
             guint day)
{
  g_autoptr (GDateTime) utc = g_date_time_new_utc (year, month, day, 4, 0, 0);

  return g_date_time_to_unix (utc);
}

/* A course completed on 2 March 2026 with an eCPA account, without hours
 * until a case gives it some. */
static EcRecord *
new_record (const char  *course,
            EcLoginRoute route)
{
  EcRecord *record = ec_record_new ();

  record->id = 1;
  record->course = g_strdup (course);
  record->route = route;
  record->completed_at = taiwan_noon (2026, 3, 2);
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      record->networks[n].status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
      record->networks[n].reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
      record->networks[n].remedy = EC_REMEDY_NONE;
    }
  return record;
}

static void
set_verdict (EcRecord      *record,
             EcNetwork      network,
             guint          minutes,
             EcUploadStatus status,
             EcUploadReason reason,
             EcRemedy       remedy)
{
  record->minutes[network] = minutes;
  record->networks[network].status = status;
  record->networks[network].reason = reason;
  record->networks[network].remedy = remedy;
  g_date_clear (&record->networks[network].date, 1);
}

static void
show (Fixture        *fixture,
      const EcRecord *record)
{
  ec_record_detail_set_record (fixture->detail, record);
  ec_test_ui_settle (fixture->window);
}

static void
test_placeholder (Fixture      *fixture,
                  gconstpointer user_data)
{
  g_autoptr (EcRecord) record = new_record ("公務倫理", EC_LOGIN_ROUTE_ECPA);
  g_autoptr (GPtrArray) buttons = NULL;

  assert_shows (fixture, "選取課程，查看其時數的去向");

  show (fixture, record);
  assert_does_not_show (fixture, "選取課程，查看其時數的去向");
  assert_shows (fixture, "公務倫理");

  show (fixture, NULL);
  assert_shows (fixture, "選取課程，查看其時數的去向");
  assert_does_not_show (fixture, "公務倫理");
  buttons = shown_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 0);
}

static void
test_uploaded (Fixture      *fixture,
               gconstpointer user_data)
{
  g_autoptr (EcRecord) record = new_record ("性別主流化基礎課程", EC_LOGIN_ROUTE_ECPA);
  g_autofree char *nothing = ec_remedy_describe (EC_REMEDY_NONE, EC_IDENTITY_CIVIL_SERVANT);
  g_autoptr (GPtrArray) buttons = NULL;
  GtkLabel *course;

  set_verdict (record, EC_NETWORK_LIFELONG, 90, EC_UPLOAD_STATUS_UPLOADED, EC_UPLOAD_REASON_NONE, EC_REMEDY_NONE);
  g_date_set_dmy (&record->networks[EC_NETWORK_LIFELONG].date, 5, 3, 2026);
  set_verdict (record, EC_NETWORK_ENV, 120, EC_UPLOAD_STATUS_UPLOADED, EC_UPLOAD_REASON_NONE, EC_REMEDY_NONE);
  g_date_set_dmy (&record->networks[EC_NETWORK_ENV].date, 6, 3, 2026);
  show (fixture, record);

  assert_shows (fixture, "性別主流化基礎課程");
  course = GTK_LABEL (gtk_test_find_label (fixture->window, "性別主流化基礎課程"));
  g_assert_true (gtk_label_get_selectable (course));
  assert_shows (fixture, "完成日期");
  assert_shows (fixture, "2026年3月2日");
  assert_shows (fixture, "研讀時的登入方式");
  assert_shows (fixture, ec_login_route_get_label (EC_LOGIN_ROUTE_ECPA));
  assert_shows (fixture, "終身學習");
  assert_shows (fixture, "教師進修網");
  assert_shows (fixture, "環境教育（環教網）");
  assert_shows (fixture, "認證時數：1.5 小時");
  assert_shows (fixture, "認證時數：2 小時");
  assert_shows (fixture, "已於 2026年3月5日 上傳");
  assert_shows (fixture, "已於 2026年3月6日 上傳");
  assert_shows (fixture, "此項無認證時數");
  /* Uploaded hours need nothing, and the detail does not say so. */
  assert_does_not_show (fixture, nothing);

  buttons = shown_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 0);
  ec_test_ui_save_screenshot (fixture->window, "record-detail-uploaded");
}

static void
test_pending (Fixture      *fixture,
              gconstpointer user_data)
{
  g_autoptr (EcRecord) record = new_record ("環境教育與永續發展", EC_LOGIN_ROUTE_GOV_TW);
  g_autofree char *wait = ec_remedy_describe (EC_REMEDY_WAIT, EC_IDENTITY_CIVIL_SERVANT);
  g_autoptr (GPtrArray) buttons = NULL;

  set_verdict (record, EC_NETWORK_LIFELONG, 45, EC_UPLOAD_STATUS_PENDING, EC_UPLOAD_REASON_NONE, EC_REMEDY_WAIT);
  g_date_set_dmy (&record->networks[EC_NETWORK_LIFELONG].date, 5, 3, 2026);
  set_verdict (record, EC_NETWORK_TEACHER, 60, EC_UPLOAD_STATUS_PENDING, EC_UPLOAD_REASON_NONE, EC_REMEDY_WAIT);
  g_date_set_dmy (&record->networks[EC_NETWORK_TEACHER].date, 5, 3, 2026);
  set_verdict (record, EC_NETWORK_ENV, 100, EC_UPLOAD_STATUS_PENDING, EC_UPLOAD_REASON_NONE, EC_REMEDY_WAIT);
  g_date_set_dmy (&record->networks[EC_NETWORK_ENV].date, 6, 1, 2027);
  record->networks[EC_NETWORK_ENV].date_is_estimate = TRUE;
  show (fixture, record);

  assert_shows (fixture, ec_login_route_get_label (EC_LOGIN_ROUTE_GOV_TW));
  assert_shows (fixture, "認證時數：0.75 小時");
  assert_shows (fixture, "認證時數：1 小時");
  assert_shows (fixture, "認證時數：1.67 小時");
  assert_shows (fixture, "預計於 2026年3月5日 上傳");
  assert_shows (fixture, "預計於 2027年1月6日 上傳");
  assert_shows (fixture, "此為估計值：行政機關辦公日曆尚無該年度的資料。");
  assert_shows (fixture, wait);
  assert_does_not_show (fixture, "此項無認證時數");

  buttons = shown_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 0);
  ec_test_ui_save_screenshot (fixture->window, "record-detail-pending");
}

/* A learner who did not study on any network's terms still sees why, but
 * nothing to do about it. */
static void
test_no_certified_hours (Fixture      *fixture,
                         gconstpointer user_data)
{
  g_autoptr (EcRecord) record = new_record ("電腦文書處理入門", EC_LOGIN_ROUTE_ECPA);
  g_autoptr (GPtrArray) labels = NULL;
  g_autoptr (GPtrArray) buttons = NULL;
  guint dim_lines = 0;

  show (fixture, record);
  labels = shown_widgets (fixture, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (labels->pdata[i]), "此項無認證時數"))
      {
        g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (labels->pdata[i]),
                                                    GTK_STYLE_CLASS_DIM_LABEL));
        dim_lines++;
      }
  g_assert_cmpuint (dim_lines, ==, EC_N_NETWORKS);
  assert_does_not_show (fixture, ec_upload_reason_get_explanation (EC_UPLOAD_REASON_NO_CERTIFIED_HOURS));

  buttons = shown_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 0);
}

/* A verdict that is not an upload, and what the detail offers for it. */
typedef struct {
  const char    *name;
  EcLoginRoute   route;
  EcNetwork      network;
  EcUploadStatus status;
  EcUploadReason reason;
  EcRemedy       remedy;
  const char    *button; /* (nullable): its zh_TW label, or no button */
  const char    *action; /* the action the button activates */
  const char    *activation; /* how the window saw it */
} BlockedCase;

/* clang-format off */
static const BlockedCase blocked_cases[] = {
  { "not-official-account", EC_LOGIN_ROUTE_GOV_TW, EC_NETWORK_LIFELONG, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
    EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT, EC_REMEDY_CONVERT_ACCOUNT,
    "申請公務帳號…", "app.assistant", "app.assistant" },
  { "unbound-certificate", EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND, EC_NETWORK_LIFELONG, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
    EC_UPLOAD_REASON_UNBOUND_CERTIFICATE, EC_REMEDY_BIND_CERTIFICATE,
    "綁定自然人憑證", "win.open-remedy", "win.open-remedy bind-certificate" },
  { "relogin-needed", EC_LOGIN_ROUTE_GOV_TW, EC_NETWORK_LIFELONG, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
    EC_UPLOAD_REASON_RELOGIN_NEEDED, EC_REMEDY_LOG_IN_AGAIN,
    "重新登入", "win.relogin", "win.relogin" },
  { "no-env-account", EC_LOGIN_ROUTE_ECPA, EC_NETWORK_ENV, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
    EC_UPLOAD_REASON_NO_ENV_ACCOUNT, EC_REMEDY_CREATE_ENV_ACCOUNT,
    "建立環教網帳號", "win.open-remedy", "win.open-remedy create-env-account" },
  { "env-service-unit", EC_LOGIN_ROUTE_ECPA, EC_NETWORK_ENV, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
    EC_UPLOAD_REASON_ENV_SERVICE_UNIT, EC_REMEDY_FIX_SERVICE_UNIT,
    "修正服務單位", "win.open-remedy", "win.open-remedy fix-service-unit" },
  { "not-educator-category", EC_LOGIN_ROUTE_ECPA, EC_NETWORK_TEACHER, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
    EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY, EC_REMEDY_FIX_PERSONNEL_CATEGORY,
    NULL, NULL, NULL },
  { "not-completed", EC_LOGIN_ROUTE_ECPA, EC_NETWORK_LIFELONG, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
    EC_UPLOAD_REASON_NOT_COMPLETED, EC_REMEDY_COMPLETE_COURSE,
    NULL, NULL, NULL },
  { "never-social", EC_LOGIN_ROUTE_SOCIAL, EC_NETWORK_LIFELONG, EC_UPLOAD_STATUS_NEVER,
    EC_UPLOAD_REASON_SOCIAL_LOGIN, EC_REMEDY_RESTUDY,
    "開啟學習平臺", "win.open-remedy", "win.open-remedy restudy" },
  { "not-civil-service", EC_LOGIN_ROUTE_GOV_TW, EC_NETWORK_LIFELONG, EC_UPLOAD_STATUS_NOT_ELIGIBLE,
    EC_UPLOAD_REASON_NOT_CIVIL_SERVICE, EC_REMEDY_NONE,
    NULL, NULL, NULL },
};
/* clang-format on */

static void
test_blocked (Fixture      *fixture,
              gconstpointer user_data)
{
  const BlockedCase *row = user_data;
  g_autoptr (EcRecord) record = new_record ("數位治理與資料應用", row->route);
  g_autofree char *remedy = ec_remedy_describe (row->remedy, EC_IDENTITY_CIVIL_SERVANT);
  g_autoptr (GPtrArray) buttons = NULL;

  g_test_message ("case %s", row->name);
  set_verdict (record, row->network, 120, row->status, row->reason, row->remedy);
  if (row->reason == EC_UPLOAD_REASON_NOT_COMPLETED)
    record->completed_at = EC_TIME_NEVER;
  show (fixture, record);

  assert_shows (fixture, ec_login_route_get_label (row->route));
  assert_shows (fixture, "認證時數：2 小時");
  assert_shows (fixture, ec_upload_reason_get_explanation (row->reason));
  assert_shows (fixture, remedy);
  if (row->reason == EC_UPLOAD_REASON_NOT_COMPLETED)
    assert_shows (fixture, "尚未完成");
  /* The other two networks carry no hours. */
  g_assert_true (shows_text (fixture, "此項無認證時數"));
  /* Hours that are not the learner's to credit are no warning. */
  if (row->reason == EC_UPLOAD_REASON_NOT_CIVIL_SERVICE)
    {
      g_assert_false (shows_icon (fixture, "dialog-warning-symbolic"));
      g_assert_true (shows_icon (fixture, "dialog-information-symbolic"));
    }
  else if (row->status == EC_UPLOAD_STATUS_NOT_ELIGIBLE)
    g_assert_true (shows_icon (fixture, "dialog-warning-symbolic"));

  buttons = shown_buttons (fixture);
  if (row->button == NULL)
    {
      g_assert_cmpuint (buttons->len, ==, 0);
      return;
    }

  {
    g_autofree char *expected = NULL;
    const char      *target = strchr (row->activation, ' ');

    expected = g_strdup_printf ("%s|%s|%s", row->button, row->action, target != NULL ? target + 1 : "");
    g_assert_cmpuint (buttons->len, ==, 1);
    g_assert_cmpstr (buttons->pdata[0], ==, expected);
  }

  gtk_button_clicked (GTK_BUTTON (find_button (fixture, row->button)));
  ec_test_ui_settle (fixture->window);
  g_assert_cmpuint (fixture->activations->len, ==, 1);
  g_assert_cmpstr (fixture->activations->pdata[0], ==, row->activation);

  if (row->remedy == EC_REMEDY_CONVERT_ACCOUNT)
    ec_test_ui_save_screenshot (fixture->window, "record-detail-not-official-account");
}

/* A teacher converts to 「公務人員之教育人員」, and the remedy says so. */
static void
test_identity (Fixture      *fixture,
               gconstpointer user_data)
{
  g_autoptr (EcRecord) record = new_record ("班級經營實務", EC_LOGIN_ROUTE_GOV_TW);
  g_autofree char *civil_servant = ec_remedy_describe (EC_REMEDY_CONVERT_ACCOUNT, EC_IDENTITY_CIVIL_SERVANT);
  g_autofree char *educator = ec_remedy_describe (EC_REMEDY_CONVERT_ACCOUNT, EC_IDENTITY_EDUCATOR);

  g_assert_cmpstr (civil_servant, !=, educator);
  set_verdict (record, EC_NETWORK_TEACHER, 180, EC_UPLOAD_STATUS_NOT_ELIGIBLE, EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT,
               EC_REMEDY_CONVERT_ACCOUNT);
  show (fixture, record);
  assert_shows (fixture, civil_servant);
  g_assert_nonnull (strstr (educator, "公務人員之教育人員"));

  ec_record_detail_set_identity (fixture->detail, EC_IDENTITY_EDUCATOR);
  ec_test_ui_settle (fixture->window);
  assert_shows (fixture, educator);
  assert_does_not_show (fixture, civil_servant);
}

/* One course studied with a social account: every network says never, and
 * each offers to study it again. */
static void
test_social_everywhere (Fixture      *fixture,
                        gconstpointer user_data)
{
  g_autoptr (EcRecord) record = new_record ("公文寫作", EC_LOGIN_ROUTE_SOCIAL);
  g_autoptr (GPtrArray) buttons = NULL;

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    set_verdict (record, n, 60, EC_UPLOAD_STATUS_NEVER, EC_UPLOAD_REASON_SOCIAL_LOGIN, EC_REMEDY_RESTUDY);
  show (fixture, record);
  buttons = shown_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, EC_N_NETWORKS);
  for (guint i = 0; i < buttons->len; i++)
    g_assert_cmpstr (buttons->pdata[i], ==, "開啟學習平臺|win.open-remedy|restudy");
}

static void
add_blocked_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (blocked_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/ui/record-detail/blocked/", blocked_cases[i].name, NULL);

      g_test_add (path, Fixture, &blocked_cases[i], fixture_set_up, test_blocked, fixture_tear_down);
    }
}

int
main (int   argc,
      char *argv[])
{
  const GActionEntry app_entries[] = {
    { "assistant", on_app_assistant_cb },
  };
  g_autoptr (GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);

  /* GtkApplication windows need a registered application; a test runs
   * beside others, so it must not claim a unique name. */
  app = gtk_application_new ("io.github.elearncompanion.Companion.TestRecordDetail", G_APPLICATION_NON_UNIQUE);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/ui/record-detail/placeholder", Fixture, NULL, fixture_set_up, test_placeholder, fixture_tear_down);
  g_test_add ("/ui/record-detail/uploaded", Fixture, NULL, fixture_set_up, test_uploaded, fixture_tear_down);
  g_test_add ("/ui/record-detail/pending", Fixture, NULL, fixture_set_up, test_pending, fixture_tear_down);
  g_test_add ("/ui/record-detail/no-certified-hours", Fixture, NULL, fixture_set_up, test_no_certified_hours,
              fixture_tear_down);
  add_blocked_cases ();
  g_test_add ("/ui/record-detail/identity", Fixture, NULL, fixture_set_up, test_identity, fixture_tear_down);
  g_test_add ("/ui/record-detail/social-everywhere", Fixture, NULL, fixture_set_up, test_social_everywhere,
              fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
