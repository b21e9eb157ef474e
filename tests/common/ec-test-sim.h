/* ec-test-sim.h: runs the real elearn-sim executable for a test.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _EcTestSim EcTestSim;

EcTestSim  *ec_test_sim_start (const char *const *extra_args);
const char *ec_test_sim_get_url (EcTestSim *sim);
void        ec_test_sim_stop (EcTestSim *sim);

void ec_test_sim_assert_refused (const char *const *args);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcTestSim, ec_test_sim_stop)

G_END_DECLS
