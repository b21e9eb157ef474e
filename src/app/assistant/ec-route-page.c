/* ec-route-page.c: which accounts the learner has, and which way to log in.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-route-page"

#include "config.h"

#include <glib/gi18n.h>

#include "assistant/ec-route-page.h"

/* The advice itself comes from the domain core (ec_route_advise): this
 * page only asks what the learner has, shows every route with its verdict
 * and consequence, and preselects the recommended one.  The rows are
 * rebuilt whenever an answer changes, so the advice is always the one for
 * the answers on screen. */

struct _EcRoutePage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkCheckButton *ecpa_check;
  GtkCheckButton *gov_tw_check;
  GtkCheckButton *gov_tw_official_check;
  GtkCheckButton *certificate_check;
  GtkCheckButton *certificate_bound_check;
  GtkCheckButton *social_check;
  GtkLabel       *summary_label;
  GtkBox         *routes_box;

  GtkRadioButton *route_radios[EC_N_LOGIN_ROUTES];
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (EcRoutePage, ec_route_page, EC_TYPE_ASSISTANT_PAGE)

static const char *
verdict_label (EcRouteVerdict verdict)
{
  switch (verdict)
    {
    case EC_ROUTE_VERDICT_RECOMMENDED:
      return _ ("Recommended");
    case EC_ROUTE_VERDICT_COUNTS:
      return _ ("Your hours count");
    case EC_ROUTE_VERDICT_NEEDS_ACTION:
      return _ ("Needs a step first");
    case EC_ROUTE_VERDICT_SEPARATE_ACCOUNT:
      return _ ("A separate account");
    case EC_ROUTE_VERDICT_NEVER_COUNTS:
    default:
      return _ ("Your hours never count");
    }
}

static const char *
verdict_style (EcRouteVerdict verdict)
{
  switch (verdict)
    {
    case EC_ROUTE_VERDICT_RECOMMENDED:
    case EC_ROUTE_VERDICT_COUNTS:
      return "success";
    case EC_ROUTE_VERDICT_NEEDS_ACTION:
      return "warning";
    case EC_ROUTE_VERDICT_SEPARATE_ACCOUNT:
    case EC_ROUTE_VERDICT_NEVER_COUNTS:
    default:
      return "error";
    }
}

static EcAccountsHeld
read_held (EcRoutePage *self)
{
  EcAccountsHeld held = EC_ACCOUNTS_HELD_NONE;

#define HELD(check, flag)                                                                                                    \
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->check)) && gtk_widget_get_sensitive (GTK_WIDGET (self->check))) \
  held |= flag

  HELD (ecpa_check, EC_ACCOUNTS_HELD_ECPA);
  HELD (gov_tw_check, EC_ACCOUNTS_HELD_GOV_TW);
  HELD (gov_tw_official_check, EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL);
  HELD (certificate_check, EC_ACCOUNTS_HELD_CERTIFICATE);
  HELD (certificate_bound_check, EC_ACCOUNTS_HELD_CERTIFICATE_BOUND);
  HELD (social_check, EC_ACCOUNTS_HELD_SOCIAL);
#undef HELD

  return held;
}

static void
on_route_toggled_cb (EcRoutePage     *self,
                     GtkToggleButton *button)
{
  EcLearnerChoices *choices = ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self));

  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  for (EcLoginRoute route = 0; route < EC_N_LOGIN_ROUTES; route++)
    if (GTK_TOGGLE_BUTTON (self->route_radios[route]) == button)
      ec_learner_choices_set_route (choices, route);
}

