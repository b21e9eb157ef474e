/* ec-assistant-page.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-assistant-page"

#include "config.h"

#include "assistant/ec-assistant-page.h"

/* Navigation is driven by page properties: the assistant enables Next when
 * the visible page is `complete`, shows a spinner and disables the buttons
 * while it is `applying`, and asks every page whether it `is_relevant` to
 * the learner's choices before showing it.  The page owns the cancellable
 * of its async work, made on first use and cancelled when the page goes
 * away, so no callback ever runs on a disposed page.  The service client,
 * when there is one, is handed to every page so that a page can ask the
 * service without knowing the application; so is the learner's session,
 * which the pages that log in leave logged in for the main window. */

typedef struct {
  char             *title;
  gboolean          complete;
  gboolean          applying;
  EcLearnerChoices *choices;
  EcApiClient      *client;
  EcSession        *session;
  GCancellable     *cancellable;
} EcAssistantPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (EcAssistantPage, ec_assistant_page, GTK_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_COMPLETE,
  PROP_APPLYING,
  PROP_CHOICES,
  PROP_CLIENT,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *obj_props[N_PROPS];

enum {
  RECOVER_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
ec_assistant_page_real_is_relevant (EcAssistantPage *self)
{
  return TRUE;
}

static void
ec_assistant_page_real_apply_async (EcAssistantPage    *self,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, ec_assistant_page_real_apply_async);
  g_task_return_boolean (task, TRUE);
}

static gboolean
ec_assistant_page_real_apply_finish (EcAssistantPage *self,
                                     GAsyncResult    *result,
                                     GError         **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
ec_assistant_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EcAssistantPage        *self = EC_ASSISTANT_PAGE (object);
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, priv->complete);
      break;
    case PROP_APPLYING:
      g_value_set_boolean (value, priv->applying);
      break;
    case PROP_CHOICES:
      g_value_set_object (value, priv->choices);
      break;
    case PROP_CLIENT:
      g_value_set_object (value, priv->client);
      break;
    case PROP_SESSION:
      g_value_set_object (value, priv->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_assistant_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EcAssistantPage        *self = EC_ASSISTANT_PAGE (object);
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_TITLE:
      ec_assistant_page_set_title (self, g_value_get_string (value));
      break;
    case PROP_COMPLETE:
      ec_assistant_page_set_complete (self, g_value_get_boolean (value));
      break;
    case PROP_CHOICES:
      g_set_object (&priv->choices, g_value_get_object (value));
      break;
    case PROP_CLIENT:
      g_set_object (&priv->client, g_value_get_object (value));
      break;
    case PROP_SESSION:
      g_set_object (&priv->session, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_assistant_page_dispose (GObject *object)
{
  EcAssistantPage        *self = EC_ASSISTANT_PAGE (object);
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->choices);
  g_clear_object (&priv->client);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (ec_assistant_page_parent_class)->dispose (object);
}

static void
ec_assistant_page_finalize (GObject *object)
{
  EcAssistantPage        *self = EC_ASSISTANT_PAGE (object);
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_free (priv->title);

  G_OBJECT_CLASS (ec_assistant_page_parent_class)->finalize (object);
}

static void
ec_assistant_page_class_init (EcAssistantPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ec_assistant_page_get_property;
  object_class->set_property = ec_assistant_page_set_property;
  object_class->dispose = ec_assistant_page_dispose;
  object_class->finalize = ec_assistant_page_finalize;

  klass->is_relevant = ec_assistant_page_real_is_relevant;
  klass->apply_async = ec_assistant_page_real_apply_async;
  klass->apply_finish = ec_assistant_page_real_apply_finish;

  obj_props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                               G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_APPLYING] = g_param_spec_boolean ("applying", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_CHOICES] = g_param_spec_object ("choices", NULL, NULL, EC_TYPE_LEARNER_CHOICES,
                                                 G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  obj_props[PROP_CLIENT] = g_param_spec_object ("client", NULL, NULL, EC_TYPE_API_CLIENT,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  obj_props[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, EC_TYPE_SESSION,
                                                 G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, obj_props);

  /**
   * EcAssistantPage::recover-requested:
   * @self: the page
   * @route: the route of the forgotten password ("ecpa" or "gov-tw")
   * @account: (nullable): the account typed so far, if any
   *
   * The learner pressed "Forgot password?" on the page.  The page knows no
   * dialog: whoever shows it opens the recovery by SMS (#EcRecoveryDialog).
   */
  signals[RECOVER_REQUESTED] = g_signal_new ("recover-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                             NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
ec_assistant_page_init (EcAssistantPage *self)
{
}

const char *
ec_assistant_page_get_title (EcAssistantPage *self)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_val_if_fail (EC_IS_ASSISTANT_PAGE (self), NULL);
  return priv->title;
}

void
ec_assistant_page_set_title (EcAssistantPage *self,
                             const char      *title)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_if_fail (EC_IS_ASSISTANT_PAGE (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;

  g_free (priv->title);
  priv->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_TITLE]);
}

gboolean
ec_assistant_page_get_complete (EcAssistantPage *self)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_val_if_fail (EC_IS_ASSISTANT_PAGE (self), FALSE);
  return priv->complete;
}

/**
 * ec_assistant_page_set_complete:
 *
 * Says whether the learner has given what the page needs; Next follows it.
 */
void
ec_assistant_page_set_complete (EcAssistantPage *self,
                                gboolean         complete)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_if_fail (EC_IS_ASSISTANT_PAGE (self));

  complete = !!complete;
  if (priv->complete == complete)
    return;

  priv->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_COMPLETE]);
}

