/* ec-preferences-dialog.c: the service address, refreshing on start, the
 * agency's cut-off.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-preferences-dialog"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "ec-client.h"
#include "ec-preferences-dialog.h"

/* Every control writes its key as soon as it changes, as GNOME's
 * preferences do, with two exceptions.  The service address is written only
 * when the learner is done with it (Enter, or leaving the field) and only
 * if the client would accept it: a half-typed address must never reach the
 * setting, since the app connects to whatever it holds.  The cut-off is one
 * key ("MM-DD") shown as two spin buttons, so it is written by hand, once
 * the day has been clamped to the month. */

/* February's cut-off may be the 29th: the cut-off repeats every year, and
 * the rules move it to the month's last day in a common year. */
#define CUTOFF_YEAR 2024

struct _EcPreferencesDialog {
  GtkDialog parent_instance;

  /* Template children. */
  GtkEntry      *url_entry;
  GtkLabel      *url_error_label;
  GtkSwitch     *sync_switch;
  GtkSpinButton *month_spin;
  GtkSpinButton *day_spin;

  GSettings *settings;
  /* Set while the spin buttons are being filled in or clamped, so that
   * their own value-changed does not write a half-made date. */
  gboolean updating_cutoff;
};

G_DEFINE_FINAL_TYPE (EcPreferencesDialog, ec_preferences_dialog, GTK_TYPE_DIALOG)

/* The address as the learner means it: without the spaces of a paste. */
static char *
typed_url (EcPreferencesDialog *self)
{
  return g_strstrip (g_strdup (gtk_entry_get_text (self->url_entry)));
}

/* Empty is valid: it means the built-in demo. */
static gboolean
check_url (EcPreferencesDialog *self)
{
  g_autofree char *url = typed_url (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApiClient) client = NULL;

  if (*url != '\0')
    client = ec_api_client_new (url, &error);

  gtk_label_set_text (self->url_error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->url_error_label), error != NULL);
  return error == NULL;
}

static void
apply_url (EcPreferencesDialog *self)
{
  g_autofree char *url = typed_url (self);
  g_autofree char *current = NULL;

  if (self->settings == NULL || !check_url (self))
    return;

  current = g_settings_get_string (self->settings, "service-url");
  if (g_strcmp0 (current, url) != 0)
    g_settings_set_string (self->settings, "service-url", url);
}

static void
on_url_entry_changed_cb (EcPreferencesDialog *self)
{
  check_url (self);
}

static void
on_url_entry_activate_cb (EcPreferencesDialog *self)
{
  apply_url (self);
}

static gboolean
on_url_entry_focus_out_event_cb (EcPreferencesDialog *self)
{
  apply_url (self);
  return GDK_EVENT_PROPAGATE;
}

static void
clamp_day (EcPreferencesDialog *self)
{
  int month = gtk_spin_button_get_value_as_int (self->month_spin);

  gtk_spin_button_set_range (self->day_spin, 1, g_date_get_days_in_month (month, CUTOFF_YEAR));
}

static void
on_cutoff_changed_cb (EcPreferencesDialog *self)
{
  g_autofree char *value = NULL;

  if (self->updating_cutoff || self->settings == NULL)
    return;

  self->updating_cutoff = TRUE;
  clamp_day (self);
  self->updating_cutoff = FALSE;

  value = g_strdup_printf ("%02d-%02d", gtk_spin_button_get_value_as_int (self->month_spin),
                           gtk_spin_button_get_value_as_int (self->day_spin));
  g_settings_set_string (self->settings, "year-end-cutoff", value);
}

/* A value the spin buttons cannot show (edited by hand elsewhere) shows as
 * the schema's default; it is not written back until the learner changes
 * it. */
static void
load_cutoff (EcPreferencesDialog *self)
{
  g_autofree char *value = g_settings_get_string (self->settings, "year-end-cutoff");
  int              month = 0, day = 0;
  char             end = '\0';

  if (sscanf (value, "%2d-%2d%c", &month, &day, &end) != 2 || month < 1 || month > 12 || day < 1
      || day > g_date_get_days_in_month (month, CUTOFF_YEAR))
    {
      month = 11;
      day = 30;
    }

  self->updating_cutoff = TRUE;
  gtk_spin_button_set_value (self->month_spin, month);
  clamp_day (self);
  gtk_spin_button_set_value (self->day_spin, day);
  self->updating_cutoff = FALSE;
}

static void
on_settings_cutoff_changed_cb (EcPreferencesDialog *self)
{
  load_cutoff (self);
}

static void
ec_preferences_dialog_dispose (GObject *object)
{
  EcPreferencesDialog *self = EC_PREFERENCES_DIALOG (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ec_preferences_dialog_parent_class)->dispose (object);
}

/* The dialog closes itself (Escape, the close button): whoever opened it
 * keeps nothing but, at most, a weak pointer. */
static void
ec_preferences_dialog_response (GtkDialog *dialog,
                                int        response_id)
{
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

static void
ec_preferences_dialog_class_init (EcPreferencesDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->dispose = ec_preferences_dialog_dispose;
  dialog_class->response = ec_preferences_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EcPreferencesDialog, url_entry);
  gtk_widget_class_bind_template_child (widget_class, EcPreferencesDialog, url_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcPreferencesDialog, sync_switch);
  gtk_widget_class_bind_template_child (widget_class, EcPreferencesDialog, month_spin);
  gtk_widget_class_bind_template_child (widget_class, EcPreferencesDialog, day_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_url_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_url_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_url_entry_focus_out_event_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cutoff_changed_cb);
}

static void
set_accessible_name (gpointer    widget,
                     const char *name)
{
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (widget)), name);
}

static void
ec_preferences_dialog_init (EcPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_accessible_name (self->url_entry, _ ("Learning service address"));
  set_accessible_name (self->sync_switch, _ ("Refresh the records on start"));
  set_accessible_name (self->month_spin, _ ("Deadline month"));
  set_accessible_name (self->day_spin, _ ("Deadline day"));
}

/**
 * ec_preferences_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the application's settings
 *
 * Returns: (transfer none): the dialog, showing @settings and writing to
 *   them; it destroys itself when closed.
 */
EcPreferencesDialog *
ec_preferences_dialog_new (GtkWindow *parent,
                           GSettings *settings)
{
  EcPreferencesDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (EC_TYPE_PREFERENCES_DIALOG, "use-header-bar", TRUE, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->settings = g_object_ref (settings);

  /* The address flows from the setting only; it is written back by
   * apply_url(), once valid. */
  g_settings_bind (settings, "service-url", self->url_entry, "text", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "sync-on-start", self->sync_switch, "active", G_SETTINGS_BIND_DEFAULT);
  load_cutoff (self);
  g_signal_connect_object (settings, "changed::year-end-cutoff", G_CALLBACK (on_settings_cutoff_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}
