# hedge.cmake -- floors for the hedge detector on the Szeged Uncertainty corpus
# (sentence = line level, as measured in docs/features.md);
# set slightly below the figures measured on the dev part.
corpus_check(hedge_szeged_wiki ${SHARED_DIR}/data/szeged_uncertainty/szeged_wiki_cues.jsonl
             SPAN_F1 0.83 UNIT_F1 0.865 ARGS "--feature hedge")
corpus_check(hedge_szeged_factbank ${SHARED_DIR}/data/szeged_uncertainty/szeged_factbank_cues.jsonl
             SPAN_F1 0.775 UNIT_F1 0.84 ARGS "--feature hedge")
