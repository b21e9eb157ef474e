/* ec-profile-page.h: the profile fields an advanced member needs.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "assistant/ec-assistant-page.h"

G_BEGIN_DECLS

#define EC_TYPE_PROFILE_PAGE (ec_profile_page_get_type ())

G_DECLARE_FINAL_TYPE (EcProfilePage, ec_profile_page, EC, PROFILE_PAGE, EcAssistantPage)

G_END_DECLS