gboolean
ec_assistant_page_get_applying (EcAssistantPage *self)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_val_if_fail (EC_IS_ASSISTANT_PAGE (self), FALSE);
  return priv->applying;
}

static void
set_applying (EcAssistantPage *self,
              gboolean         applying)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  if (priv->applying == applying)
    return;

  priv->applying = applying;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_APPLYING]);
}

/**
 * ec_assistant_page_get_choices:
 *
 * Returns: (transfer none): the learner's choices, shared by every page.
 */
EcLearnerChoices *
ec_assistant_page_get_choices (EcAssistantPage *self)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_val_if_fail (EC_IS_ASSISTANT_PAGE (self), NULL);
  return priv->choices;
}

/**
 * ec_assistant_page_get_client:
 *
 * Returns: (transfer none) (nullable): the client of the learning service
 *   (the session's, when the page has a session), or %NULL when the app
 *   has no service to ask.
 */
EcApiClient *
ec_assistant_page_get_client (EcAssistantPage *self)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_val_if_fail (EC_IS_ASSISTANT_PAGE (self), NULL);

  if (priv->client == NULL && priv->session != NULL)
    return ec_session_get_client (priv->session);
  return priv->client;
}

/**
 * ec_assistant_page_get_session:
 *
 * Returns: (transfer none) (nullable): the learner's session, which the
 *   pages that log in use (and leave logged in for the main window), or
 *   %NULL when the app has no service.
 */
EcSession *
ec_assistant_page_get_session (EcAssistantPage *self)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_val_if_fail (EC_IS_ASSISTANT_PAGE (self), NULL);
  return priv->session;
}

/**
 * ec_assistant_page_get_cancellable:
 *
 * Returns: (transfer none): the cancellable of the page's current work,
 *   made on first use and cancelled when the page is disposed or the
 *   learner cancels.
 */
GCancellable *
ec_assistant_page_get_cancellable (EcAssistantPage *self)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_val_if_fail (EC_IS_ASSISTANT_PAGE (self), NULL);

  if (priv->cancellable == NULL || g_cancellable_is_cancelled (priv->cancellable))
    {
      g_clear_object (&priv->cancellable);
      priv->cancellable = g_cancellable_new ();
    }
  return priv->cancellable;
}

void
ec_assistant_page_shown (EcAssistantPage *self)
{
  g_return_if_fail (EC_IS_ASSISTANT_PAGE (self));

  if (EC_ASSISTANT_PAGE_GET_CLASS (self)->shown != NULL)
    EC_ASSISTANT_PAGE_GET_CLASS (self)->shown (self);
}

gboolean
ec_assistant_page_is_relevant (EcAssistantPage *self)
{
  g_return_val_if_fail (EC_IS_ASSISTANT_PAGE (self), FALSE);

  return EC_ASSISTANT_PAGE_GET_CLASS (self)->is_relevant (self);
}

static void
on_applied_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcAssistantPage *self = EC_ASSISTANT_PAGE (source);
  g_autoptr (GError) error = NULL;

  set_applying (self, FALSE);
  if (EC_ASSISTANT_PAGE_GET_CLASS (self)->apply_finish (self, result, &error))
    g_task_return_boolean (task, TRUE);
  else if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, FALSE);
}

/**
 * ec_assistant_page_apply_async:
 * @self: a page
 * @callback: called when the page's work is done
 * @user_data: data for @callback
 *
 * Runs the page's work with the page's own cancellable, marking the page
 * as applying meanwhile.
 */
void
ec_assistant_page_apply_async (EcAssistantPage    *self,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  GCancellable *cancellable;
  GTask        *task;

  g_return_if_fail (EC_IS_ASSISTANT_PAGE (self));

  cancellable = ec_assistant_page_get_cancellable (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_assistant_page_apply_async);

  set_applying (self, TRUE);
  EC_ASSISTANT_PAGE_GET_CLASS (self)->apply_async (self, cancellable, on_applied_cb, task);
}

/**
 * ec_assistant_page_apply_finish:
 *
 * Returns: %TRUE to move on; %FALSE with @error set when the work failed
 *   (the page shows why), %FALSE without an error when the page stays to
 *   show its result first.
 */
gboolean
ec_assistant_page_apply_finish (EcAssistantPage *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_assistant_page_apply_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ec_assistant_page_cancel:
 *
 * Cancels the page's work in progress, if any.
 */
void
ec_assistant_page_cancel (EcAssistantPage *self)
{
  EcAssistantPagePrivate *priv = ec_assistant_page_get_instance_private (self);

  g_return_if_fail (EC_IS_ASSISTANT_PAGE (self));

  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
}

/**
 * ec_assistant_page_request_recovery:
 * @self: a page
 * @route: "ecpa" or "gov-tw"
 * @account: (nullable): the account typed so far
 *
 * Asks whoever shows the page to recover a forgotten password.
 */
void
ec_assistant_page_request_recovery (EcAssistantPage *self,
                                    const char      *route,
                                    const char      *account)
{
  g_return_if_fail (EC_IS_ASSISTANT_PAGE (self));

  g_signal_emit (self, signals[RECOVER_REQUESTED], 0, route, account);
}
