/* ec-test-util.h: helpers shared by the unit tests.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void ec_test_add_cases (const char   *prefix,
                        gconstpointer rows,
                        gsize         row_size,
                        guint         n_rows,
                        GTestDataFunc func);

/* Adds one test per row of the array @table, at "@prefix/0", "@prefix/1"…,
 * each called with a pointer to its row. */
#define EC_TEST_ADD_CASES(prefix, table, func) \
  ec_test_add_cases (prefix, table, sizeof table[0], G_N_ELEMENTS (table), func)

void ec_test_assert_message (const char *message,
                             const char *secret);

gboolean ec_test_switch_to_zh_tw (void);
void     ec_test_restore_locale (void);
void     ec_test_assert_translated (const char *message,
                                    const char *msgid,
                                    const char *word);

GDate *ec_test_new_date (guint year,
                         guint month,
                         guint day);
void   ec_test_assert_date (const GDate *date,
                            guint        year,
                            guint        month,
                            guint        day);

void ec_test_remove_tree (const char *path);

G_END_DECLS
