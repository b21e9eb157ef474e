/* ec-agency.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-agency"

#include "config.h"

#include "ec-agency.h"

G_DEFINE_BOXED_TYPE (EcAgency, ec_agency, ec_agency_copy, ec_agency_free)

EcAgency *
ec_agency_new (const char *oid,
               const char *name)
{
  EcAgency *agency = g_new0 (EcAgency, 1);

  agency->oid = g_strdup (oid);
  agency->name = g_strdup (name);
  return agency;
}

EcAgency *
ec_agency_copy (const EcAgency *agency)
{
  g_return_val_if_fail (agency != NULL, NULL);

  return ec_agency_new (agency->oid, agency->name);
}

void
ec_agency_free (EcAgency *agency)
{
  if (agency == NULL)
    return;

  g_free (agency->oid);
  g_free (agency->name);
  g_free (agency);
}
