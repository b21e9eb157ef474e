/* ec-account.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-account"

#include "config.h"

#include "ec-account.h"

G_DEFINE_BOXED_TYPE (EcAccount, ec_account, ec_account_copy, ec_account_free)

EcAccount *
ec_account_new (void)
{
  return g_new0 (EcAccount, 1);
}

EcAccount *
ec_account_copy (const EcAccount *account)
{
  EcAccount *copy;

  g_return_val_if_fail (account != NULL, NULL);

  copy = g_memdup2 (account, sizeof *account);
  copy->login = g_strdup (account->login);
  copy->name = g_strdup (account->name);
  copy->id_number_masked = g_strdup (account->id_number_masked);
  copy->agency_oid = g_strdup (account->agency_oid);
  return copy;
}

void
ec_account_free (EcAccount *account)
{
  if (account == NULL)
    return;

  g_free (account->login);
  g_free (account->name);
  g_free (account->id_number_masked);
  g_free (account->agency_oid);
  g_free (account);
}

/**
 * ec_account_equal:
 * @a: (nullable): an account
 * @b: (nullable): another
 *
 * Returns: whether @a and @b say the same (two %NULLs do).
 */
gboolean
ec_account_equal (const EcAccount *a,
                  const EcAccount *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strcmp0 (a->login, b->login) == 0
         && a->type == b->type
         && a->kind == b->kind
         && a->official_since == b->official_since
         && a->relogin_at == b->relogin_at
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->id_number_masked, b->id_number_masked) == 0
         && a->identity == b->identity
         && a->personnel_category == b->personnel_category
         && a->env_account == b->env_account
         && a->env_service_unit_ok == b->env_service_unit_ok
         && g_strcmp0 (a->agency_oid, b->agency_oid) == 0;
}

/* See ec_account_relogin_needed(). */
gboolean
ec_account_get_relogin_needed (const EcAccount *account)
{
  g_return_val_if_fail (account != NULL, FALSE);

  return ec_account_relogin_needed (account->official_since, account->relogin_at);
}

/* The API's words (docs/api.md, `type`). */
static const char *const type_ids[] = {
  [EC_ACCOUNT_TYPE_ECPA] = "ecpa",
  [EC_ACCOUNT_TYPE_GOV_TW] = "gov-tw",
  [EC_ACCOUNT_TYPE_CERTIFICATE] = "certificate",
  [EC_ACCOUNT_TYPE_SOCIAL] = "social",
};

const char *
ec_account_type_to_string (EcAccountType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (type_ids), NULL);

  return type_ids[type];
}

gboolean
ec_account_type_from_string (const char    *text,
                             EcAccountType *out_type)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (type_ids); i++)
    if (g_str_equal (text, type_ids[i]))
      {
        *out_type = i;
        return TRUE;
      }
  return FALSE;
}
