/* ec-assistant.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "assistant/ec-account-check-page.h"
#include "assistant/ec-assistant.h"
#include "assistant/ec-conversion-login-page.h"
#include "assistant/ec-conversion-page.h"
#include "assistant/ec-done-page.h"
#include "assistant/ec-identity-page.h"
#include "assistant/ec-login-page.h"
#include "assistant/ec-profile-page.h"
#include "ec-recovery-dialog.h"
#include "assistant/ec-route-page.h"
#include "assistant/ec-welcome-page.h"

/* The assistant is a stack of pages and three buttons.  It knows nothing
 * about any page's content: Back and Next follow the visible page's
 * `complete` and `applying` properties, and pages that the learner's
 * choices make irrelevant are skipped in both directions.  A page's work
 * (apply) runs asynchronously with the page's own cancellable; Cancel
 * stops it, and closing the window disposes the pages, which cancels the
 * rest. */

/* The page types, in order: one class (and one template) each. */
static GType (*const page_types[]) (void) = {
  ec_welcome_page_get_type,
  ec_identity_page_get_type,
  ec_route_page_get_type,
  ec_account_check_page_get_type,
  ec_conversion_login_page_get_type,
  ec_profile_page_get_type,
  ec_conversion_page_get_type,
  ec_login_page_get_type,
  ec_done_page_get_type,
};

struct _EcAssistant {
  GtkWindow parent_instance;

  /* Template children. */
  GtkHeaderBar *header_bar;
  GtkButton    *cancel_button;
  GtkButton    *back_button;
  GtkButton    *next_button;
  GtkSpinner   *spinner;
  GtkStack     *stack;

  EcLearnerChoices *choices;
  EcApiClient      *client;
  EcSession        *session;
  GPtrArray        *pages;
  guint             current;
};

G_DEFINE_FINAL_TYPE (EcAssistant, ec_assistant, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CHOICES,
  PROP_CLIENT,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *obj_props[N_PROPS];

static EcAssistantPage *
page_at (EcAssistant *self,
         guint        index)
{
  return g_ptr_array_index (self->pages, index);
}

static gboolean
is_last (EcAssistant *self)
{
  for (guint i = self->current + 1; i < self->pages->len; i++)
    if (ec_assistant_page_is_relevant (page_at (self, i)))
      return FALSE;
  return TRUE;
}

static void
update_buttons (EcAssistant *self)
{
  EcAssistantPage *page = page_at (self, self->current);
  gboolean         applying = ec_assistant_page_get_applying (page);

  gtk_header_bar_set_title (self->header_bar, ec_assistant_page_get_title (page));
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), self->current > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_button), !applying);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button),
                            ec_assistant_page_get_complete (page) && !applying);
  gtk_button_set_label (self->next_button, is_last (self) ? _ ("_Done") : _ ("_Next"));

  if (applying)
    gtk_spinner_start (self->spinner);
  else
    gtk_spinner_stop (self->spinner);
}

static void
show_page (EcAssistant *self,
           guint        index)
{
  EcAssistantPage *page = page_at (self, index);

  self->current = index;
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (page));
  ec_assistant_page_shown (page);
  update_buttons (self);
  gtk_widget_grab_default (GTK_WIDGET (self->next_button));
  gtk_widget_child_focus (GTK_WIDGET (page), GTK_DIR_TAB_FORWARD);
}

static void
on_page_notify_cb (EcAssistant     *self,
                   GParamSpec      *pspec,
                   EcAssistantPage *page)
{
  if (page == page_at (self, self->current))
    update_buttons (self);
}

/* "Forgot password?" on any page: the recovery by SMS, over the
 * assistant.  The learner then types the new password on the page. */
