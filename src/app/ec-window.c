/* ec-window.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-core.h"
#include "records/ec-records-pane.h"
#include "ec-window-private.h"

/* The main window shows the learner's record from the cache, at once and
 * offline; the service is only asked in the background (a sync that can
 * be stopped), and what it says arrives as a reload of the cache.  Above
 * the record, bars say what the learner must know: that the service cannot
 * be reached (and since when the record is), what in the account keeps
 * hours from uploading (with the fix), and a conversion that waits.  The
 * sync and the window's actions live in ec-window-sync.c and
 * ec-window-actions.c. */

G_DEFINE_FINAL_TYPE (EcWindow, ec_window, GTK_TYPE_APPLICATION_WINDOW)

/* The identity the service holds for the learner, as the last sync
 * brought it; a civil servant until one did. */
static EcIdentity
identity_of (EcWindow *self)
{
  g_autoptr (EcAccountState) state = NULL;
  EcCache *cache = ec_session_get_cache (self->session);

  if (cache != NULL)
    state = ec_cache_dup_account_state (cache);
  return state != NULL ? state->identity : EC_IDENTITY_CIVIL_SERVANT;
}

/* Who is logged in, how, and how fresh the record is. */
static void
update_account_area (EcWindow *self)
{
  const EcAccount *account = ec_session_get_account (self->session);
  const char      *login = ec_session_get_login (self->session);
  const char      *route = ec_session_get_route (self->session);
  const char      *name = NULL;
  EcCache         *cache = ec_session_get_cache (self->session);
  EcIdentity       identity = identity_of (self);
  EcLoginRoute     route_id;
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *synced = NULL;
  gint64           last = cache != NULL ? ec_cache_get_last_synced (cache) : 0;

  if (account != NULL)
    name = account->name;
  title = name != NULL ? g_strdup_printf ("%s（%s）", name, login) : g_strdup (login != NULL ? login : "");
  gtk_label_set_text (self->account_name_label, title);

  if (route != NULL && g_str_equal (route, "certificate"))
    route_id = account != NULL && account->type == EC_ACCOUNT_TYPE_CERTIFICATE
                   ? EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND
                   : EC_LOGIN_ROUTE_CERTIFICATE_BOUND;
  else if (!ec_login_route_from_string (route, &route_id))
    route_id = EC_LOGIN_ROUTE_ECPA;
  /* Translators: an identity and a login route. */
  detail = g_strdup_printf (_ ("%s · %s"), ec_identity_get_label (identity), ec_login_route_get_label (route_id));
  gtk_label_set_text (self->account_detail_label, detail);

  if (last > 0)
    {
      g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (last);
      g_autofree char *text = g_date_time_format (when, "%Y-%m-%d %H:%M");

      synced = g_strdup_printf (_ ("Last synced %s"), text);
    }
  else
    synced = g_strdup (_ ("Not synced yet"));
  gtk_label_set_text (self->synced_label, synced);

  ec_records_pane_set_identity (self->records_pane, identity);
  ec_records_pane_set_learner (self->records_pane, title);
  gtk_widget_show (GTK_WIDGET (self->account_button));
}

/* The first obstacle with its fix on the button; the others are listed. */
void
_ec_window_update_blockers (EcWindow *self)
{
  g_autoptr (EcAccountState) state = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  EcCache         *cache = ec_session_get_cache (self->session);
  EcAccountBlocker blockers;
  EcAccountBlocker first = EC_ACCOUNT_BLOCKER_NONE;

  if (cache != NULL)
    state = ec_cache_dup_account_state (cache);
  blockers = ec_account_blockers_compute (state, ec_session_get_account (self->session));

  for (guint bit = 0; bit < 32; bit++)
    {
      EcAccountBlocker one = 1u << bit;

      if ((blockers & one) == 0)
        continue;
      if (first == EC_ACCOUNT_BLOCKER_NONE)
        first = one;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, ec_account_blocker_get_message (one));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->blocker_bar), first != EC_ACCOUNT_BLOCKER_NONE);
  if (first == EC_ACCOUNT_BLOCKER_NONE)
    return;

  gtk_label_set_text (self->blocker_label, text->str);
  _ec_window_set_remedy_button (self, self->blocker_button, ec_account_blocker_get_remedy (first));
}

