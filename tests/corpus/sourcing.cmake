# sourcing.cmake -- floors for the attribution and names detectors on PolNeAR
# (dev part): attribution cues against the annotated cues, sources against the
# annotated sources (named and anonymous; and with vague ones, which PolNeAR
# counts as sources too), a span counting when it overlaps. Measured figures
# are in docs/features.md; the floors sit a little below them.
# PolNeAR annotates the outermost report only (no gold cue lies inside a
# gold content span), which is what attribution_cue holds; the reports
# inside another's content are nested_attribution_cue, counted too in the
# second check.
corpus_check(sourcing_attribution_cue ${SHARED_DIR}/data/polnear/polnear_attributions.jsonl
  SPAN_F1 0.80 UNIT_F1 0.90 ARGS "--feature attribution_cue --gold-type cue")
corpus_check(sourcing_attribution_cue_all ${SHARED_DIR}/data/polnear/polnear_attributions.jsonl
  SPAN_F1 0.78 UNIT_F1 0.90 ARGS "--feature attribution_cue,nested_attribution_cue --gold-type cue")
corpus_check(sourcing_sources ${SHARED_DIR}/data/polnear/polnear_attributions.jsonl
  SPAN_F1 0.75 UNIT_F1 0.86 ARGS "--feature named_source,anonymous_source --gold-type source")
corpus_check(sourcing_sources_all ${SHARED_DIR}/data/polnear/polnear_attributions.jsonl
  SPAN_F1 0.79 UNIT_F1 0.90
  ARGS "--feature named_source,anonymous_source,vague_attribution --gold-type source")
corpus_check(sourcing_sources_all_outer ${SHARED_DIR}/data/polnear/polnear_attributions.jsonl
  SPAN_F1 0.81 UNIT_F1 0.90
  ARGS "--feature named_source,anonymous_source,vague_attribution --gold-type source --where nested=false")
# Statements with no source: an item is right when no annotated attribution
# (source, cue or content) overlaps it; span recall is not defined.
corpus_check(sourcing_unattributed_claims ${SHARED_DIR}/data/polnear/polnear_attributions.jsonl
  SPAN_P 0.70 UNIT_F1 0.62 ARGS "--feature unattributed_claim --gold-absent --units sentences")
