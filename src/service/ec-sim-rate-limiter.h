/* ec-sim-rate-limiter.h: how often one client may call an endpoint.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define EC_TYPE_SIM_RATE_LIMITER (ec_sim_rate_limiter_get_type ())

G_DECLARE_FINAL_TYPE (EcSimRateLimiter, ec_sim_rate_limiter, EC, SIM_RATE_LIMITER, GObject)

EcSimRateLimiter *ec_sim_rate_limiter_new (guint limit,
                                           guint window_seconds);

guint ec_sim_rate_limiter_get_limit (EcSimRateLimiter *self);

guint ec_sim_rate_limiter_get_window (EcSimRateLimiter *self);

gboolean ec_sim_rate_limiter_take (EcSimRateLimiter *self,
                                   const char       *client,
                                   gint64           *out_retry_after);

G_END_DECLS
