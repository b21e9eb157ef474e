/* ec-sim-applications.h: conversion applications (自然人轉公務員), shared by
 * the learner's endpoints and the reviewer's /admin ones.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ec-sim-server.h"

G_BEGIN_DECLS

/* The only item the platform's form offers that this API implements. */
#define EC_SIM_APPLICATION_ITEM "natural-to-official"

/* The reason is free text on the platform's form; the API bounds it so
 * that a form printed from it fits on the page. */
#define EC_SIM_APPLICATION_REASON_MAX_CHARS 200

char *ec_sim_applications_clean_reason (const char *reason,
                                        GError    **error);

gboolean ec_sim_applications_build (EcSimContext *ctx,
                                    gint64        application_id,
                                    gboolean      for_admin,
                                    JsonBuilder  *builder);

JsonNode *ec_sim_applications_wrap (EcSimContext *ctx,
                                    gint64        application_id,
                                    gboolean      for_admin);

void ec_sim_applications_reply_list (EcSimContext *ctx,
                                     sqlite3_stmt *stmt,
                                     gboolean      for_admin);

gboolean ec_sim_applications_make_official (EcSimContext *ctx,
                                            gint64        account_id,
                                            const char   *agency_oid,
                                            GError      **error);

const char *ec_sim_applications_compare (EcSimContext *ctx,
                                         gint64        person_id,
                                         const char   *agency_oid);

void ec_sim_applications_register (EcSimServer *server);

G_END_DECLS
