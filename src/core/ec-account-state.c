/* ec-account-state.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-account-state"

#include "config.h"

#include "ec-account-state.h"

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
