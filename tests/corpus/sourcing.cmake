# sourcing.cmake -- floors for the attribution and names detectors on PolNeAR
# (dev part): attribution cues against the annotated cues, named and anonymous
# sources against the annotated sources, a span counting when it overlaps.
# Measured figures are in docs/features/sourcing.md; the floors sit a little
# below them.
corpus_check(sourcing_attribution_cue ${SHARED_DIR}/data/polnear/polnear_attributions.jsonl
  SPAN_F1 0.69 UNIT_F1 0.84 ARGS "--feature attribution_cue --gold-type cue")
corpus_check(sourcing_sources ${SHARED_DIR}/data/polnear/polnear_attributions.jsonl
  SPAN_F1 0.65 UNIT_F1 0.79 ARGS "--feature named_source,anonymous_source --gold-type source")
