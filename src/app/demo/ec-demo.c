/* ec-demo.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "demo/ec-demo-service.h"
#include "demo/ec-demo.h"
#include "demo/ec-persona-picker.h"
#include "ec-message-dialog.h"

/* `--demo` runs elearn-sim privately with the made-up learners; the demo's
 * actions pick one of them (`--demo-learner` does it at start) and move
 * the service's clock so that pending hours can be seen arriving.  All of
 * it is here: the application only creates the demo, hands it the session
 * it makes on the demo service, and stops it. */

#define PERSONAS_ACTION "demo-personas"
#define CLOCK_ACTION "demo-advance-clock"

struct _EcDemo {
  GObject parent_instance;

  /* (weak): the application whose actions these are. */
  GtkApplication *application;
  /* (weak): the main window, which shows the service starting, then its
   * address; the picker and the failures belong to it. */
  EcWindow *window;

  /* --demo-learner: log in as this demo persona once the service runs. */
  char *learner;

  EcDemoService *service;
  gboolean       starting;
  /* (nullable): the service's admin endpoints, once it runs. */
  EcDemoAdmin *admin;
  /* (nullable): the app's session on the demo service. */
  EcSession    *session;
  GCancellable *cancellable;

  GSimpleAction *personas_action;
  GSimpleAction *clock_action;
};

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_LEARNER,
  PROP_SESSION,
  PROP_SERVICE_URL,
  PROP_STARTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_STARTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The accelerators the keyboard shortcuts window (ui/help-overlay.ui)
 * lists in its demo group, which only the demo shows. */
/* clang-format off */
static const struct {
  const char *action;
  const char *accels[2];
} demo_accels[] = {
  { "app." PERSONAS_ACTION, { "<Primary><Shift>l", NULL } },
  { "app." CLOCK_ACTION, { "<Primary><Shift>n", NULL } },
};
/* clang-format on */

G_DEFINE_FINAL_TYPE (EcDemo, ec_demo, G_TYPE_OBJECT)

/* A failure over the main window, in a dialog that closes itself. */
static void
show_message (EcDemo     *self,
              const char *primary,
              const char *secondary)
{
  ec_message_dialog_show_error (GTK_WINDOW (self->window), primary, secondary);
}

static void
set_starting (EcDemo  *self,
              gboolean starting)
{
  if (self->starting == starting)
    return;

  self->starting = starting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTING]);
}

/* The demo's actions need the service's admin endpoints. */
static void
set_actions_enabled (EcDemo  *self,
                     gboolean enabled)
{
  g_simple_action_set_enabled (self->personas_action, enabled);
  g_simple_action_set_enabled (self->clock_action, enabled);
}

/* Takes @action and its keys off the application, unless another action
 * has taken its name since. */
static void
remove_action (EcDemo        *self,
               GSimpleAction *action)
{
  const char *const none[] = { NULL };
  const char       *name;
  g_autofree char  *detailed = NULL;

  if (action == NULL)
    return;

  name = g_action_get_name (G_ACTION (action));
  if (g_action_map_lookup_action (G_ACTION_MAP (self->application), name) != G_ACTION (action))
    return;

  g_action_map_remove_action (G_ACTION_MAP (self->application), name);
  detailed = g_strconcat ("app.", name, NULL);
  gtk_application_set_accels_for_action (self->application, detailed, none);
}

static void
on_login_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (EcDemo) self = user_data;
  g_autoptr (GError) error = NULL;

  /* The password is not remembered, so there is no keyring error to
   * report. */
  if (!ec_session_login_finish (EC_SESSION (source), result, NULL, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_message (self, _ ("Could not log in as the demo learner"), error->message);
}

/* The window follows the session: it shows the learner once logged in. */
static void
log_in (EcDemo     *self,
        const char *route,
        const char *account,
        const char *password)
{
  GCancellable *cancellable = self->cancellable;

  if (self->session == NULL)
    return;

  /* The demo's passwords are made up and published: nothing is kept in
   * the keyring for them. */
  ec_session_login_async (self->session, route, account, password, FALSE, cancellable, on_login_done_cb,
                          g_object_ref (self));
}

/* --demo-learner: the persona's login, as the picker would give it. */
static void
on_learner_listed_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr (EcDemo) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = ec_demo_admin_list_personas_finish (EC_DEMO_ADMIN (source), result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  for (guint i = 0; personas != NULL && i < personas->len; i++)
    {
      EcDemoPersona *persona = g_ptr_array_index (personas, i);

      if (g_strcmp0 (persona->account, self->learner) == 0)
        {
          log_in (self, persona->route, persona->account, persona->password);
          return;
        }
    }

  if (personas == NULL)
    {
      show_message (self, _ ("Could not log in as the demo learner"), error->message);
      return;
    }

  text = g_strdup_printf (_ ("The demo has no learner with the account “%s”. "
                             "Choose one from the main menu."),
                          self->learner);
  show_message (self, _ ("Could not log in as the demo learner"), text);
}

static void
on_service_started_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (EcDemo) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *url = ec_demo_service_start_finish (EC_DEMO_SERVICE (source), result, &error);

  /* Stopped before it was up: the application is going. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      set_starting (self, FALSE);
      return;
    }

  if (url == NULL)
    {
      g_autofree char *message = NULL;

      g_warning ("The demo service did not start: %s", error->message);
      message = g_strdup_printf (_ ("The demo service could not be started (%s). "
                                    "Reinstall Elearn Companion, or run it without --demo."),
                                 error->message);
      if (self->window != NULL)
        ec_window_show_error (self->window, message);
      set_starting (self, FALSE);
      g_signal_emit (self, signals[SIGNAL_STARTED], 0, NULL);
      return;
    }

  self->admin = ec_demo_admin_new (url);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_URL]);
  if (self->window != NULL)
    ec_window_show_service (self->window, url);
  set_starting (self, FALSE);
  /* The application makes its session on the service and hands it over. */
  g_signal_emit (self, signals[SIGNAL_STARTED], 0, url);

  if (self->learner != NULL)
    {
      GCancellable *cancellable = self->cancellable;

      ec_demo_admin_list_personas_async (self->admin, cancellable, on_learner_listed_cb, g_object_ref (self));
    }
  set_actions_enabled (self, TRUE);
}

