/* ec-error-message.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-error-message"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-client.h"
#include "ec-error-message.h"

/* The client's errors carry a translated message that says what went wrong
 * and what to do (src/client/ec-client-error.c); what the app adds is the
 * one thing every screen says alike: how long to wait when the service said
 * so.  What only one screen can say (which of its buttons to press, which
 * of its fields is wrong) stays with that screen. */

#define SECONDS_PER_MINUTE 60

/* The wait in the unit a learner counts in: seconds under a minute, whole
 * minutes from a minute on.  Minutes are rounded up: "try again in 14
 * minutes" with 14½ left would be refused once more.  They are rounded
 * with the remainder, since (seconds + 59) / 60 would wrap round for the
 * longest wait a guint holds. */
static char *
wait_sentence (guint seconds)
{
  guint minutes;

  if (seconds < SECONDS_PER_MINUTE)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Try again in %u second.", "Try again in %u seconds.",
                                         seconds),
                            seconds);

  minutes = seconds / SECONDS_PER_MINUTE + (seconds % SECONDS_PER_MINUTE != 0 ? 1 : 0);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Try again in %u minute.", "Try again in %u minutes.",
                                       minutes),
                          minutes);
}

/**
 * ec_error_message_for_learner:
 * @error: an error of a request to the service, or of anything else
 *
 * The sentence to show a learner for @error: its message, followed, for a
 * locked account or a rate limit whose end the service gave, by how long to
 * wait (in seconds under a minute, in whole minutes, rounded up, from a
 * minute on).  Other errors, of the client or not, say all there is to say
 * in their message.
 *
 * Returns: (transfer full): the translated sentence.
 */
char *
ec_error_message_for_learner (const GError *error)
{
  g_autofree char *wait = NULL;
  guint            seconds;

  g_return_val_if_fail (error != NULL, NULL);

  /* The client reads Retry-After for these two only (docs/api.md). */
  if (!g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_ACCOUNT_LOCKED)
      && !g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_RATE_LIMITED))
    return g_strdup (error->message);

  seconds = ec_client_error_get_retry_after (error);
  if (seconds == 0)
    return g_strdup (error->message);

  wait = wait_sentence (seconds);
  return ec_error_message_join (error->message, wait);
}

/**
 * ec_error_message_join:
 * @message: a sentence, such as an error's message
 * @advice: the sentence that follows it, such as what to do about it
 *
 * Chinese runs sentences together where English puts a space between
 * them: the joint is the translation's to choose.
 *
 * Returns: (transfer full): @message followed by @advice.
 */
char *
ec_error_message_join (const char *message,
                       const char *advice)
{
  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (advice != NULL, NULL);

  /* Translators: one sentence followed by another, as in an error message
   * followed by what to do about it. */
  return g_strdup_printf (_ ("%s %s"), message, advice);
}
