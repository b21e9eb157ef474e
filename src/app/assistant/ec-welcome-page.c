/* ec-welcome-page.c: why the way you log in decides whether hours count.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-welcome-page"

#include "config.h"

#include "assistant/ec-welcome-page.h"

struct _EcWelcomePage {
  EcAssistantPage parent_instance;
};

G_DEFINE_FINAL_TYPE (EcWelcomePage, ec_welcome_page, EC_TYPE_ASSISTANT_PAGE)

static void
ec_welcome_page_class_init (EcWelcomePageClass *klass)
{
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               RESOURCE_PREFIX "/ui/ec-welcome-page.ui");
}

static void
ec_welcome_page_init (EcWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Nothing to choose here: the learner reads and goes on. */
  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self), TRUE);
}
