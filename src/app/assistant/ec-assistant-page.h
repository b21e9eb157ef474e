/* ec-assistant-page.h: the base class of the first-run assistant's pages.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-client.h"
#include "assistant/ec-learner-choices.h"

G_BEGIN_DECLS

#define EC_TYPE_ASSISTANT_PAGE (ec_assistant_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (EcAssistantPage, ec_assistant_page, EC, ASSISTANT_PAGE, GtkBin)

/**
 * EcAssistantPageClass:
 * @shown: the page became the visible one; refresh from the choices
 * @is_relevant: whether the page applies to the choices made so far (the
 *   assistant skips it otherwise); the default says yes
 * @apply_async: the learner pressed Next: do the page's work (a lookup, a
 *   login); the default finishes at once
 * @apply_finish: finishes @apply_async; %FALSE without an error means the
 *   work went well but the page stays (it has a result to read first).  The
 *   default propagates the boolean of a #GTask, which is all a page needs
 *   whose @apply_async returns one: such a page leaves it alone
 */
struct _EcAssistantPageClass {
  GtkBinClass parent_class;

  void (*shown) (EcAssistantPage *self);
  gboolean (*is_relevant) (EcAssistantPage *self);
  void (*apply_async) (EcAssistantPage    *self,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data);
  gboolean (*apply_finish) (EcAssistantPage *self,
                            GAsyncResult    *result,
                            GError         **error);

  gpointer padding[8];
};

const char *ec_assistant_page_get_title (EcAssistantPage *self);
void        ec_assistant_page_set_title (EcAssistantPage *self,
                                         const char      *title);

gboolean ec_assistant_page_get_complete (EcAssistantPage *self);
void     ec_assistant_page_set_complete (EcAssistantPage *self,
                                         gboolean         complete);

gboolean ec_assistant_page_get_applying (EcAssistantPage *self);

EcLearnerChoices *ec_assistant_page_get_choices (EcAssistantPage *self);

EcApiClient *ec_assistant_page_get_client (EcAssistantPage *self);

EcSession *ec_assistant_page_get_session (EcAssistantPage *self);

GCancellable *ec_assistant_page_get_cancellable (EcAssistantPage *self);

void ec_assistant_page_shown (EcAssistantPage *self);

gboolean ec_assistant_page_is_relevant (EcAssistantPage *self);

void ec_assistant_page_apply_async (EcAssistantPage    *self,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data);

gboolean ec_assistant_page_apply_finish (EcAssistantPage *self,
                                         GAsyncResult    *result,
                                         GError         **error);

void ec_assistant_page_cancel (EcAssistantPage *self);

void ec_assistant_page_request_recovery (EcAssistantPage *self,
                                         const char      *route,
                                         const char      *account);

G_END_DECLS
