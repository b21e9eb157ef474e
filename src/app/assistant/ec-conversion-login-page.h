/* ec-conversion-login-page.h: log in with the natural-person account to be converted.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "assistant/ec-assistant-page.h"

G_BEGIN_DECLS

#define EC_TYPE_CONVERSION_LOGIN_PAGE (ec_conversion_login_page_get_type ())

G_DECLARE_FINAL_TYPE (EcConversionLoginPage, ec_conversion_login_page, EC, CONVERSION_LOGIN_PAGE, EcAssistantPage)

G_END_DECLS
