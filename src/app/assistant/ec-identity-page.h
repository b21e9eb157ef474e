/* ec-identity-page.h
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "assistant/ec-assistant-page.h"

G_BEGIN_DECLS

#define EC_TYPE_IDENTITY_PAGE (ec_identity_page_get_type ())

G_DECLARE_FINAL_TYPE (EcIdentityPage, ec_identity_page, EC, IDENTITY_PAGE, EcAssistantPage)

G_END_DECLS
