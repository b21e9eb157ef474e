/* ec-masked-account.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-masked-account"

#include "config.h"

#include "ec-masked-account.h"

G_DEFINE_BOXED_TYPE (EcMaskedAccount, ec_masked_account, ec_masked_account_copy, ec_masked_account_free)

EcMaskedAccount *
ec_masked_account_new (void)
{
  return g_new0 (EcMaskedAccount, 1);
}

EcMaskedAccount *
ec_masked_account_copy (const EcMaskedAccount *account)
{
  EcMaskedAccount *copy;

  g_return_val_if_fail (account != NULL, NULL);

  copy = g_memdup2 (account, sizeof *account);
  copy->login_masked = g_strdup (account->login_masked);
  copy->name = g_strdup (account->name);
  return copy;
}

void
ec_masked_account_free (EcMaskedAccount *account)
{
  if (account == NULL)
    return;

  g_free (account->login_masked);
  g_free (account->name);
  g_free (account);
}
