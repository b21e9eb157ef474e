/* ec-account-check-page.h
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "assistant/ec-assistant-page.h"

G_BEGIN_DECLS

#define EC_TYPE_ACCOUNT_CHECK_PAGE (ec_account_check_page_get_type ())

G_DECLARE_FINAL_TYPE (EcAccountCheckPage, ec_account_check_page, EC, ACCOUNT_CHECK_PAGE, EcAssistantPage)

G_END_DECLS
