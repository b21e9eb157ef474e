/* ec-conversion-reply-view.h: the service's reply to an official-account
 * request, the form to fax, and the request's status.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-client.h"

G_BEGIN_DECLS

#define EC_TYPE_CONVERSION_REPLY_VIEW (ec_conversion_reply_view_get_type ())

G_DECLARE_FINAL_TYPE (EcConversionReplyView, ec_conversion_reply_view, EC, CONVERSION_REPLY_VIEW, GtkBox)

GtkWidget *ec_conversion_reply_view_new (void);

void ec_conversion_reply_view_set_client (EcConversionReplyView *self,
                                          EcApiClient           *client);

void ec_conversion_reply_view_show_request (EcConversionReplyView  *self,
                                            const EcAccountRequest *request);

void ec_conversion_reply_view_show_already_official (EcConversionReplyView *self);

void ec_conversion_reply_view_set_explanation (EcConversionReplyView *self,
                                               const char            *text);

const EcAccountRequest *ec_conversion_reply_view_get_request (EcConversionReplyView *self);

G_END_DECLS
