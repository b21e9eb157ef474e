/* ec-record-base.c: the lifetime of records and pages (their JSON parsing
 * lives in ec-record.c).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-record"

#include "config.h"

#include "ec-record.h"

G_DEFINE_BOXED_TYPE (EcRecord, ec_record, ec_record_copy, ec_record_free)

/**
 * ec_record_new:
 *
 * Returns: (transfer full): an empty record: not completed, no minutes, and
 *   for every network an invalid date.
 */
EcRecord *
ec_record_new (void)
{
  EcRecord *record = g_new0 (EcRecord, 1);

  for (guint i = 0; i < EC_N_NETWORKS; i++)
    g_date_clear (&record->networks[i].date, 1);
  return record;
}

/**
 * ec_record_copy:
 * @record: a record
 *
 * Returns: (transfer full): a deep copy of @record.
 */
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

/**
 * ec_records_page_new:
 *
 * Returns: (transfer full): an empty page whose @records array owns its
 *   elements.
 */
EcRecordsPage *
ec_records_page_new (void)
{
  EcRecordsPage *page = g_new0 (EcRecordsPage, 1);

  page->records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
  return page;
}

void
ec_records_page_free (EcRecordsPage *page)
{
  if (page == NULL)
    return;

  g_clear_pointer (&page->records, g_ptr_array_unref);
  g_free (page->cursor);
  g_free (page->etag);
  g_clear_pointer (&page->account_state, json_object_unref);
  g_free (page);
}
