"""The statistical name recogniser (CRF) trained from ANERcorp, and its CoNLL evaluation."""
