/* test-request-form.c: the printable form 「我的E政府公務帳號申請書」,
 * exported to PDF and read back with poppler's pdftotext, from the API's
 * example and from a real request made on elearn-sim through the client.
 * How the client reads the form's JSON is tested in tests/unit/
 * test-api-json.c.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "print/ec-request-form-print.h"
#include "ec-client.h"
#include "ec-test-service.h"
#include "ec-test-util.h"
#include "ec-test-ui.h"

#define OID_MOI "2.16.886.101.20003.20001" /* 內政部 */

static const char *const service_args[] = { "--seed=demo", NULL };

/* The form of docs/api.md's example application. */
static EcRequestForm *
example_form (void)
{
  EcRequestForm *form = ec_request_form_new ();

  form->member_account = g_strdup ("lin.meihua");
  g_date_set_dmy (&form->application_date, 30, G_DATE_NOVEMBER, 2026);
  form->application_date_roc = g_strdup ("民國 115年11月30日");
  form->name = g_strdup ("林美華");
  form->item_text = g_strdup ("自然人轉公務員(待審中)");
  form->agency_name = g_strdup ("內政部");
  form->agency_oid = g_strdup (OID_MOI);
  form->fax = g_strdup ("(02)2192-7186");
  form->phone = g_strdup ("02-2192-7111");
  return form;
}

/* Exports @form into a folder of its own, checks that the PDF has one page,
 * and returns its text without white space. */
static char *
export_and_read (const EcRequestForm *form)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ec-test-form-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info_compact = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "form.pdf", NULL);
  g_assert_true (ec_request_form_print_export_pdf (form, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  info = ec_test_ui_run_poppler ("pdfinfo", path);
  info_compact = ec_test_ui_without_space (info);
  g_assert_nonnull (strstr (info_compact, "Pages:1"));
  text = ec_test_ui_run_poppler ("pdftotext", path);
  g_test_message ("pdftotext:\n%s", text);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return ec_test_ui_without_space (text);
}

static void
assert_shows (const char *compact_text,
              const char *needle)
{
  g_autofree char *compact_needle = ec_test_ui_without_space (needle);

  if (strstr (compact_text, compact_needle) == NULL)
    g_error ("the form does not show “%s”", needle);
}

/* What every form shows: the paper form's fixed text and the service
 * centre's numbers. */
static void
assert_fixed_text (const char *text)
{
  static const char *const fixed[] = {
    "我的E政府公務帳號申請書",
    "會員帳號",
    "申請日期",
    "姓名",
    "申請項目",
    "新機關名稱",
    "新機關OUOID",
    "身分證影本黏貼處（正面）",
    "身分證影本黏貼處（反面）",
    "收件",
    "承辦",
    "處理完畢時間",
    "備註",
    "(02)2192-7186",
    "02-2192-7111",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (fixed); i++)
    assert_shows (text, fixed[i]);
}

/* The page as a person sees it, for the screenshots of the ui suite: A4
 * at 96 dpi. */
static void
save_screenshot (const EcRequestForm *form,
                 const char          *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  cairo_surface_t *surface;
  cairo_t         *cr;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 794, 1123);
  cr = cairo_create (surface);
  ec_request_form_print_draw (form, cr, 794, 1123);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("screenshot: %s", path);
}

static void
test_example (void)
{
  g_autoptr (EcRequestForm) form = example_form ();
  g_autofree char *text = export_and_read (form);

  assert_fixed_text (text);
  assert_shows (text, "會員帳號: lin.meihua");
  assert_shows (text, "民國 115年11月30日");
  assert_shows (text, "林美華");
  assert_shows (text, "自然人轉公務員(待審中)");
  assert_shows (text, "新機關名稱: (內政部)");
  assert_shows (text, "新機關OUOID: " OID_MOI);

  save_screenshot (form, "application-form");
}

/* An agency the directory does not know leaves its parentheses empty. */
static void
test_unknown_agency (void)
{
  g_autoptr (EcRequestForm) form = example_form ();
  g_autofree char *text = NULL;

  g_clear_pointer (&form->agency_name, g_free);
  g_free (form->agency_oid);
  form->agency_oid = g_strdup ("2.16.886.101.99999.1");

  text = export_and_read (form);
  assert_fixed_text (text);
  assert_shows (text, "新機關名稱: ()");
  assert_shows (text, "2.16.886.101.99999.1");
}

static void
on_result_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* End to end: 林美華 applies on the real service through the client, which
 * gives the form to print and fax. */
static void
test_from_service (EcTestService *service,
                   gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApiClient) client = ec_api_client_new (service->url, &error);
  g_autoptr (GAsyncResult) login_result = NULL;
  g_autoptr (GAsyncResult) request_result = NULL;
  g_autoptr (EcAccount) account = NULL;
  g_autoptr (EcAccountRequest) request = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  ec_api_client_login_async (client, "gov-tw", "lin.meihua", "demo2026", NULL, on_result_cb, &login_result);
  account = ec_api_client_login_finish (client, wait_for (&login_result), &error);
  g_assert_no_error (error);

  ec_api_client_create_account_request_async (client, OID_MOI, "學校教師，研習時數需上傳教師網", NULL, NULL,
                                              on_result_cb, &request_result);
  request = ec_api_client_create_account_request_finish (client, wait_for (&request_result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (request->status, ==, EC_ACCOUNT_REQUEST_STATUS_PENDING);
  g_assert_nonnull (request->form);

  text = export_and_read (request->form);
  assert_fixed_text (text);
  assert_shows (text, "lin.meihua");
  assert_shows (text, "林美華");
  assert_shows (text, request->form->application_date_roc);
  assert_shows (text, "自然人轉公務員(待審中)");
  assert_shows (text, "內政部");
  assert_shows (text, OID_MOI);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/ui/request-form/example", test_example);
  g_test_add_func ("/ui/request-form/unknown-agency", test_unknown_agency);
  g_test_add ("/ui/request-form/from-service", EcTestService, service_args, ec_test_service_set_up,
              test_from_service, ec_test_service_tear_down);

  return g_test_run ();
}
