/* ec-validate.h: validators for the other fields a learner types.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bounds shared by the client's forms and the reference service. */
#define EC_PERSON_NAME_MAX_CHARS 50
#define EC_PASSWORD_MIN_CHARS 8
#define EC_PASSWORD_MAX_CHARS 15
#define EC_OID_GOVERNMENT_PREFIX "2.16.886.101."

gboolean ec_agency_oid_validate (const char *oid,
                                 GError    **error);

gboolean ec_person_name_validate (const char *name,
                                  GError    **error);

char *ec_person_name_normalize (const char *name);

gboolean ec_password_validate (const char *password,
                               const char *account,
                               GError    **error);

char *ec_account_mask (const char *account);

G_END_DECLS
