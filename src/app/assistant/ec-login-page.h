/* ec-login-page.h: the credentials for the chosen route, remember me, and every login error.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "assistant/ec-assistant-page.h"

G_BEGIN_DECLS

#define EC_TYPE_LOGIN_PAGE (ec_login_page_get_type ())

G_DECLARE_FINAL_TYPE (EcLoginPage, ec_login_page, EC, LOGIN_PAGE, EcAssistantPage)

G_END_DECLS
