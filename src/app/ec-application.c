/* ec-application.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-application"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>

#include "ec-application.h"
#include "assistant/ec-assistant.h"
#include "assistant/ec-learner-choices.h"
#include "demo/ec-demo.h"
#include "ec-preferences-dialog.h"
#include "ec-window.h"

struct _EcApplication {
  GtkApplication parent_instance;

  /* --demo, --demo-learner, or no service address set. */
  gboolean demo_mode;
  /* (nullable): the demo, once the demo mode has a window. */
  EcDemo           *demo;
  GSettings        *settings;
  EcLearnerChoices *choices;
  EcApiClient      *client;
  EcSession        *session;

  /* --demo-learner: the demo logs in as this persona once its service
   * runs. */
  char *demo_learner;

  /* The first start's assistant waits for the demo service. */
  gboolean assistant_pending;

  /* (nullable) (weak): one preferences dialog at a time. */
  GtkWidget *preferences;
};

G_DEFINE_FINAL_TYPE (EcApplication, ec_application, GTK_TYPE_APPLICATION)

/* The client of the learning service and the learner's session on it,
 * for the assistant's pages that ask it and log in; an address the client
 * refuses (plain HTTP to a remote host) leaves the app without one, which
 * those pages take as "no service". */
static void
set_service_url (EcApplication *self,
                 const char    *url)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCredentialStore) credentials = NULL;

  g_clear_object (&self->session);
  g_clear_object (&self->client);
  if (url == NULL || *url == '\0')
    return;

  self->client = ec_api_client_new (url, &error);
  if (self->client == NULL)
    {
      g_warning ("The service address is not usable: %s", error->message);
      return;
    }

  credentials = ec_credential_store_new (url);
  self->session = ec_session_new (self->client, credentials);
}

/* The window shows the session's learner: at once from the cache, then
 * refreshed from the service. */
static void
start_window (EcApplication *self,
              EcWindow      *window)
{
  ec_window_set_session (window, self->session);
  ec_window_start (window);
}

/* The main window, wherever the focus is (the assistant is a window of
 * the application too). */
static EcWindow *
get_window (EcApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (EC_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
on_assistant_destroy_cb (EcApplication *self)
{
  /* Closing the assistant, finished or not, counts as having seen it: it
   * is one click away in the menu, and must not come back at every
   * start. */
  g_settings_set_boolean (self->settings, "first-run-done", TRUE);
}

static void
open_assistant (EcApplication *self)
{
  EcAssistant *assistant;

  if (self->choices == NULL)
    self->choices = ec_learner_choices_new ();

  assistant = ec_assistant_new_with_session (GTK_WINDOW (get_window (self)), self->choices, self->session);
  gtk_application_add_window (GTK_APPLICATION (self), GTK_WINDOW (assistant));
  g_signal_connect_object (assistant, "destroy", G_CALLBACK (on_assistant_destroy_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (assistant));
}

/* The shortcuts window lists the demo's keys in the demo only: its group
 * has the view "demo", and a filter to another view hides it. */
static void
hide_demo_shortcuts (EcApplication *self,
                     EcWindow      *window)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

  if (overlay != NULL && !self->demo_mode)
    g_object_set (overlay, "view-name", "learner", NULL);
}

/* The demo service is up, or could not start.  The app's client and
 * session work with it as with any service, and the demo logs its
 * learners in with that session. */
static void
on_demo_started_cb (EcApplication *self,
                    const char    *url,
                    EcDemo        *demo)
{
  EcWindow *window = get_window (self);

  if (url != NULL)
    {
      set_service_url (self, url);
      ec_demo_set_session (demo, self->session);
      if (window != NULL)
        start_window (self, window);
    }

  if (self->assistant_pending)
    {
      self->assistant_pending = FALSE;
      open_assistant (self);
    }
}

static void
start_demo (EcApplication *self,
            EcWindow      *window)
{
  self->demo = ec_demo_new (GTK_APPLICATION (self), self->demo_learner);
  g_signal_connect_object (self->demo, "started", G_CALLBACK (on_demo_started_cb), self, G_CONNECT_SWAPPED);
  ec_demo_start (self->demo, window);
}

static void
ec_application_activate (GApplication *application)
{
  EcApplication *self = EC_APPLICATION (application);
  EcWindow      *window = get_window (self);
  gboolean       first = FALSE;

  if (window == NULL)
    {
      g_autofree char *url = g_settings_get_string (self->settings, "service-url");

      /* No service address set means the built-in demo (the setting's
       * description says so): the app is usable out of the box. */
      if (*url == '\0')
        self->demo_mode = TRUE;

      window = ec_window_new (GTK_APPLICATION (self));
      hide_demo_shortcuts (self, window);
      if (self->demo_mode && self->demo == NULL)
        start_demo (self, window);
      else if (!self->demo_mode && self->client == NULL)
        {
          set_service_url (self, url);
          start_window (self, window);
        }
      /* A learner named on the command line needs no first-run guide. */
      first = !g_settings_get_boolean (self->settings, "first-run-done") && self->demo_learner == NULL;
    }

  gtk_window_present (GTK_WINDOW (window));

  /* In the demo the assistant's account check needs the service: the
   * first start's assistant opens once the service has said where it is
   * (or has failed to start, and then without it). */
  if (first && self->demo != NULL && ec_demo_get_starting (self->demo))
    self->assistant_pending = TRUE;
  else if (first)
    open_assistant (self);
}

static int
ec_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  EcApplication *self = EC_APPLICATION (application);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("elearn-companion %s\n", PACKAGE_VERSION);
      return 0;
    }

  self->demo_mode = g_variant_dict_contains (options, "demo");
  if (g_variant_dict_lookup (options, "demo-learner", "s", &self->demo_learner))
    self->demo_mode = TRUE;
  return -1;
}

