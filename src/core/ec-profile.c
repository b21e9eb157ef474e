/* ec-profile.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-profile"

#include "config.h"

#include "ec-profile.h"

G_DEFINE_BOXED_TYPE (EcProfile, ec_profile, ec_profile_copy, ec_profile_free)

EcProfile *
ec_profile_new (void)
{
  return g_new0 (EcProfile, 1);
}

EcProfile *
ec_profile_copy (const EcProfile *profile)
{
  EcProfile *copy;

  g_return_val_if_fail (profile != NULL, NULL);

  copy = g_memdup2 (profile, sizeof *profile);
  copy->name = g_strdup (profile->name);
  copy->birthday = g_strdup (profile->birthday);
  copy->id_number_masked = g_strdup (profile->id_number_masked);
  copy->passport_masked = g_strdup (profile->passport_masked);
  copy->address = g_strdup (profile->address);
  copy->phone = g_strdup (profile->phone);
  return copy;
}

void
ec_profile_free (EcProfile *profile)
{
  if (profile == NULL)
    return;

  g_free (profile->name);
  g_free (profile->birthday);
  g_free (profile->id_number_masked);
  g_free (profile->passport_masked);
  g_free (profile->address);
  g_free (profile->phone);
  g_free (profile);
}
