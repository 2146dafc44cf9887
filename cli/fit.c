/* fit.c -- weighted logistic regression with sign constraints.
 *
 * The model is the one a script's rules describe: logit = bias + sum of
 * weight * capped hits. Columns are centred and scaled to unit variance so
 * that one penalty suits rules counted in units and in shares alike; each
 * coordinate step is a Newton step on that column, limited to one unit and
 * clipped at zero when it would cross the sign the script gives the rule.
 * The objective is convex and the constraints are a box, so the cyclic
 * steps converge to its minimum. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fit.h"

#define MAX_SWEEPS 2000
#define TOLERANCE 1e-9
#define MAX_STEP 1.0

static double sigmoid(double z)
{
	return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z));
}

static int row_in(const unsigned char *mask, size_t i)
{
	return !mask || mask[i];
}

static double row_weight(const fit_data *f, size_t i)
{
	return f->w ? f->w[i] : 1;
}

/* One Newton step on a coordinate: g and h are the gradient and curvature of
 * the objective along it. */
static double newton_step(double g, double h)
{
	double d = h > 0 ? -g / h : 0;
	return d > MAX_STEP ? MAX_STEP : d < -MAX_STEP ? -MAX_STEP : d;
}

int fit_logistic(const fit_data *f, const unsigned char *mask, double *theta, double *bias)
{
	size_t n = f->n, k = f->k;
	double *mu = calloc(k + 1, sizeof *mu), *sd = calloc(k + 1, sizeof *sd);
	double *t = calloc(k + 1, sizeof *t), *z = calloc(n + 1, sizeof *z);
	if (!mu || !sd || !t || !z) {
		free(mu), free(sd), free(t), free(z);
		return -1;
	}
	/* the total weight, the weighted mean and deviation of each column */
	double wsum = 0;
	for (size_t i = 0; i < n; i++)
		if (row_in(mask, i))
			wsum += row_weight(f, i);
	if (wsum <= 0)
		wsum = 1;
	for (size_t j = 0; j < k; j++) {
		double m = 0, v = 0;
		for (size_t i = 0; i < n; i++)
			if (row_in(mask, i))
				m += row_weight(f, i) * f->x[i * k + j];
		m /= wsum;
		for (size_t i = 0; i < n; i++)
			if (row_in(mask, i)) {
				double d = f->x[i * k + j] - m;
				v += row_weight(f, i) * d * d;
			}
		mu[j] = m;
		sd[j] = sqrt(v / wsum);
	}
	double b = 0;
	int sweep;
	for (sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
		double moved = 0;
		/* the bias, unpenalised */
		double g = 0, h = 0;
		for (size_t i = 0; i < n; i++) {
			if (!row_in(mask, i))
				continue;
			double wi = row_weight(f, i) / wsum, p = sigmoid(z[i]);
			g += wi * (p - f->y[i]);
			h += wi * p * (1 - p);
		}
		double d = newton_step(g, h);
		b += d;
		for (size_t i = 0; i < n; i++)
			z[i] += d;
		moved = fabs(d);
		for (size_t j = 0; j < k; j++) {
			if (sd[j] <= 0)
				continue; /* a rule that never varies says nothing */
			g = f->lambda * t[j];
			h = f->lambda;
			for (size_t i = 0; i < n; i++) {
				if (!row_in(mask, i))
					continue;
				double wi = row_weight(f, i) / wsum, p = sigmoid(z[i]);
				double xs = (f->x[i * k + j] - mu[j]) / sd[j];
				g += wi * (p - f->y[i]) * xs;
				h += wi * p * (1 - p) * xs * xs;
			}
			double nt = t[j] + newton_step(g, h);
			int s = f->sign ? f->sign[j] : 0;
			if ((s > 0 && nt < 0) || (s < 0 && nt > 0))
				nt = 0;
			d = nt - t[j];
			if (d == 0)
				continue;
			t[j] = nt;
			for (size_t i = 0; i < n; i++)
				z[i] += d * (f->x[i * k + j] - mu[j]) / sd[j];
			if (fabs(d) > moved)
				moved = fabs(d);
		}
		if (moved < TOLERANCE)
			break;
	}
	/* back to the columns' own units */
	*bias = b;
	for (size_t j = 0; j < k; j++) {
		theta[j] = sd[j] > 0 ? t[j] / sd[j] : 0;
		*bias -= theta[j] * mu[j];
	}
	free(mu), free(sd), free(t), free(z);
	return sweep > MAX_SWEEPS ? MAX_SWEEPS : sweep;
}

typedef struct scored_row {
	double s;
	int y;
} scored_row;

static int cmp_row(const void *a, const void *b)
{
	double x = ((const scored_row *)a)->s, y = ((const scored_row *)b)->s;
	return x < y ? -1 : x > y;
}

double rank_auc(const double *s, const int *y, const unsigned char *mask, size_t n)
{
	scored_row *v = malloc((n + 1) * sizeof *v);
	if (!v)
		return -1;
	size_t m = 0, npos = 0;
	for (size_t i = 0; i < n; i++)
		if (row_in(mask, i) && (y[i] == 0 || y[i] == 1)) {
			v[m].s = s[i];
			v[m].y = y[i];
			npos += (size_t)y[i];
			m++;
		}
	size_t nneg = m - npos;
	if (!npos || !nneg) {
		free(v);
		return -1;
	}
	qsort(v, m, sizeof *v, cmp_row);
	/* Mann-Whitney: the sum of the positives' ranks, ties sharing the
	 * mean rank of their run */
	double rank_sum = 0;
	for (size_t i = 0; i < m;) {
		size_t e = i;
		while (e < m && v[e].s == v[i].s)
			e++;
		double mean_rank = (double)(i + 1 + e) / 2;
		for (size_t q = i; q < e; q++)
			if (v[q].y)
				rank_sum += mean_rank;
		i = e;
	}
	free(v);
	return (rank_sum - (double)npos * (double)(npos + 1) / 2) / ((double)npos * (double)nneg);
}
