/* ec-test-privacy.h: looking for a secret in the files of the test session.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *ec_test_find_in_session_files (const char *needle,
                                          guint      *n_scanned,
                                          guint      *n_keyrings);

G_END_DECLS