static void
on_page_recover_requested_cb (EcAssistant     *self,
                              const char      *route,
                              const char      *account,
                              EcAssistantPage *page)
{
  EcApiClient      *client = ec_assistant_page_get_client (page);
  EcRecoveryDialog *dialog;

  if (client == NULL)
    return;

  dialog = ec_recovery_dialog_new (GTK_WINDOW (self), client, route, account);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_page_applied_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  EcAssistantPage *page = EC_ASSISTANT_PAGE (source);
  g_autoptr (EcAssistant) self = user_data;
  g_autoptr (GError) error = NULL;

  /* A page that fails shows its own error and stays; a cancelled one
   * stays silently. */
  if (!ec_assistant_page_apply_finish (page, result, &error))
    return;
  if (page != page_at (self, self->current))
    return;

  for (guint i = self->current + 1; i < self->pages->len; i++)
    if (ec_assistant_page_is_relevant (page_at (self, i)))
      {
        show_page (self, i);
        return;
      }

  gtk_window_close (GTK_WINDOW (self));
}

/**
 * ec_assistant_next:
 *
 * Applies the visible page and, once that worked, moves to the next
 * relevant page (or closes the assistant after the last).
 */
void
ec_assistant_next (EcAssistant *self)
{
  EcAssistantPage *page;

  g_return_if_fail (EC_IS_ASSISTANT (self));

  page = page_at (self, self->current);
  if (!ec_assistant_page_get_complete (page) || ec_assistant_page_get_applying (page))
    return;

  ec_assistant_page_apply_async (page, on_page_applied_cb, g_object_ref (self));
}

/**
 * ec_assistant_back:
 *
 * Moves to the previous relevant page.
 */
void
ec_assistant_back (EcAssistant *self)
{
  g_return_if_fail (EC_IS_ASSISTANT (self));

  if (ec_assistant_page_get_applying (page_at (self, self->current)))
    return;

  for (guint i = self->current; i > 0; i--)
    if (ec_assistant_page_is_relevant (page_at (self, i - 1)))
      {
        show_page (self, i - 1);
        return;
      }
}

static void
on_next_button_clicked_cb (EcAssistant *self)
{
  ec_assistant_next (self);
}

static void
on_back_button_clicked_cb (EcAssistant *self)
{
  ec_assistant_back (self);
}

/* Cancel stops the page's work if there is any; otherwise it closes the
 * assistant, keeping the choices made so far. */
