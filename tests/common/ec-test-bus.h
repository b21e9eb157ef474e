/* ec-test-bus.h: a private D-Bus session bus for a test subprocess, with or
 * without a gnome-keyring of its own.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _EcTestBus EcTestBus;

EcTestBus  *ec_test_bus_start (void);
void        ec_test_bus_start_keyring (EcTestBus *bus);
const char *ec_test_bus_get_address (EcTestBus *bus);
void        ec_test_bus_stop (EcTestBus *bus);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcTestBus, ec_test_bus_stop)

G_END_DECLS
