/* fit.h -- weighted logistic regression with sign constraints, for fitting a
 * script's rule weights to labelled articles (credence eval-scores --fit). */
#ifndef CLI_FIT_H
#define CLI_FIT_H

#include <stddef.h>

typedef struct fit_data {
	size_t n, k;        /* rows (articles) and columns (rules) */
	const double *x;    /* n * k values, row-major: a rule's capped hits */
	const int *y;       /* n labels, 0 or 1 */
	const double *w;    /* n row weights >= 0; NULL for all 1 */
	const int *sign;    /* k: +1 keeps a weight >= 0, -1 keeps it <= 0, 0 leaves it free; NULL: all free */
	double lambda;      /* L2 penalty on the weights (not the bias), per unit of total row weight */
} fit_data;

/* Fits bias + sum theta[j] * x[i][j] to the labels by minimising the
 * weighted mean log-loss plus lambda/2 * |theta|^2, by cyclic coordinate
 * Newton steps on standardised columns, each weight held to its sign.
 * Rows with mask[i] == 0 are left out (mask NULL: none). Returns the number
 * of sweeps taken, or -1 when memory ran out. */
int fit_logistic(const fit_data *f, const unsigned char *mask, double *theta, double *bias);

/* The AUC of the scores s over rows with mask[i] != 0 (mask NULL: all): the
 * chance that a random positive outscores a random negative, ties counting
 * one half. Returns -1 when either class is absent or memory ran out. */
double rank_auc(const double *s, const int *y, const unsigned char *mask, size_t n);

#endif
