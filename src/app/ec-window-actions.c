/* ec-window-actions.c: what the learner can do from the main window.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-message-dialog.h"
#include "ec-core.h"
#include "ec-error-message.h"
#include "ec-window-private.h"

/* The window's actions ("win.…"), with the accelerators the application
 * sets and the shortcuts window lists.  Long work (writing a CSV file)
 * runs in a thread; a failure says what to do and loses nothing. */

/* The web pages a remedy sends the learner to: the platform itself, or
 * the environmental-education network. */
#define PLATFORM_URL "https://elearn.hrd.gov.tw/"
#define ENV_NETWORK_URL "https://elearn.epa.gov.tw/"

static void
show_error (EcWindow   *self,
            const char *primary,
            const char *secondary)
{
  ec_message_dialog_show_error (GTK_WINDOW (self), primary, secondary);
}

static void
on_sync_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ec_window_sync (EC_WINDOW (user_data));
}

static void
on_cancel_sync_activated_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  EcWindow *self = EC_WINDOW (user_data);

  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
}

static void
on_search_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  EcWindow *self = EC_WINDOW (user_data);

  ec_records_pane_focus_search (self->records_pane);
}

/* Writing the CSV file ----------------------------------------------------- */

/* What the list shows, read again in the worker on a connection of its
 * own: 100,000 records must not stop the window. */
typedef struct {
  char        *cache_path;
  EcCacheQuery query;
  char        *search;
  GFile       *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->cache_path);
  g_free (data->search);
  g_object_unref (data->file);
  g_free (data);
}

static ExportData *
export_data_new (EcWindow *self,
                 GFile    *file)
{
  ExportData *data = g_new0 (ExportData, 1);

  data->cache_path = g_strdup (ec_cache_get_path (ec_session_get_cache (self->session)));
  ec_records_pane_get_query (self->records_pane, &data->query);
  data->search = g_strdup (data->query.search);
  data->query.search = data->search;
  data->file = g_object_ref (file);
  return data;
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = NULL;
  g_autoptr (GPtrArray) records = NULL;

  cache = ec_cache_open (data->cache_path, &error);
  if (cache != NULL)
    records = ec_cache_query (cache, &data->query, &error);
  if (records == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* g_file_replace writes a temporary file and renames it on close: a
   * full disk leaves an earlier export as it was. */
  stream = g_file_replace (data->file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &error);
  if (stream == NULL
      || !ec_records_write_csv (records, G_OUTPUT_STREAM (stream), cancellable, &error)
      || !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  EcWindow *self = EC_WINDOW (source);
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _ ("The records could not be exported"), error->message);
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr (EcWindow) self = user_data;
  g_autoptr (GTask) task = NULL;
  g_autoptr (GFile) file = NULL;
  ExportData *data;

  if (response != GTK_RESPONSE_ACCEPT || self->session == NULL || ec_session_get_cache (self->session) == NULL)
    {
      g_object_unref (dialog);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  data = export_data_new (self, file);
  g_object_unref (dialog);

  task = g_task_new (self, self->cancellable, on_exported_cb, NULL);
  g_task_set_source_tag (task, on_export_response_cb);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_in_thread);
}

static void
on_export_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  EcWindow             *self = EC_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  GtkFileFilter        *filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_ ("Export Records as CSV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _ ("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of an export. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _ ("learning-record.csv"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ec_window_export_csv:
 * @file: where to write
 * @callback: called when the file is written, or not
 *
 * Writes the records the filters show to @file, as the Export action does
 * after asking where (for tests and scripts that know where).
 */
void
ec_window_export_csv (EcWindow           *self,
                      GFile              *file,
                      GAsyncReadyCallback callback,
                      gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  ExportData *data = export_data_new (self, file);

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_window_export_csv);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_in_thread);
}

gboolean
ec_window_export_csv_finish (EcWindow     *self,
                             GAsyncResult *result,
                             GError      **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Summary, remedies, logging in and out -------------------------------- */

static void
on_print_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  ec_records_pane_print_summary (EC_WINDOW (user_data)->records_pane);
}

static void
on_save_summary_activated_cb (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  ec_records_pane_save_summary (EC_WINDOW (user_data)->records_pane);
}

static void
on_open_remedy_activated_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  EcWindow   *self = EC_WINDOW (user_data);
  const char *id = g_variant_get_string (parameter, NULL);
  EcRemedy    remedy = EC_REMEDY_NONE;
  const char *url = PLATFORM_URL;
  g_autoptr (GError) error = NULL;

  if (ec_remedy_from_string (id, &remedy)
      && (remedy == EC_REMEDY_CREATE_ENV_ACCOUNT || remedy == EC_REMEDY_FIX_SERVICE_UNIT))
    url = ENV_NETWORK_URL;

  if (!gtk_show_uri_on_window (GTK_WINDOW (self), url, GDK_CURRENT_TIME, &error))
    {
      g_autofree char *text = g_strdup_printf (_ ("Open %s in a web browser."), url);

      show_error (self, _ ("The web page could not be opened"), text);
    }
}

