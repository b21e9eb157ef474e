/* ec-test-notifications.h: a notification server on the test's session
 * bus, to see what the app announces.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _EcTestNotifications EcTestNotifications;

EcTestNotifications *ec_test_notifications_start (void);

void ec_test_notifications_stop (EcTestNotifications *self);

guint ec_test_notifications_get_count (EcTestNotifications *self);

const char *ec_test_notifications_get_id (EcTestNotifications *self);

const char *ec_test_notifications_get_title (EcTestNotifications *self);

const char *ec_test_notifications_get_body (EcTestNotifications *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcTestNotifications, ec_test_notifications_stop)

G_END_DECLS
