/* ec-agency.h: a government agency of the directory.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * EcAgency:
 * @oid: the agency's OID (`2.16.886.101.…`)
 * @name: its name
 *
 * An agency as GET /api/v1/agencies/{oid} names it.
 */
typedef struct {
  char *oid;
  char *name;
} EcAgency;

#define EC_TYPE_AGENCY (ec_agency_get_type ())

GType ec_agency_get_type (void) G_GNUC_CONST;

EcAgency *ec_agency_new (const char *oid,
                         const char *name);
EcAgency *ec_agency_copy (const EcAgency *agency);
void      ec_agency_free (EcAgency *agency);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcAgency, ec_agency_free)

G_END_DECLS