/* The remedy's action on a button, or no button when nothing can be
 * done from here. */
void
_ec_window_set_remedy_button (EcWindow  *self,
                              GtkButton *button,
                              EcRemedy   remedy)
{
  const char *label = NULL;
  const char *action = "win.open-remedy";

  switch (remedy)
    {
    case EC_REMEDY_CONVERT_ACCOUNT:
      label = _ ("_Apply for an Official Account…");
      action = "app.assistant";
      break;
    case EC_REMEDY_LOG_IN_AGAIN:
      label = _ ("_Log In Again");
      action = "win.relogin";
      break;
    case EC_REMEDY_BIND_CERTIFICATE:
      label = _ ("How to _Bind the Certificate");
      break;
    case EC_REMEDY_RESTUDY:
      label = _ ("_Open the Learning Platform");
      break;
    case EC_REMEDY_CREATE_ENV_ACCOUNT:
    case EC_REMEDY_FIX_SERVICE_UNIT:
      label = _ ("_Open the Environmental-Education Network");
      break;
    case EC_REMEDY_NONE:
    case EC_REMEDY_WAIT:
    case EC_REMEDY_COMPLETE_COURSE:
    case EC_REMEDY_FIX_PERSONNEL_CATEGORY:
    default:
      break;
    }

  gtk_widget_set_visible (GTK_WIDGET (button), label != NULL);
  if (label == NULL)
    return;
  gtk_button_set_label (button, label);
  if (g_str_equal (action, "win.open-remedy"))
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", ec_remedy_to_string (remedy));
  else
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
}

/**
 * _ec_window_show_offline:
 * @message: (nullable): what went wrong, or %NULL to hide the bar
 *
 * Says that the service could not be reached, and how old the record on
 * screen is.
 */
void
_ec_window_show_offline (EcWindow   *self,
                         const char *message)
{
  EcCache         *cache = self->session != NULL ? ec_session_get_cache (self->session) : NULL;
  gint64           last = cache != NULL ? ec_cache_get_last_synced (cache) : 0;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->offline_bar), message != NULL);
  if (message == NULL)
    return;

  if (last > 0)
    {
      g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (last);
      g_autofree char *date = g_date_time_format (when, "%Y-%m-%d %H:%M");

      text = g_strdup_printf (_ ("%s The record shown is as of %s."), message, date);
    }
  else
    text = g_strdup (message);
  gtk_label_set_text (self->offline_label, text);
}

/**
 * _ec_window_show_records:
 *
 * Shows the session's cache: called when a learner's record is there to
 * show (logged in, or opened offline) and after every sync.
 */
void
_ec_window_show_records (EcWindow *self)
{
  EcCache *cache = ec_session_get_cache (self->session);

  if (cache == NULL)
    {
      _ec_window_show_logged_out (self);
      return;
    }

  ec_records_pane_set_cache (self->records_pane, cache);
  ec_records_pane_reload (self->records_pane);
  update_account_area (self);
  _ec_window_update_blockers (self);
  gtk_widget_show (GTK_WIDGET (self->view_switcher));
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "records");
  _ec_window_update_sync_actions (self);
}

/**
 * _ec_window_show_logged_out:
 *
 * Back to the welcome page: nobody's record to show.
 */
void
_ec_window_show_logged_out (EcWindow *self)
{
  ec_records_pane_set_cache (self->records_pane, NULL);
  gtk_widget_hide (GTK_WIDGET (self->view_switcher));
  gtk_widget_hide (GTK_WIDGET (self->account_button));
  gtk_widget_hide (GTK_WIDGET (self->blocker_bar));
  gtk_widget_hide (GTK_WIDGET (self->request_bar));
  _ec_window_show_offline (self, NULL);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "welcome");
  _ec_window_update_sync_actions (self);
}

