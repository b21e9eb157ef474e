/* ec-masked-account.h: an account as the official account lookup lists it.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-account.h"

G_BEGIN_DECLS

/**
 * EcMaskedAccount:
 * @login_masked: the login, masked by the service (「wa****」)
 * @type: %EC_ACCOUNT_TYPE_ECPA or %EC_ACCOUNT_TYPE_GOV_TW: certificates and
 *   social accounts are never official accounts, so never listed
 * @name: the holder's name
 * @kind: whether it is an official account or a plain member account that
 *   must be converted before its hours upload
 *
 * One answer of the lookup (公務帳號查詢, docs/api.md
 * `POST /api/v1/account-lookup`).
 */
typedef struct {
  char         *login_masked;
  EcAccountType type;
  char         *name;
  EcAccountKind kind;
} EcMaskedAccount;

#define EC_TYPE_MASKED_ACCOUNT (ec_masked_account_get_type ())

GType ec_masked_account_get_type (void) G_GNUC_CONST;

EcMaskedAccount *ec_masked_account_new (void);
EcMaskedAccount *ec_masked_account_copy (const EcMaskedAccount *account);
void             ec_masked_account_free (EcMaskedAccount *account);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcMaskedAccount, ec_masked_account_free)

G_END_DECLS
