/* ec-identity.h: identity types (身分別) and login routes.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EcIdentity:
 * @EC_IDENTITY_CIVIL_SERVANT: 公務人員, including contract and temporary staff
 *   (約聘僱人員).
 * @EC_IDENTITY_EDUCATOR: 教育人員: a public-school teacher, whose official
 *   account must carry personnel category 10 for hours to reach the
 *   teachers' network.
 * @EC_IDENTITY_GENERAL_PUBLIC: 一般民眾: everyone else.
 *
 * The identity a learner chooses at first login.
 */
typedef enum {
  EC_IDENTITY_CIVIL_SERVANT,
  EC_IDENTITY_EDUCATOR,
  EC_IDENTITY_GENERAL_PUBLIC,
} EcIdentity;

#define EC_N_IDENTITIES 3

/**
 * EcLoginRoute:
 * @EC_LOGIN_ROUTE_ECPA: a 人事服務網 eCPA account (always official).
 * @EC_LOGIN_ROUTE_GOV_TW: a 我的e政府 member account (official or natural
 *   person).
 * @EC_LOGIN_ROUTE_CERTIFICATE_BOUND: a citizen digital certificate
 *   (自然人憑證) bound to an eCPA or 我的e政府 account: the same as logging in
 *   to that account.
 * @EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND: a certificate that was never bound: it
 *   logs in to a separate account whose records never merge.
 * @EC_LOGIN_ROUTE_SOCIAL: a social account (Facebook, Google+): hours studied
 *   this way are never uploaded nor transferred.
 */
typedef enum {
  EC_LOGIN_ROUTE_ECPA,
  EC_LOGIN_ROUTE_GOV_TW,
  EC_LOGIN_ROUTE_CERTIFICATE_BOUND,
  EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND,
  EC_LOGIN_ROUTE_SOCIAL,
} EcLoginRoute;

#define EC_N_LOGIN_ROUTES 5

/* The personnel category (人員區分) of educators. */
#define EC_PERSONNEL_CATEGORY_EDUCATOR 10

const char *ec_identity_to_string (EcIdentity identity);
gboolean    ec_identity_from_string (const char *text,
                                     EcIdentity *out_identity);
const char *ec_identity_get_label (EcIdentity identity);
const char *ec_identity_get_description (EcIdentity identity);

const char *ec_login_route_to_string (EcLoginRoute route);
gboolean    ec_login_route_from_string (const char   *text,
                                        EcLoginRoute *out_route);
const char *ec_login_route_get_label (EcLoginRoute route);

G_END_DECLS
