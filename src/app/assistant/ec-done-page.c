/* ec-done-page.c: what happens next.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-done-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-core.h"
#include "assistant/ec-done-page.h"

/* The last page says where the learner stands, from what the pages before
 * recorded: a conversion's reply, or the session the learner logged in
 * with.  The upload date is the office calendar's: a course completed
 * today reaches the networks EC_UPLOAD_WORKING_DAYS working days later
 * (DOMAIN.md, "When hours upload to a network"). */

struct _EcDonePage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkImage *image;
  GtkLabel *heading_label;
  GtkLabel *summary_label;
  GtkLabel *upload_label;
};

G_DEFINE_FINAL_TYPE (EcDonePage, ec_done_page, EC_TYPE_ASSISTANT_PAGE)

/* "About 3 working days after completion: around <date>." */
static char *
upload_text (void)
{
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();
  g_autofree char *date = NULL;
  GDate            today;
  GDate            upload;

  ec_time_to_taiwan_date (g_get_real_time () / G_USEC_PER_SEC, &today);
  if (calendar == NULL || !ec_calendar_add_working_days (calendar, &today, EC_UPLOAD_WORKING_DAYS, &upload)
      || *(date = ec_date_format_long (&upload)) == '\0')
    return g_strdup (_ ("Hours of a course you complete reach the networks about 3 working days later."));

  return g_strdup_printf (_ ("Hours of a course you complete reach the networks about 3 working days later: "
                             "for a course completed today, around %s."),
                          date);
}

static void
show (EcDonePage *self,
      gboolean    ok,
      const char *heading,
      const char *summary,
      const char *upload)
{
  gtk_image_set_from_icon_name (self->image, ok ? "emblem-ok-symbolic" : "dialog-information-symbolic",
                                GTK_ICON_SIZE_DIALOG);
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->upload_label, upload != NULL ? upload : "");
  gtk_widget_set_visible (GTK_WIDGET (self->upload_label), upload != NULL);
}

static void
show_logged_in (EcDonePage *self,
                EcSession  *session)
{
  const EcAccount *account = ec_session_get_account (session);
  /* The account says where the session landed: a certificate that is not
   * bound logs in to its own account, of type "certificate". */
  gboolean         social = account != NULL && account->type == EC_ACCOUNT_TYPE_SOCIAL;
  gboolean         unbound = account != NULL && account->type == EC_ACCOUNT_TYPE_CERTIFICATE;
  gboolean         official = account != NULL && account->kind == EC_ACCOUNT_KIND_OFFICIAL;
  g_autofree char *summary = NULL;
  g_autofree char *upload = upload_text ();

  if (social)
    {
      show (self, FALSE, _ ("Logged in with a social account"),
            _ ("Hours studied with a social account never upload, and cannot be moved later. Log out and log in "
               "with your 我的e政府 or eCPA account before you study."),
            NULL);
      return;
    }
  if (unbound)
    {
      show (self, FALSE, _ ("Logged in with an unbound certificate"),
            _ ("This certificate is not bound to your account, so it logs in to a separate account whose records "
               "never merge. Bind the certificate to your account first, then study again."),
            NULL);
      return;
    }

  summary = g_strdup_printf (_ ("You are logged in as %s."), ec_session_get_login (session));
  if (!official)
    {
      g_autofree char *text = g_strdup_printf (_ ("%s With this member account, only environmental-education "
                                                  "hours upload; lifelong-learning hours need an official account."),
                                               summary);

      show (self, TRUE, _ ("You are logged in"), text, upload);
      return;
    }
  show (self, TRUE, _ ("You are logged in the right way"), summary, upload);
}

static void
ec_done_page_shown (EcAssistantPage *page)
{
  EcDonePage       *self = EC_DONE_PAGE (page);
  EcLearnerChoices *choices = ec_assistant_page_get_choices (page);
  EcSession        *session = ec_assistant_page_get_session (page);
  gboolean          logged_in = session != NULL && ec_session_get_logged_in (session);

  switch (ec_learner_choices_get_conversion_reply (choices))
    {
    case EC_CONVERSION_REPLY_CONVERTED:
      if (logged_in)
        show (self, TRUE, _ ("Your account is an official account"),
              _ ("You are logged in again with it. The hours you studied earlier with this account upload "
                 "automatically: check back in about 3 days."),
              NULL);
      else
        show (self, FALSE, _ ("Log in again"),
              _ ("Your account is an official account, but the platform uploads your earlier hours only after you "
                 "log in again. Log in, then check back in about 3 days."),
              NULL);
      return;
    case EC_CONVERSION_REPLY_SUBMITTED:
      show (self, TRUE, _ ("Your application is on its way"),
            _ ("Fax the printed form with a copy of your ID card to (02)2192-7186 if you have not yet. Once the "
               "service centre approves it, log in again with your account and check back in about 3 days. Ask "
               "the service centre (02-2192-7111) if nothing happens."),
            NULL);
      return;
    case EC_CONVERSION_REPLY_ECPA_EXISTS:
      show (self, TRUE, _ ("Your application is on its way"),
            _ ("Fax the printed form with a copy of your ID card to (02)2192-7186 if you have not yet. You already "
               "have an eCPA account: log in with it to study meanwhile; hours studied that way count."),
            NULL);
      return;
    case EC_CONVERSION_REPLY_NONE:
    default:
      break;
    }

  if (logged_in)
    show_logged_in (self, session);
  else
    {
      g_autofree char *upload = upload_text ();
      g_autofree char *summary = g_strdup_printf (_ ("Log in to the learning platform with: %s."),
                                                  ec_login_route_get_label (ec_learner_choices_get_route (choices)));

      show (self, TRUE, _ ("You know how to log in"), summary, upload);
    }
}

static void
ec_done_page_class_init (EcDonePageClass *klass)
{
  GtkWidgetClass       *widget_class = GTK_WIDGET_CLASS (klass);
  EcAssistantPageClass *page_class = EC_ASSISTANT_PAGE_CLASS (klass);

  page_class->shown = ec_done_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-done-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EcDonePage, image);
  gtk_widget_class_bind_template_child (widget_class, EcDonePage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, EcDonePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EcDonePage, upload_label);
}

static void
ec_done_page_init (EcDonePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Nothing to do here but read: Done closes the assistant. */
  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self), TRUE);
}
