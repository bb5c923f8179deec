/* SPDX-License-Identifier: MIT
 * Copyright (c) 2026 The smspdu authors
 *
 * Writes osmocore-septets.tsv: septet packing as libosmocore (an independent
 * implementation, Debian's libosmocore-dev) does it, for every fill-bit value
 * 0..6 and a range of septet counts, with pseudo-random septet values.
 * smspdu's tests compare their packer and unpacker against this file.
 *
 * Build and run (not part of the build; the output is committed):
 *   cc generate_osmocore_septets.c $(pkg-config --cflags --libs libosmogsm libosmocore) \
 *      -o /tmp/gen && /tmp/gen > osmocore-septets.tsv
 */
#include <osmocom/gsm/gsm_utils.h>
#include <stdint.h>
#include <stdio.h>

static uint32_t state = 20261124u;
static uint8_t next_septet(void) {
  state = state * 1103515245u + 12345u; /* a fixed LCG: the file is reproducible */
  return (uint8_t)((state >> 16) & 0x7F);
}

int main(void) {
  static const int counts[] = {0,  1,  2,  3,  4,   5,   6,   7,   8,   9,   10,  13,  14, 15,
                               16, 17, 23, 31, 37,  63,  64,  65,  100, 127, 128, 139, 146, 149,
                               152, 153, 154, 155, 158, 159, 160};
  printf("fill_bits\tseptets\tseptet_values_hex\tpacked_hex\tsource\n");
  for (unsigned fill = 0; fill <= 6; ++fill) {
    for (size_t c = 0; c < sizeof counts / sizeof counts[0]; ++c) {
      const int count = counts[c];
      uint8_t septets[200];
      uint8_t packed[200] = {0};
      for (int i = 0; i < count; ++i) septets[i] = next_septet();
      /* Every fourth string ends in septet 0x00 ('@'), which must survive. */
      if (count > 0 && c % 4 == 0) septets[count - 1] = 0;
      const int octets = gsm_septet_pack(packed, septets, (size_t)count, (uint8_t)fill);
      printf("%u\t%d\t", fill, count);
      for (int i = 0; i < count; ++i) printf("%02X", septets[i]);
      printf("\t");
      for (int i = 0; i < octets; ++i) printf("%02X", packed[i]);
      printf("\tlibosmocore 1.7.0 gsm_septet_pack(padding=%u), run here\n", fill);
    }
  }
  return 0;
}
