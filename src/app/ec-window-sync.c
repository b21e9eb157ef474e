/* ec-window-sync.c: the main window and the service: the start, offline
 * first, the background sync, and what a sync found.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-core.h"
#include "ec-error-message.h"
#include "ec-window-private.h"

/* At start the window shows the last learner's record from the cache
 * before it asks the service anything: who that was comes from the
 * keyring (the logins whose password the learner asked to remember).
 * Then it logs in with the remembered password and syncs; when the
 * service cannot be reached, the record stays on screen with a bar that
 * says so.  A sync runs in the background and can be stopped; the pending
 * hours before it are remembered, so that the hours it finds uploaded can
 * be announced with a notification. */

#define PULSE_INTERVAL_MS 150

static gboolean
is_unreachable (const GError *error)
{
  return g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE)
         || g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_TIMED_OUT)
         || g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SERVER);
}

/* A login with the remembered password can find the account locked, and a
 * sync can meet a rate limit: the bar says how long to wait, as the
 * assistant's pages do. */
static void
show_sync_error (EcWindow     *self,
                 const GError *error)
{
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SESSION_EXPIRED)
      || g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_UNAUTHORIZED))
    _ec_window_show_offline (self, _ ("You are not logged in to the service: log in again from the main menu "
                                      "(Set Up Login) to refresh."));
  else
    {
      message = ec_error_message_for_learner (error);
      _ec_window_show_offline (self, message);
    }
}

/* The pending hours, as "id:network" keys. */
static GHashTable *
snapshot_pending (EcCache *cache)
{
  GHashTable *pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (EcNetwork n = 0; n < EC_N_NETWORKS; n++)
    {
      g_autoptr (GPtrArray) records = NULL;
      EcCacheQuery query = EC_CACHE_QUERY_INIT;

      query.network = n;
      query.status = EC_UPLOAD_STATUS_PENDING;
      records = ec_cache_query (cache, &query, NULL);
      for (guint i = 0; records != NULL && i < records->len; i++)
        {
          EcRecord *record = g_ptr_array_index (records, i);

          g_hash_table_add (pending, g_strdup_printf ("%" G_GINT64_FORMAT ":%d", record->id, n));
        }
    }
  return pending;
}

/* Hours that were pending before the sync and are uploaded now: a
 * notification, the one moment the learner waited for. */
static void
announce_uploads (EcWindow *self)
{
  EcCache      *cache = ec_session_get_cache (self->session);
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  guint         minutes = 0;
  g_autoptr (GHashTable) courses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GNotification) notification = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *body = NULL;
  guint            n_courses;

  if (cache == NULL || self->pending == NULL || g_hash_table_size (self->pending) == 0)
    return;

  for (EcNetwork n = 0; n < EC_N_NETWORKS; n++)
    {
      g_autoptr (GPtrArray) records = NULL;
      EcCacheQuery query = EC_CACHE_QUERY_INIT;

      query.network = n;
      query.status = EC_UPLOAD_STATUS_UPLOADED;
      records = ec_cache_query (cache, &query, NULL);
      for (guint i = 0; records != NULL && i < records->len; i++)
        {
          EcRecord        *record = g_ptr_array_index (records, i);
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%d", record->id, n);

          if (!g_hash_table_contains (self->pending, key))
            continue;
          minutes += record->minutes[n];
          g_hash_table_add (courses, g_strdup_printf ("%" G_GINT64_FORMAT, record->id));
        }
    }

  if (minutes == 0 || app == NULL)
    return;

  n_courses = g_hash_table_size (courses);
  hours = ec_minutes_format_hours (minutes);
  notification = g_notification_new (_ ("Learning hours uploaded"));
  /* Translators: %s is a number of hours, like 1.5; %u a number of
   * courses. */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hours of %u course have reached the networks.",
                                       "%s hours of %u courses have reached the networks.", n_courses),
                          hours, n_courses);
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, "app.activate");
  g_application_send_notification (app, "uploads", notification);
}