static void
on_picker_persona_chosen_cb (EcDemo          *self,
                             const char      *route,
                             const char      *account,
                             const char      *password,
                             EcPersonaPicker *picker)
{
  log_in (self, route, account, password);
}

static void
on_personas_action_activate_cb (GSimpleAction *action,
                                GVariant      *parameter,
                                EcDemo        *self)
{
  EcPersonaPicker *picker;

  if (self->admin == NULL)
    return;

  picker = ec_persona_picker_new (GTK_WINDOW (self->window), self->admin);
  g_signal_connect_object (picker, "persona-chosen", G_CALLBACK (on_picker_persona_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
on_clock_advanced_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr (EcDemo) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!ec_demo_admin_advance_clock_finish (EC_DEMO_ADMIN (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_simple_action_set_enabled (self->clock_action, self->admin != NULL);
      show_message (self, _ ("Could not advance the demo clock"), error->message);
      return;
    }

  g_simple_action_set_enabled (self->clock_action, self->admin != NULL);
  /* The service ran its upload batch before answering: refreshing now
   * shows what the new day uploaded.  The window offers "sync" only once
   * it shows records. */
  if (self->window != NULL && g_action_group_has_action (G_ACTION_GROUP (self->window), "sync"))
    g_action_group_activate_action (G_ACTION_GROUP (self->window), "sync", NULL);
}

static void
on_clock_action_activate_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             EcDemo        *self)
{
  GCancellable *cancellable = self->cancellable;

  if (self->admin == NULL)
    return;

  /* One move at a time: a second press waits for the first batch. */
  g_simple_action_set_enabled (action, FALSE);
  ec_demo_admin_advance_clock_async (self->admin, 1, cancellable, on_clock_advanced_cb, g_object_ref (self));
}

static void
ec_demo_constructed (GObject *object)
{
  EcDemo *self = EC_DEMO (object);

  G_OBJECT_CLASS (ec_demo_parent_class)->constructed (object);

  g_return_if_fail (GTK_IS_APPLICATION (self->application));

  /* The actions wait for the service, disabled, which also hides their
   * menu items. */
  self->personas_action = g_simple_action_new (PERSONAS_ACTION, NULL);
  self->clock_action = g_simple_action_new (CLOCK_ACTION, NULL);
  set_actions_enabled (self, FALSE);
  g_signal_connect_object (self->personas_action, "activate", G_CALLBACK (on_personas_action_activate_cb), self, 0);
  g_signal_connect_object (self->clock_action, "activate", G_CALLBACK (on_clock_action_activate_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self->application), G_ACTION (self->personas_action));
  g_action_map_add_action (G_ACTION_MAP (self->application), G_ACTION (self->clock_action));
  for (guint i = 0; i < G_N_ELEMENTS (demo_accels); i++)
    gtk_application_set_accels_for_action (self->application, demo_accels[i].action, demo_accels[i].accels);
}

static void
ec_demo_dispose (GObject *object)
{
  EcDemo *self = EC_DEMO (object);

  ec_demo_stop (self);

  /* The application may live on without the demo: it takes its actions
   * and their keys away with it. */
  if (self->application != NULL)
    {
      remove_action (self, self->personas_action);
      remove_action (self, self->clock_action);
    }

  g_clear_weak_pointer (&self->application);
  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->personas_action);
  g_clear_object (&self->clock_action);
  g_clear_object (&self->service);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ec_demo_parent_class)->dispose (object);
}

static void
ec_demo_finalize (GObject *object)
{
  EcDemo *self = EC_DEMO (object);

  g_clear_object (&self->cancellable);
  g_free (self->learner);

  G_OBJECT_CLASS (ec_demo_parent_class)->finalize (object);
}

