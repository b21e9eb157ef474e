/* ec-sim-secret.h: password hashes and session tokens.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ec_sim_password_hash (const char *password);

gboolean ec_sim_password_verify (const char *password,
                                 const char *stored);

char *ec_sim_token_new (void);

char *ec_sim_token_hash (const char *token);

char *ec_sim_random_digits (guint n_digits);

G_END_DECLS
