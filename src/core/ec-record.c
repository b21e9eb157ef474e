/* ec-record.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-record"

#include "config.h"

#include "ec-record.h"
#include "ec-time.h"

G_DEFINE_BOXED_TYPE (EcRecord, ec_record, ec_record_copy, ec_record_free)

/**
 * ec_record_new:
 *
 * Returns: (transfer full): an empty record: no id, no course, not
 *   completed, every date invalid.
 */
EcRecord *
ec_record_new (void)
{
  EcRecord *record = g_new0 (EcRecord, 1);

  record->completed_at = EC_TIME_NEVER;
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    g_date_clear (&record->networks[n].date, 1);

  return record;
}

EcRecord *
ec_record_copy (const EcRecord *record)
{
  EcRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->course = g_strdup (record->course);
  return copy;
}

void
ec_record_free (EcRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->course);
  g_free (record);
}
