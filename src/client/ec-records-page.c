/* ec-records-page.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-records-page"

#include "config.h"

#include "ec-records-page.h"
#include "ec-core.h"

/**
 * ec_records_page_new:
 *
 * Returns: (transfer full): an empty page.
 */
EcRecordsPage *
ec_records_page_new (void)
{
  EcRecordsPage *page = g_new0 (EcRecordsPage, 1);

  page->records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
  page->as_of = EC_TIME_NEVER;
  return page;
}

void
ec_records_page_free (EcRecordsPage *page)
{
  if (page == NULL)
    return;

  g_clear_pointer (&page->records, g_ptr_array_unref);
  g_clear_pointer (&page->account_state, ec_account_state_free);
  g_free (page->cursor);
  g_free (page->etag);
  g_free (page);
}
