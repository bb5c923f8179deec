// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// smspdu: SMS transfer-layer PDUs (3GPP TS 23.040) and GSM text alphabets
// (3GPP TS 23.038), header-only, allocation-free and constexpr.
//
// The umbrella header includes every public header of the library.
#ifndef SMSPDU_SMSPDU_HPP
#define SMSPDU_SMSPDU_HPP

#include "address.hpp"
#include "buffer.hpp"
#include "compose.hpp"
#include "config.hpp"
#include "dcs.hpp"
#include "error.hpp"
#include "gsm7.hpp"
#include "gsm7_tables.hpp"
#include "grapheme.hpp"
#include "hex.hpp"
#include "limits.hpp"
#include "options.hpp"
#include "pdu_mode.hpp"
#include "pid.hpp"
#include "reassembly.hpp"
#include "report_codes.hpp"
#include "result.hpp"
#include "segment.hpp"
#include "septet.hpp"
#include "timestamp.hpp"
#include "tpdu.hpp"
#include "ucs2.hpp"
#include "udh.hpp"
#include "user_data.hpp"
#include "version.hpp"

#endif  // SMSPDU_SMSPDU_HPP
