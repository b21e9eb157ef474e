/* ec-account-state.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-account-state"

#include "config.h"

#include "ec-account-state.h"
#include "ec-time.h"

/* The state is plain data: a copy is a copy of the bytes.  It is boxed so
 * that it can travel in a GTask, a signal or a property. */
G_DEFINE_BOXED_TYPE (EcAccountState, ec_account_state, ec_account_state_copy, ec_account_state_free)

EcAccountState *
ec_account_state_copy (const EcAccountState *state)
{
  g_return_val_if_fail (state != NULL, NULL);

  return g_memdup2 (state, sizeof *state);
}

void
ec_account_state_free (EcAccountState *state)
{
  g_free (state);
}

/* The API's words (docs/api.md, `kind`). */
static const char *const kind_ids[] = {
  [EC_ACCOUNT_KIND_NATURAL_PERSON] = "natural-person",
  [EC_ACCOUNT_KIND_OFFICIAL] = "official",
};

const char *
ec_account_kind_to_string (EcAccountKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_ids), NULL);

  return kind_ids[kind];
}

gboolean
ec_account_kind_from_string (const char    *text,
                             EcAccountKind *out_kind)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kind_ids); i++)
    if (g_str_equal (text, kind_ids[i]))
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ec_account_relogin_needed:
 * @official_since: when the account became official by conversion, or
 *   %EC_TIME_NEVER
 * @relogin_at: the first login after that, or %EC_TIME_NEVER
 *
 * Whether a converted account still waits for the login after which the
 * platform takes its new state from 我的e政府 (DOMAIN.md, "After
 * conversion"): until then none of its hours upload.  A login at the very
 * second of the conversion counts.
 *
 * Returns: %TRUE while that login is still to come.
 */
gboolean
ec_account_relogin_needed (gint64 official_since,
                           gint64 relogin_at)
{
  return official_since != EC_TIME_NEVER && (relogin_at == EC_TIME_NEVER || relogin_at < official_since);
}

gboolean
ec_account_state_get_relogin_needed (const EcAccountState *state)
{
  g_return_val_if_fail (state != NULL, FALSE);

  return ec_account_relogin_needed (state->official_since, state->relogin_at);
}
