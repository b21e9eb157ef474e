/* ec-test-ui.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-ui.h"

/**
 * ec_test_ui_save_screenshot:
 * @widget: a drawn widget
 * @name: the file name, without ".png"
 *
 * Saves what @widget shows under the build directory's screenshots/, so
 * that a person can look at the zh_TW UI without running it.
 */
void
ec_test_ui_save_screenshot (GtkWidget  *widget,
                            const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  cairo_surface_t *surface;
  cairo_t         *cr;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_allocated_width (widget),
                                        gtk_widget_get_allocated_height (widget));
  cr = cairo_create (surface);
  gtk_widget_draw (widget, cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("screenshot: %s", path);
}

/**
 * ec_test_ui_save_window_screenshot:
 * @window: a shown toplevel
 * @name: the file name, without ".png"
 *
 * Saves what the display shows of @window.  GtkTreeView leaves its column
 * headers out of gtk_widget_draw() (they sit on a window of their own), so
 * a window with a list is read back from the (virtual) display instead.
 */
void
ec_test_ui_save_window_screenshot (GtkWidget  *window,
                                   const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GError) error = NULL;

  gtk_window_present (GTK_WINDOW (window));
  ec_test_ui_settle (window);
  pixbuf = gdk_pixbuf_get_from_window (gtk_widget_get_window (window), 0, 0, gtk_widget_get_allocated_width (window),
                                       gtk_widget_get_allocated_height (window));
  g_assert_nonnull (pixbuf);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", &error, NULL));
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", path);
}

/**
 * ec_test_ui_settle:
 *
 * Lets the window handle what the test did and draw it; a window that
 * closed in the meantime has nothing left to draw.
 */
void
ec_test_ui_settle (GtkWidget *window)
{
  GtkWidget *alive = window;

  g_object_add_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (alive != NULL)
    {
      gtk_test_widget_wait_for_draw (alive);
      g_object_remove_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
    }
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * ec_test_ui_wait_for:
 *
 * Runs the main loop until @condition holds, or @seconds pass.
 *
 * Returns: %TRUE if the condition came true in time.
 */
gboolean
ec_test_ui_wait_for (EcTestUiCondition condition,
                     gpointer          user_data,
                     guint             seconds)
{
  gboolean timed_out = FALSE;
  guint    timeout = g_timeout_add_seconds (seconds, on_timeout_cb, &timed_out);

  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
  return !timed_out;
}

/**
 * ec_test_ui_find_label:
 *
 * Finds a label as the translation writes it ("下一步(_N)"): the widget
 * shows it without the mnemonic's underscore.
 */
GtkWidget *
ec_test_ui_find_label (GtkWidget  *window,
                       const char *label)
{
  g_autoptr (GString) shown = g_string_new (label);

  g_string_replace (shown, "_", "", 0);
  return gtk_test_find_label (window, shown->str);
}

GtkWidget *
ec_test_ui_find_button (GtkWidget  *window,
                        const char *label)
{
  GtkWidget *label_widget = ec_test_ui_find_label (window, label);

  g_assert_nonnull (label_widget);
  return gtk_widget_get_ancestor (label_widget, GTK_TYPE_BUTTON);
}

/* Next, whatever its label says on this page (下一步 or 完成). */
GtkWidget *
ec_test_ui_next_button (GtkWidget *window)
{
  GtkWidget *label = ec_test_ui_find_label (window, "下一步(_N)");

  if (label == NULL)
    label = ec_test_ui_find_label (window, "完成(_D)");
  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
}

static gboolean
page_is_idle (gpointer user_data)
{
  EcAssistant *assistant = *(EcAssistant **) user_data;

  return assistant == NULL || !ec_assistant_page_get_applying (ec_assistant_get_current_page (assistant));
}

/**
 * ec_test_ui_press_next:
 *
 * Presses Next and waits for the page's work (a lookup) to end; the
 * assistant may have closed after its last page.
 */
void
ec_test_ui_press_next (EcAssistant *assistant)
{
  GtkWidget   *next = ec_test_ui_next_button (GTK_WIDGET (assistant));
  EcAssistant *alive = assistant;

  g_assert_true (gtk_widget_get_sensitive (next));
  g_object_add_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
  gtk_button_clicked (GTK_BUTTON (next));
  g_assert_true (ec_test_ui_wait_for (page_is_idle, &alive, 30));
  if (alive != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
      ec_test_ui_settle (GTK_WIDGET (alive));
    }
}

/**
 * ec_test_ui_session_new:
 * @url: the service's address
 * @cache_dir: (nullable): the folder for the cache file, or %NULL for each
 *   learner's own file under the (throw-away) user cache folder
 *
 * Returns: (transfer full): a session with a client that retries quickly
 *   and gives up after five seconds, and the test session's real keyring.
 */
EcSession *
ec_test_ui_session_new (const char *url,
                        const char *cache_dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApiClient) client = ec_api_client_new (url, &error);
  g_autoptr (EcCredentialStore) credentials = ec_credential_store_new (url);
  EcSession *session;

  g_assert_no_error (error);
  ec_api_client_set_retry_delay (client, 10);
  ec_api_client_set_timeout (client, 5);
  session = ec_session_new (client, credentials);
  if (cache_dir != NULL)
    {
      g_autofree char *cache = g_build_filename (cache_dir, "cache.sqlite", NULL);

      ec_session_set_cache_path (session, cache);
    }
  return session;
}

/* pdftotext puts spaces between CJK glyphs where it sees gaps, and lines
 * break where the layout does: text is compared without any white space. */
char *
ec_test_ui_without_space (const char *text)
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
char *
ec_test_ui_run_poppler (const char *tool,
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
