/* ec-identity-page.c: 公務人員, 教育人員 or 一般民眾.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-identity-page"

#include "config.h"

#include "assistant/ec-identity-page.h"

struct _EcIdentityPage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkRadioButton *none_radio;
  GtkRadioButton *civil_servant_radio;
  GtkRadioButton *educator_radio;
  GtkRadioButton *general_public_radio;
  GtkLabel       *civil_servant_description;
  GtkLabel       *educator_description;
  GtkLabel       *general_public_description;
};

G_DEFINE_FINAL_TYPE (EcIdentityPage, ec_identity_page, EC_TYPE_ASSISTANT_PAGE)

static GtkRadioButton *
radio_for (EcIdentityPage *self,
           EcIdentity      identity)
{
  switch (identity)
    {
    case EC_IDENTITY_CIVIL_SERVANT:
      return self->civil_servant_radio;
    case EC_IDENTITY_EDUCATOR:
      return self->educator_radio;
    case EC_IDENTITY_GENERAL_PUBLIC:
    default:
      return self->general_public_radio;
    }
}

static void
on_radio_toggled_cb (EcIdentityPage  *self,
                     GtkToggleButton *button)
{
  EcLearnerChoices *choices = ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self));

  if (!gtk_toggle_button_get_active (button) || button == GTK_TOGGLE_BUTTON (self->none_radio))
    return;

  for (EcIdentity identity = 0; identity < EC_N_IDENTITIES; identity++)
    if (GTK_TOGGLE_BUTTON (radio_for (self, identity)) == button)
      ec_learner_choices_set_identity (choices, identity);

  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self), TRUE);
}

/* Coming back to the page shows the choice made before. */
static void
ec_identity_page_shown (EcAssistantPage *page)
{
  EcIdentityPage   *self = EC_IDENTITY_PAGE (page);
  EcLearnerChoices *choices = ec_assistant_page_get_choices (page);

  if (ec_learner_choices_get_has_identity (choices))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (radio_for (self, ec_learner_choices_get_identity (choices))),
                                  TRUE);
}

static void
ec_identity_page_class_init (EcIdentityPageClass *klass)
{
  GtkWidgetClass       *widget_class = GTK_WIDGET_CLASS (klass);
  EcAssistantPageClass *page_class = EC_ASSISTANT_PAGE_CLASS (klass);

  page_class->shown = ec_identity_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-identity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EcIdentityPage, none_radio);
  gtk_widget_class_bind_template_child (widget_class, EcIdentityPage, civil_servant_radio);
  gtk_widget_class_bind_template_child (widget_class, EcIdentityPage, educator_radio);
  gtk_widget_class_bind_template_child (widget_class, EcIdentityPage, general_public_radio);
  gtk_widget_class_bind_template_child (widget_class, EcIdentityPage, civil_servant_description);
  gtk_widget_class_bind_template_child (widget_class, EcIdentityPage, educator_description);
  gtk_widget_class_bind_template_child (widget_class, EcIdentityPage, general_public_description);
  gtk_widget_class_bind_template_callback (widget_class, on_radio_toggled_cb);
}

static void
ec_identity_page_init (EcIdentityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The descriptions come from the domain core, so that the assistant and
   * every other place that explains an identity say the same thing. */
  gtk_label_set_text (self->civil_servant_description, ec_identity_get_description (EC_IDENTITY_CIVIL_SERVANT));
  gtk_label_set_text (self->educator_description, ec_identity_get_description (EC_IDENTITY_EDUCATOR));
  gtk_label_set_text (self->general_public_description, ec_identity_get_description (EC_IDENTITY_GENERAL_PUBLIC));
}
