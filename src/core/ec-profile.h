/* ec-profile.h: a member's personal data (個人資料維護) as the service
 * shows it.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-profile-rules.h"

G_BEGIN_DECLS

/**
 * EcProfile:
 * @name: the member's name
 * @birthday: (nullable): the birthday, `YYYY-MM-DD`, when filled in
 * @id_number_masked: (nullable): the ID number as the service masks it
 * @passport_masked: (nullable): the passport number, masked, when on
 *   record
 * @address: (nullable): the mailing address, when filled in
 * @phone: (nullable): the phone number, when filled in
 * @missing: what keeps the member from being an advanced member (進階會員),
 *   which converting to an official account requires
 *
 * GET and PUT /api/v1/profile (docs/api.md).
 */
typedef struct {
  char            *name;
  char            *birthday;
  char            *id_number_masked;
  char            *passport_masked;
  char            *address;
  char            *phone;
  EcProfileMissing missing;
} EcProfile;

#define EC_TYPE_PROFILE (ec_profile_get_type ())

GType ec_profile_get_type (void) G_GNUC_CONST;

EcProfile *ec_profile_new (void);
EcProfile *ec_profile_copy (const EcProfile *profile);
void       ec_profile_free (EcProfile *profile);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcProfile, ec_profile_free)

G_END_DECLS
