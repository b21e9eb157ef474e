/* ec-upload-labels.h: the upload rules' values as the API names them and
 * as a learner reads them.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-upload-rules.h"

G_BEGIN_DECLS

const char *ec_network_to_string (EcNetwork network);
gboolean    ec_network_from_string (const char *text,
                                    EcNetwork  *out_network);
const char *ec_network_get_label (EcNetwork network);

const char *ec_upload_status_to_string (EcUploadStatus status);
gboolean    ec_upload_status_from_string (const char     *text,
                                          EcUploadStatus *out_status);
const char *ec_upload_status_get_label (EcUploadStatus status);

const char *ec_upload_reason_to_string (EcUploadReason reason);
gboolean    ec_upload_reason_from_string (const char     *text,
                                          EcUploadReason *out_reason);
const char *ec_upload_reason_get_summary (EcUploadReason reason);
const char *ec_upload_reason_get_explanation (EcUploadReason reason);

const char *ec_remedy_to_string (EcRemedy remedy);
gboolean    ec_remedy_from_string (const char *text,
                                   EcRemedy   *out_remedy);
char       *ec_remedy_describe (EcRemedy   remedy,
                                EcIdentity identity);

G_END_DECLS
