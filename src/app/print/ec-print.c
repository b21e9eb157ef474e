/* ec-print.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-message-dialog.h"
#include "print/ec-print.h"

/* The application form and the year's report are drawn the same way: text
 * in points with Pango-Cairo on A4 pages drawn to the edge (each document
 * keeps margins wide enough for any printer), printed through the print
 * dialog without a nested main loop, or exported to a PDF file the
 * learner chooses.  A failure says what failed in a dialog that closes
 * itself. */

/**
 * ec_print_set_text:
 * @width: the wrapping width in points, or -1 for one line
 *
 * Sets the layout's text and font.
 */
void
ec_print_set_text (PangoLayout   *layout,
                   const char    *text,
                   double         size,
                   gboolean       bold,
                   double         width,
                   PangoAlignment alignment)
{
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (EC_PRINT_FONT_FAMILIES);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
}

/**
 * ec_print_text_height:
 *
 * Returns: the layout's height, in points.
 */
double
ec_print_text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/**
 * ec_print_operation_new_a4:
 * @job_name: the print job's name
 *
 * Returns: (transfer full): an operation on portrait A4 pages drawn to the
 *   edge, for the caller to connect its drawing to.
 */
GtkPrintOperation *
ec_print_operation_new_a4 (const char *job_name)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, job_name);
  return operation;
}

/**
 * ec_print_export_pdf:
 * @parent: (nullable): the window the operation belongs to
 * @path: the PDF file to write, replaced if it exists
 * @error: return location for a #GtkPrintError or an I/O error
 *
 * Writes the document as PDF, without asking anything.
 *
 * Returns: %TRUE if the file was written.
 */
gboolean
ec_print_export_pdf (GtkPrintOperation *operation,
                     GtkWindow         *parent,
                     const char        *path,
                     GError           **error)
{
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
on_print_done_cb (GtkPrintOperation      *operation,
                  GtkPrintOperationResult result,
                  gpointer                user_data)
{
  const char *failure = g_object_get_data (G_OBJECT (operation), "ec-print-failure");
  g_autoptr (GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error == NULL)
    return;
  g_warning ("Printing failed: %s", error->message);
  ec_message_dialog_show_error (user_data, failure, error->message);
}

/**
 * ec_print_run_dialog:
 * @parent: (nullable): the window the print dialog belongs to
 * @failure: what to say when printing fails, translated
 *
 * Opens the print dialog and returns at once; the operation keeps itself
 * alive until it is done, and a failure is shown in a dialog.
 */
void
ec_print_run_dialog (GtkPrintOperation *operation,
                     GtkWindow         *parent,
                     const char        *failure)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  g_object_set_data_full (G_OBJECT (operation), "ec-print-failure", g_strdup (failure), g_free);
  /* Asynchronous, so that no nested main loop runs while the dialog is
   * open. */
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (parent != NULL)
    g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), parent, 0);
  else
    g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), NULL);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
          == GTK_PRINT_OPERATION_RESULT_ERROR
      && error != NULL)
    {
      g_warning ("Printing failed: %s", error->message);
      ec_message_dialog_show_error (parent, failure, error->message);
    }
}

static void
on_save_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  GtkPrintOperation *operation = user_data;
  GtkWindow         *parent = gtk_native_dialog_get_transient_for (dialog);
  const char        *failure = g_object_get_data (G_OBJECT (operation), "ec-print-failure");
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (path == NULL)
        ec_message_dialog_show_error (parent, failure, _ ("Choose a folder on this computer."));
      else if (!ec_print_export_pdf (operation, parent, path, &error))
        ec_message_dialog_show_error (parent, failure, error->message);
    }

  /* The references taken when the dialog was shown. */
  g_object_unref (operation);
  g_object_unref (dialog);
}

/**
 * ec_print_save_as_pdf:
 * @parent: (nullable): the window the file chooser belongs to
 * @title: the file chooser's title, translated
 * @file_name: the file name offered
 * @failure: what to say when saving fails, translated
 *
 * Asks where to save the document and saves it there as PDF; returns at
 * once.
 */
void
ec_print_save_as_pdf (GtkPrintOperation *operation,
                      GtkWindow         *parent,
                      const char        *title,
                      const char        *file_name,
                      const char        *failure)
{
  GtkFileChooserNative *dialog;
  GtkFileFilter        *filter = gtk_file_filter_new ();
  g_autofree char      *safe_name = g_strdelimit (g_strdup (file_name), "/\\", '_');

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  g_object_set_data_full (G_OBJECT (operation), "ec-print-failure", g_strdup (failure), g_free);
  dialog = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* A separator in the name (a login may hold one) must not make it a
   * path. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), safe_name);

  g_signal_connect (dialog, "response", G_CALLBACK (on_save_response_cb), g_object_ref (operation));
  /* The reference from gtk_file_chooser_native_new() keeps the dialog
   * until it answers; the response callback drops it. */
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