static void
on_relogged_in_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (EcWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!ec_session_relogin_finish (EC_SESSION (source), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Nothing remembered to log in with: the assistant asks. */
      if (g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_UNAUTHORIZED))
        g_action_group_activate_action (G_ACTION_GROUP (gtk_window_get_application (GTK_WINDOW (self))),
                                        "assistant", NULL);
      else
        {
          g_autofree char *message = ec_error_message_for_learner (error);

          _ec_window_show_offline (self, message);
        }
    }
}

static void
on_relogin_activated_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  EcWindow *self = EC_WINDOW (user_data);

  if (self->session == NULL)
    return;
  if (ec_session_get_logged_in (self->session))
    ec_session_relogin_async (self->session, self->cancellable, on_relogged_in_cb, g_object_ref (self));
  else
    ec_window_sync (self);
}

typedef struct {
  GtkWidget *forget_password;
  GtkWidget *clear_cache;
} LogoutChecks;

static void
logout_checks_free (gpointer  data,
                    GClosure *closure)
{
  g_free (data);
}

static void
on_logged_out_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (EcWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  /* Logged out here whatever the service said; only a keyring or a file
   * that could not be cleaned is worth telling. */
  if (!ec_session_logout_finish (EC_SESSION (source), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _ ("Logged out, but not everything was forgotten"), error->message);
  _ec_window_show_logged_out (self);
}

static void
on_logout_response_cb (GtkDialog *dialog,
                       int        response,
                       gpointer   user_data)
{
  EcWindow     *self = EC_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  LogoutChecks *checks = user_data;
  gboolean      forget = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (checks->forget_password));
  gboolean      clear = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (checks->clear_cache));

  gtk_widget_destroy (GTK_WIDGET (dialog));
  if (response != GTK_RESPONSE_OK || self->session == NULL)
    return;

  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
  ec_records_pane_set_cache (self->records_pane, NULL);
  ec_session_logout_async (self->session, forget, clear, self->cancellable, on_logged_out_cb, g_object_ref (self));
}

static void
on_logout_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  EcWindow     *self = EC_WINDOW (user_data);
  GtkWidget    *dialog;
  GtkWidget    *area;
  LogoutChecks *checks = g_new0 (LogoutChecks, 1);

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", _ ("Log out?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _ ("The record stays on this computer for offline review unless you "
                                               "ask to delete it."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL, _ ("_Log Out"), GTK_RESPONSE_OK,
                          NULL);
  area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  checks->forget_password = gtk_check_button_new_with_mnemonic (_ ("_Forget the remembered password"));
  checks->clear_cache = gtk_check_button_new_with_mnemonic (_ ("_Delete the record kept on this computer"));
  gtk_container_add (GTK_CONTAINER (area), checks->forget_password);
  gtk_container_add (GTK_CONTAINER (area), checks->clear_cache);
  gtk_widget_show_all (area);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_logout_response_cb), checks, logout_checks_free, 0);
  gtk_widget_show (dialog);
}

static const GActionEntry win_actions[] = {
  { "sync", on_sync_activated_cb },
  { "cancel-sync", on_cancel_sync_activated_cb },
  { "search", on_search_activated_cb },
  { "export", on_export_activated_cb },
  { "print", on_print_activated_cb },
  { "save-summary", on_save_summary_activated_cb },
  { "open-remedy", on_open_remedy_activated_cb, "s" },
  { "relogin", on_relogin_activated_cb },
  { "logout", on_logout_activated_cb },
};

/**
 * _ec_window_update_sync_actions:
 *
 * Enables what makes sense now: a sync when there is a learner and none
 * runs, stopping one while it runs, the rest when a record is shown.
 */
void
_ec_window_update_sync_actions (EcWindow *self)
{
  gboolean has_learner = self->session != NULL && ec_session_get_login (self->session) != NULL;
  gboolean syncing = self->sync_cancellable != NULL;
  gboolean has_record = self->session != NULL && ec_session_get_cache (self->session) != NULL;
  const struct {
    const char *name;
    gboolean    enabled;
  } states[] = {
    { "sync", has_learner && !syncing },
    { "cancel-sync", syncing },
    { "search", has_record },
    { "export", has_record },
    { "print", has_record },
    { "save-summary", has_record },
    { "logout", has_learner },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (states); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), states[i].name);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), states[i].enabled);
    }
}

void
_ec_window_add_actions (EcWindow *self)
{
  g_autoptr (GPropertyAction) view = NULL;

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);

  /* win.view::records and win.view::summary switch the record's views. */
  view = g_property_action_new ("view", ec_records_pane_get_view_stack (self->records_pane), "visible-child-name");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (view));

  _ec_window_update_sync_actions (self);
}