static GtkWidget *
build_row (EcRoutePage         *self,
           const EcRouteOption *option,
           GtkRadioButton      *group)
{
  GtkWidget       *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *radio = gtk_radio_button_new_with_label_from_widget (group, ec_login_route_get_label (option->route));
  GtkWidget       *badge = gtk_label_new (verdict_label (option->verdict));
  GtkWidget       *consequence = gtk_label_new (option->consequence);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", ec_login_route_get_label (option->route),
                                                 verdict_label (option->verdict));

  gtk_style_context_add_class (gtk_widget_get_style_context (badge), verdict_style (option->verdict));
  gtk_style_context_add_class (gtk_widget_get_style_context (badge), "dim-label");
  atk_object_set_name (gtk_widget_get_accessible (radio), accessible);
  gtk_box_pack_start (GTK_BOX (header), radio, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (header), badge, FALSE, FALSE, 0);

  gtk_label_set_xalign (GTK_LABEL (consequence), 0);
  gtk_label_set_line_wrap (GTK_LABEL (consequence), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (consequence), 70);
  gtk_widget_set_margin_start (consequence, 28);
  gtk_style_context_add_class (gtk_widget_get_style_context (consequence), "dim-label");

  gtk_box_pack_start (GTK_BOX (row), header, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (row), consequence, FALSE, FALSE, 0);
  gtk_widget_show_all (row);

  self->route_radios[option->route] = GTK_RADIO_BUTTON (radio);
  g_signal_connect_object (radio, "toggled", G_CALLBACK (on_route_toggled_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static void
update_advice (EcRoutePage *self)
{
  EcLearnerChoices *choices = ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self));
  EcAccountsHeld    held;
  EcRouteAdvice     advice;
  GtkRadioButton   *group = NULL;
  g_autoptr (GList) children = NULL;

  /* The sub-questions only make sense once their account is ticked. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->gov_tw_official_check),
                            gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->gov_tw_check)));
  gtk_widget_set_sensitive (GTK_WIDGET (self->certificate_bound_check),
                            gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->certificate_check)));

  held = read_held (self);
  ec_learner_choices_set_accounts_held (choices, held);
  ec_route_advise (ec_learner_choices_get_identity (choices), held, &advice);
  gtk_label_set_text (self->summary_label, advice.summary);

  children = gtk_container_get_children (GTK_CONTAINER (self->routes_box));
  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);

  self->updating = TRUE;
  for (EcLoginRoute route = 0; route < EC_N_LOGIN_ROUTES; route++)
    {
      GtkWidget *row = build_row (self, ec_route_advice_get_option (&advice, route), group);

      group = self->route_radios[route];
      gtk_box_pack_start (self->routes_box, row, FALSE, FALSE, 0);
    }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->route_radios[advice.recommended]), TRUE);
  self->updating = FALSE;

  ec_learner_choices_set_route (choices, advice.recommended);
}

static void
on_held_toggled_cb (EcRoutePage *self)
{
  update_advice (self);
}

/* The identity chosen on the page before changes the advice. */
static void
ec_route_page_shown (EcAssistantPage *page)
{
  update_advice (EC_ROUTE_PAGE (page));
}

static void
ec_route_page_class_init (EcRoutePageClass *klass)
{
  GtkWidgetClass       *widget_class = GTK_WIDGET_CLASS (klass);
  EcAssistantPageClass *page_class = EC_ASSISTANT_PAGE_CLASS (klass);

  page_class->shown = ec_route_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-route-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EcRoutePage, ecpa_check);
  gtk_widget_class_bind_template_child (widget_class, EcRoutePage, gov_tw_check);
  gtk_widget_class_bind_template_child (widget_class, EcRoutePage, gov_tw_official_check);
  gtk_widget_class_bind_template_child (widget_class, EcRoutePage, certificate_check);
  gtk_widget_class_bind_template_child (widget_class, EcRoutePage, certificate_bound_check);
  gtk_widget_class_bind_template_child (widget_class, EcRoutePage, social_check);
  gtk_widget_class_bind_template_child (widget_class, EcRoutePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EcRoutePage, routes_box);
  gtk_widget_class_bind_template_callback (widget_class, on_held_toggled_cb);
}

static void
ec_route_page_init (EcRoutePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* There is always a way forward: the advice recommends one. */
  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self), TRUE);
}