static gboolean
on_pulse_cb (gpointer user_data)
{
  EcWindow *self = user_data;

  gtk_progress_bar_pulse (self->sync_progress);
  return G_SOURCE_CONTINUE;
}

static void
set_syncing (EcWindow *self,
             gboolean  syncing)
{
  gtk_revealer_set_reveal_child (self->sync_revealer, syncing);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (syncing)
    {
      gtk_label_set_text (self->sync_label, _ ("Asking the service…"));
      self->pulse_id = g_timeout_add (PULSE_INTERVAL_MS, on_pulse_cb, self);
    }
  _ec_window_update_sync_actions (self);
}

static void
on_sync_progress_cb (EcWindow  *self,
                     guint      received,
                     EcSession *session)
{
  g_autofree char *text = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u record received…", "%u records received…", received), received);

  gtk_label_set_text (self->sync_label, text);
}

static void
on_account_requests_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr (EcWindow) self = user_data;
  g_autoptr (GPtrArray) requests = ec_api_client_list_account_requests_finish (EC_API_CLIENT (source), result, NULL);

  for (guint i = 0; requests != NULL && i < requests->len; i++)
    {
      const EcAccountRequest *request = g_ptr_array_index (requests, i);
      g_autofree char        *text = NULL;
      GDate                   date;

      if (request->status != EC_ACCOUNT_REQUEST_STATUS_PENDING)
        continue;

      ec_time_to_taiwan_date (request->created_at, &date);
      text = g_strdup_printf (_ ("Your application for an official account, sent on %04u-%02u-%02u, waits for the "
                                 "service centre. Fax the printed form if you have not yet; once it is approved, "
                                 "log in again."),
                              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
      gtk_label_set_text (self->request_label, text);
      gtk_widget_show (GTK_WIDGET (self->request_bar));
      return;
    }
  gtk_widget_hide (GTK_WIDGET (self->request_bar));
}

/* Only a member (gov-tw) account can have applied. */
static void
check_account_requests (EcWindow *self)
{
  const EcAccount *account = ec_session_get_account (self->session);

  if (account == NULL || account->type != EC_ACCOUNT_TYPE_GOV_TW)
    {
      gtk_widget_hide (GTK_WIDGET (self->request_bar));
      return;
    }
  ec_api_client_list_account_requests_async (ec_session_get_client (self->session), self->cancellable,
                                             on_account_requests_cb, g_object_ref (self));
}

static void
on_synced_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (EcWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  g_clear_object (&self->sync_cancellable);
  set_syncing (self, FALSE);

  if (!ec_session_sync_finish (EC_SESSION (source), result, NULL, &error))
    {
      show_sync_error (self, error);
      g_clear_pointer (&self->pending, g_hash_table_unref);
      return;
    }

  _ec_window_show_offline (self, NULL);
  _ec_window_show_records (self);
  announce_uploads (self);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  check_account_requests (self);
}

static void
start_sync (EcWindow *self)
{
  EcCache *cache = ec_session_get_cache (self->session);

  g_clear_pointer (&self->pending, g_hash_table_unref);
  if (cache != NULL)
    self->pending = snapshot_pending (cache);
  self->sync_cancellable = g_cancellable_new ();
  set_syncing (self, TRUE);
  ec_session_sync_async (self->session, self->sync_cancellable, on_synced_cb, g_object_ref (self));
}

static void
on_logged_in_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (EcWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  gboolean sync_now = self->sync_after_login;

  if (!ec_session_login_finish (EC_SESSION (source), result, NULL, &error))
    {
      self->sync_after_login = FALSE;
      g_clear_object (&self->sync_cancellable);
      set_syncing (self, FALSE);
      if (is_unreachable (error))
        _ec_window_show_offline (self, _ ("The service cannot be reached."));
      else
        show_sync_error (self, error);
      return;
    }

  g_clear_object (&self->sync_cancellable);
  set_syncing (self, FALSE);
  self->sync_after_login = FALSE;
  _ec_window_show_records (self);
  if (sync_now || g_settings_get_boolean (self->settings, "sync-on-start"))
    start_sync (self);
  else
    check_account_requests (self);
}

