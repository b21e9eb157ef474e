/* test-application-form.c: the printable form 「我的E政府公務帳號申請書」,
 * exported to PDF and read back with poppler's pdftotext, from the API's
 * example and from a real application made on elearn-sim.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "print/ec-application-form.h"
#include "ec-client.h"
#include "ec-test-service.h"
#include "ec-test-util.h"

#define OID_MOI "2.16.886.101.20003.20001" /* 內政部 */

/* The form of docs/api.md's example application. */
#define EXAMPLE_FORM                                        \
  "{\"member_account\": \"lin.meihua\","                    \
  " \"application_date\": \"2026-11-30\","                  \
  " \"application_date_roc\": \"民國 115年11月30日\"," \
  " \"name\": \"林美華\","                               \
  " \"item_text\": \"自然人轉公務員(待審中)\","   \
  " \"agency_name\": \"內政部\","                        \
  " \"agency_oid\": \"" OID_MOI "\","                       \
  " \"fax\": \"(02)2192-7186\","                            \
  " \"phone\": \"02-2192-7111\"}"

static const char *const service_args[] = { "--seed=demo", NULL };

static JsonObject *
parse_object (const char *json)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* pdftotext puts spaces between CJK glyphs where it sees gaps, and lines
 * break where the layout does: text is compared without any white space. */
static char *
without_space (const char *text)
{
  GString *out = g_string_new (NULL);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Runs a poppler tool on @path and returns what it printed. */
static char *
run_poppler (const char *tool,
             const char *path)
{
  const char        *argv_pdftotext[] = { tool, "-layout", path, "-", NULL };
  const char        *argv_pdfinfo[] = { tool, path, NULL };
  const char *const *argv = g_str_equal (tool, "pdftotext") ? argv_pdftotext : argv_pdfinfo;
  g_autofree char   *err = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s cannot run (%s): install poppler-utils (build-aux/install-deps.sh)", tool, error->message);
  g_spawn_check_wait_status (status, &error);
  if (error != NULL)
    g_error ("%s failed on %s: %s", tool, path, err);
  return out;
}

/* Exports @form into a folder of its own, checks that the PDF has one page,
 * and returns its text without white space. */
static char *
export_and_read (EcApplicationForm *form)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ec-test-form-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info_compact = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "form.pdf", NULL);
  g_assert_true (ec_application_form_export_pdf (form, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  info = run_poppler ("pdfinfo", path);
  info_compact = without_space (info);
  g_assert_nonnull (strstr (info_compact, "Pages:1"));
  text = run_poppler ("pdftotext", path);
  g_test_message ("pdftotext:\n%s", text);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return without_space (text);
}

static void
assert_shows (const char *compact_text,
              const char *needle)
{
  g_autofree char *compact_needle = without_space (needle);

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
save_screenshot (EcApplicationForm *form,
                 const char        *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  cairo_surface_t *surface;
  cairo_t         *cr;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 794, 1123);
  cr = cairo_create (surface);
  ec_application_form_draw (form, cr, 794, 1123);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("screenshot: %s", path);
}

static void
test_example (void)
{
  g_autoptr (JsonObject) json = parse_object (EXAMPLE_FORM);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApplicationForm) form = ec_application_form_new_from_json (json, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ec_application_form_get_member_account (form), ==, "lin.meihua");
  g_assert_cmpstr (ec_application_form_get_application_date_roc (form), ==, "民國 115年11月30日");
  g_assert_cmpstr (ec_application_form_get_name (form), ==, "林美華");
  g_assert_cmpstr (ec_application_form_get_agency_name (form), ==, "內政部");
  g_assert_cmpstr (ec_application_form_get_agency_oid (form), ==, OID_MOI);
  g_assert_cmpstr (ec_application_form_get_fax (form), ==, "(02)2192-7186");
  g_assert_cmpstr (ec_application_form_get_phone (form), ==, "02-2192-7111");

  text = export_and_read (form);
  assert_fixed_text (text);
  assert_shows (text, "會員帳號: lin.meihua");
  assert_shows (text, "民國 115年11月30日");
  assert_shows (text, "林美華");
  assert_shows (text, "自然人轉公務員(待審中)");
  assert_shows (text, "新機關名稱: (內政部)");
  assert_shows (text, "新機關OUOID: " OID_MOI);

  save_screenshot (form, "application-form");
}