static void
on_cutoff_changed_cb (EcWindow *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "year-end-cutoff");
  guint            month = 12;
  guint            day = 31;

  /* A hand-edited setting that is no date falls back to the year's end. */
  if (!ec_cutoff_parse (text, &month, &day, NULL))
    month = 12, day = 31;
  ec_records_pane_set_cutoff (self->records_pane, month, day);
}

/* The window's size as the learner left it, remembered while it was not
 * maximized (a maximized size is the screen's, not theirs). */
static void
ec_window_size_allocate (GtkWidget     *widget,
                         GtkAllocation *allocation)
{
  EcWindow *self = EC_WINDOW (widget);

  GTK_WIDGET_CLASS (ec_window_parent_class)->size_allocate (widget, allocation);

  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    gtk_window_get_size (GTK_WINDOW (self), &self->width, &self->height);
}

static void
ec_window_destroy (GtkWidget *widget)
{
  EcWindow *self = EC_WINDOW (widget);

  if (self->settings != NULL && self->width > 0 && self->height > 0)
    {
      g_settings_set_int (self->settings, "window-width", self->width);
      g_settings_set_int (self->settings, "window-height", self->height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
    }

  GTK_WIDGET_CLASS (ec_window_parent_class)->destroy (widget);
}

static void
ec_window_dispose (GObject *object)
{
  EcWindow *self = EC_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
  g_clear_object (&self->sync_cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ec_window_parent_class)->dispose (object);
}

static void
ec_window_class_init (EcWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_window_dispose;
  widget_class->size_allocate = ec_window_size_allocate;
  widget_class->destroy = ec_window_destroy;

  g_type_ensure (EC_TYPE_RECORDS_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, busy_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, service_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, account_button);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, account_name_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, account_detail_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, synced_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, offline_bar);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, offline_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, blocker_bar);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, blocker_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, blocker_button);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, request_bar);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, request_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, sync_revealer);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, sync_progress);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, sync_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, records_pane);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, demo_button);
}

static void
ec_window_init (EcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "welcome");
  gtk_stack_switcher_set_stack (self->view_switcher, ec_records_pane_get_view_stack (self->records_pane));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_signal_connect_object (self->settings, "changed::year-end-cutoff", G_CALLBACK (on_cutoff_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_cutoff_changed_cb (self);

  _ec_window_add_actions (self);
}

/**
 * ec_window_new:
 * @application: the application
 *
 * Returns: (transfer full): a new main window.
 */
EcWindow *
ec_window_new (GtkApplication *application)
{
  return g_object_new (EC_TYPE_WINDOW, "application", application, NULL);
}

/**
 * ec_window_show_busy:
 * @self: the window
 * @message: what the program is waiting for
 */
void
ec_window_show_busy (EcWindow   *self,
                     const char *message)
{
  g_return_if_fail (EC_IS_WINDOW (self));

  gtk_label_set_text (self->busy_label, message);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");
}

/**
 * ec_window_show_service:
 * @self: the window
 * @url: the demo service the window works with
 */
void
ec_window_show_service (EcWindow   *self,
                        const char *url)
{
  g_autofree char *text = NULL;

  g_return_if_fail (EC_IS_WINDOW (self));

  /* Translators: %s is the address of the demo service, such as
   * http://127.0.0.1:41234/ */
  text = g_strdup_printf (_ ("Demo service: %s"), url);
  gtk_label_set_text (self->service_label, text);
  gtk_widget_show (GTK_WIDGET (self->demo_button));
  gtk_spinner_stop (self->spinner);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "records") != 0)
    gtk_stack_set_visible_child_name (self->stack, "welcome");
}

/**
 * ec_window_show_error:
 * @self: the window
 * @message: a translated sentence saying what went wrong and what to do
 */
void
ec_window_show_error (EcWindow   *self,
                      const char *message)
{
  g_return_if_fail (EC_IS_WINDOW (self));

  gtk_label_set_text (self->error_label, message);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/**
 * ec_window_get_records_pane:
 *
 * Returns: (transfer none): the page of the learner's record.
 */
EcRecordsPane *
ec_window_get_records_pane (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);
  return self->records_pane;
}
