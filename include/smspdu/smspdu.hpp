// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// smspdu: SMS transfer-layer PDUs (3GPP TS 23.040) and GSM text alphabets
// (3GPP TS 23.038), header-only, allocation-free and constexpr.
//
// The umbrella header includes every public header of the library.
#ifndef SMSPDU_SMSPDU_HPP
#define SMSPDU_SMSPDU_HPP

#include "buffer.hpp"
#include "config.hpp"
#include "error.hpp"
#include "gsm7.hpp"
#include "gsm7_tables.hpp"
#include "hex.hpp"
#include "limits.hpp"
#include "result.hpp"
#include "septet.hpp"
#include "ucs2.hpp"
#include "version.hpp"

#endif  // SMSPDU_SMSPDU_HPP
