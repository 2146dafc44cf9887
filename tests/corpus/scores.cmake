# scores.cmake -- floors for the default script's scores on the labelled news
# corpora: the AUC of reliable against unreliable articles, as measured in
# docs/features.md ("How well they do"); the floors sit a little below.
set(D ${SHARED_DIR}/data)
corpus_check(scores_buzzfeed ${D}/buzzfeed_webis_2016/buzzfeed_webis_2016.jsonl AUC 0.79)
corpus_check(scores_horne ${D}/horne2017_fakenewsdata/horne2017_fakenewsdata.jsonl AUC 0.74)
corpus_check(scores_polnear ${D}/polnear/polnear_articles.jsonl AUC 0.66)
corpus_check(scores_celebrity ${D}/perez_rosas_celebrity/perez_rosas_celebrity.jsonl AUC 0.70)
corpus_check(scores_fakenewsamt ${D}/perez_rosas_fakenewsamt/perez_rosas_fakenewsamt.jsonl AUC 0.57)