/* Without the service's ROC date the core writes it; an agency the
 * directory does not know leaves its parentheses empty. */
static void
test_defaults (void)
{
  g_autoptr (JsonObject) json = parse_object (EXAMPLE_FORM);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApplicationForm) form = NULL;
  g_autofree char *text = NULL;

  json_object_set_null_member (json, "application_date_roc");
  json_object_set_null_member (json, "agency_name");
  json_object_set_string_member (json, "application_date", "2012-12-03");
  json_object_set_string_member (json, "agency_oid", "2.16.886.101.99999.1");
  form = ec_application_form_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ec_application_form_get_application_date_roc (form), ==, "民國 101年12月03日");
  g_assert_null (ec_application_form_get_agency_name (form));

  text = export_and_read (form);
  assert_fixed_text (text);
  assert_shows (text, "民國 101年12月03日");
  assert_shows (text, "新機關名稱: ()");
  assert_shows (text, "2.16.886.101.99999.1");
}

static void
test_malformed (void)
{
  /* A member removed, or set to a value of the wrong type. */
  static const struct {
    const char *member;
    const char *value; /* NULL: removed */
  } cases[] = {
    { "member_account", NULL },
    { "application_date", NULL },
    { "name", NULL },
    { "item_text", NULL },
    { "agency_oid", NULL },
    { "fax", NULL },
    { "phone", NULL },
    { "application_date_roc", NULL },
    { "agency_name", NULL },
    { "name", "null" },
    { "member_account", "42" },
    { "agency_oid", "{}" },
    { "application_date_roc", "[]" },
    { "application_date", "\"2026-02-30\"" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonObject) json = parse_object (EXAMPLE_FORM);
      g_autoptr (GError) error = NULL;
      g_autoptr (EcApplicationForm) form = NULL;

      if (cases[i].value == NULL)
        json_object_remove_member (json, cases[i].member);
      else
        {
          g_autoptr (JsonNode) value = json_from_string (cases[i].value, &error);

          g_assert_no_error (error);
          json_object_set_member (json, cases[i].member, g_steal_pointer (&value));
        }

      form = ec_application_form_new_from_json (json, &error);
      g_test_message ("case %" G_GSIZE_FORMAT ": %s = %s", i, cases[i].member,
                      cases[i].value != NULL ? cases[i].value : "(removed)");
      g_assert_error (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY);
      g_assert_null (form);
    }
}

/* End to end: 林美華 applies on the real service, which answers with the
 * form to print and fax. */
static void
test_from_service (EcTestService *service,
                   gconstpointer  user_data)
{
  g_autofree char *token = ec_test_service_login (service, "gov-tw", "lin.meihua", "demo2026");
  g_autoptr (JsonNode) reply = NULL;
  g_autoptr (EcApplicationForm) form = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject      *application;
  JsonObject      *json;

  reply = ec_test_service_call (service, "POST", "/api/v1/applications", token,
                                "{\"item\": \"natural-to-official\", \"agency_oid\": \"" OID_MOI "\","
                                " \"reason\": \"學校教師，研習時數需上傳教師網\"}",
                                201);
  application = json_object_get_object_member (json_node_get_object (reply), "application");
  g_assert_cmpstr (json_object_get_string_member (application, "status"), ==, "pending");
  json = json_object_get_object_member (application, "form");
  g_assert_nonnull (json);

  form = ec_application_form_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ec_application_form_get_application_date_roc (form), ==,
                   json_object_get_string_member (json, "application_date_roc"));

  text = export_and_read (form);
  assert_fixed_text (text);
  assert_shows (text, "lin.meihua");
  assert_shows (text, "林美華");
  assert_shows (text, ec_application_form_get_application_date_roc (form));
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

  g_test_add_func ("/ui/application-form/example", test_example);
  g_test_add_func ("/ui/application-form/defaults", test_defaults);
  g_test_add_func ("/ui/application-form/malformed", test_malformed);
  g_test_add ("/ui/application-form/from-service", EcTestService, service_args, ec_test_service_set_up,
              test_from_service, ec_test_service_tear_down);

  return g_test_run ();
}
