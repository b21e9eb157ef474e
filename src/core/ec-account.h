/* ec-account.h: the account a learner is logged in with.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-account-state.h"
#include "ec-identity.h"

G_BEGIN_DECLS

/**
 * EcAccountType:
 * @EC_ACCOUNT_TYPE_ECPA: a 人事服務網 eCPA account.
 * @EC_ACCOUNT_TYPE_GOV_TW: a 我的e政府 member account.
 * @EC_ACCOUNT_TYPE_CERTIFICATE: the separate account of a certificate that
 *   was never bound (a bound certificate logs in to its eCPA or 我的e政府
 *   account instead).
 * @EC_ACCOUNT_TYPE_SOCIAL: a social network's account.
 */
typedef enum {
  EC_ACCOUNT_TYPE_ECPA,
  EC_ACCOUNT_TYPE_GOV_TW,
  EC_ACCOUNT_TYPE_CERTIFICATE,
  EC_ACCOUNT_TYPE_SOCIAL,
} EcAccountType;

/**
 * EcAccount:
 * @login: the account's login
 * @type: which kind of account it is
 * @kind: official or natural person
 * @official_since: when a conversion made it official, or %EC_TIME_NEVER
 * @relogin_at: the first login after that, or %EC_TIME_NEVER
 * @name: the holder's name
 * @id_number_masked: the holder's ID number as the service masks it
 * @identity: the identity the service holds for the learner
 * @personnel_category: 人員區分 (10 = 教育人員); 0 when unknown
 * @env_account: the learner has an environmental-education account
 * @env_service_unit_ok: its service unit is filled in right
 * @agency_oid: (nullable): the employing agency's OID
 *
 * The `account` of a login reply and of GET /api/v1/me (docs/api.md).
 */
typedef struct {
  char         *login;
  EcAccountType type;
  EcAccountKind kind;
  gint64        official_since;
  gint64        relogin_at;
  char         *name;
  char         *id_number_masked;
  EcIdentity    identity;
  guint         personnel_category;
  gboolean      env_account;
  gboolean      env_service_unit_ok;
  char         *agency_oid;
} EcAccount;

#define EC_TYPE_ACCOUNT (ec_account_get_type ())

GType ec_account_get_type (void) G_GNUC_CONST;

EcAccount *ec_account_new (void);
EcAccount *ec_account_copy (const EcAccount *account);
void       ec_account_free (EcAccount *account);
gboolean   ec_account_equal (const EcAccount *a,
                             const EcAccount *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcAccount, ec_account_free)

gboolean ec_account_get_relogin_needed (const EcAccount *account);

const char *ec_account_type_to_string (EcAccountType type);
gboolean    ec_account_type_from_string (const char    *text,
                                         EcAccountType *out_type);

G_END_DECLS
