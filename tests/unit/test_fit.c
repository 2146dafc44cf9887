/* test_fit.c -- the logistic fit behind eval-scores --fit, and its AUC. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fit.h"

/* A small deterministic generator, so that the data are the same on every
 * machine. */
static uint64_t rng = 0x9E3779B97F4A7C15u;

static double uniform(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (double)(rng >> 11) / 9007199254740992.0;
}

enum { N = 6000, K = 3 };
static double x[N * K];
static int y[N];

/* Columns: a count 0-9, a share 0-1, and noise; the labels follow
 * logit = -0.2 + 0.5 * count - 2 * share. */
static void make_data(void)
{
	rng = 0x9E3779B97F4A7C15u;
	for (size_t i = 0; i < N; i++) {
		x[i * K] = floor(uniform() * 10);
		x[i * K + 1] = uniform();
		x[i * K + 2] = uniform() * 5;
		double z = -0.2 + 0.5 * x[i * K] - 2 * x[i * K + 1] - 1.0;
		y[i] = uniform() < 1 / (1 + exp(-z));
	}
}

static void test_recovers_weights(void **state)
{
	(void)state;
	make_data();
	fit_data f = { N, K, x, y, NULL, NULL, 1e-4 };
	double theta[K], bias;
	int sweeps = fit_logistic(&f, NULL, theta, &bias);
	assert_true(sweeps > 0);
	assert_true(fabs(theta[0] - 0.5) < 0.08);
	assert_true(fabs(theta[1] + 2.0) < 0.35);
	assert_true(fabs(theta[2]) < 0.08);
	assert_true(fabs(bias + 1.2) < 0.35);
}

/* A weight held to the wrong sign stays at zero; the others make up for it. */
static void test_signs_are_held(void **state)
{
	(void)state;
	make_data();
	int sign[K] = { 1, 1, 0 };
	fit_data f = { N, K, x, y, NULL, sign, 1e-4 };
	double theta[K], bias;
	assert_true(fit_logistic(&f, NULL, theta, &bias) > 0);
	assert_true(theta[0] > 0.3);
	assert_true(theta[1] == 0.0);
}

/* A row weighted 2 counts as the row twice; masked rows count not at all. */
static void test_weights_and_mask(void **state)
{
	(void)state;
	make_data();
	enum { M = 600 };
	static double xd[2 * M * K];
	static int yd[2 * M];
	double w[M];
	unsigned char mask[2 * M];
	for (size_t i = 0; i < M; i++) {
		memcpy(xd + 2 * i * K, x + i * K, K * sizeof *x);
		memcpy(xd + (2 * i + 1) * K, x + i * K, K * sizeof *x);
		yd[2 * i] = yd[2 * i + 1] = y[i];
		w[i] = 2;
	}
	double t1[K], b1, t2[K], b2, t3[K], b3;
	fit_data weighted = { M, K, x, y, w, NULL, 1e-3 };
	fit_data doubled = { 2 * M, K, xd, yd, NULL, NULL, 1e-3 };
	assert_true(fit_logistic(&weighted, NULL, t1, &b1) > 0);
	assert_true(fit_logistic(&doubled, NULL, t2, &b2) > 0);
	for (size_t j = 0; j < K; j++)
		assert_true(fabs(t1[j] - t2[j]) < 1e-6);
	assert_true(fabs(b1 - b2) < 1e-6);
	/* the doubled data with every second row masked is the plain data */
	for (size_t i = 0; i < 2 * M; i++)
		mask[i] = i % 2 == 0;
	assert_true(fit_logistic(&doubled, mask, t3, &b3) > 0);
	fit_data plain = { M, K, x, y, NULL, NULL, 1e-3 };
	assert_true(fit_logistic(&plain, NULL, t1, &b1) > 0);
	for (size_t j = 0; j < K; j++)
		assert_true(fabs(t1[j] - t3[j]) < 1e-6);
}

/* A column that never varies, and labels of one class only, do not break
 * the fit. */
static void test_degenerate(void **state)
{
	(void)state;
	double xc[4] = { 1, 1, 1, 1 };
	int yc[4] = { 1, 1, 1, 1 };
	fit_data f = { 4, 1, xc, yc, NULL, NULL, 1e-2 };
	double theta[1], bias;
	assert_true(fit_logistic(&f, NULL, theta, &bias) > 0);
	assert_true(theta[0] == 0.0);
	assert_true(bias > 3);
	assert_true(isfinite(bias));
}

static void test_auc(void **state)
{
	(void)state;
	double s[] = { 1, 2, 2, 3, 9 };
	int yy[] = { 0, 0, 1, 1, -1 };
	/* the positive at 2 ties one negative and beats the other; the one at
	 * 3 beats both: (1.5 + 2) / 4; a label other than 0 and 1 is left out */
	assert_true(fabs(rank_auc(s, yy, NULL, 5) - 0.875) < 1e-12);
	unsigned char mask[] = { 1, 0, 1, 1, 1 };
	assert_true(fabs(rank_auc(s, yy, mask, 5) - 1.0) < 1e-12);
	int one[] = { 1, 1, 1, 1, 1 };
	assert_true(rank_auc(s, one, NULL, 5) < 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recovers_weights),
		cmocka_unit_test(test_signs_are_held),
		cmocka_unit_test(test_weights_and_mask),
		cmocka_unit_test(test_degenerate),
		cmocka_unit_test(test_auc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