static void
ec_application_shutdown (GApplication *application)
{
  EcApplication *self = EC_APPLICATION (application);

  /* The child process must not outlive the app. */
  if (self->demo != NULL)
    ec_demo_stop (self->demo);

  G_APPLICATION_CLASS (ec_application_parent_class)->shutdown (application);
}

static void
ec_application_dispose (GObject *object)
{
  EcApplication *self = EC_APPLICATION (object);

  g_clear_object (&self->demo);
  g_clear_object (&self->settings);
  g_clear_object (&self->choices);
  g_clear_object (&self->session);
  g_clear_object (&self->client);
  g_clear_pointer (&self->demo_learner, g_free);

  G_OBJECT_CLASS (ec_application_parent_class)->dispose (object);
}

static void
on_quit_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_assistant_activated_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  open_assistant (EC_APPLICATION (user_data));
}

static void
on_about_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  EcApplication *self = EC_APPLICATION (user_data);
  const char    *authors[] = { "The Elearn Companion authors", NULL };

  gtk_show_about_dialog (GTK_WINDOW (get_window (self)),
                         "program-name", _ ("Elearn Companion"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _ ("Log in so that your learning hours count, and see where they went"),
                         "authors", authors,
                         /* Translators: put your names here, one a line. */
                         "translator-credits", _ ("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Elearn Companion authors",
                         NULL);
}

static void
on_preferences_activated_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  EcApplication *self = EC_APPLICATION (user_data);

  if (self->preferences == NULL)
    {
      self->preferences = GTK_WIDGET (ec_preferences_dialog_new (GTK_WINDOW (get_window (self)), self->settings));
      g_object_add_weak_pointer (G_OBJECT (self->preferences), (gpointer *) &self->preferences);
    }
  gtk_window_present (GTK_WINDOW (self->preferences));
}

/* A session manager or a terminal's Ctrl+C ends the app through the normal
 * shutdown, so that the demo service is stopped rather than orphaned. */
static gboolean
on_unix_signal_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated_cb },
  { "about", on_about_activated_cb },
  { "assistant", on_assistant_activated_cb },
  { "preferences", on_preferences_activated_cb },
};

/* The accelerators the keyboard shortcuts window (ui/help-overlay.ui)
 * lists, but for the demo's, which come and go with the demo
 * (demo/ec-demo.c).  The window's own actions are set here too, so that
 * every other accelerator is in one place; an accelerator for an action a
 * window does not have yet does nothing. */
static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Primary>q", NULL } },
  { "app.preferences", { "<Primary>comma", NULL } },
  { "win.show-help-overlay", { "<Primary>question", NULL } },
  { "win.sync", { "<Primary>r", "F5", NULL } },
  { "win.search", { "<Primary>f", NULL } },
  { "win.export", { "<Primary>e", NULL } },
  { "win.print", { "<Primary>p", NULL } },
  { "win.view::records", { "<Primary>1", NULL } },
  { "win.view::summary", { "<Primary>2", NULL } },
};

/* A new address from the preferences: a new client and session, and the
 * window starts over with them (the demo keeps its own service). */
static void
on_service_url_changed_cb (EcApplication *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "service-url");
  EcWindow        *window = get_window (self);

  if (self->demo_mode || *url == '\0' || window == NULL)
    return;

  set_service_url (self, url);
  start_window (self, window);
}

static void
ec_application_startup (GApplication *application)
{
  EcApplication *self = EC_APPLICATION (application);

  G_APPLICATION_CLASS (ec_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::service-url", G_CALLBACK (on_service_url_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* The demo adds its own actions, in the demo only: outside it their
   * menu items stay hidden. */
  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), app_accels[i].action,
                                           app_accels[i].accels);

  g_unix_signal_add (SIGINT, on_unix_signal_cb, application);
  g_unix_signal_add (SIGTERM, on_unix_signal_cb, application);
}

static void
ec_application_class_init (EcApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ec_application_dispose;
  app_class->activate = ec_application_activate;
  app_class->startup = ec_application_startup;
  app_class->shutdown = ec_application_shutdown;
  app_class->handle_local_options = ec_application_handle_local_options;
}

static void
ec_application_init (EcApplication *self)
{
  const GOptionEntry entries[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Run against the built-in demo service, with made-up learners"), NULL },
      { "demo-learner", 0, 0, G_OPTION_ARG_STRING, NULL,
        N_("In the demo, log in at once as this made-up learner (an account of docs/demo.md)"), N_("ACCOUNT") },
        { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
          N_("Print the version and exit"), NULL },
          { NULL } };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

/**
 * ec_application_new:
 *
 * Returns: (transfer full): the application, one instance per session.
 */
EcApplication *
ec_application_new (void)
{
  return g_object_new (EC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
