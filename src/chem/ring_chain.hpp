// Ring–chain competition in batch: which rings and chains an AB precursor
// (one nucleophilic and one electrophilic end, e.g. Br(CH2)nNH2) gives.
//
// Kinetic model (irreversible, ends of equal reactivity):
// - every linear i-mer L_i has one A and one B end; the A end of any chain
//   reacts with the B end of any other chain with k_inter: L_i + L_j -> L_i+j.
//   For monomers alone this is the -2 k_inter C^2 of the simple model.
// - L_i closes to the cyclic i-mer with EM_i = EM_1 i^(-3/2), the
//   Jacobson–Stockmayer scaling (H. Jacobson, W. H. Stockmayer, J. Chem. Phys.
//   1950, 18, 1600), i.e. k_intra,i = k_intra i^(-3/2).
// - chains longer than max_chain_length are lumped into one pool that keeps
//   reacting end-to-end but is not allowed to cyclise (EM below
//   EM_1 N^(-3/2)); they count as linear oligomers. The cyclic-monomer yield
//   does not depend on N (the precursor only meets chain ends, and the pool
//   keeps its ends); the cyclic-oligomer fraction is a lower bound, converged
//   only while `long_chains` is small (C0 up to ~EM at N = 20; at C0 = 10 EM
//   it grows by ~10 % from N = 20 to 80).
// "Completion" is when the precursor (L_1) is down to 1e-6 of C0: the
// cyclic-monomer yield is then final to 1e-6; what is still linear at that
// moment would, given much more time, grow or close to larger rings.
#pragma once

#include <vector>

#include "chem/outcome.hpp"

namespace chem {

inline constexpr double kRingChainPrecursorLeft = 1e-6;  // completion criterion, fraction of C0

struct RingChainInput {
  double concentration_molar = 0;  // C0 of the precursor
  double em_molar = 0;             // EM of the precursor's own ring closure (EM_1)
  int max_chain_length = 20;       // chains tracked one by one (2..100)
};

// All fractions are of the precursor's monomer units (mass fractions); the
// four totals sum to 1.
struct RingChain {
  double cyclic_monomer = 0;           // the wanted ring
  double cyclic_oligomers = 0;         // cyclic dimer, trimer, ...
  double linear_oligomers = 0;         // open chains of 2 or more units, the lumped pool included
  double precursor_left = 0;           // kRingChainPrecursorLeft by the definition of completion
  double long_chains = 0;              // part of linear_oligomers longer than max_chain_length
  std::vector<double> cyclic_by_size;  // [i - 1]: fraction in cyclic i-mers, i = 1..max_chain_length
  double completion_k_intra_time = 0;  // k_intra t at completion
};

Outcome<RingChain> ring_chain_batch(const RingChainInput& input);

}  // namespace chem