static void
on_cancel_button_clicked_cb (EcAssistant *self)
{
  EcAssistantPage *page = page_at (self, self->current);

  if (ec_assistant_page_get_applying (page))
    ec_assistant_page_cancel (page);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
ec_assistant_key_press_event (GtkWidget   *widget,
                              GdkEventKey *event)
{
  EcAssistant *self = EC_ASSISTANT (widget);

  if (event->keyval == GDK_KEY_Escape)
    {
      on_cancel_button_clicked_cb (self);
      return GDK_EVENT_STOP;
    }

  return GTK_WIDGET_CLASS (ec_assistant_parent_class)->key_press_event (widget, event);
}

static void
ec_assistant_constructed (GObject *object)
{
  EcAssistant *self = EC_ASSISTANT (object);

  G_OBJECT_CLASS (ec_assistant_parent_class)->constructed (object);

  if (self->choices == NULL)
    self->choices = ec_learner_choices_new ();

  for (guint i = 0; i < G_N_ELEMENTS (page_types); i++)
    {
      EcAssistantPage *page = g_object_new (page_types[i](), "choices", self->choices,
                                            "client", self->client, "session", self->session,
                                            "visible", TRUE, NULL);

      g_ptr_array_add (self->pages, page);
      gtk_container_add (GTK_CONTAINER (self->stack), GTK_WIDGET (page));
      g_signal_connect_object (page, "notify::complete", G_CALLBACK (on_page_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "notify::applying", G_CALLBACK (on_page_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "notify::title", G_CALLBACK (on_page_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "recover-requested", G_CALLBACK (on_page_recover_requested_cb), self,
                               G_CONNECT_SWAPPED);
    }

  show_page (self, 0);
}

static void
ec_assistant_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EcAssistant *self = EC_ASSISTANT (object);

  switch (prop_id)
    {
    case PROP_CHOICES:
      g_value_set_object (value, self->choices);
      break;
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_assistant_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EcAssistant *self = EC_ASSISTANT (object);

  switch (prop_id)
    {
    case PROP_CHOICES:
      self->choices = g_value_dup_object (value);
      break;
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_assistant_dispose (GObject *object)
{
  EcAssistant *self = EC_ASSISTANT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->choices);
  g_clear_object (&self->client);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ec_assistant_parent_class)->dispose (object);
}

static void
ec_assistant_class_init (EcAssistantClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ec_assistant_constructed;
  object_class->get_property = ec_assistant_get_property;
  object_class->set_property = ec_assistant_set_property;
  object_class->dispose = ec_assistant_dispose;
  widget_class->key_press_event = ec_assistant_key_press_event;

  obj_props[PROP_CHOICES] = g_param_spec_object ("choices", NULL, NULL, EC_TYPE_LEARNER_CHOICES,
                                                 G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Pages that ask the service are skipped without one. */
  obj_props[PROP_CLIENT] = g_param_spec_object ("client", NULL, NULL, EC_TYPE_API_CLIENT,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The pages that log in use it; its client serves when no client is
   * given. */
  obj_props[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, EC_TYPE_SESSION,
                                                 G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, obj_props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, EcAssistant, header_bar);
  gtk_widget_class_bind_template_child (widget_class, EcAssistant, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, EcAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, EcAssistant, next_button);
  gtk_widget_class_bind_template_child (widget_class, EcAssistant, spinner);
  gtk_widget_class_bind_template_child (widget_class, EcAssistant, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_next_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_button_clicked_cb);
}

static void
ec_assistant_init (EcAssistant *self)
{
  /* The page list holds the pages for as long as the stack does; the
   * stack owns them as widgets. */
  self->pages = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ec_assistant_new:
 * @parent: (nullable): the main window
 * @choices: (nullable): earlier choices to start from
 *
 * Returns: (transfer full): the assistant, not shown yet.
 */
EcAssistant *
ec_assistant_new (GtkWindow        *parent,
                  EcLearnerChoices *choices)
{
  return g_object_new (EC_TYPE_ASSISTANT, "transient-for", parent, "choices", choices, NULL);
}

/**
 * ec_assistant_new_with_client:
 * @parent: (nullable): the main window
 * @choices: (nullable): earlier choices to start from
 * @client: (nullable): the learning service's client, for the pages that
 *   ask the service
 *
 * Returns: (transfer full): the assistant, not shown yet.
 */
EcAssistant *
ec_assistant_new_with_client (GtkWindow        *parent,
                              EcLearnerChoices *choices,
                              EcApiClient      *client)
{
  return g_object_new (EC_TYPE_ASSISTANT, "transient-for", parent, "choices", choices, "client", client, NULL);
}

/**
 * ec_assistant_new_with_session:
 * @parent: (nullable): the main window
 * @choices: (nullable): earlier choices to start from
 * @session: (nullable): the learner's session, which the assistant leaves
 *   logged in when the learner logs in; its client serves the pages that
 *   ask the service
 *
 * Returns: (transfer full): the assistant, not shown yet.
 */
EcAssistant *
ec_assistant_new_with_session (GtkWindow        *parent,
                               EcLearnerChoices *choices,
                               EcSession        *session)
{
  return g_object_new (EC_TYPE_ASSISTANT, "transient-for", parent, "choices", choices, "session", session, NULL);
}

EcLearnerChoices *
ec_assistant_get_choices (EcAssistant *self)
{
  g_return_val_if_fail (EC_IS_ASSISTANT (self), NULL);
  return self->choices;
}

/**
 * ec_assistant_get_current_page:
 *
 * Returns: (transfer none): the visible page.
 */
EcAssistantPage *
ec_assistant_get_current_page (EcAssistant *self)
{
  g_return_val_if_fail (EC_IS_ASSISTANT (self), NULL);
  return page_at (self, self->current);
}