static void
ec_demo_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  EcDemo *self = EC_DEMO (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;
    case PROP_LEARNER:
      g_value_set_string (value, self->learner);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_SERVICE_URL:
      g_value_set_string (value, ec_demo_get_service_url (self));
      break;
    case PROP_STARTING:
      g_value_set_boolean (value, self->starting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_demo_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  EcDemo *self = EC_DEMO (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_set_weak_pointer (&self->application, g_value_get_object (value));
      break;
    case PROP_LEARNER:
      self->learner = g_value_dup_string (value);
      break;
    case PROP_SESSION:
      ec_demo_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_demo_class_init (EcDemoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ec_demo_constructed;
  object_class->dispose = ec_demo_dispose;
  object_class->finalize = ec_demo_finalize;
  object_class->get_property = ec_demo_get_property;
  object_class->set_property = ec_demo_set_property;

  properties[PROP_APPLICATION] = g_param_spec_object ("application", NULL, NULL, GTK_TYPE_APPLICATION,
                                                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEARNER] = g_param_spec_string ("learner", NULL, NULL, NULL,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, EC_TYPE_SESSION,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICE_URL] = g_param_spec_string ("service-url", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTING] = g_param_spec_boolean ("starting", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_STARTED] = g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ec_demo_init (EcDemo *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * ec_demo_new:
 * @application: the application the demo's actions are added to
 * @learner: (nullable): `--demo-learner`: the account of a demo learner
 *   to log in as once the service runs
 *
 * The demo's actions (`app.demo-personas`, `app.demo-advance-clock`) and
 * their keys are the application's from now on, disabled until the
 * service runs; they go with the demo.
 *
 * Returns: (transfer full): the demo, its service not started yet.
 */
EcDemo *
ec_demo_new (GtkApplication *application,
             const char     *learner)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (EC_TYPE_DEMO, "application", application, "learner", learner, NULL);
}

/**
 * ec_demo_start:
 * @self: a demo not started yet
 * @window: the main window: it shows the service starting, then its
 *   address, or why it failed
 *
 * Starts the demo service, without blocking; #EcDemo::started says when
 * it is done.
 */
void
ec_demo_start (EcDemo   *self,
               EcWindow *window)
{
  g_autofree char *executable = NULL;
  GCancellable    *cancellable;

  g_return_if_fail (EC_IS_DEMO (self));
  g_return_if_fail (EC_IS_WINDOW (window));
  g_return_if_fail (self->service == NULL);

  g_set_weak_pointer (&self->window, window);

  executable = ec_demo_service_find_executable ();
  if (executable == NULL)
    {
      ec_window_show_error (window, _ ("The demo service (elearn-sim) is not installed. "
                                       "Reinstall Elearn Companion, or run it without --demo."));
      g_signal_emit (self, signals[SIGNAL_STARTED], 0, NULL);
      return;
    }

  self->service = ec_demo_service_new (executable);
  set_starting (self, TRUE);
  ec_window_show_busy (window, _ ("Starting the demo service…"));
  cancellable = self->cancellable;
  ec_demo_service_start_async (self->service, cancellable, on_service_started_cb, g_object_ref (self));
}

/**
 * ec_demo_stop:
 *
 * Stops the demo service and what waits for it (its start, the demo's
 * logins, a clock move), and disables the demo's actions.  The
 * application calls it on shutdown, so that the child process never
 * outlives it.
 */
void
ec_demo_stop (EcDemo *self)
{
  gboolean was_running;

  g_return_if_fail (EC_IS_DEMO (self));

  g_cancellable_cancel (self->cancellable);
  if (self->personas_action != NULL)
    set_actions_enabled (self, FALSE);

  was_running = self->admin != NULL;
  g_clear_object (&self->admin);
  if (self->service != NULL)
    ec_demo_service_stop (self->service);
  if (was_running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_URL]);
}

/**
 * ec_demo_get_starting:
 *
 * Returns: whether the service is starting: #EcDemo::started is still to
 *   come.
 */
gboolean
ec_demo_get_starting (EcDemo *self)
{
  g_return_val_if_fail (EC_IS_DEMO (self), FALSE);

  return self->starting;
}

/**
 * ec_demo_get_service_url:
 *
 * Returns: (nullable): the URL of the running demo service.
 */
const char *
ec_demo_get_service_url (EcDemo *self)
{
  g_return_val_if_fail (EC_IS_DEMO (self), NULL);

  return self->admin != NULL ? ec_demo_service_get_url (self->service) : NULL;
}

/**
 * ec_demo_get_session:
 *
 * Returns: (transfer none) (nullable): the session the demo logs its
 *   learners in with.
 */
EcSession *
ec_demo_get_session (EcDemo *self)
{
  g_return_val_if_fail (EC_IS_DEMO (self), NULL);

  return self->session;
}

/**
 * ec_demo_set_session:
 * @session: (nullable): the application's session on the demo service
 *
 * The session the demo logs its learners in with (the picker's choice,
 * `--demo-learner`); whoever shows the session sees the learner arrive.
 */
void
ec_demo_set_session (EcDemo    *self,
                     EcSession *session)
{
  g_return_if_fail (EC_IS_DEMO (self));
  g_return_if_fail (session == NULL || EC_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