/* Logs in with the remembered password, then (if asked, or set) syncs. */
static void
login_remembered (EcWindow *self,
                  gboolean  then_sync)
{
  self->sync_after_login = then_sync;
  self->sync_cancellable = g_cancellable_new ();
  set_syncing (self, TRUE);
  ec_session_login_remembered_async (self->session, ec_session_get_route (self->session),
                                     ec_session_get_login (self->session), self->sync_cancellable,
                                     on_logged_in_cb, g_object_ref (self));
}

/**
 * ec_window_sync:
 *
 * Brings the record up to date with the service, in the background; a
 * window whose learner is not logged in (opened offline) logs in with the
 * remembered password first.
 */
void
ec_window_sync (EcWindow *self)
{
  g_return_if_fail (EC_IS_WINDOW (self));

  if (self->session == NULL || self->sync_cancellable != NULL)
    return;

  if (ec_session_get_logged_in (self->session))
    start_sync (self);
  else if (ec_session_get_login (self->session) != NULL)
    login_remembered (self, TRUE);
}

/**
 * ec_window_get_syncing:
 *
 * Returns: whether the window waits for the service (a login, a sync) or,
 *   at start, for the keyring to say whom to show.
 */
gboolean
ec_window_get_syncing (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);
  return self->sync_cancellable != NULL || self->finding_logins;
}

static void
on_logins_found_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (EcWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) logins = NULL;
  EcRememberedLogin *login;

  logins = ec_credential_store_find_logins_finish (EC_CREDENTIAL_STORE (source), result, &error);
  self->finding_logins = FALSE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || ec_session_get_logged_in (self->session))
    return;
  if (logins == NULL || logins->len == 0)
    {
      /* No keyring, or nobody remembered: nothing to show before a login. */
      if (error != NULL)
        g_debug ("No remembered login: %s", error->message);
      _ec_window_show_logged_out (self);
      return;
    }

  login = g_ptr_array_index (logins, 0);
  if (!ec_session_open_offline (self->session, login->route, login->account, &error))
    {
      g_warning ("The record kept on this computer cannot be read: %s", error->message);
      _ec_window_show_logged_out (self);
      return;
    }

  _ec_window_show_records (self);
  login_remembered (self, FALSE);
}

/**
 * ec_window_start:
 *
 * Shows what there is to show at once (a logged-in learner's record, or
 * the last remembered learner's, offline), then refreshes it from the
 * service in the background.
 */
void
ec_window_start (EcWindow *self)
{
  g_return_if_fail (EC_IS_WINDOW (self));

  if (self->session == NULL)
    {
      _ec_window_show_logged_out (self);
      return;
    }

  if (ec_session_get_logged_in (self->session))
    {
      _ec_window_show_records (self);
      if (g_settings_get_boolean (self->settings, "sync-on-start"))
        ec_window_sync (self);
      else
        check_account_requests (self);
      return;
    }

  self->finding_logins = TRUE;
  ec_credential_store_find_logins_async (ec_session_get_credentials (self->session), self->cancellable,
                                         on_logins_found_cb, g_object_ref (self));
}

static void
on_logged_in_changed_cb (EcWindow *self)
{
  /* A login from elsewhere (the assistant, the demo's persona picker):
   * the new learner's record, refreshed. */
  if (ec_session_get_logged_in (self->session))
    {
      _ec_window_show_offline (self, NULL);
      _ec_window_show_records (self);
      if (self->sync_cancellable == NULL)
        start_sync (self);
    }
}

/**
 * ec_window_set_session:
 * @session: (nullable): the learner's session
 *
 * The session whose record the window shows.
 */
void
ec_window_set_session (EcWindow  *self,
                       EcSession *session)
{
  g_return_if_fail (EC_IS_WINDOW (self));

  if (self->session == session)
    return;

  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::logged-in", G_CALLBACK (on_logged_in_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::login", G_CALLBACK (on_logged_in_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "sync-progress", G_CALLBACK (on_sync_progress_cb), self,
                               G_CONNECT_SWAPPED);
    }
  _ec_window_update_sync_actions (self);
}
