/* ec-application-demo.c: the demo: its service, its learners, its clock.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-application-private.h"
#include "demo/ec-persona-picker.h"

/* `--demo` runs elearn-sim privately with the made-up learners; the demo's
 * actions pick one of them (`--demo-learner` does it at start) and move
 * the service's clock so that pending hours can be seen arriving. */

static void on_persona_login_done_cb (GObject      *source,
                                      GAsyncResult *result,
                                      gpointer      user_data);

/* --demo-learner: the persona's login, as the picker would give it. */
static void
ec_application_demo_learner_listed_cb (GObject      *source,
                                       GAsyncResult *result,
                                       gpointer      user_data)
{
  g_autoptr (EcApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = ec_demo_admin_list_personas_finish (EC_DEMO_ADMIN (source), result, &error);

  for (guint i = 0; personas != NULL && i < personas->len; i++)
    {
      EcDemoPersona *persona = g_ptr_array_index (personas, i);

      if (g_strcmp0 (persona->account, self->demo_learner) == 0 && self->session != NULL)
        {
          ec_session_login_async (self->session, persona->route, persona->account, persona->password, FALSE,
                                  self->cancellable, on_persona_login_done_cb, g_object_ref (self));
          return;
        }
    }

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (_ ("The demo has no learner with the account “%s”. "
                                                  "Choose one from the main menu."),
                                               self->demo_learner);

      _ec_application_show_message (self, _ ("Could not log in as the demo learner"), text);
    }
}

static void
ec_application_demo_started_cb (GObject      *source,
                                GAsyncResult *result,
                                gpointer      user_data)
{
  EcDemoService *service = EC_DEMO_SERVICE (source);
  g_autoptr (EcApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *url = NULL;
  EcWindow        *window;

  url = ec_demo_service_start_finish (service, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  window = _ec_application_get_window (self);
  if (window == NULL)
    return;

  if (url == NULL)
    {
      g_autofree char *message = NULL;

      g_warning ("The demo service did not start: %s", error->message);
      message = g_strdup_printf (_ ("The demo service could not be started (%s). "
                                    "Reinstall Elearn Companion, or run it without --demo."),
                                 error->message);
      ec_window_show_error (window, message);
    }
  else
    {
      _ec_application_set_service_url (self, url);
      self->demo_admin = ec_demo_admin_new (url);
      ec_window_show_service (window, url);
      _ec_application_start_window (self, window);
      if (self->demo_learner != NULL)
        ec_demo_admin_list_personas_async (self->demo_admin, self->cancellable, ec_application_demo_learner_listed_cb,
                                           g_object_ref (self));
      /* The demo's own actions need the service's admin endpoints. */
      _ec_application_set_action_enabled (self, "demo-personas", TRUE);
      _ec_application_set_action_enabled (self, "demo-advance-clock", TRUE);
    }

  if (self->assistant_pending)
    {
      self->assistant_pending = FALSE;
      _ec_application_open_assistant (self);
    }
}

void
_ec_application_start_demo (EcApplication *self,
                            EcWindow      *window)
{
  g_autofree char *executable = ec_demo_service_find_executable ();

  if (executable == NULL)
    {
      ec_window_show_error (window, _ ("The demo service (elearn-sim) is not installed. "
                                       "Reinstall Elearn Companion, or run it without --demo."));
      return;
    }

  self->demo_service = ec_demo_service_new (executable);
  ec_window_show_busy (window, _ ("Starting the demo service…"));
  ec_demo_service_start_async (self->demo_service, self->cancellable,
                               ec_application_demo_started_cb, g_object_ref (self));
}

static void
on_persona_login_done_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr (EcApplication) self = user_data;
  g_autoptr (GError) error = NULL;

  /* The password is not remembered, so there is no keyring error to
   * report. */
  if (!ec_session_login_finish (EC_SESSION (source), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _ec_application_show_message (self, _ ("Could not log in as the demo learner"), error->message);
      return;
    }
}

static void
on_persona_chosen_cb (EcPersonaPicker *picker,
                      const char      *route,
                      const char      *account,
                      const char      *password,
                      gpointer         user_data)
{
  EcApplication *self = EC_APPLICATION (user_data);
  GCancellable  *cancellable = self->cancellable;

  if (self->session == NULL)
    return;

  /* The demo's passwords are made up and published: nothing is kept in
   * the keyring for them. */
  ec_session_login_async (self->session, route, account, password, FALSE, cancellable, on_persona_login_done_cb,
                          g_object_ref (self));
}

void
_ec_application_demo_personas_activated_cb (GSimpleAction *action,
                                            GVariant      *parameter,
                                            gpointer       user_data)
{
  EcApplication   *self = EC_APPLICATION (user_data);
  EcPersonaPicker *picker;

  if (self->demo_admin == NULL)
    return;

  picker = ec_persona_picker_new (GTK_WINDOW (_ec_application_get_window (self)), self->demo_admin);
  g_signal_connect_object (picker, "persona-chosen", G_CALLBACK (on_persona_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
on_clock_advanced_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr (EcApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  EcWindow *window;

  _ec_application_set_action_enabled (self, "demo-advance-clock", TRUE);
  if (!ec_demo_admin_advance_clock_finish (EC_DEMO_ADMIN (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _ec_application_show_message (self, _ ("Could not advance the demo clock"), error->message);
      return;
    }

  /* The service ran its upload batch before answering: refreshing now
   * shows what the new day uploaded.  The window offers "sync" only once
   * it shows records. */
  window = _ec_application_get_window (self);
  if (window != NULL && g_action_group_has_action (G_ACTION_GROUP (window), "sync"))
    g_action_group_activate_action (G_ACTION_GROUP (window), "sync", NULL);
}

void
_ec_application_demo_advance_clock_activated_cb (GSimpleAction *action,
                                                 GVariant      *parameter,
                                                 gpointer       user_data)
{
  EcApplication *self = EC_APPLICATION (user_data);
  GCancellable  *cancellable = self->cancellable;

  if (self->demo_admin == NULL)
    return;

  /* One move at a time: a second press waits for the first batch. */
  g_simple_action_set_enabled (action, FALSE);
  ec_demo_admin_advance_clock_async (self->demo_admin, 1, cancellable, on_clock_advanced_cb, g_object_ref (self));
}
